using System.Diagnostics;
using SitRep.Tests.Inputs;

namespace SitRep.Tests.Extracts;

/// <summary>
/// Sources are regular files inside the situation folder. A link to a secret, a hard link to a file
/// elsewhere, a FIFO or a device is refused with a clear message that shows nothing of what it points at.
/// </summary>
public sealed class SourceFileTests : IDisposable
{
    private readonly TinySituation tiny = new();

    public void Dispose() => tiny.Dispose();

    private string Source => Path.Combine(tiny.Root, "sources", "news.txt");

    private void CiteNewsOnce() => tiny.Figure("killed", """
        value: 782
        qualifier: at_least
        unit: killed
        evidence: "at least 782 people"
        """);

    [Fact]
    public void A_symbolic_link_to_etc_passwd_is_refused_and_nothing_of_it_is_shown()
    {
        File.Delete(Source);
        File.CreateSymbolicLink(Source, "/etc/passwd");
        tiny.Figure("root", """
            value: 0
            unit: users
            evidence: "root:x:0:0"
            """);
        var (situation, findings) = tiny.Check();
        var error = Assert.Single(findings, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Contains("symbolic link", error.Message);
        Assert.EndsWith("sources.yaml", error.Location.File);
        Assert.DoesNotContain("news", situation.Texts.Keys);
        Assert.All(findings, d => Assert.DoesNotContain("root:", d.Message));
        Assert.All(findings, d => Assert.DoesNotContain("/etc/passwd", d.Message));
    }

    [Fact]
    public void A_link_to_an_unreadable_file_leaks_neither_its_lines_nor_its_path()
    {
        File.Delete(Source);
        File.CreateSymbolicLink(Source, "/etc/shadow");
        CiteNewsOnce();
        var findings = tiny.Check().Findings;
        Assert.Contains(findings, d => d.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.All(findings, d => Assert.DoesNotContain("shadow", d.Message));
    }

    [Fact]
    public void A_hard_link_to_a_file_elsewhere_is_refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sitrep-outside-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        File.WriteAllText(outside, "SECRET at least 782 people\n");
        try
        {
            File.Delete(Source);
            Assert.Equal(0, Run("ln", outside, Source));
            CiteNewsOnce();
            var error = Assert.Single(tiny.Errors());
            Assert.Contains("has other hard links", error.Message);
            Assert.EndsWith(Path.Combine("sources", "news.txt"), error.Location.File);
            Assert.DoesNotContain("SECRET", error.Message);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_fifo_is_refused_without_waiting_for_a_writer()
    {
        File.Delete(Source);
        Assert.Equal(0, Run("mkfifo", Source));
        CiteNewsOnce();
        var watch = Stopwatch.StartNew();
        var error = Assert.Single(tiny.Errors());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "reading a FIFO blocked");
        Assert.Contains("not a regular file (a FIFO, device or socket)", error.Message);
    }

    [Fact]
    public void A_device_is_refused()
    {
        // Making a device node needs root; a link to one is refused as a link, which the test above covers.
        if (!Sandbox.IsRoot)
            return;
        File.Delete(Source);
        Assert.Equal(0, Run("mknod", Source, "c", "1", "3"));
        CiteNewsOnce();
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("not a regular file", error.Message);
    }

    [Fact]
    public void A_symbolic_link_in_place_of_a_yaml_file_is_refused()
    {
        var figures = Path.Combine(tiny.Root, "figures.yaml");
        File.CreateSymbolicLink(figures, "/etc/passwd");
        var error = Assert.Single(tiny.Errors());
        Assert.EndsWith("figures.yaml", error.Location.File);
        Assert.Contains("symbolic link", error.Message);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void Check_refuses_a_linked_source_with_exit_1_and_its_location()
    {
        File.Delete(Source);
        File.CreateSymbolicLink(Source, "/etc/passwd");
        CiteNewsOnce();
        using var box = new Sandbox();
        var result = box.Run(["check", "--situation", tiny.Root]);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"sources\.yaml:3:11: error: source file 'sources/news\.txt' is or passes through a symbolic link", result.StdOut);
        Assert.DoesNotContain("root:", result.StdOut + result.StdErr);
    }

    [Fact]
    public void Build_does_not_hang_on_a_fifo_that_no_source_cites()
    {
        // The inputs hash covers every file of the folder; it must not open a FIFO (that blocks until a writer comes).
        using var box = new Sandbox();
        Assert.Equal(0, Run("mkfifo", Path.Combine(box.Situation, "sources", "stray.txt")));
        var result = box.Run(["build", "--situation", box.Situation, "--out", box.Output], TimeSpan.FromSeconds(300));
        Assert.False(result.TimedOut, result.ToString());
        Assert.Equal(0, result.ExitCode);
    }

    private static int Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
