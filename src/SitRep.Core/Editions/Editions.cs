using System.Globalization;
using SitRep.Diagnostics;
using SitRep.Extracts;

namespace SitRep.Editions;

/// <summary>
/// Numbered editions of a situation's briefs. Before rendering, <see cref="Next"/> says which edition a
/// build is and what changed since the one before; once the PDFs are in place, <see cref="Commit"/>
/// records it. A new edition starts only when the extracts' content changed: rebuilding unchanged
/// extracts gives the same number, the same date and the same changes, so the brief stays reproducible.
/// </summary>
public static class Editions
{
    /// <summary>What a build of <paramref name="situation"/> would be, given the record so far; writes nothing.</summary>
    /// <param name="timestamp">SOURCE_DATE_EPOCH when set: its UTC day dates a new edition; else the situation's as_of does.</param>
    public static NextEdition Next(Situation situation, EditionRecord record, DateTimeOffset? timestamp = null)
    {
        if (record.Situation.Length > 0 && record.Situation != situation.Info.Id)
            throw new InputException(SourceLocation.Of(SituationLoader.Display(record.Path)),
                $"this editions record belongs to situation '{record.Situation}', not '{situation.Info.Id}'; build into another output folder", "editions");
        var (snapshot, hash) = ExtractSnapshot.Take(situation);
        var last = record.Last;
        if (last is not null && last.ContentHash == hash)
        {
            var before = last.Number > 1 ? record.Find(last.Number - 1) : null;
            var changes = before is null ? EditionChanges.None(null) : ChangeFinder.Compare(before.Snapshot, last.Snapshot, before.Ref);
            return new NextEdition(record, Summary(last, before), changes, last, IsNew: false) { Situation = situation.Info.Id };
        }

        var entry = new EditionEntry
        {
            Number = (last?.Number ?? 0) + 1,
            Date = timestamp is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : situation.Info.AsOf,
            AsOf = situation.Info.AsOf,
            ContentHash = hash,
            Snapshot = snapshot,
        };
        var since = last is null ? EditionChanges.None(null) : ChangeFinder.Compare(last.Snapshot, snapshot, last.Ref);
        return new NextEdition(record, Summary(entry, last), since, entry, IsNew: true) { Situation = situation.Info.Id };
    }

    /// <summary>The changes from edition <paramref name="number"/> of the record to the situation's extracts as they are now.</summary>
    public static EditionReport Since(Situation situation, EditionRecord record, int number, DateTimeOffset? timestamp = null)
    {
        var next = Next(situation, record, timestamp);
        var from = record.Find(number)
            ?? throw new InputException(SourceLocation.Of("--since"), record.Editions.Count == 0
                ? $"there is no edition {number}: {SituationLoader.Display(record.Path)} records none yet"
                : $"there is no edition {number}: {SituationLoader.Display(record.Path)} records No. 1 to No. {record.Last!.Number}", "usage");
        return new EditionReport(next.Edition, ChangeFinder.Compare(from.Snapshot, next.Entry.Snapshot, from.Ref));
    }

    /// <summary>Records a new edition (atomically); an unchanged one is already recorded, and nothing is written.</summary>
    /// <returns>True when the record was written.</returns>
    public static bool Commit(NextEdition next)
    {
        if (!next.IsNew)
            return false;
        var record = next.Record;
        if (record.Last is { } last && last.Number >= next.Entry.Number)
            throw new InvalidOperationException("the record changed since Next was called");
        record.Situation = next.Situation;
        record.Editions.Add(next.Entry);
        record.Save();
        return true;
    }

    private static Edition Summary(EditionEntry entry, EditionEntry? previous) =>
        new(entry.Number, entry.Date, entry.AsOf, previous?.Number, previous?.Date);
}

/// <summary>The edition a build is, and what changed since the edition before it.</summary>
/// <param name="IsNew">True when the content changed: <see cref="Editions.Commit"/> will record <see cref="Entry"/>.</param>
public sealed record NextEdition(EditionRecord Record, Edition Edition, EditionChanges Changes, EditionEntry Entry, bool IsNew)
{
    internal string Situation { get; init; } = "";

    public void Deconstruct(out Edition edition, out EditionChanges changes)
    {
        edition = Edition;
        changes = Changes;
    }

    /// <summary>Goes into a brief's content hash: a brief that shows the edition must be rebuilt when it changes.</summary>
    public string Fingerprint => $"{Edition.Number}:{Entry.ContentHash}:{Changes.Since?.Number}";
}
