using SitRep.Charts;
using SitRep.Drawing;
using SitRep.Layout;

namespace SitRep.Pdf;

/// <summary>
/// One page as the layout drew it. The first pass paginates onto recordings, so the page count ("Page N of M") and
/// every glyph drawn (for the font subsets) are known before the second pass paints them onto the PDF; navigation
/// goes straight to <see cref="PdfNavigation"/>. A long brief records hundreds of thousands of words, so each is
/// kept compact: its run as shaped (shared with every other use of the same run) and where it goes, in a list of
/// values, sized from the page before; the few other drawings are kept apart, each with the number of words drawn before it.
/// </summary>
/// <param name="chartPlaced">Told of each chart as it is drawn, so that it can start laying itself out.</param>
internal sealed class PageRecording(int pageIndex, PdfNavigation navigation, HarfBuzzShaper shaper, int expectedTexts = 0, Action<IChart, Rect>? chartPlaced = null) : ICanvas
{
    public readonly record struct Text(ShapedText Shaped, FontSpec Font, TextDirection Direction, Rgb Color, double X, double Baseline, double Width);

    public abstract record Operation;

    public sealed record Fill(Rect Area, Rgb Color) : Operation;

    public sealed record Line(Point From, Point To, Rgb Color, double Thickness) : Operation;

    public sealed record Chart(IChart Value, Rect Area) : Operation;

    public sealed record Image(byte[] Bytes, Rect Area) : Operation;

    private readonly List<Text> texts = new(expectedTexts);
    private readonly List<(int TextsBefore, Operation Operation)> operations = new();

    public int PageIndex => pageIndex;

    /// <summary>The words, in the order drawn.</summary>
    public IReadOnlyList<Text> Texts => texts;

    /// <summary>Everything else, in the order drawn, each after the first <c>TextsBefore</c> words.</summary>
    public IReadOnlyList<(int TextsBefore, Operation Operation)> Operations => operations;

    public void DrawText(ShapingRun run, Rgb color, double x, double baseline, double width) =>
        texts.Add(new Text(shaper.Shape(run), run.Font, run.Direction, color, x, baseline, width));

    public void FillRectangle(Rect area, Rgb color) => Add(new Fill(area, color));

    public void DrawLine(Point from, Point to, Rgb color, double thickness) => Add(new Line(from, to, color, thickness));

    public void DrawChart(IChart chart, Rect area)
    {
        Add(new Chart(chart, area));
        chartPlaced?.Invoke(chart, area);
    }

    public void DrawImage(byte[] image, Rect area) => Add(new Image(image, area));

    public void AddLink(Rect area, string target) => navigation.AddLink(pageIndex, area, target);

    public void AddAnchor(string name, double y) => navigation.AddAnchor(name, pageIndex, y);

    public void AddBookmark(int level, string title, double y) => navigation.AddBookmark(level, title, pageIndex, y);

    private void Add(Operation operation) => operations.Add((texts.Count, operation));
}
