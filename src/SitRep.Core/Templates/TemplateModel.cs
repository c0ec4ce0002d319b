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
        "old_likelihood_text", "new_likelihood_text", "old_confidence_text", "new_confidence_text",
    ];

    public static ScriptObject From(Situation situation, string templateName, TemplateExtras? extras = null)
    {
        var locale = extras?.Locale ?? Localization.Locales.English;
        var discrepancies = situation.Discrepancies;
        var disputedKeys = discrepancies.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var info = situation.Info;
        string Date(string? date) => date is null ? "" : PartialDate.TryParse(date, out var d) ? locale.Date(d) : date;
        ScriptObject FigureOf(Figure f) => Figure(situation, f, Date, locale);
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
                ("country", CountryName(info, locale)),
                ("as_of", Date(info.AsOf)),
                ("as_of_iso", info.AsOf),
                ("language", info.Language),
                ("author", info.Author),
                ("keywords", List(info.Keywords.Cast<object?>())),
                ("period", info.Period is { } p ? Object(("from", Date(p.From)), ("to", Date(p.To)), ("text", $"{Date(p.From)} – {Date(p.To)}")) : null),
                ("next_update", info.NextUpdate is { Length: > 0 } next ? Date(next) : null),
                ("contacts", List(info.Contacts.Select(c => Object(("name", c.Name), ("role", Optional(c.Role)), ("email", Optional(c.Email)))))),
                ("map_disclaimer", info.MapDisclaimer == Vocabulary.StandardMapDisclaimer ? locale.Text("map_disclaimer") : Optional(info.MapDisclaimer)))),
            ("template", templateName),
            ("language", locale.Language),
            ("summary", List(info.Summary.Select(s => Item(s, ("text", s.Text))))),
            ("background", List(situation.Background.Select(b => Item(b, ("period", Optional(Period(b.Period, locale))), ("topic", b.Topic), ("text", b.Text))))),
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
            ("actors", List(situation.Actors.Select(a => Actor(situation, a, locale)))),
            ("actor_groups", List(situation.Actors
                .GroupBy(a => a.Category)
                .OrderBy(g => situation.ActorCategories.Select(c => c.Id).ToList().IndexOf(g.Key))
                .Select(g => Object(
                    ("category", g.Key),
                    ("label", CategoryHeading(situation, g.Key, locale)),
                    ("actors", List(g.Select(a => Actor(situation, a, locale)))))))),
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
                ("outlet", OutletLabel(s, locale)),
                ("title", s.Title),
                ("author", s.Author is null or "unknown" ? null : s.Author),
                ("published", Date(s.Published)),
                ("url", Optional(s.Url)),
                ("language", s.Language))))),
            ("discrepancies", List(discrepancies.Select(d => Object(
                ("key", d.Key),
                ("subject", d.Subject),
                ("range_text", d.RangeTextIn(locale)),
                ("values", List(d.Values.Select(v => Object(("source", v.SourceId), ("value", Discrepancy.ValueIn(v, locale)))))))))),
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
                ("requirement_text", f.Requirement is { } r ? QuantityText.Money(f.Currency, r, f.Scale, locale) : null),
                ("received_text", f.Received is { } got ? QuantityText.Money(f.Currency, got, f.Scale, locale) : null),
                ("percent_text", PercentFunded(f) is { } pc ? locale.Percent(pc) : null),
                ("as_of", f.AsOf is { } a ? Date(a) : null))))),
            ("response", List(situation.Response.Select(r => Sector(r, locale)))),
            ("gaps", List(situation.Gaps.Select(g => Sector(g, locale)))),
            ("response_by_sector", List(situation.Response.Select(r => r.Sector).Concat(situation.Gaps.Select(g => g.Sector)).Distinct(StringComparer.Ordinal)
                .Select(sector => Object(
                    ("sector", sector),
                    ("label", SectorLabel(sector, locale)),
                    ("response", List(situation.Response.Where(r => r.Sector == sector).Select(r => Sector(r, locale)))),
                    ("gaps", List(situation.Gaps.Where(g => g.Sector == sector).Select(g => Sector(g, locale)))))))),
            ("edition", extras?.Edition is { } edition ? Plain(edition.ToModel(), Date, locale) : null),
            ("changes", extras?.Changes is { } changes ? Plain(changes.ToModel(), Date, locale) : null));
    }

    /// <summary>The figures a brief leads with: situation.yaml's key_figures, one per disputed key (the first listed stands for the dispute).</summary>
    internal static IReadOnlyList<Figure> KeyFigures(Situation situation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return situation.KeyFigures.Where(f => f.Key is not { Length: > 0 } key || seen.Add(key)).ToList();
    }

    private static string ChartType(string type) => Vocabulary.ChartType(type);

    /// <summary>
    /// A sector id as a heading in the brief's language: "wash" is "WASH (water, sanitation and hygiene)", "EHA (eau,
    /// hygiène et assainissement)"; an id the locale files do not name is written out: "food-security" is "Food security".
    /// </summary>
    public static string SectorLabel(string sector, Localization.Locale? locale = null)
    {
        var key = "sector_" + sector.ToLowerInvariant().Replace('-', '_');
        var words = locale ?? Localization.Locales.English;
        if (words.Has(key))
            return words.Text(key);
        return sector.Length == 0 ? sector : char.ToUpperInvariant(sector[0]) + sector[1..].Replace('-', ' ').Replace('_', ' ');
    }

    /// <summary>
    /// The country as the brief names it: the situation's name in its own language; in a brief in another language
    /// (a template may set one), or when the situation gives no name, the locale's name for the ISO code.
    /// </summary>
    public static string CountryName(SituationInfo info, Localization.Locale locale)
    {
        var typed = info.Country.Name.Trim();
        var sameLanguage = string.Equals(Primary(info.Language), Primary(locale.Language), StringComparison.OrdinalIgnoreCase);
        if (typed.Length > 0 && sameLanguage)
            return typed;
        return locale.CountryName(info.Country.IsoN3) ?? (typed.Length > 0 ? typed : Localization.Locales.English.CountryName(info.Country.IsoN3) ?? info.Country.IsoN3);
    }

    private static string Primary(string? language) => (language ?? "en").Trim().Replace('_', '-').Split('-')[0];

    /// <summary>A background item's period: a date or a span of years ("2026", "2015-2023") in the brief's language, other words as typed.</summary>
    internal static string? Period(string? period, Localization.Locale locale)
    {
        if (string.IsNullOrWhiteSpace(period))
            return period;
        var text = period.Trim();
        if (PartialDate.TryParse(text, out var date))
            return locale.Date(date);
        var span = System.Text.RegularExpressions.Regex.Match(text, @"^(\d{4})\s*[–-]\s*(\d{4})$");
        if (span.Success && PartialDate.TryParse(span.Groups[1].Value, out var from) && PartialDate.TryParse(span.Groups[2].Value, out var to))
            return $"{locale.Date(from)}–{locale.Date(to)}";
        return period;
    }

    /// <summary>An actor category's heading: the situation's own as typed, a default one in the brief's language.</summary>
    internal static string CategoryHeading(Situation situation, string category, Localization.Locale locale)
    {
        var key = "actors_" + category.Replace('-', '_');
        return situation.Info.ActorCategories.Count == 0 && locale.Has(key) ? locale.Text(key) : situation.CategoryHeading(category);
    }

    private static double? PercentFunded(Funding f) =>
        f.PercentFunded ?? (f.Requirement is > 0 && f.Received is { } got ? Math.Round(100 * got / f.Requirement.Value) : null);

    private static ScriptObject Sector(SectorItem item, Localization.Locale locale) => Item(item, ("sector", item.Sector), ("label", SectorLabel(item.Sector, locale)), ("text", item.Text));

    private static ScriptObject Judgment(Judgment j) => Item(j,
        ("text", j.Text), ("likelihood", j.Likelihood), ("confidence", j.Confidence), ("lead", j.Lead), ("topic", Optional(j.Topic)), ("sector", Optional(j.Sector)));

    /// <summary>
    /// A plain model (from editions) as Scriban objects; every "date" or "…_date" gets a "…_text" in the brief's language,
    /// and so does every "…_likelihood" ("probable") and "…_confidence" ("confiance modérée").
    /// </summary>
    private static object? Plain(object? value, Func<string?, string> date, Localization.Locale locale) => value switch
    {
        IReadOnlyDictionary<string, object?> map => PlainObject(map, date, locale),
        IReadOnlyList<object?> list => List(list.Select(v => Plain(v, date, locale))),
        _ => value,
    };

    private static ScriptObject PlainObject(IReadOnlyDictionary<string, object?> map, Func<string?, string> date, Localization.Locale locale)
    {
        var fields = new List<(string, object?)>();
        var figureText = FigureStateText(map, locale);
        foreach (var (key, value) in map)
        {
            fields.Add((key, key == "text" && figureText is not null ? figureText : Plain(value, date, locale)));
            if ((key == "date" || key.EndsWith("_date", StringComparison.Ordinal)) && value is string iso)
                fields.Add((key + "_text", date(iso)));
            else if (key.EndsWith("likelihood", StringComparison.Ordinal) && value is string term)
                fields.Add((key + "_text", locale.Has(term.Trim().Replace(' ', '_')) ? locale.Likelihood(term) : term));
            else if (key.EndsWith("confidence", StringComparison.Ordinal) && value is string level)
                fields.Add((key + "_text", locale.Has(level.Trim() + "_confidence") ? locale.Confidence(level) : level));
        }

        return Object(fields.ToArray());
    }

    /// <summary>
    /// A figure of an edition's changes ("value", "low", "high", "qualifier", "scale", "unit", "text") in the brief's
    /// language; null to keep the recorded text: in English, or when that text says more than the fields (a currency).
    /// </summary>
    private static string? FigureStateText(IReadOnlyDictionary<string, object?> map, Localization.Locale locale)
    {
        if (locale.Language == "en" || map.GetValueOrDefault("text") is not string recorded || map.GetValueOrDefault("qualifier") is not string qualifier)
            return null;
        double? Number(string key) => map.GetValueOrDefault(key) switch { double d => d, int i => i, long l => l, _ => null };
        var figure = new Figure
        {
            Value = Number("value"),
            Range = Number("low") is { } low && Number("high") is { } high ? [low, high] : [],
            Qualifier = qualifier == "between" ? "exact" : qualifier,
            Scale = map.GetValueOrDefault("scale") as string,
            Unit = map.GetValueOrDefault("unit") as string ?? "",
        };
        if (figure.Value is null && figure.Range.Count == 0)
            return null;
        return QuantityText.Format(figure, Localization.Locales.English) == recorded ? QuantityText.Format(figure, locale) : null;
    }

    /// <summary>An outlet as a reader should see it: "unknown" becomes "Outlet not named" in the brief's language.</summary>
    public static string OutletLabel(SourceEntry source, Localization.Locale? locale = null)
    {
        if (!source.Outlet.StartsWith("unknown", StringComparison.OrdinalIgnoreCase))
            return source.Outlet;
        var rest = source.Outlet["unknown".Length..].Trim();
        var words = (locale ?? Localization.Locales.English).Text("outlet_not_named");
        return rest.Length == 0 ? words : $"{words} {rest}";
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

    private static ScriptObject Actor(Situation situation, Actor a, Localization.Locale locale) => Item(a,
        ("name", a.Name),
        ("short", Optional(a.Short)),
        ("category", a.Category),
        ("category_label", CategoryHeading(situation, a.Category, locale)),
        ("description", a.Description),
        ("role", Optional(a.Role)));

    private static ScriptObject Figure(Situation situation, Figure f, Func<string?, string> date, Localization.Locale locale)
    {
        var dispute = situation.DisputeOf(f);
        return Item(f,
            ("label", f.Label),
            ("value", f.Value),
            ("value_text", QuantityText.WithBasis(f, locale)),
            ("number", QuantityText.Number(f, locale)),
            ("unit", Optional(f.Unit)),
            ("qualifier", f.Qualifier),
            ("range", f.Range.Count == 2 ? List(f.Range.Cast<object?>()) : null),
            ("scale", Optional(f.Scale)),
            ("currency", Optional(f.Currency)),
            ("basis", f.Basis is { Length: > 0 } basis ? QuantityText.Basis(basis, locale) : null),
            ("sector", Optional(f.Sector)),
            ("topic", Optional(f.Topic)),
            ("approximate", f.Qualifier == "about"),
            ("category", f.Category),
            ("disputed", dispute is not null),
            ("dispute", dispute is null ? null : Object(
                ("key", dispute.Key),
                ("subject", dispute.Subject),
                ("range_text", dispute.RangeTextIn(locale)),
                ("values", List(dispute.Values.Select(v => Object(("source", v.SourceId), ("value", Discrepancy.ValueIn(v, locale)))))))),
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
