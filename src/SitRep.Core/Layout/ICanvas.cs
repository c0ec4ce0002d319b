using SitRep.Drawing;
using SitRep.Charts;

namespace SitRep.Layout;

/// <summary>What elements paint on, in points with y down. The PDF stage records, then paints with Skia; tests record.</summary>
internal interface ICanvas
{
    /// <summary>Draws a run in one face, shaped in its direction, from its left edge at <paramref name="x"/>.</summary>
    void DrawText(ShapingRun run, Rgb color, double x, double baseline, double width);

    void FillRectangle(Rect area, Rgb color);

    void DrawLine(Point from, Point to, Rgb color, double thickness);

    void DrawChart(IChart chart, Rect area);

    void DrawImage(byte[] image, Rect area);

    /// <summary>Makes <paramref name="area"/> a link: <c>#anchor</c> inside the document, otherwise a web address.</summary>
    void AddLink(Rect area, string target);

    void AddAnchor(string name, double y);

    void AddBookmark(int level, string title, double y);
}
