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
    ];

    /// <summary>Every field name of every object in the model, for "did you mean".</summary>
    public static IReadOnlyList<string> FieldNames { get; } =
    [
        "id", "title", "subtitle", "country", "as_of", "as_of_iso", "language", "author", "keywords", "source", "key", "text", "period", "topic",
        "date", "date_short", "date_iso", "precision", "disputed", "name", "short", "category", "category_label", "description", "role", "label",
        "actors", "value", "value_text", "number", "unit", "approximate", "speaker", "section", "context", "likelihood", "confidence", "outlet",
        "published", "url", "subject", "values", "type", "caption", "alt",
    ];

    public static ScriptObject From(Situation situation, string templateName)
    {
        var discrepancies = Discrepancy.FindAll(situation);
        var disputedKeys = discrepancies.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var info = situation.Info;

        return Object(
            ("situation", Object(
                ("id", info.Id),
                ("title", info.Title),
                ("subtitle", Optional(info.Subtitle)),
                ("country", info.Country.Name),
                ("as_of", Display(info.AsOf)),
                ("as_of_iso", info.AsOf),
                ("language", info.Language),
                ("author", info.Author),
                ("keywords", List(info.Keywords.Cast<object?>())))),
            ("template", templateName),
            ("summary", List(info.Summary.Select(s => Item(s, ("text", s.Text))))),
            ("background", List(situation.Background.Select(b => Item(b, ("period", Optional(b.Period)), ("topic", b.Topic), ("text", b.Text))))),
            ("timeline", List(situation.Timeline
                .OrderBy(e => PartialDate.TryParse(e.Date, out var d) ? d.Start : DateOnly.MaxValue)
                .Select(e => Item(e,
                    ("date", Display(e.Date)),
                    ("date_short", PartialDate.TryParse(e.Date, out var s) ? s.ToShortDisplay() : e.Date),
                    ("date_iso", e.Date),
                    ("precision", e.Precision),
                    ("text", e.Text),
                    ("disputed", e.Key is not null && disputedKeys.Contains(e.Key)))))),
            ("actors", List(situation.Actors.Select(a => Actor(situation, a)))),
            ("actor_groups", List(situation.Actors
                .GroupBy(a => a.Category)
                .OrderBy(g => situation.ActorCategories.Select(c => c.Id).ToList().IndexOf(g.Key))
                .Select(g => Object(
                    ("category", g.Key),
                    ("label", situation.CategoryHeading(g.Key)),
                    ("actors", List(g.Select(a => Actor(situation, a)))))))),
            ("figures", List(situation.Figures.Select(Figure))),
            ("quotes", List(situation.Quotes.Select(Quote))),
            ("outlook_quotes", List(situation.Quotes.Where(q => q.Section == "outlook").Select(Quote))),
            ("reaction_quotes", List(situation.Quotes.Where(q => q.Section == "reaction").Select(Quote))),
            ("judgments", List(situation.Judgments.Select(j => Item(j, ("text", j.Text), ("likelihood", j.Likelihood), ("confidence", j.Confidence))))),
            ("sources", List(situation.Sources.Select((s, i) => Object(
                ("id", s.Id),
                ("number", i + 1),
                ("outlet", OutletLabel(s)),
                ("title", s.Title),
                ("author", s.Author is null or "unknown" ? null : s.Author),
                ("published", Display(s.Published)),
                ("url", Optional(s.Url)),
                ("language", s.Language))))),
            ("discrepancies", List(discrepancies.Select(d => Object(
                ("key", d.Key),
                ("subject", d.Subject),
                ("values", List(d.Values.Select(v => Object(("source", v.SourceId), ("value", v.Value))))))))),
            ("charts", List(situation.Charts.Select(c => Object(
                ("id", c.Id),
                ("type", c.Type),
                ("title", c.Title),
                ("caption", Optional(c.Caption)),
                ("alt", c.Alt))))));
    }

    /// <summary>An outlet as a reader should see it: "unknown" becomes "Outlet not named".</summary>
    public static string OutletLabel(SourceEntry source)
    {
        if (!source.Outlet.StartsWith("unknown", StringComparison.OrdinalIgnoreCase))
            return source.Outlet;
        var rest = source.Outlet["unknown".Length..].Trim();
        return rest.Length == 0 ? "Outlet not named" : $"Outlet not named {rest}";
    }

    private static string Display(string date) => PartialDate.TryParse(date, out var d) ? d.ToDisplay() : date;

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

    private static ScriptObject Figure(Figure f) => Item(f,
        ("label", f.Label),
        ("value", f.Value),
        ("value_text", Discrepancy.FormatFigure(f)),
        ("number", f.Value?.ToString("#,0.##", CultureInfo.InvariantCulture)),
        ("unit", f.Unit),
        ("approximate", f.Approximate),
        ("category", f.Category),
        ("as_of", f.AsOf is { } asOf && PartialDate.TryParse(asOf, out var d) ? d.ToDisplay() : null));

    private static ScriptObject Quote(Quote q) => Object(
        ("id", q.Id),
        ("speaker", q.Speaker),
        ("role", q.Role),
        ("section", q.Section),
        ("text", q.Text),
        ("source", q.Source),
        ("context", Optional(q.Context)));
}
