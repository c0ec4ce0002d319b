using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>Drawing helpers shared by the charts: pens, brushes and the shrink-to-fit fallback.</summary>
internal static class ChartCanvas
{
    public static XPen Pen(XColor color, double width, XDashStyle dash = XDashStyle.Solid, XLineCap cap = XLineCap.Flat) =>
        new(color, width) { DashStyle = dash, LineCap = cap, LineJoin = XLineJoin.Round };

    public static XPen Dashed(XColor color, double width, double dash, double space) =>
        new(color, width) { DashPattern = new[] { dash / width, space / width }, LineCap = XLineCap.Flat };

    public static XSolidBrush Brush(XColor color) => new(color);

    /// <summary>
    /// Starts drawing a chart laid out at <paramref name="neededHeight"/> in <paramref name="area"/>:
    /// if the area is too short the whole chart is scaled down (text included) rather than overflowing.
    /// Always clips to the area. Dispose the result to restore the graphics state.
    /// </summary>
    public static Scope Begin(XGraphics gfx, XRect area, double neededHeight)
    {
        var state = gfx.Save();
        gfx.IntersectClip(area);
        if (neededHeight > area.Height + 0.5 && area.Height > 0)
        {
            var s = area.Height / neededHeight;
            gfx.ScaleAtTransform(s, s, area.TopLeft);
        }
        return new Scope(gfx, state);
    }

    internal readonly struct Scope(XGraphics gfx, XGraphicsState state) : IDisposable
    {
        public void Dispose() => gfx.Restore(state);
    }
}
