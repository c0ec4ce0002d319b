using SitRep.Document;
using SitRep.Layout;
using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Layout;

public sealed class ListMarkerTests
{
    private static RecordedDocument LayOutOrderedList(int start, int count)
    {
        var template = BriefTemplate.Load("analyst");
        var geometry = PageGeometry.From(template.Theme);
        var kit = new LayoutKit();
        var items = Enumerable.Range(start, count)
            .Select(n => (IReadOnlyList<Block>)new List<Block> { new ParagraphBlock([new TextInline($"Item{n} of the list.")]) })
            .ToList();
        var root = new DocumentLayouter(new LayoutStyles(template.Theme), kit.Measurer, geometry.Content.Height, id => throw new InvalidOperationException($"no chart '{id}' here"))
            .Build([new ListBlock(true, start, items)]);
        return RecordedDocument.Paginate(root, geometry.Content);
    }

    [Theory]
    [InlineData(1, 12)]
    [InlineData(1, 120)]
    [InlineData(998, 5)]
    public void EveryNumberMarkerIsOnePieceBesideItsItem(int start, int count)
    {
        var document = LayOutOrderedList(start, count);

        var texts = document.Texts.ToList();
        for (var n = start; n < start + count; n++)
        {
            var marker = Assert.Single(texts, t => t.Text == $"{n}.");
            var item = Assert.Single(texts, t => t.Text == $"Item{n}");
            Assert.Equal(item.Page, marker.Page);
            Assert.Equal(item.Baseline, marker.Baseline, 3);
            Assert.True(marker.X + marker.Width <= item.X, $"marker '{marker.Text}' runs into its item");
        }

        // A marker and four words per item, nothing else.
        Assert.Equal(5 * count, texts.Count);
    }
}
