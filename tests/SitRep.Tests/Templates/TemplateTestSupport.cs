using SitRep.Diagnostics;
using SitRep.Pipeline;
using Xunit;

namespace SitRep.Tests.Templates;

/// <summary>The template tests build real PDFs; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class TemplateCollection
{
    public const string Name = "Templates";
}

/// <summary>Paths, temporary folders, builds and poppler tools for the template tests.</summary>
internal static class TemplateTestSupport
{
    public static string RepoRoot => Support.RepoPaths.Root;

    public static string Kidal => Path.Combine(RepoRoot, "seeds", "kidal");

    public static BuildResult Build(string template, string outputPath) =>
        BriefBuilder.Build(new BuildRequest(Kidal, template, outputPath) { Timestamp = new DateTimeOffset(2023, 11, 22, 12, 0, 0, TimeSpan.Zero) });

    /// <summary>Builds <paramref name="template"/> and returns the single error it must raise.</summary>
    public static Diagnostic BuildFails(string template)
    {
        using var output = new TempFolder();
        var error = Assert.Throws<InputException>(() => Build(template, Path.Combine(output.Path, "brief.pdf")));
        Assert.False(File.Exists(Path.Combine(output.Path, "brief.pdf")), "a failed build must not write a PDF");
        return Assert.Single(error.Diagnostics);
    }

    public static int PageCount(string pdf) => Support.Poppler.PageCount(pdf);

    /// <summary>The text of the PDF with runs of white space (line breaks included) collapsed to one space.</summary>
    public static string Text(string pdf) => System.Text.RegularExpressions.Regex.Replace(Support.Poppler.Text(pdf), @"\s+", " ");

    public static string Run(string tool, params string[] args) => Support.Poppler.Run(tool, args);

    /// <summary>
    /// Builds <paramref name="template"/> with the CLI over a previous PDF and checks the refusal:
    /// exit code 1, one finding per expected location, no stack trace, within a few seconds, and
    /// the previous PDF byte for byte as it was. Returns stderr.
    /// </summary>
    public static string CliRejects(string template, params string[] expected)
    {
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "brief.pdf");
        byte[] previous = [.. "%PDF-1.7 previous brief"u8];
        File.WriteAllBytes(pdf, previous);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (exit, stdout, stderr) = Sitrep(output.Path, "build", "--situation", Kidal, "--template", template, "--out", pdf);
        watch.Stop();
        Assert.True(exit == 1, $"exit code {exit}, expected 1; stderr: {stderr}");
        foreach (var line in expected)
            Assert.Matches(new System.Text.RegularExpressions.Regex(line), stderr);
        Assert.Matches(new System.Text.RegularExpressions.Regex(@":\d+:\d+: error: "), stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("System.", stderr);
        Assert.DoesNotContain("root:x:", stdout + stderr);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"the refusal took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(previous, File.ReadAllBytes(pdf));
        Assert.Empty(Directory.GetFiles(output.Path, "*.tmp"));
        return stderr;
    }

    public static (int Exit, string Stdout, string Stderr) Sitrep(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        Assert.True(File.Exists(dll), $"sitrep.dll not found next to the tests in {AppContext.BaseDirectory}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish within two minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A temporary folder, deleted with everything in it (links are removed, never followed).</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("sitrep-templates-").FullName;
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A template folder written for one test: template.yaml plus the given files.</summary>
internal sealed class TemplateFolder : IDisposable
{
    private readonly TempFolder folder = new();

    public TemplateFolder(string entry, params (string Path, string Text)[] files)
    {
        Root = System.IO.Path.Combine(folder.Path, "custom");
        Directory.CreateDirectory(Root);
        File.WriteAllText(System.IO.Path.Combine(Root, "template.yaml"), "name: custom\naudience: Test readers\ndescription: A template written by a test.\nentry: brief.sbn\n");
        Write("brief.sbn", entry);
        foreach (var (path, text) in files)
            Write(path, text);
    }

    public string Root { get; }

    /// <summary>A folder beside the template, outside it.</summary>
    public string Outside => folder.Path;

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Root, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose() => folder.Dispose();
}
