using System.Globalization;
using SitRep.Drawing;
using SkiaSharp;

namespace SitRep.Pdf;

/// <summary>A heading in the PDF outline, pointing at a named destination.</summary>
internal sealed record OutlineEntry(int Level, string Title, string Destination);

/// <summary>
/// Collects links, anchors and bookmarks while pages are laid out, and draws them onto each page once every
/// page exists, so that a citation can point forward to the sources list. Destinations get short ASCII names
/// of our own ("a3", "o7"): the anchors' names are the document's, and need no escaping this way.
/// </summary>
internal sealed class PdfNavigation
{
    /// <summary>A destination sits this far above the element it names, so the reader sees a little context.</summary>
    private const double Headroom = 12;

    private readonly List<(int Page, Rect Area, string Target)> links = new();
    private readonly Dictionary<string, (int Page, double Y, string Destination)> anchors = new(StringComparer.Ordinal);
    private readonly List<(int Level, string Title, int Page, double Y, string Destination)> bookmarks = new();

    public IReadOnlyList<string> BookmarkTitles => bookmarks.Select(b => b.Title).ToList();

    public IReadOnlyList<OutlineEntry> Outline => bookmarks.Select(b => new OutlineEntry(b.Level, b.Title, b.Destination)).ToList();

    public void AddLink(int page, Rect area, string target) => links.Add((page, area, target));

    public void AddAnchor(string name, int page, double y) =>
        anchors.TryAdd(name, (page, y, "a" + (anchors.Count + 1).ToString(CultureInfo.InvariantCulture)));

    public void AddBookmark(int level, string title, int page, double y) =>
        bookmarks.Add((level, title, page, y, "o" + (bookmarks.Count + 1).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Draws the destinations and links of page <paramref name="page"/>.</summary>
    public void DrawOn(SKCanvas canvas, int page)
    {
        byPage ??= ByPage();
        if (!byPage.TryGetValue(page, out var onPage))
            return;
        foreach (var (y, destination) in onPage.Destinations)
            canvas.DrawNamedDestinationAnnotation(new SKPoint(0, (float)Math.Max(0, y - Headroom)), destination);

        foreach (var (_, area, target) in MergeAdjacent(onPage.Links))
        {
            var rect = SkiaPage.Sk(area);
            if (!target.StartsWith('#'))
                canvas.DrawUrlAnnotation(rect, target);
            else if (anchors.TryGetValue(target[1..], out var anchor))
                canvas.DrawLinkDestinationAnnotation(rect, anchor.Destination);
        }
    }

    private Dictionary<int, PageItems>? byPage;

    /// <summary>
    /// Every page's destinations (anchors in the order of their names, then bookmarks) and links, gathered once
    /// when the first page is drawn: by then every page exists, and a long brief is not searched once per page.
    /// </summary>
    private Dictionary<int, PageItems> ByPage()
    {
        var pages = new Dictionary<int, PageItems>();
        PageItems On(int page) => pages.TryGetValue(page, out var items) ? items : pages[page] = new PageItems();
        foreach (var (_, (page, y, destination)) in anchors.OrderBy(a => a.Value.Destination, StringComparer.Ordinal))
            On(page).Destinations.Add((y, destination));
        foreach (var bookmark in bookmarks)
            On(bookmark.Page).Destinations.Add((bookmark.Y, bookmark.Destination));
        foreach (var link in links)
            On(link.Page).Links.Add(link);
        return pages;
    }

    private sealed class PageItems
    {
        public List<(double Y, string Destination)> Destinations { get; } = [];

        public List<(int Page, Rect Area, string Target)> Links { get; } = [];
    }

    /// <summary>A link drawn word by word becomes one annotation per line.</summary>
    private static IEnumerable<(int Page, Rect Area, string Target)> MergeAdjacent(IEnumerable<(int Page, Rect Area, string Target)> all)
    {
        (int Page, Rect Area, string Target)? pending = null;
        foreach (var link in all)
        {
            if (pending is { } p && p.Page == link.Page && p.Target == link.Target
                && Math.Abs(p.Area.Top - link.Area.Top) < 0.5 && link.Area.Left - p.Area.Right < 8)
            {
                pending = (p.Page, Rect.Union(p.Area, link.Area), p.Target);
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
