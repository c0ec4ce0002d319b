using SitRep.Drawing;
using SitRep.Document;
using SitRep.Theming;

namespace SitRep.Layout;

/// <summary>Running header, footer, page numbers and the handling marking, drawn once the page count is known.</summary>
internal sealed class PageFurniture(LayoutStyles styles, LineBreaker breaker, DocumentInfo info, bool rightToLeft = false)
{
    public void Draw(ICanvas canvas, Rect page, Rect content, int pageNumber, int pageCount)
    {
        var font = styles.Sans.WithSize(styles.Theme.Sizes.Small);
        var headerBaseline = content.Top - 10;
        var footerBaseline = content.Bottom + 16;

        if (pageNumber > 1)
        {
            DrawLine(canvas, styles.Theme.Header, font, content, headerBaseline, pageNumber, pageCount);
            canvas.DrawLine(new Point(content.Left, headerBaseline + 4), new Point(content.Right, headerBaseline + 4), styles.Rule, 0.5);
        }

        canvas.DrawLine(new Point(content.Left, footerBaseline - 9), new Point(content.Right, footerBaseline - 9), styles.Rule, 0.5);
        DrawLine(canvas, styles.Theme.Footer, font, content, footerBaseline, pageNumber, pageCount);

        if (!string.IsNullOrWhiteSpace(styles.Theme.Marking))
        {
            var marking = styles.Theme.Marking.Trim();
            var bold = font.WithStyle(true, false).WithSize(font.Size + 0.5);
            var line = breaker.Single(marking, bold, styles.Marking);
            var x = page.Left + (page.Width - line.Width) / 2;
            line.Draw(canvas, x, page.Top + 14);
            line.Draw(canvas, x, page.Bottom - 8);
        }
    }

    private void DrawLine(ICanvas canvas, PageText text, FontSpec font, Rect content, double baseline, int page, int pages)
    {
        // Mirrored in a right-to-left brief: what leads the line (the title) sits on the right.
        Place(canvas, text.Left, font, content, baseline, page, pages, rightToLeft ? 1 : 0);
        Place(canvas, text.Center, font, content, baseline, page, pages, 0.5);
        Place(canvas, text.Right, font, content, baseline, page, pages, rightToLeft ? 0 : 1);
    }

    private void Place(ICanvas canvas, string? pattern, FontSpec font, Rect content, double baseline, int page, int pages, double align)
    {
        if (string.IsNullOrWhiteSpace(pattern))
            return;
        var text = Expand(pattern, page, pages);
        var line = breaker.Single(text, font, styles.Muted);
        line.Draw(canvas, content.Left + (content.Width - line.Width) * align, baseline);
    }

    public string Expand(string pattern, int page, int pages) => pattern
        .Replace("{title}", info.Title, StringComparison.Ordinal)
        .Replace("{as_of}", info.AsOfText, StringComparison.Ordinal)
        .Replace("{page}", page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{pages}", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
