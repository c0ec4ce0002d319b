using System.Globalization;
using System.Text;
using SitRep.Extraction;
using SitRep.Sources;

namespace SitRep.Tests.Extraction;

/// <summary>Found against expected, for one kind: how many of each, and how many agree.</summary>
public sealed record KindScore(int Expected, int Found, int Matched, int MatchedFound, int Attributed = 0)
{
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public double Precision => Found == 0 ? 1 : (double)MatchedFound / Found;

    /// <summary>Of the expected quotes found, the share with the right speaker.</summary>
    public double Attribution => Matched == 0 ? 1 : (double)Attributed / Matched;

    public static KindScore operator +(KindScore a, KindScore b) =>
        new(a.Expected + b.Expected, a.Found + b.Found, a.Matched + b.Matched, a.MatchedFound + b.MatchedFound, a.Attributed + b.Attributed);

    public static readonly KindScore Zero = new(0, 0, 0, 0);
}

public sealed record SetScore(string Name, KindScore Quotes, KindScore Figures, KindScore Events)
{
    public static SetScore Sum(string name, IEnumerable<SetScore> scores)
    {
        var list = scores.ToList();
        return new SetScore(name,
            list.Aggregate(KindScore.Zero, (s, x) => s + x.Quotes),
            list.Aggregate(KindScore.Zero, (s, x) => s + x.Figures),
            list.Aggregate(KindScore.Zero, (s, x) => s + x.Events));
    }
}

/// <summary>
/// Scores what `sitrep extract` found against a gold file. A quote matches when its text holds the
/// gold quote's opening words; a figure when value and unit agree; an event when its date starts
/// with the gold date and its evidence holds the gold evidence. Each found item matches once.
/// </summary>
public static class GoldScorer
{
    public static SetScore Score(GoldSource gold, SourceExtract found)
    {
        return new SetScore(gold.Id, Quotes(gold, found), Figures(gold, found), Events(gold, found));
    }

    private static KindScore Quotes(GoldSource gold, SourceExtract found)
    {
        var used = new HashSet<FoundQuote>(ReferenceEqualityComparer.Instance);
        int matched = 0, attributed = 0;
        foreach (var expected in gold.Quotes)
        {
            var opening = TextNormalizer.Normalize(expected.Text);
            var hit = found.Quotes.FirstOrDefault(q => !used.Contains(q) && TextNormalizer.Normalize(q.Text).Contains(opening, StringComparison.Ordinal));
            if (hit is null)
                continue;
            used.Add(hit);
            matched++;
            if (hit.Speaker is { } speaker && SameSpeaker(speaker, expected.Speaker))
                attributed++;
        }

        return new KindScore(gold.Quotes.Count, found.Quotes.Count, matched, used.Count, attributed);
    }

    public static bool SameSpeaker(string found, string expected)
    {
        var (f, e) = (TextKeys.Fold(found), TextKeys.Fold(expected));
        return f.Contains(e, StringComparison.Ordinal) || e.Contains(f, StringComparison.Ordinal) && f.Length > 3;
    }

    private static KindScore Figures(GoldSource gold, SourceExtract found)
    {
        var used = new HashSet<FoundFigure>(ReferenceEqualityComparer.Instance);
        foreach (var expected in gold.Figures)
        {
            var hit = found.Figures.FirstOrDefault(f => !used.Contains(f) && Math.Abs(f.Resolved - expected.Value) < 1e-6 && expected.Units.Any(u => SameUnit(f.Unit, u)));
            if (hit is not null)
                used.Add(hit);
        }

        return new KindScore(gold.Figures.Count, found.Figures.Count, used.Count, used.Count);
    }

    public static bool SameUnit(string found, string expected) =>
        DuplicateGrouper.CanonicalUnit(found) == DuplicateGrouper.CanonicalUnit(expected)
        || TextKeys.Fold(found).Contains(TextKeys.Fold(expected), StringComparison.Ordinal);

    private static KindScore Events(GoldSource gold, SourceExtract found)
    {
        var used = new HashSet<FoundEvent>(ReferenceEqualityComparer.Instance);
        foreach (var expected in gold.Events)
        {
            var evidence = TextNormalizer.Normalize(expected.Evidence);
            var hit = found.Events.FirstOrDefault(e => !used.Contains(e) && e.Date.StartsWith(expected.Date, StringComparison.Ordinal)
                && TextNormalizer.Normalize(e.Evidence).Contains(evidence, StringComparison.Ordinal));
            if (hit is not null)
                used.Add(hit);
        }

        return new KindScore(gold.Events.Count, found.Events.Count, used.Count, used.Count);
    }

    /// <summary>The table the report quotes: one block per set, one row per kind.</summary>
    public static string Table(IEnumerable<SetScore> sets)
    {
        var text = new StringBuilder();
        text.AppendLine("set        kind     expected found matched recall precision attribution");
        foreach (var set in sets)
        {
            Row(text, set.Name, "quotes", set.Quotes, attribution: true);
            Row(text, set.Name, "figures", set.Figures, attribution: false);
            Row(text, set.Name, "events", set.Events, attribution: false);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string set, string kind, KindScore score, bool attribution) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{set,-10} {kind,-8} {score.Expected,8} {score.Found,5} {score.Matched,7} {score.Recall,6:P0} {score.Precision,9:P0} {(attribution ? score.Attribution.ToString("P0", CultureInfo.InvariantCulture) : "-"),11}"));
}
