using System.Globalization;

namespace SitRep.Extracts;

/// <summary>One value a source gives for a disputed point.</summary>
public sealed record SourceValue(string SourceId, string Value, SourcedItem Item);

/// <summary>Items that share a key but whose sources give different values.</summary>
public sealed record Discrepancy(string Key, string Subject, IReadOnlyList<SourceValue> Values)
{
    public static IReadOnlyList<Discrepancy> FindAll(Situation situation)
    {
        var found = new List<Discrepancy>();
        found.AddRange(Find(situation.Timeline, e => PartialDate.TryParse(e.Date, out var d) ? d.ToDisplay() : e.Date, e => e.Text));
        found.AddRange(Find(situation.Figures, FormatFigure, f => f.Label));
        found.AddRange(Find(situation.Actors, a => a.Short is { Length: > 0 } s && !a.Name.Contains($"({s})", StringComparison.Ordinal) ? $"{a.Name} ({s})" : a.Name, a => "the name of " + (a.Short ?? a.Name)));
        return found;
    }

    public static string FormatFigure(Figure figure)
    {
        var number = figure.Value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "?";
        var unit = figure.Unit switch
        {
            "km" => " km",
            "people" or "personnel" or "soldiers" or "civilians" or "killed" => " " + figure.Unit,
            _ => "",
        };
        return (figure.Approximate ? "about " : "") + number + unit;
    }

    private static IEnumerable<Discrepancy> Find<T>(IEnumerable<T> items, Func<T, string> value, Func<T, string> subject)
        where T : SourcedItem
    {
        foreach (var group in items.Where(i => !string.IsNullOrWhiteSpace(i.Key)).GroupBy(i => i.Key!, StringComparer.Ordinal))
        {
            var values = group.Select(i => new SourceValue(i.Source, value(i), i)).ToList();
            var distinct = values.Select(v => v.Value.Replace("about ", "", StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (distinct > 1)
                yield return new Discrepancy(group.Key, subject(group.First()), values);
        }
    }
}
