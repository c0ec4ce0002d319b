using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>A chart that lays itself out for a given width and draws as vector graphics.</summary>
public interface IChart
{
    /// <summary>The height, in points, the chart needs at <paramref name="width"/> points with <see cref="ChartStyle.Default"/>.</summary>
    double HeightFor(double width);

    /// <summary>Draws the chart inside <paramref name="area"/>; nothing is drawn outside it.</summary>
    void Draw(XGraphics gfx, XRect area, ChartStyle style);
}
