using System.Globalization;
using System.Text.RegularExpressions;
using SitRep.Extracts;
using SitRep.Files;
using SitRep.Templates;

namespace SitRep.Pipeline;

/// <summary>
/// A hash of what one brief actually shows: the Markdown its template renders, the data behind each
/// chart it places, the document's metadata, the template's files, the tool version and the timestamp.
/// Two builds with the same content hash write the same PDF, so a change to an extract rebuilds
/// exactly the briefs that use it.
/// </summary>
public static partial class BriefContent
{
    [GeneratedRegex(@"\]\(chart:([^\s)""]+)")]
    private static partial Regex ChartReference();

    /// <summary>The hash of a brief whose template rendered <paramref name="markdown"/>; the build renders once and passes the same Markdown on.</summary>
    /// <param name="edition">The edition's fingerprint (<c>NextEdition.Fingerprint</c>) when the build records editions: a brief showing the number is rebuilt when it changes.</param>
    public static string Hash(Situation situation, BuildInputs inputs, string markdown, string? edition = null)
    {
        var text = new Sha256Text(markdown.Length);
        Line(text, "markdown", markdown);
        Line(text, "edition", edition);
        var info = situation.Info;
        Line(text, "info", info.Title, info.Subtitle, info.AsOf, info.Language, info.Author, string.Join('|', info.Keywords), info.Country.IsoN3, info.Focus);

        var disputed = Discrepancy.FindAll(situation).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
        foreach (var id in ChartReference().Matches(markdown).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal))
        {
            if (situation.Charts.FirstOrDefault(c => c.Id == id) is not { } chart)
                continue;
            Line(text, "chart", chart.Id, chart.Type, chart.Title, chart.Caption, chart.Alt, string.Join('|', chart.Items));
            foreach (var item in chart.Items)
            {
                foreach (var figure in situation.Figures.Where(f => f.Id == item || (chart.Type == "map" && f.Place == item)))
                    Line(text, "figure", figure.Id, Number(figure.Value), figure.Label, figure.Unit, QuantityText.WithBasis(figure), figure.AsOf, figure.Of, figure.Place, figure.Source, figure.Key);
                foreach (var e in situation.Timeline.Where(e => e.Id == item))
                    Line(text, "event", e.Id, e.Date, e.Precision, e.Text, e.Label, e.Source, e.Key);
                foreach (var place in situation.Places.Where(p => p.Id == item))
                    Line(text, "place", place.Id, place.Name, Number(place.Lat), Number(place.Lon), place.Kind);
            }

            if (chart.Type == "timeline")
                Line(text, "disputed", string.Join('|', disputed));
        }

        foreach (var file in inputs.Files.Where(f => f.Kind == "template"))
            Line(text, "template", file.Path, file.Sha256);
        Line(text, "tool", inputs.ToolVersion);
        Line(text, "timestamp", inputs.Timestamp);
        return text.Hex();
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static void Line(Sha256Text text, string kind, params string?[] fields)
    {
        text.Append(kind);
        foreach (var field in fields)
            text.Append('\u001f').Append(field ?? "\u0000");
        text.Append('\u001e');
    }
}
