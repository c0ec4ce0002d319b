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

    public static string Json(ExtractionResult result) => JsonSerializer.Serialize(new
    {
        sources = result.Sources.Select(extract => new
        {
            id = extract.Document.Id,
            file = extract.Document.DisplayPath,
            published = extract.Document.Published?.ToString(),
            language = extract.Document.Language,
            counts = new { quotes = extract.Quotes.Count, figures = extract.Figures.Count, events = extract.Events.Count },
            quotes = extract.Quotes.Select(q => new { speaker = q.Speaker, role = q.Role, text = q.Text, confidence = Lower(q.Confidence) }),
            figures = extract.Figures.Select(f => new { value = f.Value, range = f.Low is null ? null : new[] { f.Low, f.High }, qualifier = f.Qualifier, scale = f.Scale, unit = f.Unit, currency = f.Currency, category = f.Category, evidence = f.Evidence, key = f.Key, note = f.Note, confidence = Lower(f.Confidence) }),
            events = extract.Events.Select(e => new { date = e.Date, precision = e.Precision, words = e.DateWords, evidence = e.Evidence, key = e.Key, note = e.Note, confidence = Lower(e.Confidence) }),
        }),
        names = result.Names.Select(n => new { name = n.Name, kind = n.Kind, count = n.Count, sources = n.Sources, known = n.KnownId, confidence = Lower(n.Confidence) }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Lower(Confidence confidence) => confidence.ToString().ToLowerInvariant();
}
