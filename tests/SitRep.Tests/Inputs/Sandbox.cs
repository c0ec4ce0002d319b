using System.Diagnostics;
using System.Text;

namespace SitRep.Tests.Inputs;

/// <summary>The tests in this folder start real CLI processes and time things; they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InputsCollection
{
    public const string Name = "SitRep.Tests.Inputs";
}

/// <summary>What a CLI run left behind.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr, bool TimedOut)
{
    public override string ToString() => $"exit {ExitCode}{(TimedOut ? " (timed out)" : "")}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>
/// A temporary folder holding a copy of the Kidal situation, a place for the PDF (with a "previous" PDF
/// in it) and helpers to run the real <c>sitrep</c> CLI there.
/// </summary>
public sealed class Sandbox : IDisposable
{
    /// <summary>Stands in for the PDF of an earlier build: it must survive every failed build byte for byte.</summary>
    public static readonly byte[] PreviousPdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% previous brief, must survive a failed build\n%%EOF\n");


    public Sandbox()
    {
        // Not Directory.CreateTempSubdirectory: that makes the folder private (0700), and one test runs the CLI as 'nobody'.
        Dir = Path.Combine(Path.GetTempPath(), "sitrep-inputs-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
        Situation = Path.Combine(Dir, "kidal");
        Support.TestFiles.CopyDirectory(Path.Combine(RepoRoot, "seeds", "kidal"), Situation);
        OutDir = Path.Combine(Dir, "out");
        Directory.CreateDirectory(OutDir);
        Output = Path.Combine(OutDir, "brief.pdf");
        File.WriteAllBytes(Output, PreviousPdf);
    }

    public static string RepoRoot => Support.RepoPaths.Root;

    /// <summary>sitrep.dll: the test project references src/SitRep, so it is copied next to the test assembly.</summary>
    public static string SitrepDll => Path.Combine(AppContext.BaseDirectory, "sitrep.dll");

    public static bool IsRoot => Environment.UserName == "root" || (OperatingSystem.IsLinux() && File.ReadAllText("/proc/self/status").Contains("\nUid:\t0\t", StringComparison.Ordinal));

    public string Dir { get; }

    public string Situation { get; }

    public string OutDir { get; }

    public string Output { get; }

    public string PathOf(string relative) => Path.Combine(Situation, relative);

    public void Edit(string relative, Func<string, string> change)
    {
        var path = PathOf(relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    /// <summary>Replaces the first occurrence of <paramref name="from"/>, failing if the seed no longer has it.</summary>
    public void Replace(string relative, string from, string to) => Edit(relative, text =>
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the seed {relative} no longer contains \"{from}\"");
        return text[..at] + to + text[(at + from.Length)..];
    });

    /// <summary>The 1-based line of the first occurrence of <paramref name="needle"/> in a situation file.</summary>
    public int LineOf(string relative, string needle)
    {
        var lines = File.ReadAllLines(PathOf(relative));
        var index = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{relative} has no line with \"{needle}\"");
        return index + 1;
    }

    public CliResult Build(params string[] extra) =>
        Run(["build", "--situation", Situation, "--out", Output, .. extra]);

    /// <param name="fileSizeLimit">When set, the CLI runs under this file-size limit (prlimit --fsize, as ulimit -f): a write past it fails as on a full disk.</param>
    public CliResult Run(string[] args, TimeSpan? timeout = null, string? runAs = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, long? fileSizeLimit = null)
    {
        using var process = Start(args, runAs, workingDirectory, environment, fileSizeLimit);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var timedOut = !process.WaitForExit(timeout ?? TimeSpan.FromSeconds(120));
        if (timedOut)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new CliResult(timedOut ? -1 : process.ExitCode, stdout.Result, stderr.Result, timedOut);
    }

    public Process Start(string[] args, string? runAs = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null, long? fileSizeLimit = null)
    {
        Assert.True(File.Exists(SitrepDll), $"sitrep.dll not found next to the tests ({SitrepDll})");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h
            : Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p
            : "dotnet";
        var info = new ProcessStartInfo
        {
            FileName = fileSizeLimit is not null ? "prlimit" : runAs is null ? host : "setpriv",
            WorkingDirectory = workingDirectory ?? Dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (fileSizeLimit is { } limit)
        {
            info.ArgumentList.Add($"--fsize={limit}");
            info.ArgumentList.Add(host);
            // The runtime's double-mapped code pages are a file as large as the code heap: they would hit the limit first.
            info.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        }
        else if (runAs is not null)
        {
            foreach (var a in new[] { $"--reuid={runAs}", $"--regid={runAs}", "--clear-groups", host })
                info.ArgumentList.Add(a);
            info.Environment["HOME"] = Dir;
            info.Environment["DOTNET_CLI_HOME"] = Dir;
        }

        info.ArgumentList.Add(SitrepDll);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["SOURCE_DATE_EPOCH"] = "1700000000";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        return Process.Start(info)!;
    }

    /// <summary>The failed build's promises: exit 1, a clear message, no stack trace, the previous PDF untouched, nothing else written.</summary>
    public void AssertRejected(CliResult result, params string[] expected)
    {
        Assert.False(result.TimedOut, result.ToString());
        Assert.True(result.ExitCode == 1, "expected exit code 1\n" + result);
        AssertNoStackTrace(result);
        foreach (var text in expected)
            Assert.True(result.StdErr.Contains(text, StringComparison.Ordinal), $"stderr lacks \"{text}\"\n{result}");
        Assert.True(result.StdErr.Contains("nothing was written", StringComparison.Ordinal) || result.StdErr.Contains("was not written", StringComparison.Ordinal), "stderr does not say that nothing was written\n" + result);
        AssertPreviousPdfIntact();
    }

    public static void AssertNoStackTrace(CliResult result)
    {
        Assert.False(result.StdErr.Contains("   at ", StringComparison.Ordinal) || result.StdOut.Contains("   at ", StringComparison.Ordinal), "stack trace printed\n" + result);
        Assert.DoesNotContain("Unhandled exception", result.StdErr, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The previous PDF is byte-identical and nothing else (no partial PDF, no temp file) is in the output folder.</summary>
    public void AssertPreviousPdfIntact(bool allowTempFiles = false)
    {
        Assert.True(File.Exists(Output), "the previous PDF was deleted");
        Assert.Equal(PreviousPdf, File.ReadAllBytes(Output));
        // The build's manifest.json (what was built from which inputs) may sit next to the PDFs; nothing else may.
        var others = Directory.EnumerateFileSystemEntries(OutDir).Where(f => f != Output && Path.GetFileName(f) != "manifest.json")
            .Where(f => !allowTempFiles || f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(others.Count == 0, "left behind in the output folder: " + string.Join(", ", others.Select(Path.GetFileName)));
    }

    /// <summary>The first stderr line that reports an error, for messages in test output.</summary>
    public static string FirstError(CliResult result) =>
        result.StdErr.Split('\n').FirstOrDefault(l => l.Contains(": error: ", StringComparison.Ordinal)) ?? result.StdErr;

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                foreach (var dir in Directory.EnumerateDirectories(Dir, "*", SearchOption.AllDirectories).Prepend(Dir))
                    new DirectoryInfo(dir).UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }

            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }



}
