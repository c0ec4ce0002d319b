namespace SitRep.Extracts;

/// <summary>One value a source gives for a disputed point.</summary>
public sealed record SourceValue(string SourceId, string Value, SourcedItem Item);

/// <summary>
/// Items that share a key but whose sources give different values. For figures, the span of the
/// values (never their sum): <see cref="Low"/>, <see cref="High"/> and <see cref="RangeText"/>,
/// "500,000–600,000 people, sources differ".
/// </summary>
public sealed record Discrepancy(string Key, string Subject, IReadOnlyList<SourceValue> Values)
{
    public double? Low { get; init; }
    public double? High { get; init; }

    /// <summary>For figures: the span of the values as a reader sees it; null for dates and names.</summary>
    public string? RangeText { get; init; }

    /// <summary>Each source's value, attributed: "UNICEF Today: 500,000 people (reported); …".</summary>
    public string Attributed(Func<string, string>? sourceName = null) =>
        string.Join("; ", Values.Select(v => $"{(sourceName ?? (id => id))(v.SourceId)}: {v.Value}"));

    /// <summary>The span in a brief's language: "12 944–15 000 personnes, les sources divergent"; null for dates and names.</summary>
    public string? RangeTextIn(Localization.Locale locale) =>
        Low is { } low && High is { } high && Values[0].Item is Figure sample ? QuantityText.Disputed(low, high, sample, locale) : RangeText;

    /// <summary>The span in a brief's language without the words that say the sources differ.</summary>
    public string? RangeIn(Localization.Locale locale) =>
        Low is { } low && High is { } high && Values[0].Item is Figure sample ? QuantityText.DisputedRange(low, high, sample, locale) : null;

    /// <summary>One source's value in a brief's language: a figure or a date written by SitRep; a name as typed.</summary>
    public static string ValueIn(SourceValue value, Localization.Locale locale) => value.Item switch
    {
        Figure figure => QuantityText.WithBasis(figure, locale),
        TimelineEvent e when PartialDate.TryParse(e.Date, out var date) => locale.Date(date),
        _ => value.Value,
    };

    public static IReadOnlyList<Discrepancy> FindAll(Situation situation)
    {
        var found = new List<Discrepancy>();
        found.AddRange(Find(situation.Timeline, e => PartialDate.TryParse(e.Date, out var d) ? d.ToDisplay() : e.Date, e => e.Text, v => v));
        found.AddRange(FindFigures(situation.Figures));
        found.AddRange(Find(situation.Actors, a => a.Short is { Length: > 0 } s && !a.Name.Contains($"({s})", StringComparison.Ordinal) ? $"{a.Name} ({s})" : a.Name, a => "the name of " + (a.Short ?? a.Name), v => v));
        return found;
    }

    /// <summary>A figure as text; see <see cref="QuantityText"/>.</summary>
    public static string FormatFigure(Figure figure) => QuantityText.WithBasis(figure);

    private static IEnumerable<Discrepancy> FindFigures(IEnumerable<Figure> figures)
    {
        foreach (var group in figures.Where(f => !string.IsNullOrWhiteSpace(f.Key)).GroupBy(f => f.Key!, StringComparer.Ordinal))
        {
            var items = group.ToList();
            var spans = items.Where(f => f.Amount is not null).Select(f => (Low: f.Amount!.Value, High: f.HighAmount!.Value)).ToList();
            if (spans.Count < 2 || spans.All(s => s == spans[0]))
                continue;
            var low = spans.Min(s => s.Low);
            var high = spans.Max(s => s.High);
            yield return new Discrepancy(group.Key, items[0].Label, items.Select(f => new SourceValue(f.Source, FormatFigure(f), f)).ToList())
            {
                Low = low,
                High = high,
                RangeText = QuantityText.Disputed(low, high, items[0]),
            };
        }
    }

    private static IEnumerable<Discrepancy> Find<T>(IEnumerable<T> items, Func<T, string> value, Func<T, string> subject, Func<string, string> comparable)
        where T : SourcedItem
    {
        foreach (var group in items.Where(i => !string.IsNullOrWhiteSpace(i.Key)).GroupBy(i => i.Key!, StringComparer.Ordinal))
        {
            var values = group.Select(i => new SourceValue(i.Source, value(i), i)).ToList();
            var distinct = values.Select(v => comparable(v.Value)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (distinct > 1)
                yield return new Discrepancy(group.Key, subject(group.First()), values);
        }
    }
}
