using System.Text;
using SitRep.Diagnostics;
using SitRep.Editions;

namespace SitRep.Tests.Editions;

/// <summary>A record's snapshots are parsed only when read, and one never read is written back as it was.</summary>
public sealed class StoredSnapshotTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sitrep-stored-").FullName;

    [Fact]
    public void A_record_loaded_and_saved_without_reading_its_snapshots_keeps_its_bytes_and_each_snapshot_reads_as_written()
    {
        var written = Record(3);
        var path = Path.Combine(folder, "record.json");
        File.WriteAllBytes(path, written.SerializeToUtf8());

        var loaded = EditionRecord.Load(path);
        Assert.Equal(written.SerializeToUtf8(), loaded.SerializeToUtf8());

        // The middle one read, the others not: the bytes are still the same, and the one read is the one written.
        Assert.Equal(written.Editions[1].Snapshot["figures"]["f-2"]["label"], loaded.Editions[1].Snapshot["figures"]["f-2"]["label"]);
        Assert.Equal(written.SerializeToUtf8(), loaded.SerializeToUtf8());
        for (var i = 0; i < 3; i++)
            Assert.Equal(ExtractSnapshot.Hash(written.Editions[i].Snapshot), ExtractSnapshot.Hash(loaded.Editions[i].Snapshot));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{ \"figures\": [] }")]
    [InlineData("{ \"figures\": { \"f-1\": \"label\" } }")]
    [InlineData("{ \"figures\": { \"f-1\": { \"label\": 5 } } }")]
    [InlineData("{ \"figures\": { \"f-1\": { \"label\": { \"nested\": \"x\" } } } }")]
    public void A_snapshot_of_another_shape_is_refused_when_the_record_loads(string snapshot)
    {
        var path = Path.Combine(folder, "record.json");
        var text = Encoding.UTF8.GetString(Record(1).SerializeToUtf8());
        var at = text.IndexOf("\"snapshot\": ", StringComparison.Ordinal) + "\"snapshot\": ".Length;
        var end = text.LastIndexOf('}', text.LastIndexOf(']'));
        File.WriteAllText(path, text[..at] + snapshot + "\n    " + text[end..]);

        var error = Assert.Throws<InputException>(() => EditionRecord.Load(path));
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    private static EditionRecord Record(int editions)
    {
        var record = new EditionRecord { Situation = "test-situation" };
        for (var number = 1; number <= editions; number++)
        {
            var snapshot = new ExtractSnapshot.Data
            {
                ["figures"] = new(StringComparer.Ordinal)
                {
                    [$"f-{number}"] = new(StringComparer.Ordinal) { ["label"] = $"قُتل {number} — « crue » \"quoted\" \\ 😀", ["value"] = $"{number * 100}" },
                },
                ["timeline"] = new(StringComparer.Ordinal) { ["ev-1"] = new(StringComparer.Ordinal) { ["date"] = "2024-01-02" } },
            };
            record.Editions.Add(new EditionEntry { Number = number, Date = "2024-01-02", AsOf = "2024-01-02", ContentHash = ExtractSnapshot.Hash(snapshot), Snapshot = snapshot });
        }

        return record;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
