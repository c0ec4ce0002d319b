using SitRep.Charts;
using SitRep.Document;
using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Theming;
using SkiaSharp;

namespace SitRep.Pdf;

/// <summary>
/// Lays out a brief and writes it as PDF with Skia: a first pass paginates onto recordings (so the page count
/// and every character are known), the fonts are subset, a second pass paints the pages, and an incremental
/// update adds the outline and the language.
/// </summary>
public sealed class PdfBriefWriter
{
    /// <summary>The outcome of writing: the page count, the outline and the embedded font subsets' sizes.</summary>
    public sealed record Result(int PageCount, IReadOnlyList<string> Bookmarks, IReadOnlyDictionary<string, long> FontBytes);

    public static Result Write(BriefDocument brief, Theme theme, BriefFonts fonts, Func<string, IChart> charts, byte[]? logo, DateTimeOffset timestamp, Stream output, Localization.Locale? locale = null)
    {
        var geometry = PageGeometry.From(theme);
        using var shaper = new HarfBuzzShaper(fonts);
        var language = string.IsNullOrWhiteSpace(brief.Info.Language) ? "und" : brief.Info.Language.Trim().ToLowerInvariant();
        var measurer = new TextMeasurer(shaper, language, Localization.LanguageDirection.Of(language));
        var styles = new LayoutStyles(theme);
        locale ??= Localization.Locales.ForBrief(brief.Info.Language, theme.Fonts.Digits);
        var root = new DocumentLayouter(styles, measurer, geometry.Content.Height, charts, locale).Build(brief.Blocks);

        var typefaces = new SubsetTypefaces();
        using var disposeTypefaces = typefaces;
        var chartStyle = styles.ChartStyle(ChartFontsOf(typefaces, fonts, styles)) with { Direction = measurer.Direction, Language = language };
        // Each chart lays itself out on another core as soon as the page loop places it, while the pages go on and the
        // fonts are subset; the charts are drawn once all are ready.
        var preparing = new List<Task>();
        void Placed(IChart chart, Rect area) => preparing.Add(Task.Run(() => chart.Prepare(SkiaPage.Sk(area), chartStyle)));

        var navigation = new PdfNavigation();
        var pages = new List<PageRecording>();
        int pageCount;
        try
        {
            pageCount = Paginator.Run(root, geometry.Content, index =>
            {
                // As many words as the page before, and room for the furniture drawn once the page count is known.
                var page = new PageRecording(index, navigation, shaper, pages.Count > 0 ? pages[^1].Texts.Count + 64 : 0, Placed);
                pages.Add(page);
                return page;
            });

            var furniture = new PageFurniture(styles, new LineBreaker(measurer), brief.Info, measurer.IsRightToLeft, locale);
            foreach (var page in pages)
            {
                furniture.Draw(page, geometry.Page, geometry.Content, page.PageIndex + 1, pageCount);
                if (logo is not null && page.PageIndex == 0)
                    page.DrawImage(logo, new Rect(geometry.Content.Right - 70, geometry.Content.Top - 40, 70, 28));
            }

            Subset(typefaces, pages, fonts, chartStyle);
        }
        finally
        {
            // The charts read the brief's fonts: they are done before anything can let the fonts go.
            Concurrency.TaskEnd.Await(Task.WhenAll(preparing));
        }

        Task.WhenAll(preparing).GetAwaiter().GetResult();

        // Skia writes into its own memory, in small pieces; the bytes cross into the output once, whole.
        var outline = navigation.Outline;
        var direct = output is MemoryStream { Position: 0, Length: 0 } empty ? empty : null;
        using var own = direct is null ? new MemoryStream() : null;
        var pdf = direct ?? own!;
        using (var skia = new SKDynamicMemoryWStream())
        {
            using (var document = SKDocument.CreatePdf(skia, Metadata(brief.Info, timestamp)))
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    var canvas = document.BeginPage((float)geometry.Width, (float)geometry.Height);
                    using (var painter = new SkiaPage(canvas, typefaces, chartStyle))
                        painter.Paint(pages[i]);
                    navigation.DrawOn(canvas, i);
                    document.EndPage();
                    // Painted pages are let go as the next ones are painted.
                    pages[i] = null!;
                }

                document.Close();
            }

            var length = checked((int)skia.BytesWritten);
            // Room for the incremental update, so that appending it does not copy the whole file again.
            pdf.Capacity = length + UpdateRoom(outline.Count);
            pdf.SetLength(length);
            skia.CopyTo(pdf.GetBuffer().AsSpan(0, length));
        }

        PdfIncrementalUpdate.Append(pdf, outline, brief.Info.Language, timestamp);
        if (own is not null)
        {
            own.Position = 0;
            own.CopyTo(output);
        }

        return new Result(pageCount, navigation.BookmarkTitles, typefaces.Sizes);
    }

    /// <summary>An estimate of the incremental update's size: the catalog and information revisions, and each bookmark.</summary>
    private static int UpdateRoom(int bookmarks) => 4096 + 512 * bookmarks;

    /// <summary>
    /// Cuts each face down to the characters and glyphs drawn with it, and the charts' texts: the chart stack's first
    /// family in its three styles always, and each other family of the stack that a chart text needs.
    /// </summary>
    private static void Subset(SubsetTypefaces typefaces, List<PageRecording> pages, BriefFonts fonts, ChartStyle chartStyle)
    {
        var chartTexts = new List<string>();
        foreach (var page in pages)
        {
            foreach (var text in page.Texts)
                typefaces.Add(text.Shaped);
        }

        foreach (var page in pages)
        {
            foreach (var (_, operation) in page.Operations)
            {
                if (operation is PageRecording.Chart chart)
                    chartTexts.AddRange(chart.Value.Texts);
            }
        }

        foreach (var (typeface, bold, italic) in ChartStyles(chartStyle.Fonts))
        {
            var used = new HashSet<int> { 0 };
            foreach (var text in chartTexts)
                used.UnionWith(typeface.FamiliesUsed(text, chartStyle.Direction));
            foreach (var family in used)
            {
                var face = ChartFace(fonts, typeface.Stack.Families[family], bold, italic);
                typefaces.Include(face);
                foreach (var text in chartTexts)
                    typefaces.Add(face, text);
            }
        }

        typefaces.Build();
    }

    /// <summary>
    /// A face of the chart stack. An embedded family with no italic that stays upright (Arabic, Hebrew, Tifinagh) is
    /// its roman face, so an italic label does not embed a second copy of it.
    /// </summary>
    private static FontFace ChartFace(BriefFonts fonts, string family, bool bold, bool italic)
    {
        var face = fonts.Face(family, bold, italic);
        return italic && !face.SyntheticItalic && Text.EmbeddedFonts.Has(family) && !Text.EmbeddedFonts.HasStyle(family, bold, true)
            ? fonts.Face(family, bold, false)
            : face;
    }

    private static (ChartTypeface Typeface, bool Bold, bool Italic)[] ChartStyles(ChartFonts fonts) =>
        [(fonts.Regular, false, false), (fonts.Bold, true, false), (fonts.Italic, false, true)];

    /// <summary>The heading stack in the charts' three styles, each face drawn from its subset once the fonts are subset.</summary>
    private static ChartFonts ChartFontsOf(SubsetTypefaces typefaces, BriefFonts fonts, LayoutStyles styles)
    {
        ChartTypeface Style(bool bold, bool italic)
        {
            var stack = fonts.Stack(styles.Sans.Family, bold, italic);
            return new ChartTypeface(stack, i =>
            {
                var face = ChartFace(fonts, stack.Families[i], bold, italic);
                return new ChartFace(face.Font, face.UnitsPerEm, () => typefaces.Typeface(face), face.SyntheticBold, face.SyntheticItalic);
            });
        }

        return new ChartFonts(Style(false, false), Style(true, false), Style(false, true));
    }

    private static SKDocumentPdfMetadata Metadata(DocumentInfo info, DateTimeOffset timestamp) => new()
    {
        Title = info.Title,
        Author = info.Author,
        Subject = info.Subject,
        Keywords = string.Join(", ", info.Keywords),
        // Fixed (no version), so that a tool upgrade alone does not change the bytes of a brief.
        Creator = "SitRep",
        Producer = "SitRep",
        // No dates: SkiaSharp writes them in the machine's time zone; the incremental update adds them in UTC.
        Creation = null,
        Modified = null,
        RasterDpi = 72,
        PdfA = false,
    };
}
