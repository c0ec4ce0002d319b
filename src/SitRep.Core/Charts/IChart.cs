using SkiaSharp;

namespace SitRep.Charts;

/// A chart laid out for a given width and drawn as vectors onto a Skia canvas (a PDF page).
public interface IChart
{
    /// The height in points the chart needs at `width` points.
    double HeightFor(double width);

    /// Every string the chart may draw (titles, labels, place names, tick labels it formats, "…"),
    /// so the PDF stage can subset the fonts before drawing. Printable ASCII is always kept by the PDF stage.
    IEnumerable<string> Texts { get; }

    /// Draws the chart inside `area` (points, y down); nothing outside it. The caller saves/restores the canvas.
    void Draw(SKCanvas canvas, SKRect area, ChartStyle style);

    /// Works out ahead, on any thread, what `Draw` would for this `area` and `style` (label placement and the like),
    /// so that drawing is quicker; `Draw` draws the same either way. Not to be called while the chart is drawn.
    void Prepare(SKRect area, ChartStyle style)
    {
    }
}
