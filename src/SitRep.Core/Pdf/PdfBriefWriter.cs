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

    public static Result Write(BriefDocument brief, Theme theme, BriefFonts fonts, Func<string, IChart> charts, byte[]? logo, DateTimeOffset timestamp, Stream output)
    {
        var geometry = PageGeometry.From(theme);
        var shaper = new HarfBuzzShaper(fonts);
        var language = string.IsNullOrWhiteSpace(brief.Info.Language) ? "und" : brief.Info.Language.Trim().ToLowerInvariant();
        var measurer = new TextMeasurer(shaper, language, Localization.LanguageDirection.Of(language));
        var styles = new LayoutStyles(theme);
        var locale = Localization.Locales.ForBrief(brief.Info.Language, theme.Fonts.Digits);
        var root = new DocumentLayouter(styles, measurer, geometry.Content.Height, charts, locale).Build(brief.Blocks);

        var navigation = new PdfNavigation();
        var pages = new List<PageRecording>();
        var pageCount = Paginator.Run(root, geometry.Content, index =>
        {
            var page = new PageRecording(index, navigation);
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

        using var typefaces = Subset(pages, shaper, fonts, styles);
        var chartStyle = styles.ChartStyle(ChartFontsOf(typefaces, fonts, styles));

        using var pdf = new MemoryStream();
        using (var document = SKDocument.CreatePdf(pdf, Metadata(brief.Info, timestamp)))
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage((float)geometry.Width, (float)geometry.Height);
                using (var painter = new SkiaPage(canvas, shaper, typefaces, chartStyle))
                    painter.Paint(page);
                navigation.DrawOn(canvas, page.PageIndex);
                document.EndPage();
            }

            document.Close();
        }

        PdfIncrementalUpdate.Append(pdf, navigation.Outline, brief.Info.Language, timestamp);
        pdf.Position = 0;
        pdf.CopyTo(output);
        return new Result(pageCount, navigation.BookmarkTitles, typefaces.Sizes);
    }

    /// <summary>Cuts each face down to the characters and glyphs drawn with it, and the charts' texts.</summary>
    private static SubsetTypefaces Subset(List<PageRecording> pages, HarfBuzzShaper shaper, BriefFonts fonts, LayoutStyles styles)
    {
        var typefaces = new SubsetTypefaces();
        var chartTexts = new List<string>();
        foreach (var operation in pages.SelectMany(p => p.Operations))
        {
            if (operation is PageRecording.Text text)
                typefaces.Add(shaper.Shape(text.Run));
            else if (operation is PageRecording.Chart chart)
                chartTexts.AddRange(chart.Value.Texts);
        }

        foreach (var face in ChartFaces(fonts, styles))
        {
            typefaces.Include(face);
            foreach (var text in chartTexts)
                typefaces.Add(face, text);
        }

        typefaces.Build();
        return typefaces;
    }

    private static FontFace[] ChartFaces(BriefFonts fonts, LayoutStyles styles) =>
    [
        fonts.Face(styles.SansFamily, false, false),
        fonts.Face(styles.SansFamily, true, false),
        fonts.Face(styles.SansFamily, false, true),
    ];

    private static ChartFonts ChartFontsOf(SubsetTypefaces typefaces, BriefFonts fonts, LayoutStyles styles)
    {
        var faces = ChartFaces(fonts, styles);
        return new ChartFonts(typefaces.Typeface(faces[0]), typefaces.Typeface(faces[1]), typefaces.Typeface(faces[2]));
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
