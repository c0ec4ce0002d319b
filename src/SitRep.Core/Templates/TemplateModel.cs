using System.Globalization;
using Scriban.Runtime;
using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>
/// The data a template sees: plain Scriban objects and lists built from the situation, nothing
/// else (no .NET object, no evidence passages, no list internals). Names are snake_case; a field
/// with no value is null, which prints nothing and is false in an 'if'. docs/templates.md
/// documents every variable.
/// </summary>
public static class TemplateModel
{
    /// <summary>The names a template can use at the top level, besides functions and Scriban's built-ins.</summary>
    public static IReadOnlyList<string> TopLevelNames { get; } =
    [
        "situation", "template", "summary", "background", "timeline", "actors", "actor_groups", "figures", "quotes",
        "outlook_quotes", "reaction_quotes", "judgments", "sources", "discrepancies", "charts",
        "key_figures", "lead_judgments", "other_judgments", "context_quotes", "charts_by_type", "sectors", "funding", "response", "gaps",
        "response_by_sector", "edition", "changes", "language", "places",
    ];

    /// <summary>Every field name of every object in the model, for "did you mean".</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "id", "title", "subtitle", "country", "as_of", "as_of_iso", "language", "author", "keywords", "source", "key", "text", "period", "topic",
        "date", "date_short", "date_iso", "precision", "disputed", "name", "short", "category", "category_label", "description", "role", "label",
        "actors", "value", "value_text", "number", "unit", "approximate", "speaker", "section", "context", "likelihood", "confidence", "outlet",
        "published", "url", "subject", "values", "type", "caption", "alt",
        "qualifier", "range", "scale", "currency", "basis", "sector", "dispute", "range_text", "attributed", "lead", "status",
        "period", "from", "to", "next_update", "contacts", "email", "map_disclaimer", "map", "bar", "share", "requirement",
        "received", "percent_funded", "requirement_text", "received_text", "percent_text", "response", "gaps", "count",
        "since", "events_added", "figures_changed", "quotes_added", "quotes_withdrawn", "judgments_changed", "sources_added",
        "previous_number", "previous_date", "changed", "old", "new", "old_likelihood", "new_likelihood", "old_confidence",
        "new_confidence", "previous_id", "low", "high", "is_first", "date_text", "previous_date_text", "first", "local_name", "kind",
    ];

    public static ScriptObject From(Situation situation, string templateName, TemplateExtras? extras = null)
    {
        var locale = extras?.Locale ?? Localization.Locales.English;
        var discrepancies = situation.Discrepancies;
        var disputedKeys = discrepancies.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var info = situation.Info;
        string Date(string? date) => date is null ? "" : PartialDate.TryParse(date, out var d) ? locale.Date(d) : date;
        ScriptObject FigureOf(Figure f) => Figure(situation, f, Date);
        var chartObjects = situation.Charts.Select(c => Object(
            ("id", c.Id),
            ("type", ChartType(c.Type)),
            ("title", c.Title),
            ("caption", Optional(c.Caption)),
            ("alt", c.Alt))).ToList();
        var sectors = situation.Figures.Select(f => f.Sector).Concat(situation.Response.Select(r => r.Sector)).Concat(situation.Gaps.Select(g => g.Sector))
            .OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        return Object(
            ("situation", Object(
                ("id", info.Id),
                ("title", info.Title),
                ("subtitle", Optional(info.Subtitle)),
                ("country", info.Country.Name),
                ("as_of", Date(info.AsOf)),
                ("as_of_iso", info.AsOf),
                ("language", info.Language),
                ("author", info.Author),
                ("keywords", List(info.Keywords.Cast<object?>())),
                ("period", info.Period is { } p ? Object(("from", Date(p.From)), ("to", Date(p.To)), ("text", $"{Date(p.From)} – {Date(p.To)}")) : null),
                ("next_update", info.NextUpdate is { Length: > 0 } next ? Date(next) : null),
                ("contacts", List(info.Contacts.Select(c => Object(("name", c.Name), ("role", Optional(c.Role)), ("email", Optional(c.Email)))))),
                ("map_disclaimer", Optional(info.MapDisclaimer)))),
            ("template", templateName),
            ("language", locale.Language),
            ("summary", List(info.Summary.Select(s => Item(s, ("text", s.Text))))),
            ("background", List(situation.Background.Select(b => Item(b, ("period", Optional(b.Period)), ("topic", b.Topic), ("text", b.Text))))),
            ("timeline", List(situation.Timeline
                .OrderBy(e => PartialDate.TryParse(e.Date, out var d) ? d.Start : DateOnly.MaxValue)
                .Select(e => Item(e,
                    ("date", Date(e.Date)),
                    ("date_short", PartialDate.TryParse(e.Date, out var s) ? s.ToShortDisplay() : e.Date),
                    ("date_iso", e.Date),
                    ("precision", e.Precision),
                    ("text", e.Text),
                    ("topic", Optional(e.Topic)),
                    ("disputed", e.Key is not null && disputedKeys.Contains(e.Key)))))),
            ("actors", List(situation.Actors.Select(a => Actor(situation, a)))),
            ("actor_groups", List(situation.Actors
                .GroupBy(a => a.Category)
                .OrderBy(g => situation.ActorCategories.Select(c => c.Id).ToList().IndexOf(g.Key))
                .Select(g => Object(
                    ("category", g.Key),
                    ("label", situation.CategoryHeading(g.Key)),
                    ("actors", List(g.Select(a => Actor(situation, a)))))))),
            ("figures", List(situation.Figures.Select(FigureOf))),
            ("key_figures", List(KeyFigures(situation).Select(FigureOf))),
            ("quotes", List(situation.Quotes.Select(Quote))),
            ("outlook_quotes", List(situation.QuotesIn("outlook").Select(Quote))),
            ("reaction_quotes", List(situation.QuotesIn("reaction").Select(Quote))),
            ("context_quotes", List(situation.QuotesIn("context").Select(Quote))),
            ("judgments", List(situation.Judgments.Select(Judgment))),
            ("lead_judgments", List(situation.LeadJudgments.Select(Judgment))),
            ("other_judgments", List(situation.Judgments.Where(j => !j.Lead).Select(Judgment))),
            ("sources", List(situation.Sources.Select((s, i) => Object(
                ("id", s.Id),
                ("number", i + 1),
                ("outlet", OutletLabel(s)),
                ("title", s.Title),
                ("author", s.Author is null or "unknown" ? null : s.Author),
                ("published", Date(s.Published)),
                ("url", Optional(s.Url)),
                ("language", s.Language))))),
            ("discrepancies", List(discrepancies.Select(d => Object(
                ("key", d.Key),
                ("subject", d.Subject),
                ("range_text", d.RangeText),
                ("values", List(d.Values.Select(v => Object(("source", v.SourceId), ("value", v.Value))))))))),
            ("charts", List(chartObjects)),
            ("places", List(situation.Places.Select(p => Object(("id", p.Id), ("name", p.Name), ("local_name", Optional(p.LocalName)), ("kind", p.Kind))))),
            ("charts_by_type", Object(Vocabulary.ChartTypes.Select(type => (type, (object?)List(chartObjects.Where(c => Equals(c["type"], type))))).ToArray())),
            ("sectors", List(sectors.Cast<object?>())),
            ("funding", List(situation.Funding.Select(f => Item(f,
                ("label", f.Label),
                ("currency", f.Currency),
                ("requirement", f.Requirement),
                ("received", f.Received),
                ("percent_funded", PercentFunded(f)),
                ("requirement_text", f.Requirement is { } r ? QuantityText.Money(f.Currency, r, f.Scale) : null),
                ("received_text", f.Received is { } got ? QuantityText.Money(f.Currency, got, f.Scale) : null),
                ("percent_text", PercentFunded(f) is { } pc ? locale.Percent(pc) : null),
                ("as_of", f.AsOf is { } a ? Date(a) : null))))),
            ("response", List(situation.Response.Select(Sector))),
            ("gaps", List(situation.Gaps.Select(Sector))),
            ("response_by_sector", List(situation.Response.Select(r => r.Sector).Concat(situation.Gaps.Select(g => g.Sector)).Distinct(StringComparer.Ordinal)
                .Select(sector => Object(
                    ("sector", sector),
                    ("label", SectorLabel(sector)),
                    ("response", List(situation.Response.Where(r => r.Sector == sector).Select(Sector))),
                    ("gaps", List(situation.Gaps.Where(g => g.Sector == sector).Select(Sector))))))),
            ("edition", extras?.Edition is { } edition ? Plain(edition.ToModel(), Date) : null),
            ("changes", extras?.Changes is { } changes ? Plain(changes.ToModel(), Date) : null));
    }

    /// <summary>The figures a brief leads with: situation.yaml's key_figures, one per disputed key (the first listed stands for the dispute).</summary>
    internal static IReadOnlyList<Figure> KeyFigures(Situation situation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return situation.KeyFigures.Where(f => f.Key is not { Length: > 0 } key || seen.Add(key)).ToList();
    }

    private static string ChartType(string type) => Vocabulary.ChartType(type);

    /// <summary>A sector id as a heading: "wash" is "WASH", "food-security" is "Food security".</summary>
    public static string SectorLabel(string sector) => sector.ToLowerInvariant() switch
    {
        "wash" => "WASH (water, sanitation and hygiene)",
        "cccm" => "Camp coordination and management",
        "nfi" => "Non-food items",
        _ => sector.Length == 0 ? sector : char.ToUpperInvariant(sector[0]) + sector[1..].Replace('-', ' ').Replace('_', ' '),
    };

    private static double? PercentFunded(Funding f) =>
        f.PercentFunded ?? (f.Requirement is > 0 && f.Received is { } got ? Math.Round(100 * got / f.Requirement.Value) : null);

    private static ScriptObject Sector(SectorItem item) => Item(item, ("sector", item.Sector), ("label", SectorLabel(item.Sector)), ("text", item.Text));

    private static ScriptObject Judgment(Judgment j) => Item(j,
        ("text", j.Text), ("likelihood", j.Likelihood), ("confidence", j.Confidence), ("lead", j.Lead), ("topic", Optional(j.Topic)), ("sector", Optional(j.Sector)));

    /// <summary>A plain model (from editions) as Scriban objects; every "date" or "…_date" gets a "…_text" in the brief's language.</summary>
    private static object? Plain(object? value, Func<string?, string> date) => value switch
    {
        IReadOnlyDictionary<string, object?> map => PlainObject(map, date),
        IReadOnlyList<object?> list => List(list.Select(v => Plain(v, date))),
        _ => value,
    };

    private static ScriptObject PlainObject(IReadOnlyDictionary<string, object?> map, Func<string?, string> date)
    {
        var fields = new List<(string, object?)>();
        foreach (var (key, value) in map)
        {
            fields.Add((key, Plain(value, date)));
            if ((key == "date" || key.EndsWith("_date", StringComparison.Ordinal)) && value is string iso)
                fields.Add((key + "_text", date(iso)));
        }

        return Object(fields.ToArray());
    }

    /// <summary>An outlet as a reader should see it: "unknown" becomes "Outlet not named".</summary>
    public static string OutletLabel(SourceEntry source)
    {
        if (!source.Outlet.StartsWith("unknown", StringComparison.OrdinalIgnoreCase))
            return source.Outlet;
        var rest = source.Outlet["unknown".Length..].Trim();
        return rest.Length == 0 ? "Outlet not named" : $"Outlet not named {rest}";
    }

    private static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static ScriptObject Object(params (string Key, object? Value)[] fields)
    {
        var result = new ScriptObject(fields.Length);
        foreach (var (key, value) in fields)
            result.SetValue(key, value, readOnly: true);
        return result;
    }

    private static ScriptArray List(IEnumerable<object?> items) => new(items);

    private static ScriptObject Item(SourcedItem item, params (string Key, object? Value)[] fields) =>
        Object([("id", item.Id), ("source", item.Source), ("key", Optional(item.Key)), .. fields]);

    private static ScriptObject Actor(Situation situation, Actor a) => Item(a,
        ("name", a.Name),
        ("short", Optional(a.Short)),
        ("category", a.Category),
        ("category_label", situation.CategoryHeading(a.Category)),
        ("description", a.Description),
        ("role", Optional(a.Role)));

    private static ScriptObject Figure(Situation situation, Figure f, Func<string?, string> date)
    {
        var dispute = situation.DisputeOf(f);
        return Item(f,
            ("label", f.Label),
            ("value", f.Value),
            ("value_text", QuantityText.WithBasis(f)),
            ("number", QuantityText.Number(f)),
            ("unit", Optional(f.Unit)),
            ("qualifier", f.Qualifier),
            ("range", f.Range.Count == 2 ? List(f.Range.Cast<object?>()) : null),
            ("scale", Optional(f.Scale)),
            ("currency", Optional(f.Currency)),
            ("basis", Optional(f.Basis)),
            ("sector", Optional(f.Sector)),
            ("topic", Optional(f.Topic)),
            ("approximate", f.Qualifier == "about"),
            ("category", f.Category),
            ("disputed", dispute is not null),
            ("dispute", dispute is null ? null : Object(
                ("key", dispute.Key),
                ("subject", dispute.Subject),
                ("range_text", dispute.RangeText),
                ("values", List(dispute.Values.Select(v => Object(("source", v.SourceId), ("value", v.Value))))))),
            ("as_of", f.AsOf is { } asOf ? date(asOf) : null));
    }

    private static ScriptObject Quote(Quote q) => Object(
        ("id", q.Id),
        ("speaker", q.Speaker),
        ("role", q.Role),
        ("section", q.Section),
        ("text", q.Text),
        ("source", q.Source),
        ("context", Optional(q.Context)));
}
