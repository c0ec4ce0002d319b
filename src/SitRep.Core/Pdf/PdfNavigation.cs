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
        foreach (var (_, (anchorPage, y, destination)) in anchors.OrderBy(a => a.Value.Destination, StringComparer.Ordinal))
        {
            if (anchorPage == page)
                canvas.DrawNamedDestinationAnnotation(new SKPoint(0, (float)Math.Max(0, y - Headroom)), destination);
        }

        foreach (var bookmark in bookmarks.Where(b => b.Page == page))
            canvas.DrawNamedDestinationAnnotation(new SKPoint(0, (float)Math.Max(0, bookmark.Y - Headroom)), bookmark.Destination);

        foreach (var (_, area, target) in MergeAdjacent(links.Where(l => l.Page == page)))
        {
            var rect = SKRect.Create((float)area.Left, (float)area.Top, (float)area.Width, (float)area.Height);
            if (!target.StartsWith('#'))
                canvas.DrawUrlAnnotation(rect, target);
            else if (anchors.TryGetValue(target[1..], out var anchor))
                canvas.DrawLinkDestinationAnnotation(rect, anchor.Destination);
        }
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
