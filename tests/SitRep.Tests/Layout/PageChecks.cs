using System.Text.RegularExpressions;
using SitRep.Drawing;
using Xunit;

namespace SitRep.Tests.Layout;

/// <summary>Checks of a recorded layout shared by the document-level tests.</summary>
internal static class PageChecks
{
    /// <summary>Fails listing every pair of text boxes that overlap on a page (touching is allowed).</summary>
    public static void NoOverlappingText(RecordedDocument document, LayoutKit kit)
    {
        var overlaps = new List<string>();
        foreach (var page in document.Pages)
        {
            var boxes = page.Texts.Select(kit.Box).ToList();
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    if (LayoutKit.Overlap(boxes[i], boxes[j]))
                        overlaps.Add($"page {page.PageIndex + 1}: '{page.Texts[i].Text}' {Describe(boxes[i])} and '{page.Texts[j].Text}' {Describe(boxes[j])}");
                }
            }
        }

        Assert.True(overlaps.Count == 0, $"{overlaps.Count} overlapping text boxes:\n" + string.Join('\n', overlaps.Take(20)));
    }

    /// <summary>Fails listing every text box not wholly inside <paramref name="content"/>.</summary>
    public static void AllTextInside(RecordedDocument document, LayoutKit kit, Rect content)
    {
        var outside = document.Texts
            .Where(t => !LayoutKit.Inside(kit.Box(t), content))
            .Select(t => $"page {t.Page + 1}: '{t.Text}' {Describe(kit.Box(t))}")
            .ToList();

        Assert.True(outside.Count == 0, $"{outside.Count} text boxes outside {Describe(content)}:\n" + string.Join('\n', outside.Take(20)));
    }

    /// <summary>
    /// The paginated lines are the lines of the unbroken layout, in order, none lost or doubled, except
    /// table headers repeated at the head of a page. Returns those repeated lines.
    /// </summary>
    public static List<string> SameLinesAsUnbroken(RecordedDocument unbroken, RecordedDocument paged)
    {
        Assert.Equal(1, unbroken.PageCount);
        var reference = unbroken.Lines().Select(l => l.Text).ToList();
        var lines = paged.Lines();

        var matched = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (matched < reference.Count && line.Text == reference[matched])
            {
                matched++;
                seen.Add(line.Text);
                continue;
            }

            var isHeadOfPage = i < 3 || lines[i - 3].Page != line.Page;
            Assert.True(isHeadOfPage && seen.Contains(line.Text),
                $"page {line.Page + 1}: line '{line.Text}' was expected to be '{(matched < reference.Count ? reference[matched] : "(end)")}'");
            repeated.Add(line.Text);
        }

        Assert.True(matched == reference.Count, $"pagination lost lines from '{(matched < reference.Count ? reference[matched] : "")}' on");
        return repeated;
    }

    /// <summary>Every bookmarked heading is drawn where its bookmark points, and something follows it on its page.</summary>
    public static void NoHeadingEndsAPage(RecordedDocument document)
    {
        var lines = document.Lines();
        foreach (var bookmark in document.Bookmarks)
        {
            var below = lines.Where(l => l.Page == bookmark.Page && l.Baseline > bookmark.Y).ToList();
            var title = Regex.Replace(bookmark.Title, @"\s+", "");
            var drawn = "";
            var taken = 0;
            while (taken < below.Count && drawn.Length < title.Length)
                drawn += Regex.Replace(below[taken++].Text, @"\s+", "");
            Assert.True(drawn == title, $"heading '{bookmark.Title}' is not drawn where its bookmark points (page {bookmark.Page + 1}): found '{drawn}'");
            Assert.True(taken < below.Count, $"heading '{bookmark.Title}' is the last thing on page {bookmark.Page + 1}");
        }
    }

    public static string Describe(Rect box) => $"[{box.Left:F1},{box.Top:F1} – {box.Right:F1},{box.Bottom:F1}]";
}
