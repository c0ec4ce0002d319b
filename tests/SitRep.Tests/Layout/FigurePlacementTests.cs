using SitRep.Document;
using SitRep.Drawing;
using SitRep.Layout;
using Xunit;

namespace SitRep.Tests.Layout;

/// <summary>
/// Where a figure goes when it does not fit in what is left of a page: a map drawn a little narrower stays,
/// otherwise the text after it fills the page and the figure opens the next one, figures in their order.
/// </summary>
public sealed class FigurePlacementTests : IDisposable
{
    private readonly AnalystPages pages = new();

    public void Dispose() => pages.Dispose();

    private LayoutKit Kit => pages.Kit;

    private Rect Content => pages.Content;

    private static IReadOnlyList<Inline> Text(string text) => AnalystPages.Text(text);

    /// <summary>A chart of fixed height (a bar chart's height follows its bars) or one as tall as a ratio of its width (a map).</summary>
    private FigureBlock Figure(int number, Func<double, double> height) => pages.Figure(number, height, $"Chart number {number}");

    private static ParagraphBlock Paragraph(int n, int words) => new(Text(LayoutKit.Words(n, words)));

    private RecordedDocument Paginate(IReadOnlyList<Block> blocks) => pages.Paginate(blocks);

    /// <summary>How far down the content area the lowest thing drawn on a page reaches, as a share of its height.</summary>
    private double Filled(RecordingCanvas page)
    {
        var bottoms = page.Texts.Select(t => Kit.Box(t).Bottom).Concat(page.Charts.Select(c => c.Area.Bottom)).DefaultIfEmpty(Content.Top);
        return (bottoms.Max() - Content.Top) / Content.Height;
    }

    /// <summary>The bottom of the last body paragraph, in a layout tall enough for everything.</summary>
    private double BottomOf(IReadOnlyList<Block> blocks)
    {
        var tall = new Rect(Content.Left, Content.Top, Content.Width, 100_000);
        var document = pages.Paginate(blocks, tall);
        return document.Texts.Max(t => Kit.Box(t).Bottom);
    }

    [Fact]
    public void AFigureThatDoesNotFitLetsTheFollowingTextFillThePage()
    {
        List<Block> blocks =
        [
            new HeadingBlock(1, Text("Background"), "background"),
            Paragraph(1, 260),
            Figure(1, _ => Content.Height * 0.6),
            .. Enumerable.Range(2, 8).Select(p => Paragraph(p, 90)),
        ];

        var document = Paginate(blocks);

        var chart = Assert.Single(document.Pages.SelectMany(p => p.Charts));
        Assert.Equal(1, chart.Page);
        Assert.Contains(document.Pages[0].Texts, t => t.Text == "p002w001");
        foreach (var page in document.Pages.SkipLast(1))
            Assert.True(Filled(page) >= 0.9, $"page {page.PageIndex + 1} is only {Filled(page):P0} filled");
        var caption = Assert.Single(document.Texts, t => t.Text == "Chart");
        Assert.Equal(1, caption.Page);
        Assert.Equal(document.Pages[1].Texts.Min(t => t.Baseline), caption.Baseline, 3);
    }

    [Fact]
    public void AMapThatNearlyFitsIsDrawnNarrowerOnItsPage()
    {
        var text = new List<Block> { new HeadingBlock(1, Text("Background"), "background"), Paragraph(1, 200) };
        var textBottom = BottomOf(text);
        var bare = BottomOf([.. text, Figure(1, _ => 0)]) - textBottom;
        var room = Content.Bottom - textBottom - bare;

        // At full width the map would need 10% more room than is left.
        var ratio = room * 1.1 / Content.Width;
        List<Block> blocks = [.. text, Figure(1, w => w * ratio), Paragraph(2, 300)];

        var document = Paginate(blocks);

        var chart = Assert.Single(document.Pages.SelectMany(p => p.Charts));
        Assert.Equal(0, chart.Page);
        Assert.InRange(chart.Area.Width, Content.Width * 0.8, Content.Width * 0.95);
        Assert.Equal(Content.Left, chart.Area.Left, 3);
        Assert.True(chart.Area.Bottom <= Content.Bottom + 0.01, "the map stays inside the Content area");
        Assert.DoesNotContain(document.Pages[0].Texts, t => t.Text == "p002w001");
    }

    [Fact]
    public void FiguresKeepTheirOrderWhenTheFirstIsDeferred()
    {
        List<Block> blocks =
        [
            Paragraph(1, 260),
            Figure(1, _ => Content.Height * 0.6),
            Paragraph(2, 30),
            Figure(2, _ => Content.Height * 0.1),
            .. Enumerable.Range(3, 8).Select(p => Paragraph(p, 90)),
        ];

        var document = Paginate(blocks);

        var drawn = document.Pages.SelectMany(p => p.Charts).ToList();
        Assert.Equal(2, drawn.Count);
        Assert.Equal(new[] { pages.Chart(1), pages.Chart(2) }, drawn.Select(c => c.Chart));
        Assert.True((drawn[0].Page, drawn[0].Area.Top) is var first && (first.Page < drawn[1].Page || first.Top < drawn[1].Area.Top),
            "figure 1 is drawn before figure 2");
        Assert.Contains(document.Pages[0].Texts, t => t.Text == "p002w001");
    }

    [Fact]
    public void AFigureUnderItsHeadingMovesWithTheHeading()
    {
        List<Block> blocks =
        [
            Paragraph(1, 260),
            new HeadingBlock(1, Text("Timeline"), "timeline"),
            Figure(1, _ => Content.Height * 0.6),
            .. Enumerable.Range(2, 8).Select(p => Paragraph(p, 90)),
        ];

        var document = Paginate(blocks);

        var chart = Assert.Single(document.Pages.SelectMany(p => p.Charts));
        var heading = Assert.Single(document.Texts, t => t.Text == "Timeline");
        Assert.Equal(chart.Page, heading.Page);
        Assert.DoesNotContain(document.Pages[0].Texts, t => t.Text == "p002w001");
    }

    [Fact]
    public void AFigureMovesWithoutTextPassingItWhenLittleOfThePageWouldStayEmpty()
    {
        List<Block> blocks =
        [
            Paragraph(1, 560),
            Figure(1, _ => Content.Height * 0.6),
            .. Enumerable.Range(2, 8).Select(p => Paragraph(p, 90)),
        ];
        var document = Paginate(blocks);

        var chart = Assert.Single(document.Pages.SelectMany(p => p.Charts));
        Assert.True(Filled(document.Pages[chart.Page - 1]) > 0.75,
            "the paragraph before fills most of its page");
        var firstAfter = Assert.Single(document.Texts, t => t.Text == "p002w001");
        Assert.True((firstAfter.Page, firstAfter.Baseline).CompareTo((chart.Page, chart.Area.Bottom)) > 0, "the text after the figure stays after it");
    }

    [Fact]
    public void AFigureBehindADeferredOneWaitsToo_AndItsHeadingStaysWithTheTextAfterIt()
    {
        List<Block> blocks =
        [
            Paragraph(1, 260),
            Figure(1, _ => Content.Height * 0.6),
            new HeadingBlock(1, Text("Timeline"), "timeline"),
            Figure(2, _ => Content.Height * 0.15),
            .. Enumerable.Range(2, 8).Select(p => Paragraph(p, 90)),
        ];

        var document = Paginate(blocks);

        var heading = Assert.Single(document.Texts, t => t.Text == "Timeline");
        Assert.Equal(0, heading.Page);
        Assert.Contains(document.Pages[0].Texts, t => t.Text == "p002w001");
        var drawn = document.Pages.SelectMany(p => p.Charts).ToList();
        Assert.Equal(new[] { pages.Chart(1), pages.Chart(2) }, drawn.Select(c => c.Chart));
        Assert.All(drawn, c => Assert.Equal(1, c.Page));
        Assert.True(drawn[0].Area.Bottom <= drawn[1].Area.Top, "figure 1 stands above figure 2");
        Assert.True(Filled(document.Pages[0]) >= 0.9, $"page 1 is only {Filled(document.Pages[0]):P0} filled");
    }
}
