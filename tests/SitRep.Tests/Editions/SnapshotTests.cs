using SitRep.Editions;
using SitRep.Pipeline;
using SitRep.Tests.Support;

namespace SitRep.Tests.Editions;

/// <summary>A snapshot counts content, not layout; a new edition starts only when content changed.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("sitrep-snapshot-").FullName;

    private string Situation => Path.Combine(root, "kidal");

    public SnapshotTests() => TestFiles.CopyDirectory(RepoPaths.KidalSituation, Situation);

    private string Hash() => ExtractSnapshot.Hash(ExtractSnapshot.Read(Situation, "kidal"));

    [Fact]
    public void Comments_quoting_layout_evidence_and_drafts_do_not_change_the_content_hash_a_value_does()
    {
        var before = Hash();
        var figures = Path.Combine(Situation, "figures.yaml");
        SituationEdits.Replace(figures, "    value: 1000\n    unit: personnel", "    # restated\n    unit: \"personnel\"\n    value: 1000.0");
        SituationEdits.Replace(figures, "supported by roughly 1,000 fighters from the 'Wagner Force' and air assistance", "supported by roughly 1,000 fighters");
        File.WriteAllText(Path.Combine(Situation, "figures.draft.yaml"), "figures:\n  - id: draft-one\n    value: 5\n");
        Assert.Equal(before, Hash());

        SituationEdits.Replace(figures, "value: 1000.0", "value: 1001");
        Assert.NotEqual(before, Hash());
    }

    [Fact]
    public void Next_keeps_the_number_for_unchanged_content_and_commit_writes_only_a_new_edition()
    {
        var (situation, _) = BriefBuilder.LoadChecked(Situation);
        var path = Path.Combine(root, "out", "editions", "kidal.json");
        var first = SitRep.Editions.Editions.Next(situation, EditionRecord.Load(path));
        Assert.True(first.IsNew);
        Assert.Equal((1, "2023-11-22", true), (first.Edition.Number, first.Edition.Date, first.Edition.IsFirst));
        Assert.False(File.Exists(path)); // Next writes nothing
        Assert.True(SitRep.Editions.Editions.Commit(first));

        var again = SitRep.Editions.Editions.Next(situation, EditionRecord.Load(path), DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        Assert.False(again.IsNew);
        Assert.Equal((1, "2023-11-22"), (again.Edition.Number, again.Edition.Date)); // the recorded date, not the new timestamp
        var written = File.GetLastWriteTimeUtc(path);
        Assert.False(SitRep.Editions.Editions.Commit(again));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        SituationEdits.RaiseCooperationLikelihood(Situation);
        var (changed, _) = BriefBuilder.LoadChecked(Situation);
        var second = SitRep.Editions.Editions.Next(changed, EditionRecord.Load(path), DateTimeOffset.FromUnixTimeSeconds(1_700_600_000));
        Assert.Equal((2, "2023-11-21", 1, "2023-11-22"), (second.Edition.Number, second.Edition.Date, second.Edition.PreviousNumber, second.Edition.PreviousDate));
        Assert.Equal(1, second.Changes.Count);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(path)!, ".*"));
    }

    [Fact]
    public void The_record_is_never_written_through_a_symbolic_link()
    {
        var (situation, _) = BriefBuilder.LoadChecked(Situation);
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "out"));
        Directory.CreateSymbolicLink(Path.Combine(root, "out", "editions"), elsewhere);

        var next = SitRep.Editions.Editions.Next(situation, EditionRecord.Load(Path.Combine(root, "out", "editions", "kidal.json")));
        var error = Assert.Throws<SitRep.Diagnostics.InputException>(() => SitRep.Editions.Editions.Commit(next));
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
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
