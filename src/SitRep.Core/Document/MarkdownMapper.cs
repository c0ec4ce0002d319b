using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using M = Markdig.Syntax;
using Md = Markdig.Syntax.Inlines;

namespace SitRep.Document;

/// <summary>What the mapper needs to know about the situation: citation numbers and chart captions.</summary>
public interface IDocumentResolver
{
    /// <summary>The citation number of a source, or 0 when the id is unknown.</summary>
    int SourceNumber(string sourceId);

    /// <summary>A chart's title and the sources of the data it draws, or null when the id is unknown.</summary>
    (string Title, IReadOnlyList<string> SourceIds, string? Note)? Chart(string chartId);

    string SourceLabel(string sourceId);
}

/// <summary>A problem in the Markdown a template produced; the pipeline locates it in the template.</summary>
public sealed class DocumentException(string message, string? token) : Exception(message)
{
    public string? Token => token;
}

/// <summary>Parses the template's Markdown with Markdig and maps its syntax tree to the brief's block model.</summary>
public sealed class MarkdownMapper(IDocumentResolver resolver, Localization.Locale? locale = null)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);
    private int figureCount;
    private string? pendingAnchor;

    public IReadOnlyList<Block> Map(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        return Blocks(document);
    }

    private List<Block> Blocks(ContainerBlock container)
    {
        var blocks = new List<Block>();
        foreach (var block in container)
        {
            if (Map(block) is { } mapped)
                blocks.Add(mapped);
        }

        return blocks;
    }

    private Block? Map(M.Block block) => block switch
    {
        M.HeadingBlock heading => Heading(heading),
        M.ParagraphBlock paragraph => Paragraph(paragraph),
        M.ListBlock list => new Document.ListBlock(
            list.IsOrdered,
            list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1,
            list.Cast<ListItemBlock>().Select(item => (IReadOnlyList<Block>)Blocks(item)).ToList()),
        M.QuoteBlock quote => Quote(quote),
        Table table => Table(table),
        CustomContainer custom => Container(custom),
        HtmlBlock html => Html(html),
        ThematicBreakBlock => new RuleBlock(),
        CodeBlock code => new Document.ParagraphBlock([new TextInline(code.Lines.ToString(), TextEmphasis.Code)]),
        LinkReferenceDefinitionGroup or BlankLineBlock => null,
        _ => throw new DocumentException($"Markdown block '{block.GetType().Name}' is not supported in briefs", null),
    };

    private Document.HeadingBlock Heading(M.HeadingBlock heading)
    {
        var content = Inlines(heading.Inline);
        var anchor = heading.GetAttributes().Id ?? Slug(PlainText.Of(content));
        return new Document.HeadingBlock(heading.Level, content, Unique(anchor));
    }

    private Block Paragraph(M.ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is Md.LinkInline { IsImage: true } image && paragraph.Inline.FirstChild.NextSibling is null)
            return Figure(image);
        pendingAnchor = null;
        var content = Inlines(paragraph.Inline);
        var anchor = pendingAnchor ?? paragraph.GetAttributes().Id;
        pendingAnchor = null;
        return new Document.ParagraphBlock(content, anchor);
    }

    private FigureBlock Figure(Md.LinkInline image)
    {
        var url = image.Url ?? "";
        if (!url.StartsWith("chart:", StringComparison.Ordinal))
            throw new DocumentException($"image '{url}' is not a chart: write ![alt text](chart:ID) or use the chart helper", url);
        var id = url["chart:".Length..];
        var chart = resolver.Chart(id) ?? throw new DocumentException($"unknown chart id '{id}'", id);
        var size = image.Title switch
        {
            "half" => FigureSize.Half,
            "small" => FigureSize.Small,
            _ => FigureSize.Full,
        };
        var alt = PlainText.Of(Inlines(image));
        var sources = chart.SourceIds.Distinct().ToList();
        var sourceLine = new List<Inline>();
        var words = locale ?? Localization.Locales.English;
        if (chart.Note is { Length: > 0 } note)
            sourceLine.Add(new TextInline(note + (sources.Count > 0 ? " " : "")));
        if (sources.Count > 0)
            sourceLine.Add(new TextInline(words.Text(sources.Count == 1 ? "source" : "sources") + words.Text("colon")));
        for (var i = 0; i < sources.Count; i++)
        {
            if (i > 0)
                sourceLine.Add(new TextInline(words.Text("semicolon")));
            sourceLine.Add(new TextInline(resolver.SourceLabel(sources[i]) + " "));
            sourceLine.Add(new CitationInline(sources[i], resolver.SourceNumber(sources[i])));
        }

        return new FigureBlock(id, ++figureCount, alt, [new TextInline(chart.Title)], sourceLine, size);
    }

    private Document.QuoteBlock Quote(M.QuoteBlock quote)
    {
        var content = Blocks(quote);
        IReadOnlyList<Inline>? attribution = null;
        if (content.Count > 1 && content[^1] is Document.ParagraphBlock last && PlainText.Of(last.Content).TrimStart().StartsWith('—'))
        {
            var inlines = last.Content.ToList();
            if (inlines[0] is TextInline first)
                inlines[0] = first with { Text = first.Text.TrimStart().TrimStart('—').TrimStart() };
            attribution = inlines;
            content.RemoveAt(content.Count - 1);
        }

        return new Document.QuoteBlock(content, attribution);
    }

    private TableBlock Table(Table table)
    {
        var rows = table.Cast<TableRow>().ToList();
        var columnCount = table.ColumnDefinitions.Count;
        List<IReadOnlyList<Inline>> Cells(TableRow row) => Enumerable.Range(0, columnCount)
            .Select(c => c < row.Count ? (IReadOnlyList<Inline>)CellInlines((TableCell)row[c]) : [])
            .ToList();

        var header = rows.FirstOrDefault(r => r.IsHeader) is { } h ? Cells(h) : Enumerable.Range(0, columnCount).Select(_ => (IReadOnlyList<Inline>)[]).ToList();
        var body = rows.Where(r => !r.IsHeader).Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)Cells(r)).ToList();
        var columns = Enumerable.Range(0, columnCount).Select(c =>
        {
            var definition = table.ColumnDefinitions[c];
            var alignment = definition.Alignment switch
            {
                TableColumnAlign.Right => ColumnAlignment.Right,
                TableColumnAlign.Center => ColumnAlignment.Center,
                _ => ColumnAlignment.Left,
            };
            var weight = definition.Width > 0 ? definition.Width : ContentWeight(body, header, c);
            return new TableColumn(weight, alignment);
        }).ToList();
        return new TableBlock(columns, header, body);
    }

    /// <summary>Without explicit widths, a column's share follows the length of its text, tempered so short columns stay readable.</summary>
    private static double ContentWeight(List<IReadOnlyList<IReadOnlyList<Inline>>> body, List<IReadOnlyList<Inline>> header, int column)
    {
        var scratch = new System.Text.StringBuilder();
        long total = 0;
        var longestWord = 0;
        foreach (var row in body)
        {
            var (length, longest) = PlainText.Measure(row[column], scratch);
            total += length;
            longestWord = Math.Max(longestWord, longest);
        }

        longestWord = Math.Max(longestWord, PlainText.Measure(header[column], scratch).LongestWord);
        var average = body.Count == 0 ? 0 : (double)total / body.Count;
        return Math.Max(longestWord * 1.3, Math.Min(average, 60)) + 2;
    }

    private List<Inline> CellInlines(TableCell cell) => cell.OfType<M.ParagraphBlock>().SelectMany(p => Inlines(p.Inline)).ToList();

    private Block? Container(CustomContainer container)
    {
        var kind = (container.Info ?? "").Trim().ToLowerInvariant();
        var title = string.IsNullOrWhiteSpace(container.Arguments) ? null : (IReadOnlyList<Inline>)[new TextInline(container.Arguments.Trim())];
        return kind switch
        {
            "keyfigures" => KeyFigures(container),
            "masthead" or "note" or "warning" or "summary" or "callout" => new CalloutBlock(kind, title, Blocks(container)),
            "pagebreak" => new PageBreakBlock(),
            _ => throw new DocumentException($"':::{kind}' is not a known block; use keyfigures, masthead, note, warning, summary or callout", kind),
        };
    }

    private KeyFiguresBlock KeyFigures(CustomContainer container)
    {
        var items = new List<KeyFigure>();
        foreach (var item in container.OfType<M.ListBlock>().SelectMany(l => l.Cast<ListItemBlock>()))
        {
            var inlines = item.OfType<M.ParagraphBlock>().SelectMany(p => Inlines(p.Inline)).ToList();
            var value = inlines.FirstOrDefault(i => i is TextInline { Emphasis: TextEmphasis.Bold }) as TextInline
                ?? throw new DocumentException("each key figure is a list item that starts with its value in bold, e.g. '- **25,000** displaced'", "keyfigures");
            var (label, source) = LabelAndSource(inlines.Where(i => i != value).ToList());
            items.Add(new KeyFigure(value.Text, label, source));
        }

        if (items.Count is 0 or > 6)
            throw new DocumentException($"a key-figures panel holds one to six figures, not {items.Count}", "keyfigures");
        return new KeyFiguresBlock(items);
    }

    /// <summary>
    /// A key figure's label and its attribution, split at the first " — ": the attribution keeps its citations where
    /// they stand ("ICT [1], DW [3]"); a citation in the label moves to the end of the attribution.
    /// </summary>
    private static (string Label, List<Inline> Source) LabelAndSource(List<Inline> inlines)
    {
        var label = new StringBuilder();
        var source = new List<Inline>();
        var labelCitations = new List<Inline>();
        var inSource = false;
        foreach (var inline in inlines)
        {
            if (inSource)
                source.Add(inline);
            else if (inline is CitationInline)
                labelCitations.Add(inline);
            else if (inline is not TextInline text)
                continue;
            else if (text.Text.IndexOf(" — ", StringComparison.Ordinal) is var at and >= 0)
            {
                label.Append(text.Text[..at]);
                inSource = true;
                if (text.Text[(at + 3)..].TrimStart() is { Length: > 0 } after)
                    source.Add(text with { Text = after });
            }
            else
                label.Append(text.Text);
        }

        if (source.Count > 0 && source[^1] is TextInline last)
            source[^1] = last with { Text = last.Text.TrimEnd() };
        if (labelCitations.Count > 0 && source.Count > 0)
            source.Add(new TextInline(" "));
        source.AddRange(labelCitations);
        return (label.ToString().Trim(), source);
    }

    private static Block? Html(HtmlBlock html)
    {
        var text = html.Lines.ToString().Trim();
        if (text.Equals("<!-- pagebreak -->", StringComparison.OrdinalIgnoreCase))
            return new PageBreakBlock();
        if (text.StartsWith("<!--", StringComparison.Ordinal))
            return null;
        throw new DocumentException("raw HTML is not allowed in briefs", text.Length > 20 ? text[..20] : text);
    }

    private List<Inline> Inlines(Md.ContainerInline? container, TextEmphasis emphasis = TextEmphasis.None)
    {
        var result = new List<Inline>();
        if (container is null)
            return result;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case Md.LiteralInline literal:
                    Append(result, literal.Content.ToString(), emphasis);
                    break;
                case Md.EmphasisInline em:
                    var added = em.DelimiterCount >= 2 ? TextEmphasis.Bold : TextEmphasis.Italic;
                    result.AddRange(Inlines(em, emphasis | added));
                    break;
                case Md.LinkInline { IsImage: true } image:
                    throw new DocumentException("a chart must stand alone in its paragraph", image.Url);
                case Md.LinkInline link when (link.Url ?? "").StartsWith("anchor:", StringComparison.Ordinal):
                    pendingAnchor = link.Url!["anchor:".Length..];
                    break;
                case Md.LinkInline link when (link.Url ?? "").StartsWith("cite:", StringComparison.Ordinal):
                    var id = link.Url!["cite:".Length..];
                    var number = resolver.SourceNumber(id);
                    if (number == 0)
                        throw new DocumentException($"citation of unknown source '{id}'", id);
                    result.Add(new CitationInline(id, number));
                    break;
                case Md.LinkInline link:
                    result.Add(new LinkInline(link.Url ?? "", Inlines(link, emphasis)));
                    break;
                case Md.AutolinkInline autolink:
                    result.Add(new LinkInline(autolink.Url, [new TextInline(autolink.Url, emphasis)]));
                    break;
                case Md.CodeInline code:
                    Append(result, code.Content, emphasis | TextEmphasis.Code);
                    break;
                case Md.LineBreakInline { IsHard: true }:
                    result.Add(new LineBreakInline());
                    break;
                case Md.LineBreakInline:
                    Append(result, " ", emphasis);
                    break;
                case Md.HtmlEntityInline entity:
                    Append(result, entity.Transcoded.ToString(), emphasis);
                    break;
                case Md.HtmlInline:
                    throw new DocumentException("raw HTML is not allowed in briefs", null);
                case Md.ContainerInline other:
                    result.AddRange(Inlines(other, emphasis));
                    break;
            }
        }

        return result;
    }

    private static void Append(List<Inline> inlines, string text, TextEmphasis emphasis)
    {
        if (inlines.Count > 0 && inlines[^1] is TextInline last && last.Emphasis == emphasis)
            inlines[^1] = last with { Text = last.Text + text };
        else
            inlines.Add(new TextInline(text, emphasis));
    }

    private string Unique(string anchor)
    {
        var candidate = anchor;
        for (var i = 2; !anchors.Add(candidate); i++)
            candidate = $"{anchor}-{i}";
        return candidate;
    }

    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && c < 128)
                builder.Append(char.ToLowerInvariant(c));
            else if ((c == ' ' || c == '-') && builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        return builder.ToString().Trim('-') is { Length: > 0 } slug ? slug : "section";
    }
}
