using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SitRep.Charts;
using SitRep.Document;
using SitRep.Layout;
using SitRep.Theming;

namespace SitRep.Pdf;

/// <summary>Lays out a brief on pages and writes it as PDF: fonts embedded, outline, links, metadata.</summary>
public sealed class PdfBriefWriter
{
    /// <summary>The outcome of writing: the page count and the outline, for reports and tests.</summary>
    public sealed record Result(int PageCount, IReadOnlyList<string> Bookmarks);

    public static Result Write(BriefDocument brief, Theme theme, Func<string, IChart> charts, byte[]? logo, DateTimeOffset timestamp, Stream output)
    {
        _ = FontLibrary.Instance;
        var geometry = PageGeometry.From(theme);
        var measurer = new TextMeasurer();
        var styles = new LayoutStyles(theme);
        var root = new DocumentLayouter(styles, measurer, geometry.Content.Height, charts).Build(brief.Blocks);

        using var document = new PdfDocument();
        var navigation = new PdfNavigation();
        var graphics = new List<XGraphics>();
        var canvases = new List<PdfCanvas>();
        var pageCount = Paginator.Run(root, geometry.Content, index =>
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(geometry.Width);
            page.Height = XUnit.FromPoint(geometry.Height);
            var gfx = XGraphics.FromPdfPage(page);
            graphics.Add(gfx);
            var canvas = new PdfCanvas(gfx, index, measurer, navigation, styles.Chart);
            canvases.Add(canvas);
            return canvas;
        });
        canvases.ForEach(c => c.Flush());

        var furniture = new PageFurniture(styles, measurer, brief.Info);
        for (var i = 0; i < pageCount; i++)
        {
            var canvas = new PdfCanvas(graphics[i], i, measurer, navigation, styles.Chart);
            furniture.Draw(canvas, geometry.Page, geometry.Content, i + 1, pageCount);
            if (logo is not null && i == 0)
                canvas.DrawImage(logo, new XRect(geometry.Content.Right - 70, geometry.Content.Top - 40, 70, 28));
            canvas.Flush();
            graphics[i].Dispose();
        }

        navigation.Write(document);
        SetMetadata(document, brief.Info, timestamp);
        var id = PdfDeterminism.PrepareForSave(document, timestamp);
        using var saved = new MemoryStream();
        document.Save(saved, closeStream: false);
        PdfDeterminism.FixSavedBytes(saved, id);
        saved.Position = 0;
        saved.CopyTo(output);
        return new Result(pageCount, navigation.Bookmarks.Select(b => b.Title).ToList());
    }

    private static void SetMetadata(PdfDocument document, DocumentInfo info, DateTimeOffset timestamp)
    {
        document.Info.Title = info.Title;
        document.Info.Subject = info.Subject;
        document.Info.Author = info.Author;
        document.Info.Keywords = string.Join(", ", info.Keywords);
        // Creator is fixed (no version) so that a tool upgrade alone does not change the bytes of a brief;
        // Producer is PDFsharp's constant "PDFsharp 6.5.0 (AGPL license)".
        document.Info.Creator = "SitRep";
        document.Info.CreationDate = timestamp.UtcDateTime;
        document.Info.ModificationDate = timestamp.UtcDateTime;
        document.Language = info.Language;
        document.PageMode = PdfPageMode.UseOutlines;
        document.ViewerPreferences.DisplayDocTitle = true;
    }
}
