using System.Text;

namespace SitRep.Extraction;

/// <summary>
/// Renders drafted items as `&lt;kind&gt;.draft.yaml` files (SCHEMA.md): the curated file's top-level key
/// and item shape, plus `status: draft` and `confidence:` on every item.
/// </summary>
public static class DraftWriter
{
    public static readonly IReadOnlyList<string> Kinds = ["quotes", "figures", "timeline", "places", "actors"];

    public static string FileName(string kind) => $"{kind}.draft.yaml";

    /// <summary>The text of each draft file that has items, by kind.</summary>
    public static IReadOnlyDictionary<string, string> Render(ExtractionResult result)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = string.Join(", ", result.Sources.Select(s => s.Document.Id));
        void Add(string kind, StringBuilder body, int count)
        {
            if (count == 0)
                return;
            var header = new StringBuilder()
                .AppendLine($"# Drafted by `sitrep extract` from: {sources}.")
                .AppendLine("# Every evidence and quote text is cut from its source. Review each item: correct it, delete it,")
                .AppendLine($"# or move it to {kind}.yaml without its 'status' and 'confidence' lines.")
                .AppendLine($"{kind}:");
            files[kind] = header.Append(body).ToString();
        }

        var quotes = new StringBuilder();
        var figures = new StringBuilder();
        var timeline = new StringBuilder();
        int quoteCount = 0, figureCount = 0, eventCount = 0;
        foreach (var extract in result.Sources)
        {
            var id = extract.Document.Id;
            var n = 0;
            foreach (var quote in extract.Quotes)
            {
                WriteQuote(quotes, $"{id}-q{++n}", quote);
                quoteCount++;
            }

            n = 0;
            foreach (var figure in extract.Figures)
            {
                WriteFigure(figures, $"{id}-f{++n}", figure);
                figureCount++;
            }

            n = 0;
            foreach (var e in extract.Events)
            {
                WriteEvent(timeline, $"{id}-e{++n}", e, extract.Document);
                eventCount++;
            }
        }

        Add("quotes", quotes, quoteCount);
        Add("figures", figures, figureCount);
        Add("timeline", timeline, eventCount);

        var places = new StringBuilder();
        var actors = new StringBuilder();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int placeCount = 0, actorCount = 0;
        foreach (var name in result.Names.Where(n => n.KnownId is null))
        {
            var slug = TextKeys.Slug(name.Name);
            if (slug.Length == 0 || !ids.Add(slug))
                continue;
            var target = name.Kind == "place" ? places : actors;
            target.AppendLine($"  # named {name.Count} times in {string.Join(", ", name.Sources)}; not in {name.Kind}s.yaml yet");
            target.AppendLine($"  - id: {slug}");
            target.AppendLine($"    name: {YamlText.Quoted(name.Name)}");
            if (name.Kind == "place")
            {
                target.AppendLine("    kind: town");
                placeCount++;
            }
            else
            {
                target.AppendLine($"    category: {NameCandidates.ActorCategory(name.Name)}");
                target.AppendLine("    description: \"\"");
                actorCount++;
            }

            if (name.Kind == "place")
            {
                // A place has no source of its own in the schema: where it is named is a note for the analyst.
                target.AppendLine($"    # named in {name.Source}: {YamlText.Quoted(name.Evidence)}");
            }
            else
            {
                target.AppendLine($"    source: {name.Source}");
                target.AppendLine($"    evidence: {YamlText.Quoted(name.Evidence)}");
            }

            Status(target, name.Confidence);
        }

        Add("places", places, placeCount);
        Add("actors", actors, actorCount);
        return files;
    }

    private static void WriteQuote(StringBuilder yaml, string id, FoundQuote quote)
    {
        if (quote.Speaker is null)
            yaml.AppendLine("  # no attribution found near the quotation: name the speaker and role");
        yaml.AppendLine($"  - id: {id}");
        yaml.AppendLine($"    speaker: {YamlText.Quoted(quote.Speaker ?? "unknown")}");
        yaml.AppendLine($"    role: {YamlText.Quoted(string.IsNullOrWhiteSpace(quote.Role) ? "unknown" : quote.Role)}");
        yaml.AppendLine("    section: context");
        yaml.AppendLine($"    text: {YamlText.Quoted(quote.Text)}");
        yaml.AppendLine($"    source: {quote.Source}");
        Status(yaml, quote.Confidence);
    }

    private static void WriteFigure(StringBuilder yaml, string id, FoundFigure figure)
    {
        if (figure.Note is { } note)
            yaml.AppendLine($"  # {YamlText.Comment(note)}");
        yaml.AppendLine($"  - id: {id}");
        yaml.AppendLine($"    label: {YamlText.Quoted(figure.Label)}");
        if (figure.Low is { } low && figure.High is { } high)
            yaml.AppendLine($"    range: [{YamlText.Number(low)}, {YamlText.Number(high)}]");
        else if (figure.Value is { } value)
            yaml.AppendLine($"    value: {YamlText.Number(value)}");
        if (figure.Qualifier != "exact")
            yaml.AppendLine($"    qualifier: {figure.Qualifier}");
        if (figure.Scale is { } scale)
            yaml.AppendLine($"    scale: {scale}");
        yaml.AppendLine($"    unit: {YamlText.Quoted(figure.Unit)}");
        if (figure.Currency is { } currency)
            yaml.AppendLine($"    currency: {YamlText.Quoted(currency)}");
        yaml.AppendLine($"    category: {figure.Category}");
        yaml.AppendLine($"    source: {figure.Source}");
        yaml.AppendLine($"    evidence: {YamlText.Quoted(figure.Evidence)}");
        if (figure.Key is { } key)
            yaml.AppendLine($"    key: {key}");
        Status(yaml, figure.Confidence);
    }

    private static void WriteEvent(StringBuilder yaml, string id, FoundEvent e, SourceDocument document)
    {
        if (e.Note is { } note)
            yaml.AppendLine($"  # {YamlText.Comment(note)}");
        if (e.Confidence == Confidence.Low)
            yaml.AppendLine($"  # dated from {YamlText.Comment(e.DateWords)}, counted from the publication date {document.Published?.ToDisplay() ?? "(unknown)"}");
        yaml.AppendLine($"  - id: {id}");
        yaml.AppendLine($"    date: \"{e.Date}\"");
        yaml.AppendLine($"    precision: {e.Precision}");
        yaml.AppendLine($"    text: {YamlText.Quoted(e.Text)}");
        yaml.AppendLine($"    source: {e.Source}");
        yaml.AppendLine($"    evidence: {YamlText.Quoted(e.Evidence)}");
        if (e.Key is { } key)
            yaml.AppendLine($"    key: {key}");
        Status(yaml, e.Confidence);
    }

    private static void Status(StringBuilder yaml, Confidence confidence)
    {
        yaml.AppendLine("    status: draft");
        yaml.AppendLine($"    confidence: {confidence.ToString().ToLowerInvariant()}");
    }
}
