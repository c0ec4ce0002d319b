using System.Diagnostics;
using SitRep.Tests.Editions;
using SitRep.Tests.Support;

namespace SitRep.Tests.Watch;

/// <summary>'sitrep watch' on a copy of Kidal: rebuilds on a save, keeps the last good PDF on an error, exits 0 on Ctrl-C.</summary>
[Collection(Inputs.InputsCollection.Name)]
public sealed class WatchTests : IDisposable
{
    // Generous: the first build is cold, and the machine running the tests may be busy.
    private static readonly TimeSpan FirstBuild = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan Rebuild = TimeSpan.FromSeconds(30);

    private readonly string root = Directory.CreateTempSubdirectory("sitrep-watch-").FullName;

    [Fact]
    public void A_saved_figure_is_in_the_new_pdf_a_yaml_error_keeps_the_last_pdf_and_sigint_exits_0()
    {
        var situation = Path.Combine(root, "kidal");
        TestFiles.CopyDirectory(RepoPaths.KidalSituation, situation);
        var pdf = Path.Combine(root, "out", "kidal.pdf");
        using var watch = new WatchProcess(root, "--situation", situation, "--out", pdf);

        watch.WaitFor(@"wrote .*kidal\.pdf: \d+ pages in \d+ ms", FirstBuild);
        watch.WaitFor("^watching ", FirstBuild);
        Assert.Contains("about 1,000 personnel", Poppler.Text(pdf), StringComparison.Ordinal);

        var saved = Stopwatch.StartNew();
        SituationEdits.SetWagnerFighters(situation, 1000, 1400);
        var rebuilt = WaitForText(watch, pdf, "about 1,400 personnel", Rebuild);
        Assert.True(rebuilt, $"the PDF did not show the new value within {Rebuild.TotalSeconds:0} s\n{watch.Transcript}");
        var elapsed = saved.Elapsed;
        Assert.DoesNotContain("about 1,000 personnel", Poppler.Text(pdf), StringComparison.Ordinal);
        Assert.True(elapsed < Rebuild, $"save to PDF took {elapsed.TotalMilliseconds:0} ms");

        var good = File.ReadAllBytes(pdf);
        var figures = Path.Combine(situation, "figures.yaml");
        var line = File.ReadAllLines(figures).ToList().FindIndex(l => l.Contains("value: 1400", StringComparison.Ordinal)) + 1;
        SituationEdits.Replace(figures, "    value: 1400\n", "    value: [1400\n");
        var error = watch.WaitFor(@"figures\.yaml:\d+:\d+: error: ", Rebuild);
        Assert.Matches($@"kidal/figures\.yaml:{line}:\d+: error: YAML syntax", error);
        Assert.Contains("the last good PDF stays", error, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(pdf));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(pdf)!, ".*"));

        Assert.Equal(0, watch.Interrupt(TimeSpan.FromSeconds(20)));
        Assert.Equal(good, File.ReadAllBytes(pdf));
    }

    /// <summary>Waits for a "wrote" line after which the PDF's text holds <paramref name="text"/>.</summary>
    private static bool WaitForText(WatchProcess watch, string pdf, string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            watch.WaitFor(@"wrote .*kidal\.pdf", WatchProcess.Remaining(timeout, deadline));
            if (Poppler.Text(pdf).Contains(text, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
