using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SitRep.Charts;

namespace SitRep.Layout;

/// <summary>Paints on one PDF page; links, anchors and bookmarks go to the shared <see cref="PdfNavigation"/>.</summary>
internal sealed class PdfCanvas(XGraphics graphics, int pageIndex, TextMeasurer measurer, PdfNavigation navigation, ChartStyle chartStyle) : ICanvas
{
    private readonly Dictionary<XColor, XSolidBrush> brushes = new();

    public XGraphics Graphics => graphics;

    public void DrawText(string text, FontSpec font, XColor color, double x, double baseline, double width)
    {
        graphics.DrawString(text, measurer.Font(font), Brush(color), x, baseline, XStringFormats.BaseLineLeft);
    }

    public void FillRectangle(XRect area, XColor color) => graphics.DrawRectangle(Brush(color), area);

    public void DrawLine(XPoint from, XPoint to, XColor color, double thickness) =>
        graphics.DrawLine(new XPen(color, thickness), from, to);

    public void DrawChart(IChart chart, XRect area)
    {
        var state = graphics.Save();
        chart.Draw(graphics, area, chartStyle);
        graphics.Restore(state);
    }

    public void DrawImage(byte[] image, XRect area)
    {
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
