using SitRep.Drawing;
using SitRep.Charts;
using SitRep.Layout;

namespace SitRep.Tests.Layout;

internal sealed record DrawnText(int Page, string Text, FontSpec Font, Rgb Color, double X, double Baseline, double Width, TextDirection Direction = TextDirection.LeftToRight, string Script = "Latn");

internal sealed record DrawnRectangle(int Page, Rect Area, Rgb Color);

internal sealed record DrawnLine(int Page, Point From, Point To, Rgb Color, double Thickness);

internal sealed record DrawnChart(int Page, IChart Chart, Rect Area);

internal sealed record DrawnImage(int Page, Rect Area);

internal sealed record RecordedLink(int Page, Rect Area, string Target);

internal sealed record RecordedAnchor(int Page, string Name, double Y);

internal sealed record RecordedBookmark(int Page, int Level, string Title, double Y);

/// <summary>An <see cref="ICanvas"/> for one page that records every call instead of painting.</summary>
internal sealed class RecordingCanvas(int pageIndex) : ICanvas
{
    public int PageIndex => pageIndex;

    public List<DrawnText> Texts { get; } = new();

    public List<DrawnRectangle> Rectangles { get; } = new();

    public List<DrawnLine> Lines { get; } = new();

    public List<DrawnChart> Charts { get; } = new();

    public List<DrawnImage> Images { get; } = new();

    public List<RecordedLink> Links { get; } = new();

    public List<RecordedAnchor> Anchors { get; } = new();

    public List<RecordedBookmark> Bookmarks { get; } = new();

    public void DrawText(ShapingRun run, Rgb color, double x, double baseline, double width) =>
        Texts.Add(new DrawnText(pageIndex, run.Text, run.Font, color, x, baseline, width, run.Direction, run.Script));

    public void FillRectangle(Rect area, Rgb color) => Rectangles.Add(new DrawnRectangle(pageIndex, area, color));

    public void DrawLine(Point from, Point to, Rgb color, double thickness) =>
        Lines.Add(new DrawnLine(pageIndex, from, to, color, thickness));

    public void DrawChart(IChart chart, Rect area) => Charts.Add(new DrawnChart(pageIndex, chart, area));

    public void DrawImage(byte[] image, Rect area) => Images.Add(new DrawnImage(pageIndex, area));

    public void AddLink(Rect area, string target) => Links.Add(new RecordedLink(pageIndex, area, target));

    public void AddAnchor(string name, double y) => Anchors.Add(new RecordedAnchor(pageIndex, name, y));

    public void AddBookmark(int level, string title, double y) => Bookmarks.Add(new RecordedBookmark(pageIndex, level, title, y));
}

/// <summary>The pages of one paginator run, each a <see cref="RecordingCanvas"/>.</summary>
internal sealed class RecordedDocument
{
    public List<RecordingCanvas> Pages { get; } = new();

    /// <summary>The page count <see cref="Paginator.Run"/> returned.</summary>
    public int PageCount { get; private set; }

    public IEnumerable<DrawnText> Texts => Pages.SelectMany(p => p.Texts);

    public IEnumerable<RecordedBookmark> Bookmarks => Pages.SelectMany(p => p.Bookmarks);

    public IEnumerable<RecordedAnchor> Anchors => Pages.SelectMany(p => p.Anchors);

    /// <summary>
    /// The drawn text as lines, page by page from the top: pieces whose baselines lie within 0.05 pt of each other
    /// form one line, read left to right (so the cells of a table row share a line).
    /// </summary>
    public List<(int Page, double Baseline, string Text)> Lines()
    {
        var lines = new List<(int, double, string)>();
        foreach (var page in Pages)
        {
            var texts = page.Texts.OrderBy(t => t.Baseline).ToList();
            for (var i = 0; i < texts.Count;)
            {
                var first = texts[i].Baseline;
                var end = i;
                while (end < texts.Count && texts[end].Baseline - first <= 0.05)
                    end++;
                lines.Add((page.PageIndex, first, string.Join(' ', texts.Skip(i).Take(end - i).OrderBy(t => t.X).Select(t => t.Text))));
                i = end;
            }
        }

        return lines;
    }

    /// <summary>Runs the paginator on <paramref name="root"/>, recording every page it opens.</summary>
    public static RecordedDocument Paginate(Element root, Rect content)
    {
        var document = new RecordedDocument();
        document.PageCount = Paginator.Run(root, content, document.Open);
        return document;
    }

    private ICanvas Open(int index)
    {
        if (index != Pages.Count)
            throw new InvalidOperationException($"the paginator opened page {index} after {Pages.Count} pages");
        var canvas = new RecordingCanvas(index);
        Pages.Add(canvas);
        return canvas;
    }
}
