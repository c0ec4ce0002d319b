using System.Text.Json;

namespace SitRep.Tests.Ci;

/// <summary>Nothing is rebuilt without cause: output/manifest.json records what each brief was built from.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void A_second_build_skips_the_unchanged_brief_and_force_rebuilds_it()
    {
        using var workspace = new CiWorkspace();
        var first = workspace.Run("build");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("wrote output/kidal-analyst.pdf (", first.Stdout, StringComparison.Ordinal);
        var pdf = workspace.Pdf("analyst");
        var written = File.GetLastWriteTimeUtc(pdf);
        var bytes = File.ReadAllBytes(pdf);
        Thread.Sleep(50);

        var second = workspace.Run("build");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("output/kidal-analyst.pdf: unchanged, skipped", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(pdf));

        var forced = workspace.Run("build", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("wrote output/kidal-analyst.pdf (", forced.Stdout, StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(pdf) > written, "--force did not rewrite the PDF");
        Assert.Equal(bytes, File.ReadAllBytes(pdf)); // rebuilt, and reproducible
    }

    [Fact]
    public void Changing_one_figure_rebuilds_exactly_the_briefs_that_show_it()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build", "--all").ExitCode);
        var before = Briefs(workspace);
        var humanitarianBefore = CiWorkspace.Sha256(workspace.Pdf("humanitarian"));

        // Wagner's strength is shown by the analyst brief (figures table) and the executive one (key
        // figures), not by the humanitarian report. Its label changes: a changed value would no longer
        // match its quoted evidence.
        var figures = Path.Combine(workspace.Situation, "figures.yaml");
        var text = File.ReadAllText(figures);
        const string Label = "label: \"Wagner fighters supporting the army's advance on Kidal\"";
        Assert.Contains(Label, text, StringComparison.Ordinal);
        File.WriteAllText(figures, text.Replace(Label, "label: \"Wagner fighters backing the army's advance on Kidal\"", StringComparison.Ordinal));

        var run = workspace.Run("build", "--all");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote output/kidal-analyst.pdf", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("wrote output/kidal-executive.pdf", run.Stdout, StringComparison.Ordinal);
        // Every built-in now prints the edition number, and a changed extract starts edition No. 2: the
        // humanitarian report, which shows the key figures too, is rebuilt as well.
        Assert.Contains("wrote output/kidal-humanitarian.pdf", run.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(humanitarianBefore, CiWorkspace.Sha256(workspace.Pdf("humanitarian")));

        var after = Briefs(workspace);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (template, entry) in after)
        {
            // Every entry records the new inputs, so the next run skips all three without rendering.
            Assert.NotEqual(before[template].GetProperty("inputsHash").GetString(), entry.GetProperty("inputsHash").GetString());
            var figureHash = entry.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("path").GetString() == "figures.yaml").GetProperty("sha256").GetString();
            Assert.Equal(CiWorkspace.Sha256(figures), figureHash);
        }

        Assert.NotEqual(before["humanitarian"].GetProperty("contentHash").GetString(), after["humanitarian"].GetProperty("contentHash").GetString());
        Assert.NotEqual(before["executive"].GetProperty("contentHash").GetString(), after["executive"].GetProperty("contentHash").GetString());
        Assert.Contains("Wagner fighters backing", System.Text.RegularExpressions.Regex.Replace(Support.Poppler.Text(workspace.Pdf("analyst")), @"\s+", " "), StringComparison.Ordinal);

        var again = workspace.Run("build", "--all");
        Assert.Contains("0 built, 3 unchanged", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_or_deleted_pdf_is_rebuilt()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var pdf = workspace.Pdf("analyst");
        var good = File.ReadAllBytes(pdf);

        File.AppendAllText(pdf, "tampered");
        var edited = workspace.Run("build");
        Assert.Contains("wrote output/kidal-analyst.pdf", edited.Stdout, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(pdf));

        File.Delete(pdf);
        var deleted = workspace.Run("build");
        Assert.Contains("wrote output/kidal-analyst.pdf", deleted.Stdout, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(pdf));
    }

    [Fact]
    public void Changing_source_date_epoch_rebuilds()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var stamped = workspace.Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "build");
        Assert.Contains("wrote output/kidal-analyst.pdf", stamped.Stdout, StringComparison.Ordinal);
        Assert.Equal("1700000000", workspace.ManifestEntry("analyst").GetProperty("timestamp").GetString());
        var again = workspace.Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "build");
        Assert.Contains("unchanged, skipped", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_nothing_and_json_prints_a_summary()
    {
        using var workspace = new CiWorkspace();
        var quiet = workspace.Run("build", "--quiet");
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Stdout);
        Assert.Equal("", quiet.Stderr);

        var json = workspace.Run("build", "--json");
        Assert.Equal(0, json.ExitCode);
        var summary = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(0, summary.GetProperty("built").GetInt32());
        Assert.Equal(1, summary.GetProperty("skipped").GetInt32());
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
        var brief = Assert.Single(summary.GetProperty("briefs").EnumerateArray());
        Assert.Equal("skipped", brief.GetProperty("status").GetString());
        Assert.Equal("output/kidal-analyst.pdf", brief.GetProperty("output").GetString());
        Assert.Equal(CiWorkspace.Sha256(workspace.Pdf("analyst")), brief.GetProperty("sha256").GetString());

        var failing = workspace.Run("build", "--json", "--template", "no-such-template");
        Assert.Equal(1, failing.ExitCode);
        var failure = JsonDocument.Parse(failing.Stdout).RootElement;
        Assert.Equal(1, failure.GetProperty("failed").GetInt32());
        Assert.Contains("no-such-template", failing.Stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonElement> Briefs(CiWorkspace workspace) =>
        workspace.Manifest().GetProperty("briefs").EnumerateArray()
            .ToDictionary(b => b.GetProperty("template").GetString()!, b => b.Clone());
}
