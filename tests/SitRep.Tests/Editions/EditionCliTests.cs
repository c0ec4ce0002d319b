using System.Text.Json;
using SitRep.Tests.Ci;
using SitRep.Tests.Support;

namespace SitRep.Tests.Editions;

/// <summary>'sitrep build' records numbered editions; 'sitrep diff' states what changed.</summary>
public sealed class EditionCliTests
{
    [Fact]
    public void A_changed_situation_is_edition_2_with_each_change_and_an_unchanged_rebuild_stays_2()
    {
        using var workspace = new CiWorkspace();
        var record = Path.Combine(workspace.Output, "editions", "kidal.json");

        var first = workspace.Run("build", "--all");
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstBrief = Poppler.Text(workspace.Pdf("analyst"));
        Assert.Contains("Situation Report No. 1", firstBrief, StringComparison.Ordinal);
        Assert.DoesNotContain("Since the last edition", firstBrief, StringComparison.Ordinal);
        Assert.Contains("edition No. 1 (2023-11-22): first edition; recorded in output/editions/kidal.json", first.Stdout, StringComparison.Ordinal);
        var firstDiff = Json(workspace.Run("diff", "--format", "json"));
        Assert.Equal(1, firstDiff.GetProperty("edition").GetProperty("number").GetInt32());
        Assert.Equal(JsonValueKind.Null, firstDiff.GetProperty("changes").GetProperty("since").ValueKind);
        Assert.Equal(0, firstDiff.GetProperty("changes").GetProperty("count").GetInt32());

        SituationEdits.SetWagnerFighters(workspace.Situation, 1000, 1400);
        SituationEdits.RaiseCooperationLikelihood(workspace.Situation);
        SituationEdits.AddCelebrationEvent(workspace.Situation);

        var second = workspace.Run("build", "--all");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("edition No. 2 (2023-11-22): 3 changes since No. 1; recorded in output/editions/kidal.json", second.Stdout, StringComparison.Ordinal);

        // Each built-in brief shows the number and each change in its "since the last edition" section.
        foreach (var template in new[] { "analyst", "executive", "humanitarian" })
        {
            var brief = Poppler.Text(workspace.Pdf(template));
            var flat = string.Join(' ', brief.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Situation Report No. 2", flat, StringComparison.Ordinal);
            Assert.Contains("Since the last edition (22 November 2023)", flat, StringComparison.Ordinal);
            Assert.Contains("about 1,400 personnel, previously about 1,000 personnel", flat, StringComparison.Ordinal);
            Assert.Contains("very likely, previously likely", flat, StringComparison.Ordinal);
            Assert.Contains("New, 14 November 2023. The junta calls on citizens to celebrate the victory", flat, StringComparison.Ordinal);
        }

        var diff = Json(workspace.Run("diff", "--format", "json"));
        var edition = diff.GetProperty("edition");
        Assert.Equal(2, edition.GetProperty("number").GetInt32());
        Assert.Equal(1, edition.GetProperty("previous_number").GetInt32());
        Assert.Equal("2023-11-22", edition.GetProperty("previous_date").GetString());
        var changes = diff.GetProperty("changes");
        Assert.Equal(1, changes.GetProperty("since").GetProperty("number").GetInt32());
        Assert.Equal(3, changes.GetProperty("count").GetInt32());

        var figure = Assert.Single(changes.GetProperty("figures_changed").EnumerateArray());
        Assert.Equal(SituationEdits.FigureId, figure.GetProperty("id").GetString());
        Assert.Equal(["value"], figure.GetProperty("changed").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1000, figure.GetProperty("old").GetProperty("value").GetDouble());
        Assert.Equal(1400, figure.GetProperty("new").GetProperty("value").GetDouble());
        Assert.Equal("ict", figure.GetProperty("old").GetProperty("source").GetString());
        Assert.Equal("ict", figure.GetProperty("new").GetProperty("source").GetString());
        Assert.Equal("about 1,400 personnel", figure.GetProperty("new").GetProperty("text").GetString());

        var judgment = Assert.Single(changes.GetProperty("judgments_changed").EnumerateArray());
        Assert.Equal(SituationEdits.JudgmentId, judgment.GetProperty("id").GetString());
        Assert.Equal("likely", judgment.GetProperty("old_likelihood").GetString());
        Assert.Equal("very likely", judgment.GetProperty("new_likelihood").GetString());
        Assert.Equal(["likelihood"], judgment.GetProperty("changed").EnumerateArray().Select(c => c.GetString()));

        var added = Assert.Single(changes.GetProperty("events_added").EnumerateArray());
        Assert.Equal(SituationEdits.EventId, added.GetProperty("id").GetString());
        Assert.Equal("2023-11-14", added.GetProperty("date").GetString());
        Assert.Equal("dw", added.GetProperty("source").GetString());
        Assert.Empty(changes.GetProperty("quotes_added").EnumerateArray());
        Assert.Empty(changes.GetProperty("quotes_withdrawn").EnumerateArray());
        Assert.Empty(changes.GetProperty("sources_added").EnumerateArray());

        var text = workspace.Run("diff");
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Situation Report No. 2 (2023-11-22), since No. 1 (2023-11-22): 3 changes", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("~ wagner-fighters: Wagner fighters supporting the army's advance on Kidal: about 1,000 personnel [ict] -> about 1,400 personnel [ict]", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("~ j-csp-jnim-cooperation: likelihood likely -> very likely", text.Stdout, StringComparison.Ordinal);
        Assert.Contains($"+ {SituationEdits.EventId} (2023-11-14)", text.Stdout, StringComparison.Ordinal);

        // A third build with nothing changed: still No. 2, and the record is not rewritten.
        var bytes = File.ReadAllBytes(record);
        var written = File.GetLastWriteTimeUtc(record);
        var third = workspace.Run("build", "--all", "--force");
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("edition No. 2 (2023-11-22): 3 changes since No. 1; unchanged in output/editions/kidal.json", third.Stdout, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(record));
        Assert.Equal(written, File.GetLastWriteTimeUtc(record));
        Assert.Equal(2, Json(workspace.Run("diff", "--format", "json")).GetProperty("edition").GetProperty("number").GetInt32());
        Assert.Contains("Situation Report No. 2", Poppler.Text(workspace.Pdf("analyst")), StringComparison.Ordinal);

        // Since edition 2 itself, nothing changed; since edition 1, the same three changes.
        Assert.Equal(0, Json(workspace.Run("diff", "--since", "2", "--format", "json")).GetProperty("changes").GetProperty("count").GetInt32());
        Assert.Equal(3, Json(workspace.Run("diff", "--since", "1", "--format", "json")).GetProperty("changes").GetProperty("count").GetInt32());
    }

    [Fact]
    public void A_lost_record_is_made_again_even_when_every_brief_is_up_to_date()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var record = Path.Combine(workspace.Output, "editions", "kidal.json");
        var bytes = File.ReadAllBytes(record);
        File.Delete(record);

        var again = workspace.Run("build");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("unchanged, skipped", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(record)); // deterministic: no clock in it
    }

    [Fact]
    public void Diff_since_an_unknown_edition_or_a_missing_file_is_a_usage_error()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build").ExitCode);

        var unknown = workspace.Run("diff", "--since", "5");
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("records No. 1 to No. 1", unknown.Stderr, StringComparison.Ordinal);

        var missing = workspace.Run("diff", "--since", "no-such-record.json");
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("neither an edition number nor an editions record file", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_record_is_an_input_error_and_is_left_as_it_is()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var record = Path.Combine(workspace.Output, "editions", "kidal.json");
        File.WriteAllText(record, "{ \"format\": 1, \"editions\": [");
        SituationEdits.RaiseCooperationLikelihood(workspace.Situation);

        var run = workspace.Run("build");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("output/editions/kidal.json:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("{ \"format\": 1, \"editions\": [", File.ReadAllText(record));
    }

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }
}
