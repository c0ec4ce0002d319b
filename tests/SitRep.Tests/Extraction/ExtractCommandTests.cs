using System.Text.Json;
using SitRep.Tests.Inputs;

namespace SitRep.Tests.Extraction;

/// <summary>`sitrep extract` from the command line: where drafts go, what it refuses, the review.</summary>
[Collection(InputsCollection.Name)]
public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string[] Curated = ["quotes.yaml", "figures.yaml", "timeline.yaml", "places.yaml", "actors.yaml"];

    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    [Fact]
    public void Extract_writes_drafts_beside_the_curated_files_and_leaves_those_untouched()
    {
        var before = Curated.ToDictionary(f => f, f => File.ReadAllBytes(box.PathOf(f)));
        var result = box.Run(["extract", "--situation", box.Situation]);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var kind in new[] { "quotes", "figures", "timeline" })
            Assert.True(File.Exists(box.PathOf($"{kind}.draft.yaml")), kind);
        foreach (var (file, bytes) in before)
            Assert.Equal(bytes, File.ReadAllBytes(box.PathOf(file)));
        Assert.Contains("5 sources: ", result.StdOut);
        Assert.Empty(Directory.GetFiles(box.Situation, "*.tmp"));
    }

    [Fact]
    public void An_existing_draft_is_kept_unless_forced()
    {
        File.WriteAllText(box.PathOf("figures.draft.yaml"), "figures: []\n# reviewed by hand\n");
        var refused = box.Run(["extract", "--situation", box.Situation]);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("figures.draft.yaml:1:1: error: a draft is already here", refused.StdErr);
        Sandbox.AssertNoStackTrace(refused);
        Assert.Contains("reviewed by hand", File.ReadAllText(box.PathOf("figures.draft.yaml")));
        Assert.False(File.Exists(box.PathOf("quotes.draft.yaml")), "nothing is written when one draft is refused");

        var forced = box.Run(["extract", "--situation", box.Situation, "--force"]);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.DoesNotContain("reviewed by hand", File.ReadAllText(box.PathOf("figures.draft.yaml")));
    }

    [Fact]
    public void Review_prints_a_table_per_source_and_writes_nothing()
    {
        var result = box.Run(["extract", "--situation", box.Situation, "--review"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("afp  ", result.StdOut);
        Assert.Contains("  quotes 2  figures ", result.StdOut);
        Assert.Contains("Assimi Goïta (Colonel): Today, our armed and security forces have seized Kidal", result.StdOut);
        Assert.Empty(Directory.GetFiles(box.Situation, "*.draft.yaml"));
    }

    [Fact]
    public void Review_as_json_lists_sources_counts_and_items()
    {
        var result = box.Run(["extract", "--situation", box.Situation, "--review", "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var sources = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(5, sources.Count);
        var dw = sources.Single(s => s.GetProperty("id").GetString() == "dw");
        Assert.Equal(6, dw.GetProperty("counts").GetProperty("quotes").GetInt32());
        Assert.Contains(dw.GetProperty("figures").EnumerateArray(), f => f.GetProperty("value").GetDouble() == 25000 && f.GetProperty("qualifier").GetString() == "about");
    }

    [Fact]
    public void Loose_source_files_need_somewhere_to_write_and_a_missing_file_is_an_input_error()
    {
        var file = box.PathOf("sources/dw-2023-11-17.txt");
        var usage = box.Run(["extract", file]);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--out", usage.StdErr);
        Assert.Equal(2, box.Run(["extract"]).ExitCode);

        var output = Path.Combine(box.Dir, "drafts");
        Directory.CreateDirectory(output);
        var written = box.Run(["extract", file, "--out", output]);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("source: dw-2023-11-17", File.ReadAllText(Path.Combine(output, "quotes.draft.yaml")));

        var missing = box.Run(["extract", Path.Combine(box.Dir, "nothing.txt"), "--out", output]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nothing.txt:1:1: error: source file not found", missing.StdErr);
        Sandbox.AssertNoStackTrace(missing);
    }

    [Fact]
    public void A_source_file_that_is_a_link_is_refused()
    {
        var link = Path.Combine(box.Dir, "linked.txt");
        File.CreateSymbolicLink(link, box.PathOf("sources/afp-2023-11-14.txt"));
        var result = box.Run(["extract", link, "--review"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("linked.txt:1:1: error:", result.StdErr);
        Sandbox.AssertNoStackTrace(result);
    }
}
