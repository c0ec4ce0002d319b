using System.Text.RegularExpressions;
using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Layout.Elements;
using Xunit;

namespace SitRep.Tests.Layout;

public sealed class PaginationTests
{
    private const double Spacing = 5;
    private static readonly Regex WordPattern = new(@"^p(\d{3})w\d{3}$", RegexOptions.CultureInvariant);

    private readonly LayoutKit kit = new();

    /// <summary>60 paragraphs of 3 to 70 words, so many of them break across the small pages.</summary>
    private (StackElement Root, List<string> Paragraphs) ManyParagraphs(TextAlignment alignment)
    {
        var random = new Random(20231114);
        var root = new StackElement();
        var paragraphs = new List<string>();
        for (var p = 0; p < 60; p++)
        {
            var text = LayoutKit.Words(p, random.Next(3, 71));
            paragraphs.Add(text);
            root.Add(kit.Paragraph(text, alignment), Spacing);
        }

        return (root, paragraphs);
    }

    private static readonly Rect SmallPage = new(40, 50, 220, 160);

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void PageCountIsTheNumberOfWholeShortParagraphsThatFit(int perPage)
    {
        var h = kit.BodyLineHeight;

        // Room for perPage three-line paragraphs and one more line: a short paragraph moves whole, so that line stays empty.
        var content = new Rect(30, 40, 200, perPage * 3 * h + perPage * Spacing + h + 0.5);
        var root = new StackElement();
        for (var p = 0; p < 30; p++)
            root.Add(kit.Paragraph($"p{p:D3}w001\np{p:D3}w002\np{p:D3}w003"), Spacing);

        var document = RecordedDocument.Paginate(root, content);

        Assert.Equal((30 + perPage - 1) / perPage, document.PageCount);
        Assert.Equal(document.PageCount, document.Pages.Count);
        for (var page = 0; page < document.PageCount - 1; page++)
            Assert.Equal(3 * perPage, document.Pages[page].Texts.Count);
    }

    [Theory]
    [InlineData(TextAlignment.Left)]
    [InlineData(TextAlignment.Justify)]
    public void EveryParagraphAppearsExactlyOnceInOrder(TextAlignment alignment)
    {
        var (root, paragraphs) = ManyParagraphs(alignment);

        var document = RecordedDocument.Paginate(root, SmallPage);

        Assert.True(document.PageCount > 8, $"the text should need many pages, got {document.PageCount}");
        Assert.Equal(document.PageCount, document.Pages.Count);
        Assert.All(document.Pages, p => Assert.NotEmpty(p.Texts));
        var drawn = document.Texts.Select(t => t.Text).ToList();
        Assert.Equal(paragraphs.SelectMany(p => p.Split(' ')), drawn);
    }

    [Fact]
    public void NoTextLiesOutsideTheContentArea()
    {
        var (root, _) = ManyParagraphs(TextAlignment.Justify);

        var document = RecordedDocument.Paginate(root, SmallPage);

        foreach (var text in document.Texts)
        {
            var box = kit.Box(text);
            Assert.True(LayoutKit.Inside(box, SmallPage),
                $"'{text.Text}' on page {text.Page + 1} has box {box.Left:F1},{box.Top:F1}–{box.Right:F1},{box.Bottom:F1} outside the content area");
        }
    }

    [Fact]
    public void SpaceBeforeAParagraphIsDroppedAtTheTopOfAPage()
    {
        var (root, _) = ManyParagraphs(TextAlignment.Left);

        var document = RecordedDocument.Paginate(root, SmallPage);

        var firstBaseline = document.Pages[0].Texts[0].Baseline;
        Assert.All(document.Pages, p => Assert.Equal(firstBaseline, p.Texts.Min(t => t.Baseline), 3));
    }

    [Fact]
    public void NoOrphansAndNoWidows()
    {
        var (root, paragraphs) = ManyParagraphs(TextAlignment.Justify);

        var document = RecordedDocument.Paginate(root, SmallPage);

        // Lines per paragraph per page: a line is a distinct baseline on a page.
        var linesOnPage = document.Texts
            .GroupBy(t => (Paragraph: int.Parse(WordPattern.Match(t.Text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), t.Page))
            .ToDictionary(g => g.Key, g => g.Select(t => Math.Round(t.Baseline, 3)).Distinct().Count());

        var split = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var parts = linesOnPage.Where(kv => kv.Key.Paragraph == p).OrderBy(kv => kv.Key.Page).Select(kv => kv.Value).ToList();
            var total = parts.Sum();
            if (parts.Count == 1)
                continue;
            split++;
            Assert.True(total >= 4, $"paragraph {p} has only {total} lines yet was split across pages");
            Assert.True(parts[0] >= 2, $"paragraph {p}: its first line stands alone at the foot of a page (orphan)");
            Assert.True(parts[^1] >= 2, $"paragraph {p}: its last line stands alone at the head of a page (widow)");
        }

        Assert.True(split >= 5, $"too few paragraphs broke across pages ({split}) for this test to mean anything");
    }
}
