using SkiaSharp;

namespace SitRep.Charts;

/// <summary>A chart's layout computed ahead of drawing, for one size and one style (the very object drawn with).</summary>
internal sealed record PreparedLayout<T>(float Width, float Height, ChartStyle Style, T Layout)
{
    public bool IsFor(SKRect area, ChartStyle style) =>
        area.Width == Width && area.Height == Height && ReferenceEquals(style, Style);
}
