using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SitRep.Charts;

namespace SitRep.Layout;

/// <summary>Paints on one PDF page; links, anchors and bookmarks go to the shared <see cref="PdfNavigation"/>.</summary>
internal sealed class PdfCanvas(XGraphics graphics, int pageIndex, TextMeasurer measurer, PdfNavigation navigation, ChartStyle chartStyle) : ICanvas
{
    private readonly Dictionary<XColor, XSolidBrush> brushes = new();

    public XGraphics Graphics => graphics;

    private readonly System.Text.StringBuilder pending = new();
    private FontSpec pendingFont;
    private XColor pendingColor;
    private double pendingX;
    private double pendingBaseline;
    private double pendingEnd;

    /// <summary>
    /// Words that continue one another on a line (same font, colour and baseline, one space apart)
    /// are joined and drawn with one text operation: PDF output is far cheaper by the line than by the word.
    /// </summary>
    public void DrawText(string text, FontSpec font, XColor color, double x, double baseline, double width)
    {
        if (pending.Length > 0 && font == pendingFont && color == pendingColor && Math.Abs(baseline - pendingBaseline) < 0.001)
        {
            var gap = x - pendingEnd;
            if (Math.Abs(gap) < 0.01)
            {
                pending.Append(text);
                pendingEnd = x + width;
                return;
            }

            if (Math.Abs(gap - measurer.Width(" ", font)) < 0.01)
            {
                pending.Append(' ').Append(text);
                pendingEnd = x + width;
                return;
            }
        }

        Flush();
        pending.Append(text);
        (pendingFont, pendingColor, pendingX, pendingBaseline, pendingEnd) = (font, color, x, baseline, x + width);
    }

    /// <summary>Draws text still held back for joining; called before any other drawing and when the page ends.</summary>
    public void Flush()
    {
        if (pending.Length == 0)
            return;
        graphics.DrawString(pending.ToString(), measurer.Font(pendingFont), Brush(pendingColor), pendingX, pendingBaseline, XStringFormats.BaseLineLeft);
        pending.Clear();
    }

    public void FillRectangle(XRect area, XColor color)
    {
        Flush();
        graphics.DrawRectangle(Brush(color), area);
    }

    public void DrawLine(XPoint from, XPoint to, XColor color, double thickness)
    {
        Flush();
        graphics.DrawLine(new XPen(color, thickness), from, to);
    }

    public void DrawChart(IChart chart, XRect area) => _ = (chart, area, chartStyle); // placeholder: charts draw on the Skia PDF stage

    public void DrawImage(byte[] image, XRect area)
    {
        Flush();
        using var stream = new MemoryStream(image, writable: false);
        using var picture = XImage.FromStream(stream);
        var scale = Math.Min(area.Width / picture.PointWidth, area.Height / picture.PointHeight);
        graphics.DrawImage(picture, area.Left, area.Top, picture.PointWidth * scale, picture.PointHeight * scale);
    }

    public void AddLink(XRect area, string target) => navigation.AddLink(pageIndex, area, target);

    public void AddAnchor(string name, double y) => navigation.AddAnchor(name, pageIndex, y);

    public void AddBookmark(int level, string title, double y) => navigation.AddBookmark(level, title, pageIndex, y);

    private XSolidBrush Brush(XColor color)
    {
        if (!brushes.TryGetValue(color, out var brush))
            brushes[color] = brush = new XSolidBrush(color);
        return brush;
    }
}
