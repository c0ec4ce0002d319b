using System.Diagnostics;
using System.Text.Json;
using SitRep.Tests.Support;

namespace SitRep.Tests.Ci;

/// <summary>The result of one 'sitrep' process.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// A temporary working folder holding a copy of seeds/kidal, where the real CLI runs as a process
/// ('dotnet sitrep.dll' from the test output), so output/ and manifest.json land in the temp folder.
/// </summary>
internal sealed class CiWorkspace : IDisposable
{
    public CiWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("sitrep-ci-").FullName;
        Support.TestFiles.CopyDirectory(RepoPaths.KidalSituation, Path.Combine(Root, "seeds", "kidal"));
    }

    public string Root { get; }

    public string Situation => Path.Combine(Root, "seeds", "kidal");

    public string Output => Path.Combine(Root, "output");

    public string ManifestPath => Path.Combine(Output, "manifest.json");

    public string Pdf(string template) => Path.Combine(Output, $"kidal-{template}.pdf");

    /// <summary>The CLI next to the test assembly (the test project references src/SitRep).</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "sitrep.dll");

    public CliRun Run(params string[] arguments) => Run(new Dictionary<string, string?>(), arguments);

    /// <summary>Runs the CLI; SOURCE_DATE_EPOCH is removed from the environment unless <paramref name="environment"/> sets it.</summary>
    public CliRun Run(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(key);
            else
                start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sitrep did not finish within 3 minutes");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public JsonElement Manifest() => JsonDocument.Parse(File.ReadAllBytes(ManifestPath)).RootElement;

    public JsonElement ManifestEntry(string template) =>
        Manifest().GetProperty("briefs").EnumerateArray().Single(b => b.GetProperty("template").GetString() == template);

    public static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

}
