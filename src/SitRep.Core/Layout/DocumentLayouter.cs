using SitRep.Drawing;
using SitRep.Charts;
using SitRep.Document;
using SitRep.Layout.Elements;

namespace SitRep.Layout;

/// <summary>Turns the document's blocks into a tree of layout elements styled by the theme.</summary>
internal sealed class DocumentLayouter(LayoutStyles styles, TextMeasurer measurer, double pageContentHeight, Func<string, IChart> charts, Localization.Locale? locale = null)
{
    private readonly LineBreaker breaker = new(measurer);
    private readonly Localization.Locale words = locale ?? Localization.Locales.English;

    private readonly record struct RunStyle(FontSpec Font, Rgb Color);

    public StackElement Build(IReadOnlyList<Block> blocks)
    {
        // The last page holds more than a line or two of closing text.
        var root = new StackElement
        {
            MinTailHeight = 4 * styles.Theme.Sizes.Body * styles.Theme.Sizes.LineHeight,
            PageContentHeight = pageContentHeight,
        };
        AddBlocks(root, blocks, new RunStyle(styles.Body, styles.Ink));
        return root;
    }

    private void AddBlocks(StackElement stack, IReadOnlyList<Block> blocks, RunStyle style)
    {
        Block? previous = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var element = block is ParagraphBlock paragraph && i + 1 < blocks.Count && blocks[i + 1] is ListBlock
                ? Paragraph(paragraph, style, leadsIn: true)
                : ElementFor(block, style);
            stack.Add(element, SpaceBetween(previous, block));
            previous = block;
        }
    }

    private double SpaceBetween(Block? previous, Block current)
    {
        var paragraph = styles.Theme.Sizes.ParagraphSpacing;
        return current switch
        {
            HeadingBlock { Level: 1 } => previous is null ? 0 : paragraph * 3.2,
            HeadingBlock => previous is HeadingBlock ? paragraph * 0.6 : paragraph * 2.2,
            _ when previous is HeadingBlock => paragraph * 0.8,
            FigureBlock or KeyFiguresBlock or CalloutBlock or TableBlock or QuoteBlock => paragraph * 1.8,
            _ when previous is FigureBlock or KeyFiguresBlock or CalloutBlock or TableBlock or QuoteBlock => paragraph * 1.8,
            _ => paragraph,
        };
    }

    private Element ElementFor(Block block, RunStyle style) => block switch
    {
        HeadingBlock heading => Heading(heading, style),
        ParagraphBlock paragraph => Paragraph(paragraph, style),
        ListBlock list => List(list, style),
        QuoteBlock quote => Quote(quote),
        TableBlock table => Table(table),
        FigureBlock figure => Figure(figure),
        KeyFiguresBlock keyFigures => KeyFigures(keyFigures),
        CalloutBlock { Kind: "masthead" } masthead => Masthead(masthead),
        CalloutBlock callout => Callout(callout),
        PageBreakBlock => new PageBreakElement(),
        RuleBlock => new FixedElement(_ => 6, (canvas, area) =>
            canvas.DrawLine(new Point(area.Left, area.Top + 3), new Point(area.Right, area.Top + 3), styles.Rule, 0.6)) { StaysWithNext = true },
        _ => throw new LayoutException($"the layout has no rule for a {block.GetType().Name}"),
    };

    private Element Heading(HeadingBlock heading, RunStyle style)
    {
        var sizes = styles.Theme.Sizes;
        var (size, color) = heading.Level switch
        {
            1 => (sizes.H1, styles.Accent),
            2 => (sizes.H2, styles.Ink),
            _ => (sizes.H3, styles.Muted),
        };
        var font = styles.Sans.WithSize(size).WithStyle(bold: true, italic: false);
        var text = Text(Runs(heading.Content, new RunStyle(font, style.Color == styles.Ink ? color : style.Color)), TextAlignment.Left, 1.2);
        var title = PlainText.Of(heading.Content);
        Element element = new HeadingElement(text, heading.Level, title, heading.Anchor);
        if (heading.Level == 1)
            element = new BoxElement(element, new BoxStyle(new Insets(0, 0, 3, 0), BottomRule: styles.Accent));
        return element;
    }

    private Element Paragraph(ParagraphBlock paragraph, RunStyle style, bool leadsIn = false)
    {
        var runs = Runs(paragraph.Content, style);
        var element = new TextElement(breaker, runs, style.Font == styles.Body ? styles.BodyAlignment : TextAlignment.Left, styles.Theme.Sizes.LineHeight)
        {
            OnFirstDraw = paragraph.Anchor is { } anchor ? (canvas, y) => canvas.AddAnchor(anchor, y) : null,
            LeadsIn = leadsIn,
        };
        return element;
    }

    private Element List(ListBlock list, RunStyle style)
    {
        var stack = new StackElement { KeepsLastTwo = true, PageContentHeight = pageContentHeight };
        var markers = Enumerable.Range(0, list.Items.Count).Select(i => list.Ordered ? Localization.DigitSets.Apply((list.Start + i).ToString(System.Globalization.CultureInfo.InvariantCulture), words.Digits) + "." : "•").ToList();

        // The marker hangs in a box 2 pt narrower than the indent; a wide number ("100.") widens the indent
        // instead of being cut over two lines.
        var indent = Math.Max(style.Font.Size * 1.6, markers.Select(m => measurer.Width(m, style.Font)).DefaultIfEmpty(0).Max() + 2.01);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = markers[i];
            var markerText = Text([new StyledRun(marker, style.Font, list.Ordered ? style.Color : styles.Accent)], TextAlignment.Left, styles.Theme.Sizes.LineHeight);
            var content = new StackElement();
            AddBlocks(content, list.Items[i], style);
            stack.Add(new ListItemElement(markerText, content, indent, measurer.IsRightToLeft), i == 0 ? 0 : styles.Theme.Sizes.ParagraphSpacing * 0.5);
        }

        return stack;
    }

    private Element Quote(QuoteBlock quote)
    {
        var stack = new StackElement();
        var quoteStyle = new RunStyle(styles.Body.WithSize(styles.Body.Size + 0.5).WithStyle(false, true), styles.Ink);
        AddBlocks(stack, quote.Content, quoteStyle);
        if (quote.Attribution is { } attribution)
        {
            var runs = new List<StyledRun> { new("— ", styles.Sans.WithSize(styles.Theme.Sizes.Small + 0.5), styles.Muted) };
            runs.AddRange(Runs(attribution, new RunStyle(styles.Sans.WithSize(styles.Theme.Sizes.Small + 0.5), styles.Muted)));
            stack.Add(Text(runs, TextAlignment.Left, 1.3), 4);
        }

        // A quote stays whole with its attribution unless it is longer than a page.
        return new KeepTogetherElement(new BoxElement(stack, new BoxStyle(new Insets(4, 6, 4, 12), styles.AccentLight, styles.Accent, 2.5) { Mirrored = measurer.IsRightToLeft }), pageContentHeight);
    }

    private Element Table(TableBlock table)
    {
        var font = styles.Sans.WithSize(styles.Theme.Sizes.Small + 0.7);
        var header = table.Header.Select((cell, c) => Text(
            Runs(cell, new RunStyle(font.WithStyle(true, false), styles.Ink)), Alignment(table.Columns[c]), 1.3)).ToList();
        var rows = table.Rows.Select(row => (IReadOnlyList<TextElement>)InReadingOrder(row.Select((cell, c) => Text(
            Runs(cell, new RunStyle(font, styles.Ink)), Alignment(table.Columns[c]), 1.35)).ToList())).ToList();
        return new TableElement(
            InReadingOrder(table.Columns.Select(c => c.Weight).ToList()),
            InReadingOrder(header),
            rows,
            new TableStyle(styles.TableHeader, styles.Rule, styles.TableStripe, new Insets(3, 4, 3, 4)),
            pageContentHeight);
    }

    /// <summary>Columns placed from the left in a left-to-right brief, from the right in a right-to-left one.</summary>
    private List<T> InReadingOrder<T>(List<T> columns)
    {
        if (measurer.IsRightToLeft)
            columns.Reverse();
        return columns;
    }

    private static TextAlignment Alignment(TableColumn column) => column.Alignment switch
    {
        ColumnAlignment.Right => TextAlignment.Right,
        ColumnAlignment.Center => TextAlignment.Center,
        _ => TextAlignment.Left,
    };

    private Element Figure(FigureBlock figure)
    {
        var chart = charts(figure.ChartId);
        var small = styles.Sans.WithSize(styles.Theme.Sizes.Small);
        var captionFont = small.WithSize(small.Size + 1.5).WithStyle(true, false);
        var captionRuns = new List<StyledRun> { new(words.Figure(figure.Number) + words.Text("colon"), captionFont, styles.Accent) };
        captionRuns.AddRange(Runs(figure.Caption, new RunStyle(captionFont, styles.Ink)));
        var widthShare = figure.Size switch
        {
            FigureSize.Half => 0.62,
            FigureSize.Small => 0.45,
            _ => 1.0,
        };
        var sourceLine = figure.SourceLine.Count > 0 ? Text(Runs(figure.SourceLine, new RunStyle(small, styles.Muted)), TextAlignment.Left, 1.3) : null;
        return new FigureElement(
            Text(captionRuns, TextAlignment.Left, 1.3),
            width => Math.Min(chart.HeightFor(width), pageContentHeight * 0.8),
            (canvas, area) => canvas.DrawChart(chart, area),
            sourceLine,
            widthShare,
            measurer.IsRightToLeft);
    }

    private Element KeyFigures(KeyFiguresBlock block)
    {
        var cells = block.Items.Select(item =>
        {
            var stack = new StackElement();
            stack.Add(Text([new StyledRun(item.Value, styles.Sans.WithSize(19).WithStyle(true, false), styles.Accent)], TextAlignment.Left, 1.1), 0);
            stack.Add(Text([new StyledRun(item.Label, styles.Sans.WithSize(styles.Theme.Sizes.Small + 1), styles.Ink)], TextAlignment.Left, 1.25), 2);
            stack.Add(Text(Runs(item.Source, new RunStyle(styles.Sans.WithSize(styles.Theme.Sizes.Small - 0.8), styles.Muted)), TextAlignment.Left, 1.25), 3);
            return (Element)new BoxElement(stack, new BoxStyle(new Insets(6, 6, 6, 7), styles.AccentLight, TopRule: styles.Accent, Stretch: true));
        }).ToList();
        return new RowElement(InReadingOrder(cells), 6, pageContentHeight);
    }

    private Element Callout(CalloutBlock callout)
    {
        var stack = new StackElement();
        var sans = styles.Sans.WithSize(styles.Body.Size - 0.5);
        if (callout.Title is { } title)
            stack.Add(Text(Runs(title, new RunStyle(sans.WithStyle(true, false), styles.Ink)), TextAlignment.Left, 1.3), 0);
        AddBlocks(stack, callout.Content, new RunStyle(sans, styles.Ink));
        var fill = callout.Kind == "summary" ? styles.AccentLight : styles.Callout;
        var bar = callout.Kind == "summary" ? styles.Accent : styles.CalloutBar;
        // A boxed note of up to a third of a page is not split: its title never ends a page alone.
        var box = new BoxElement(stack, new BoxStyle(new Insets(6, 8, 7, 11), fill, bar, 3) { Mirrored = measurer.IsRightToLeft });
        return new KeepTogetherElement(box, pageContentHeight, pageContentHeight / 3);
    }

    private Element Masthead(CalloutBlock masthead)
    {
        var stack = new StackElement();
        var white = Rgb.White;
        var light = new Rgb(0xD6, 0xE6, 0xEF);
        var first = true;
        foreach (var block in masthead.Content)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    stack.Add(new HeadingElement(
                        Text(Runs(heading.Content, new RunStyle(styles.Sans.WithSize(styles.Theme.Sizes.Title).WithStyle(true, false), white)), TextAlignment.Left, 1.15),
                        1, PlainText.Of(heading.Content), heading.Anchor), first ? 0 : 4);
                    break;
                case ParagraphBlock paragraph:
                    stack.Add(Text(Runs(paragraph.Content, new RunStyle(styles.Sans.WithSize(styles.Body.Size + 1), first ? white : light)), TextAlignment.Left, 1.3), 4);
                    break;
                default:
                    stack.Add(ElementFor(block, new RunStyle(styles.Sans, white)), 4);
                    break;
            }

            first = false;
        }

        return new BoxElement(stack, new BoxStyle(new Insets(14, 14, 12, 14), styles.Accent));
    }

    private TextElement Text(IReadOnlyList<StyledRun> runs, TextAlignment alignment, double lineHeight) =>
        new(breaker, runs, alignment, lineHeight);

    private List<StyledRun> Runs(IReadOnlyList<Inline> inlines, RunStyle style, string? link = null)
    {
        var runs = new List<StyledRun>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    var bold = style.Font.Bold || text.Emphasis.HasFlag(TextEmphasis.Bold);
                    var italic = style.Font.Italic ^ text.Emphasis.HasFlag(TextEmphasis.Italic);
                    var font = text.Emphasis.HasFlag(TextEmphasis.Code) ? styles.Sans.WithSize(style.Font.Size * 0.92) : style.Font;
                    runs.Add(new StyledRun(text.Text, font.WithStyle(bold, italic), link is null ? style.Color : styles.Link, link));
                    break;
                case LinkInline linkInline:
                    runs.AddRange(Runs(linkInline.Content, style, linkInline.Target));
                    break;
                case CitationInline citation:
                    runs.Add(new StyledRun($"[{words.Number(citation.Number)}]", styles.Sans.WithSize(style.Font.Size * 0.78), styles.Link, $"#source-{citation.SourceId}"));
                    break;
                case LineBreakInline:
                    runs.Add(new StyledRun("\n", style.Font, style.Color, link));
                    break;
            }
        }

        return runs;
    }
}
