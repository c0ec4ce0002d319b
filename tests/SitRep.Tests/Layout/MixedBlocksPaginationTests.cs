using SitRep.Document;
using SitRep.Layout;
using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Layout;

/// <summary>
/// Every kind of block the layouter knows (but figures), repeated until it fills many pages, so that boxes,
/// quotes, lists, tables and key figures all meet page breaks: nothing lost, clipped or overlapped.
/// </summary>
public sealed class MixedBlocksPaginationTests
{
    private static IReadOnlyList<Inline> Text(string text) => [new TextInline(text)];

    private static string Words(int section, string part, int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(w => $"{part}{section}x{w}"));

    private static List<Block> Blocks()
    {
        var random = new Random(1114);
        var blocks = new List<Block>();
        for (var s = 0; s < 10; s++)
        {
            blocks.Add(new HeadingBlock(1, Text($"Section {s} of the brief"), $"section-{s}"));
            blocks.Add(new ParagraphBlock([new TextInline(Words(s, "lead", random.Next(40, 160)) + " "), new TextInline("bold words", TextEmphasis.Bold), new CitationInline("rfi", 3)]));
            blocks.Add(new CalloutBlock("summary", Text("Key points"), [new ListBlock(false, 1,
                Enumerable.Range(0, 4).Select(i => (IReadOnlyList<Block>)new List<Block> { new ParagraphBlock(Text(Words(s, $"key{i}", random.Next(10, 50)))) }).ToList())]));
            blocks.Add(new HeadingBlock(2, Text($"Detail {s}"), $"detail-{s}"));
            blocks.Add(new QuoteBlock([new ParagraphBlock(Text(Words(s, "quote", random.Next(20, 90))))], Text("Speaker, role")));
            blocks.Add(new KeyFiguresBlock([
                new KeyFigure("68,000", "people in the area", Text("ICT")),
                new KeyFigure("17", "civilians executed", Text("RFI")),
                new KeyFigure("25,000", "sheltering at the border", Text("DW")),
            ]));
            blocks.Add(new TableBlock(
                [new TableColumn(1, ColumnAlignment.Left), new TableColumn(4, ColumnAlignment.Left), new TableColumn(1, ColumnAlignment.Center)],
                [Text("Date"), Text("Event"), Text("Source")],
                Enumerable.Range(0, random.Next(5, 30)).Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)
                    [Text($"d{s}x{r}"), Text(Words(s, $"row{r}e", random.Next(2, 40))), Text($"[{r}]")]).ToList()));
            blocks.Add(new ListBlock(true, 1, Enumerable.Range(0, 12)
                .Select(i => (IReadOnlyList<Block>)new List<Block> { new ParagraphBlock(Text(Words(s, $"item{i}", random.Next(3, 40)))) }).ToList()));
            blocks.Add(new RuleBlock());
            blocks.Add(new CalloutBlock("note", null, [new ParagraphBlock(Text(Words(s, "note", random.Next(60, 260))))]));
        }

        return blocks;
    }

    private static (RecordedDocument Paged, RecordedDocument Unbroken, LayoutKit Kit, SitRep.Drawing.Rect Content) LayOut()
    {
        var template = BriefTemplate.Load("analyst");
        var geometry = PageGeometry.From(template.Theme);
        var kit = new LayoutKit();
        var layouter = new DocumentLayouter(new LayoutStyles(template.Theme), kit.Measurer, geometry.Content.Height, id => throw new InvalidOperationException($"no chart '{id}' here"));
        var blocks = Blocks();
        var paged = RecordedDocument.Paginate(layouter.Build(blocks), geometry.Content);
        var tall = new SitRep.Drawing.Rect(geometry.Content.Left, geometry.Content.Top, geometry.Content.Width, 1_000_000);
        return (paged, RecordedDocument.Paginate(layouter.Build(blocks), tall), kit, geometry.Content);
    }

    [Fact]
    public void NothingIsLostOrDoubledAcrossPageBreaks()
    {
        var (paged, unbroken, _, _) = LayOut();

        Assert.True(paged.PageCount >= 10, $"the blocks should fill many pages, got {paged.PageCount}");
        PageChecks.SameLinesAsUnbroken(unbroken, paged);
    }

    [Fact]
    public void NoTextOverlapsOrLeavesTheContentArea()
    {
        var (paged, _, kit, content) = LayOut();

        PageChecks.NoOverlappingText(paged, kit);
        PageChecks.AllTextInside(paged, kit, content);
    }

    [Fact]
    public void NoHeadingEndsAPage()
    {
        var (paged, _, _, _) = LayOut();

        Assert.Equal(20, paged.Bookmarks.Count());
        PageChecks.NoHeadingEndsAPage(paged);
    }
}
