using System.CommandLine;
using SitRep.Diagnostics;

namespace SitRep.Cli;

/// <summary>The command line: parses, dispatches to the library, and maps failures to exit codes.</summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int InputProblem = 1;
    public const int UsageProblem = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("SitRep turns a situation folder (sources, manifest, curated extracts) into a PDF situation brief.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            TemplatesCommand.Create(),
            TemplateCommand.Create(),
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
            return await parse.InvokeAsync();
        }
        catch (InputException e)
        {
            Report(e.Diagnostics);
            return InputProblem;
        }
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
