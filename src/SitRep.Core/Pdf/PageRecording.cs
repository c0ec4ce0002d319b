using SitRep.Charts;
using SitRep.Drawing;
using SitRep.Layout;

namespace SitRep.Pdf;

/// <summary>
/// One page as the layout drew it, kept as a list of operations. The first pass paginates onto recordings,
/// so the page count ("Page N of M") and every character drawn (for the font subsets) are known before
/// the second pass paints them onto the PDF. Navigation goes straight to <see cref="PdfNavigation"/>.
/// </summary>
internal sealed class PageRecording(int pageIndex, PdfNavigation navigation) : ICanvas
{
    public abstract record Operation;

    public sealed record Text(ShapingRun Run, Rgb Color, double X, double Baseline, double Width) : Operation
    {
        public FontSpec Font => Run.Font;
    }

    public sealed record Fill(Rect Area, Rgb Color) : Operation;

    public sealed record Line(Point From, Point To, Rgb Color, double Thickness) : Operation;

    public sealed record Chart(IChart Value, Rect Area) : Operation;

    public sealed record Image(byte[] Bytes, Rect Area) : Operation;

    private readonly List<Operation> operations = new();

    public int PageIndex => pageIndex;

    public IReadOnlyList<Operation> Operations => operations;

    public void DrawText(ShapingRun run, Rgb color, double x, double baseline, double width) =>
        operations.Add(new Text(run, color, x, baseline, width));

    public void FillRectangle(Rect area, Rgb color) => operations.Add(new Fill(area, color));

    public void DrawLine(Point from, Point to, Rgb color, double thickness) => operations.Add(new Line(from, to, color, thickness));

    public void DrawChart(IChart chart, Rect area) => operations.Add(new Chart(chart, area));

    public void DrawImage(byte[] image, Rect area) => operations.Add(new Image(image, area));

    public void AddLink(Rect area, string target) => navigation.AddLink(pageIndex, area, target);

    public void AddAnchor(string name, double y) => navigation.AddAnchor(name, pageIndex, y);

    public void AddBookmark(int level, string title, double y) => navigation.AddBookmark(level, title, pageIndex, y);
}
