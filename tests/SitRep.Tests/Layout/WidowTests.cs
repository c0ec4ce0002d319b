using SitRep.Document;
using SitRep.Drawing;
using SitRep.Layout;
using Xunit;

namespace SitRep.Tests.Layout;

/// <summary>
/// A list never leaves its last item alone on a page, its lead-in stays with its first item, a short boxed note is
/// not split, and a brief does not end on a page that holds only its closing line. Each rule is checked at every height of the block above.
/// </summary>
public sealed class WidowTests : IDisposable
{
    private readonly AnalystPages pages = new();

    public void Dispose() => pages.Dispose();

    private Rect Content => pages.Content;

    private static IReadOnlyList<Inline> Text(string text) => AnalystPages.Text(text);

    private FigureBlock Filler(double height) => pages.Figure(1, _ => height, "Filler");

    private static ListBlock List(int items, string prefix) =>
        new(true, 1, [.. Enumerable.Range(1, items).Select(i => (IReadOnlyList<Block>)[new ParagraphBlock(Text($"{prefix}{i:00} " + LayoutKit.Words(i, 14)))])]);

    private RecordedDocument Paginate(IReadOnlyList<Block> blocks) => pages.Paginate(blocks);

    private static int PageOf(RecordedDocument document, string word) => Assert.Single(document.Texts, t => t.Text == word).Page;

    /// <summary>The heights of the block above that put the end of the list anywhere near the foot of page 1.</summary>
    private IEnumerable<double> FillerHeights() => Enumerable.Range(0, 150).Select(i => Content.Height * (0.55 + 0.0025 * i));

    [Fact]
    public void The_last_item_of_a_list_never_stands_alone_and_the_lead_in_stays_with_the_first()
    {
        var outcomes = new HashSet<string>();
        foreach (var height in FillerHeights())
        {
            foreach (var items in new[] { 2, 4 })
            {
                var document = Paginate([
                    Filler(height),
                    new HeadingBlock(1, Text("Sources"), "sources"),
                    new ParagraphBlock(Text("Leadin: numbers in brackets refer to these sources.")),
                    List(items, "item"),
                ]);
                var pages = Enumerable.Range(1, items).Select(i => PageOf(document, $"item{i:00}")).ToList();
                var last = pages[^1];
                Assert.True(pages.Count(p => p == last) >= 2, $"filler {height:0.#} pt, {items} items: the last item is alone on page {last + 1}");
                Assert.Equal(pages[0], PageOf(document, "Leadin:"));
                Assert.Equal(pages[0], PageOf(document, "Sources"));
                outcomes.Add(items + (pages.Distinct().Count() == 1 ? (pages[0] == 0 ? " together here" : " together moved") : " split"));
            }
        }

        // The sweep reaches the cases where the rules act: a two-item list moved whole with its lead-in and
        // heading, and a longer list split before its last two items.
        Assert.Superset(new HashSet<string> { "2 together here", "2 together moved", "4 together here", "4 split" }, outcomes);
    }

    [Fact]
    public void A_boxed_note_of_a_few_lines_moves_whole_and_its_title_never_ends_a_page()
    {
        var moved = 0;
        foreach (var height in FillerHeights())
        {
            var document = Paginate([Filler(height), new CalloutBlock("discrepancies", Text("Boxtitle differ"), [List(3, "point")])]);

            var title = PageOf(document, "Boxtitle");
            Assert.All(Enumerable.Range(1, 3), i => Assert.Equal(title, PageOf(document, $"point{i:00}")));
            if (title == 1)
                moved++;
        }

        Assert.True(moved > 0, "some heights move the note to the next page");
    }

    [Fact]
    public void A_boxed_note_taller_than_a_third_of_a_page_still_splits()
    {
        var document = Paginate([Filler(Content.Height * 0.6), new CalloutBlock("discrepancies", Text("Boxtitle differ"), [List(40, "point")])]);

        Assert.Equal(0, PageOf(document, "Boxtitle"));
        Assert.Equal(0, PageOf(document, "point01"));
        Assert.True(PageOf(document, "point40") >= 1);
    }

    [Fact]
    public void A_long_list_still_splits_near_the_foot_of_the_page()
    {
        var document = Paginate([Filler(Content.Height * 0.4), List(30, "entry")]);

        var pages = Enumerable.Range(1, 30).Select(i => PageOf(document, $"entry{i:00}")).ToList();
        Assert.Contains(0, pages);
        Assert.True(pages.Count(p => p == 0) >= 3, "the list starts on the first page");
        Assert.True(pages.Count(p => p == pages[^1]) >= 2);
    }

    [Fact]
    public void The_brief_does_not_end_on_a_page_holding_only_its_closing_line()
    {
        var moved = 0;
        foreach (var height in FillerHeights())
        {
            var document = Paginate([
                Filler(height),
                new HeadingBlock(1, Text("Outlook"), "outlook"),
                new ParagraphBlock(Text("Voice: " + LayoutKit.Words(1, 40))),
                new ParagraphBlock(Text("Closing: sources listed above.")),
            ]);
            var closing = PageOf(document, "Closing:");
            Assert.True(document.Pages[closing].Texts.Any(t => t.Text == "Voice:" || t.Text.StartsWith("p001", StringComparison.Ordinal)),
                $"filler {height:0.#} pt: the closing line is alone on page {closing + 1}");
            if (closing == 1 && PageOf(document, "Outlook") == 1)
                moved++;
        }

        Assert.True(moved > 0, "some heights move the section before the closing line along");
    }
}
