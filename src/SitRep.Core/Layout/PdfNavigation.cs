using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SitRep.Layout;

/// <summary>
/// Collects links, anchors and bookmarks while pages are drawn, and writes them once every page
/// exists, so that a citation can point forward to the sources list.
/// </summary>
internal sealed class PdfNavigation
{
    private readonly List<(int Page, XRect Area, string Target)> links = new();
    private readonly Dictionary<string, (int Page, double Y)> anchors = new(StringComparer.Ordinal);
    private readonly List<(int Level, string Title, int Page, double Y)> bookmarks = new();

    public IReadOnlyList<(int Level, string Title, int Page, double Y)> Bookmarks => bookmarks;

    public void AddLink(int page, XRect area, string target) => links.Add((page, area, target));

    public void AddAnchor(string name, int page, double y) => anchors.TryAdd(name, (page, y));

    public void AddBookmark(int level, string title, int page, double y) => bookmarks.Add((level, title, page, y));

    public void Write(PdfDocument document)
    {
        foreach (var (pageIndex, area, target) in MergeAdjacent(links))
        {
            var page = document.Pages[pageIndex];
            var height = page.Height.Point;
            var rect = new PdfRectangle(new XRect(area.Left, height - area.Bottom, area.Width, area.Height));
            if (target.StartsWith('#'))
            {
                if (anchors.TryGetValue(target[1..], out var anchor))
                    page.AddDocumentLink(rect, anchor.Page + 1, new XPoint(0, height - anchor.Y + 12));
            }
            else
            {
                page.AddWebLink(rect, target);
            }
        }

        var parents = new List<PdfOutline>();
        foreach (var (level, title, pageIndex, y) in bookmarks)
        {
            var page = document.Pages[pageIndex];
            while (parents.Count >= level)
                parents.RemoveAt(parents.Count - 1);
            var collection = parents.Count == 0 ? document.Outlines : parents[^1].Outlines;
            var outline = collection.Add(title, page, true, PdfOutlineStyle.Regular, XColors.Black);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = page.Height.Point - y + 12;
            while (parents.Count < level - 1)
                parents.Add(outline);
            parents.Add(outline);
        }
    }

    /// <summary>A link drawn word by word becomes one annotation per line.</summary>
    private static IEnumerable<(int Page, XRect Area, string Target)> MergeAdjacent(List<(int Page, XRect Area, string Target)> all)
    {
        (int Page, XRect Area, string Target)? pending = null;
        foreach (var link in all)
        {
            if (pending is { } p && p.Page == link.Page && p.Target == link.Target
                && Math.Abs(p.Area.Top - link.Area.Top) < 0.5 && link.Area.Left - p.Area.Right < 8)
            {
                pending = (p.Page, XRect.Union(p.Area, link.Area), p.Target);
                continue;
            }

            if (pending is { } done)
                yield return done;
            pending = link;
        }

        if (pending is { } last)
            yield return last;
    }
}
