using System.Globalization;
using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>
/// The data a template sees: plain dictionaries and lists built from the situation. Names are
/// snake_case; every variable is documented in docs/templates.md.
/// </summary>
public static class TemplateModel
{
    public static Dictionary<string, object?> From(Situation situation, string templateName)
    {
        var discrepancies = Discrepancy.FindAll(situation);
        var disputedKeys = discrepancies.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var asOf = PartialDate.TryParse(situation.Info.AsOf, out var date) ? date.ToDisplay() : situation.Info.AsOf;

        return new Dictionary<string, object?>
        {
            ["situation"] = new Dictionary<string, object?>
            {
                ["id"] = situation.Info.Id,
                ["title"] = situation.Info.Title,
                ["subtitle"] = situation.Info.Subtitle ?? "",
                ["country"] = situation.Info.Country.Name,
                ["as_of"] = asOf,
                ["as_of_iso"] = situation.Info.AsOf,
                ["language"] = situation.Info.Language,
                ["author"] = situation.Info.Author,
                ["keywords"] = situation.Info.Keywords,
            },
            ["template"] = templateName,
            ["summary"] = situation.Info.Summary.Select(s => Item(s, ("text", s.Text))).ToList(),
            ["background"] = situation.Background.Select(b => Item(b, ("period", b.Period ?? ""), ("topic", b.Topic), ("text", b.Text))).ToList(),
            ["timeline"] = situation.Timeline
                .OrderBy(e => PartialDate.TryParse(e.Date, out var d) ? d.Start : DateOnly.MaxValue)
                .Select(e => Item(e,
                    ("date", PartialDate.TryParse(e.Date, out var d) ? d.ToDisplay() : e.Date),
                    ("date_short", PartialDate.TryParse(e.Date, out var s) ? s.ToShortDisplay() : e.Date),
                    ("date_iso", e.Date),
                    ("precision", e.Precision),
                    ("text", e.Text),
                    ("disputed", e.Key is not null && disputedKeys.Contains(e.Key))))
                .ToList(),
            ["actors"] = situation.Actors.Select(a => Actor(situation, a)).ToList(),
            ["actor_groups"] = situation.Actors
                .GroupBy(a => a.Category)
                .OrderBy(g => situation.ActorCategories.Select(c => c.Id).ToList().IndexOf(g.Key))
                .Select(g => new Dictionary<string, object?>
                {
                    ["category"] = g.Key,
                    ["label"] = situation.CategoryHeading(g.Key),
                    ["actors"] = g.Select(a => Actor(situation, a)).ToList(),
                })
                .ToList(),
            ["figures"] = situation.Figures.Select(Figure).ToList(),
            ["quotes"] = situation.Quotes.Select(Quote).ToList(),
            ["outlook_quotes"] = situation.Quotes.Where(q => q.Section == "outlook").Select(Quote).ToList(),
            ["reaction_quotes"] = situation.Quotes.Where(q => q.Section == "reaction").Select(Quote).ToList(),
            ["judgments"] = situation.Judgments.Select(j => Item(j, ("text", j.Text), ("likelihood", j.Likelihood), ("confidence", j.Confidence))).ToList(),
            ["sources"] = situation.Sources.Select((s, i) => new Dictionary<string, object?>
            {
                ["id"] = s.Id,
                ["number"] = i + 1,
                ["outlet"] = OutletLabel(s),
                ["title"] = s.Title,
                ["author"] = s.Author is null or "unknown" ? "" : s.Author,
                ["published"] = PartialDate.TryParse(s.Published, out var p) ? p.ToDisplay() : s.Published,
                ["url"] = s.Url ?? "",
                ["language"] = s.Language,
            }).ToList(),
            ["discrepancies"] = discrepancies.Select(d => new Dictionary<string, object?>
            {
                ["key"] = d.Key,
                ["subject"] = d.Subject,
                ["values"] = d.Values.Select(v => new Dictionary<string, object?>
                {
                    ["source"] = v.SourceId,
                    ["value"] = v.Value,
                }).ToList(),
            }).ToList(),
            ["charts"] = situation.Charts.Select(c => new Dictionary<string, object?>
            {
                ["id"] = c.Id,
                ["type"] = c.Type,
                ["title"] = c.Title,
                ["caption"] = c.Caption,
                ["alt"] = c.Alt,
            }).ToList(),
        };
    }

    /// <summary>An outlet as a reader should see it: "unknown" becomes "Outlet not named".</summary>
    public static string OutletLabel(SourceEntry source)
    {
        if (!source.Outlet.StartsWith("unknown", StringComparison.OrdinalIgnoreCase))
            return source.Outlet;
        var rest = source.Outlet["unknown".Length..].Trim();
        return rest.Length == 0 ? "Outlet not named" : $"Outlet not named {rest}";
    }

    private static Dictionary<string, object?> Item(SourcedItem item, params (string Key, object? Value)[] fields)
    {
        var map = new Dictionary<string, object?>
        {
            ["id"] = item.Id,
            ["source"] = item.Source,
            ["evidence"] = item.Evidence,
            ["key"] = item.Key ?? "",
        };
        foreach (var (key, value) in fields)
            map[key] = value;
        return map;
    }

    private static Dictionary<string, object?> Actor(Situation situation, Actor a) => Item(a,
        ("name", a.Name),
        ("short", a.Short ?? ""),
        ("category", a.Category),
        ("category_label", situation.CategoryHeading(a.Category)),
        ("description", a.Description),
        ("role", a.Role ?? ""));

    private static Dictionary<string, object?> Figure(Figure f) => Item(f,
        ("label", f.Label),
        ("value", f.Value ?? 0),
        ("value_text", Discrepancy.FormatFigure(f)),
        ("number", f.Value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? ""),
        ("unit", f.Unit),
        ("approximate", f.Approximate),
        ("category", f.Category),
        ("as_of", f.AsOf is { } asOf && PartialDate.TryParse(asOf, out var d) ? d.ToDisplay() : ""));

    private static Dictionary<string, object?> Quote(Quote q) => new()
    {
        ["id"] = q.Id,
        ["speaker"] = q.Speaker,
        ["role"] = q.Role,
        ["section"] = q.Section,
        ["text"] = q.Text,
        ["source"] = q.Source,
        ["context"] = q.Context ?? "",
    };
}
