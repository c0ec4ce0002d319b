using System.CommandLine;
using SitRep.Diagnostics;

namespace SitRep.Cli;

/// <summary>The command line: parses, dispatches to the library, and maps failures to exit codes.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int InputProblem = 1;
    public const int UsageProblem = 2;
    public const int Bug = 3;

    public const string ExitCodesHelp = "Exit codes: 0 success; 1 a problem with the inputs (file:line:col: error: message); 2 a usage error; 3 a bug in SitRep (details written to a file in the temporary folder).";

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("SitRep turns a situation folder (sources, manifest, curated extracts) into a PDF situation brief.\n\n" + ExitCodesHelp)
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            NewCommand.Create(),
            TemplatesCommand.Create(),
            TemplateCommand.Create(),
            DiffCommand.Create(),
            WatchCommand.Create(),
            ExtractCommand.Create(),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await Console.Error.WriteLineAsync("sitrep: " + error.Message);
            await Console.Error.WriteLineAsync("Run 'sitrep --help' for usage.");
            return UsageProblem;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            Report(e.Diagnostics);
            return InputProblem;
        }
        catch (Exception e)
        {
            return ReportBug(e);
        }
    }

    /// <summary>
    /// An exception nobody expected is a bug: one line on stderr says so and where the details went
    /// (a file in the temporary folder); the stack trace is never printed.
    /// </summary>
    public static int ReportBug(Exception e, string? during = null)
    {
        string where;
        try
        {
            var path = Path.Combine(Path.GetTempPath(), $"sitrep-crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.txt");
            File.WriteAllText(path, $"SitRep {typeof(CliApp).Assembly.GetName().Version}\n{string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}\n\n{e}\n");
            where = $"the details are in {path}";
        }
        catch (Exception write) when (write is IOException or UnauthorizedAccessException)
        {
            where = "the details could not be written to the temporary folder";
        }

        Console.Error.WriteLine($"sitrep: internal error{(during is null ? "" : " while " + during)}: this is a bug in SitRep, not a problem with your files; {where}. Please report it.");
        return Bug;
    }

    /// <summary>Runs a command's body; input problems become findings on stderr and exit code 1.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            Report(e.Diagnostics);
            return InputProblem;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A path or file the operator named could not be used; nothing was written.
            Console.Error.WriteLine($"sitrep: error: {e.Message}");
            return InputProblem;
        }
        catch (Exception e)
        {
            return ReportBug(e);
        }
    }

    public static void Report(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        foreach (var diagnostic in list)
            Console.Error.WriteLine(diagnostic.ToString());
        var errors = list.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
            Console.Error.WriteLine($"sitrep: {errors} error{(errors == 1 ? "" : "s")}; nothing was written.");
    }
}
