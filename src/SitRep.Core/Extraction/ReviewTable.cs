using System.Text;
using System.Text.Json;

namespace SitRep.Extraction;

/// <summary>What the rules found, per source: counts, then one line per item, as text or JSON.</summary>
public static class ReviewTable
{
    public const int Width = 100;

    public static string Text(ExtractionResult result)
    {
        var text = new StringBuilder();
        foreach (var extract in result.Sources)
        {
            var document = extract.Document;
            var names = result.Names.Where(n => n.Sources.Contains(document.Id)).ToList();
            text.AppendLine($"{document.Id}  {document.DisplayPath}  published {document.Published?.ToDisplay() ?? "unknown"}  ({document.Language})");
            text.AppendLine($"  quotes {extract.Quotes.Count}  figures {extract.Figures.Count}  events {extract.Events.Count}  names {names.Count} ({names.Count(n => n.KnownId is null)} new)");
            foreach (var q in extract.Quotes)
                Row(text, "quote", q.Confidence, $"{q.Speaker ?? "(speaker?)"}{(q.Role is { } r ? $" ({r})" : "")}: {q.Text}");
            foreach (var f in extract.Figures)
                Row(text, "figure", f.Confidence, $"{DuplicateGrouper.Shown(f)}  [{f.Category}]{(f.Key is { } k ? $"  key {k}" : "")}{(f.Note is { } n ? $"  ! {n}" : "")}");
            foreach (var e in extract.Events)
                Row(text, "event", e.Confidence, $"{e.Date} ({e.DateWords}){(e.Key is { } k ? $"  key {k}" : "")}{(e.Note is { } n ? $"  ! {n}" : "")}  {e.Text}");
            foreach (var n in names)
                Row(text, n.Kind, n.Confidence, $"{n.Name} ×{n.Count}{(n.KnownId is { } id ? $"  = {id}" : "  (new)")}");
            text.AppendLine();
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string kind, Confidence confidence, string item)
    {
        var line = $"  {kind,-7} {confidence.ToString().ToLowerInvariant(),-6} {item}";
        text.AppendLine(line.Length > Width ? line[..(Width - 1)] + "…" : line);
    }

    public static string Json(ExtractionResult result) => JsonSerializer.Serialize(
        new ReviewJson(
            result.Sources.Select(extract => new ReviewSource(
                extract.Document.Id,
                extract.Document.DisplayPath,
                extract.Document.Published?.ToString(),
                extract.Document.Language,
                new ReviewCounts(extract.Quotes.Count, extract.Figures.Count, extract.Events.Count),
                extract.Quotes.Select(q => new ReviewQuote(q.Speaker, q.Role, q.Text, Lower(q.Confidence))).ToList(),
                extract.Figures.Select(f => new ReviewFigure(f.Value, f.Low is null ? null : [f.Low, f.High], f.Qualifier, f.Scale, f.Unit, f.Currency, f.Category, f.Evidence, f.Key, f.Note, Lower(f.Confidence))).ToList(),
                extract.Events.Select(e => new ReviewEvent(e.Date, e.Precision, e.DateWords, e.Evidence, e.Key, e.Note, Lower(e.Confidence))).ToList())).ToList(),
            result.Names.Select(n => new ReviewName(n.Name, n.Kind, n.Count, n.Sources, n.KnownId, Lower(n.Confidence))).ToList()),
        ReviewJsonContext.Relaxed.ReviewJson);

    private static string Lower(Confidence confidence) => confidence.ToString().ToLowerInvariant();
}
