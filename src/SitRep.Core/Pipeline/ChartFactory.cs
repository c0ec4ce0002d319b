using SitRep.Charts;
using SitRep.Diagnostics;
using SitRep.Extracts;

namespace SitRep.Pipeline;

/// <summary>
/// Builds each declared chart from the situation's data; numbers are never typed twice. Charts print their own
/// words, numbers and dates in the brief's language (<paramref name="locale"/>, English when null).
/// </summary>
internal sealed class ChartFactory(Situation situation, Localization.Locale? locale = null)
{
    private readonly Dictionary<string, IChart> built = new(StringComparer.Ordinal);
    private readonly Localization.Locale words = locale ?? Localization.Locales.English;
    private readonly ChartText text = locale is null ? ChartText.English : new ChartText(locale);

    public IChart Get(string id)
    {
        if (built.TryGetValue(id, out var chart))
            return chart;
        var spec = situation.Charts.FirstOrDefault(c => c.Id == id)
            ?? throw new InputException(SourceLocation.Of("charts.yaml"), $"unknown chart id '{id}'", "chart");
        chart = Build(spec);
        built[id] = chart;
        return chart;
    }

    /// <summary>The ids of the sources behind a chart's data, for its source line.</summary>
    public IReadOnlyList<string> SourcesOf(ChartSpec spec) => spec.Type switch
    {
        "bar" or "share" or "drawdown" => spec.Items.Select(FigureById).Select(f => f.Source).ToList(),
        "timeline" => spec.Items.Select(EventById).Select(e => e.Source).ToList(),
        "map" => DistancesFor(spec).Select(d => d.Figure.Source).ToList(),
        _ => [],
    };

    /// <summary>What a map's source line says of its own data, in the brief's language.</summary>
    public static string? NoteOf(ChartSpec spec, Localization.Locale locale) => spec.Type == "map" ? locale.Text("map_note") : null;

    private IChart Build(ChartSpec spec)
    {
        try
        {
            return spec.Type switch
            {
                "bar" => new BarChart(spec.Items.Select(FigureById).Select(f => new BarDatum(f.Label, Value(spec, f), f.Approximate)).ToList(), text: text),
                "share" or "drawdown" => Share(spec),
                "timeline" => Timeline(spec),
                "map" => Map(spec),
                _ => throw Error(spec, $"unknown chart type '{spec.Type}'"),
            };
        }
        catch (ArgumentException e)
        {
            throw Error(spec, e.Message);
        }
    }

    /// <summary>
    /// Each listed figure that names its total with <c>of:</c> becomes a row: its own label heads the
    /// row, the total's label says what it is a share of.
    /// </summary>
    private ShareChart Share(ChartSpec spec)
    {
        var figures = spec.Items.Select(FigureById).ToList();
        var groups = new List<ShareGroup>();
        foreach (var part in figures.Where(f => f.Of is not null))
        {
            var total = figures.FirstOrDefault(f => f.Id == part.Of)
                ?? throw Error(spec, $"figure '{part.Id}' is part of '{part.Of}', which the chart does not list");
            if (Value(spec, part) > Value(spec, total))
                throw Error(spec, $"figure '{part.Id}' ({part.Value}) is larger than its total '{total.Id}' ({total.Value})");
            groups.Add(new ShareGroup(part.Label, Value(spec, part), total.Label, Value(spec, total), part.Approximate));
        }

        if (groups.Count == 0)
            throw Error(spec, $"a {spec.Type} chart needs figures that name their total with 'of:'");
        var asOf = figures.Select(f => f.AsOf).FirstOrDefault(a => a is not null);
        var label = asOf is not null && PartialDate.TryParse(asOf, out var date) ? words.Text("as_of", ("date", words.Date(date))) : "";
        return new ShareChart(groups, label, text);
    }

    private LocatorMap Map(ChartSpec spec)
    {
        var focus = situation.Info.Focus;
        var places = spec.Items.Select(id => situation.Places.FirstOrDefault(p => p.Id == id) ?? throw Error(spec, $"unknown place id '{id}'")).ToList();
        foreach (var place in places.Where(p => p.Lat is null || p.Lon is null))
            throw Error(spec, $"place '{place.Id}' has no coordinates");
        var mapPlaces = places.Select(p => new MapPlace(p.Id, p.Name, p.Lat!.Value, p.Lon!.Value, p.Kind, p.Id == focus, p.LocalName)).ToList();
        var distances = DistancesFor(spec)
            .GroupBy(d => d.Place)
            .Select(g => new MapDistance(g.Key, QuantityText.WithBasis(g.First().Figure, words)))
            .ToList();
        if (GeoWorld.Default.Find(situation.Info.Country.IsoN3) is null)
            throw Error(spec, $"no country outline with iso_n3 '{situation.Info.Country.IsoN3}'");
        // The map data names countries in English; a brief in another language labels them from its locale.
        Func<GeoCountry, string>? countryName = locale is null || locale.Language == "en" ? null : c => locale.CountryName(c.IsoN3) ?? c.Name;
        return new LocatorMap(GeoWorld.Default, situation.Info.Country.IsoN3, mapPlaces, distances, countryName, text);
    }

    private IEnumerable<(string Place, Figure Figure)> DistancesFor(ChartSpec spec) => situation.Figures
        .Where(f => f.Category == "distance" && f.Place is not null && spec.Items.Contains(f.Place))
        .Select(f => (f.Place!, f));

    private TimelineChart Timeline(ChartSpec spec)
    {
        var disputed = Discrepancy.FindAll(situation).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return new TimelineChart(spec.Items.Select(EventById).Select(e => new TimelineMark(
            PartialDate.TryParse(e.Date, out var d) ? d.Start : throw Error(spec, $"event '{e.Id}' has no valid date"),
            e.Precision switch { "year" => DatePrecision.Year, "month" => DatePrecision.Month, _ => DatePrecision.Day },
            e.Label ?? Shorten(e.Text),
            e.Key is not null && disputed.Contains(e.Key))).ToList(), text);
    }

    private static string Shorten(string text)
    {
        var words = text.Split(' ');
        return words.Length <= 6 ? text : string.Join(' ', words.Take(6)) + "…";
    }

    private Figure FigureById(string id) => situation.Figures.FirstOrDefault(f => f.Id == id)
        ?? throw new InputException(SourceLocation.Of("charts.yaml"), $"unknown figure id '{id}'", "chart");

    private TimelineEvent EventById(string id) => situation.Timeline.FirstOrDefault(e => e.Id == id)
        ?? throw new InputException(SourceLocation.Of("charts.yaml"), $"unknown event id '{id}'", "chart");

    private double Value(ChartSpec spec, Figure figure) => figure.Amount switch
    {
        null => throw Error(spec, $"figure '{figure.Id}' has no value"),
        < 0 => throw Error(spec, $"figure '{figure.Id}' is negative"),
        var v => v.Value,
    };

    private static InputException Error(ChartSpec spec, string message) =>
        new(spec.Location, $"chart '{spec.Id}': {message}", "chart");
}
