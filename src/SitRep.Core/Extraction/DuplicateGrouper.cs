using System.Globalization;

namespace SitRep.Extraction;

/// <summary>
/// Gives the same `key` to items from different sources that describe the same thing, and notes
/// when their values differ so that `sitrep check` reports the discrepancy.
/// </summary>
public static class DuplicateGrouper
{
    /// <summary>Events more than this far apart are not read as two sources dating one event differently.</summary>
    public const int MaxDisagreementDays = 62;

    public static void Group(IReadOnlyList<SourceExtract> extracts)
    {
        GroupFigures(extracts.SelectMany(e => e.Figures).ToList());
        GroupEvents(extracts.SelectMany(e => e.Events).ToList(), extracts.Count);
    }

    private static void GroupFigures(List<FoundFigure> figures)
    {
        var groups = figures
            .Where(f => f.Anchor is not null)
            .GroupBy(f => CanonicalUnit(f.Unit) + "|" + TextKeys.Fold(f.Anchor!))
            .Where(g => g.Select(f => f.Source).Distinct().Count() > 1)
            .Select(g => g.ToList())
            .ToList();
        foreach (var group in groups)
        {
            // One figure per source: the first it gives for this unit and place.
            var members = group.GroupBy(f => f.Source).Select(g => g.First()).ToList();
            var key = TextKeys.Slug(CanonicalUnit(members[0].Unit) + " " + members[0].Anchor);
            foreach (var figure in members)
                figure.Key = key;
            if (members.Select(f => f.Resolved).Distinct().Count() > 1)
            {
                var note = "sources differ: " + string.Join("; ", members.Select(f => $"{f.Source} {Shown(f)}"));
                foreach (var figure in members)
                    figure.Note = note;
            }
        }
    }

    private static void GroupEvents(List<FoundEvent> events, int sourceCount)
    {
        // Words every source uses ("Kidal", "Mali") say nothing about which event a sentence tells.
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<object, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var e in events)
            words[e] = TextKeys.ContentWords(e.Evidence);
        foreach (var bySource in events.GroupBy(e => e.Source))
        {
            foreach (var word in bySource.SelectMany(e => words[e]).Distinct())
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var ubiquitous = sourceCount >= 3 ? frequency.Where(p => p.Value >= sourceCount).Select(p => p.Key).ToHashSet() : [];
        foreach (var e in events)
            words[e].ExceptWith(ubiquitous);

        // Clusters hold at most one event per source, and every pair in a cluster must agree on the
        // date (first pass) or be one pair telling the same thing with dates that disagree (second pass).
        var clusterOf = new Dictionary<object, List<FoundEvent>>(ReferenceEqualityComparer.Instance);
        foreach (var e in events)
            clusterOf[e] = [e];
        List<FoundEvent> ClusterOf(FoundEvent e) => clusterOf[e];
        int Shared(FoundEvent a, FoundEvent b) => words[a].Intersect(words[b]).Count();
        bool Similar(FoundEvent a, FoundEvent b, bool strong)
        {
            var shared = Shared(a, b);
            var smaller = Math.Min(words[a].Count, words[b].Count);
            return strong ? shared >= 2 && smaller > 0 && shared * 10 >= smaller * 6 : shared >= 2;
        }

        for (var pass = 0; pass < 2; pass++)
        {
            var pairs = new List<(FoundEvent A, FoundEvent B, int Shared)>();
            // Sorted by first day, each event is compared only with those starting within the window
            // a disagreement may span; a year-only date reaches across its whole year.
            var sorted = events.OrderBy(DayNumber).ToList();
            for (var i = 0; i < sorted.Count; i++)
            {
                for (var j = i + 1; j < sorted.Count && DayNumber(sorted[j]) - DayNumber(sorted[i]) <= MaxDisagreementDays + 366; j++)
                {
                    var (a, b) = (sorted[i], sorted[j]);
                    if (a.Source != b.Source && (pass == 0 ? SameDate(a, b) && Similar(a, b, false)
                        : !SameDate(a, b) && Similar(a, b, true) && Math.Abs(DayNumber(a) - DayNumber(b)) <= MaxDisagreementDays))
                        pairs.Add((a, b, Shared(a, b)));
                }
            }

            foreach (var (a, b, _) in pairs.OrderByDescending(p => p.Shared))
            {
                var (ca, cb) = (ClusterOf(a), ClusterOf(b));
                if (ReferenceEquals(ca, cb) || ca.Any(x => cb.Any(y => x.Source == y.Source)))
                    continue;
                if (pass == 0 ? !ca.All(x => cb.All(y => SameDate(x, y) && Similar(x, y, false))) : ca.Count > 1 || cb.Count > 1)
                    continue;
                ca.AddRange(cb);
                foreach (var moved in cb)
                    clusterOf[moved] = ca;
            }
        }

        foreach (var group in clusterOf.Values.Distinct(ReferenceEqualityComparer.Instance).Cast<List<FoundEvent>>().Where(c => c.Count > 1))
        {
            var members = group.OrderBy(e => e.Date, StringComparer.Ordinal).ToList();
            var common = members.Select(e => words[e]).Aggregate((x, y) => x.Intersect(y).ToHashSet());
            var key = TextKeys.Slug(members[0].Date + " " + string.Join(' ', common.Order(StringComparer.Ordinal).Take(2)));
            var note = members.Any(x => members.Any(y => !SameDate(x, y)))
                ? "sources differ on the date: " + string.Join("; ", members.Select(e => $"{e.Source} {e.Date}"))
                : null;
            foreach (var e in members)
            {
                e.Key = key;
                e.Note = note;
            }
        }
    }

    private static bool SameDate(FoundEvent a, FoundEvent b)
    {
        var length = Math.Min(a.Date.Length, b.Date.Length);
        return string.CompareOrdinal(a.Date, 0, b.Date, 0, length) == 0;
    }

    private static int DayNumber(FoundEvent e)
    {
        var parts = e.Date.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new DateOnly(parts[0], parts.Length > 1 ? parts[1] : 1, parts.Length > 2 ? parts[2] : 1).DayNumber;
    }

    public static string CanonicalUnit(string unit)
    {
        var u = TextKeys.Fold(unit);
        if (u is "km" or "kilometers" or "kilometres" or "kilometre" or "kilometer")
            return "km";
        if (u is "%" or "per cent" or "percent" or "pour cent")
            return "%";
        return u.EndsWith('s') ? u[..^1] : u;
    }

    public static string Shown(FoundFigure figure)
    {
        var number = figure.Low is { } low ? $"{low.ToString("#,0.##", CultureInfo.InvariantCulture)}-{figure.High?.ToString("#,0.##", CultureInfo.InvariantCulture)}"
            : figure.Value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "?";
        var qualifier = figure.Qualifier switch { "about" => "about ", "at_least" => "at least ", "more_than" => "more than ", "up_to" => "up to ", "fewer_than" => "fewer than ", _ => "" };
        return $"{qualifier}{figure.Currency}{number}{(figure.Scale is { } s ? " " + s : "")} {figure.Unit}".Trim();
    }
}
