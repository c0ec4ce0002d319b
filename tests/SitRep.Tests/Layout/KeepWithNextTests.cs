using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Layout.Elements;
using Xunit;

namespace SitRep.Tests.Layout;

public sealed class KeepWithNextTests
{
    private const double HeadingSpace = 10;
    private const double ParagraphSpace = 4;
    private static readonly Rect Content = new(36, 48, 300, 400);

    private readonly LayoutKit kit = new();

    /// <summary>A block of filler, a heading, then a long paragraph; <paramref name="roomAfterFiller"/> is what the filler leaves.</summary>
    private RecordedDocument Layout(double roomAfterFiller)
    {
        var root = new StackElement();
        root.Add(new FixedElement(_ => Content.Height - roomAfterFiller, (canvas, area) => canvas.FillRectangle(area, new Rgb(0xd3, 0xd3, 0xd3))), 0);
        root.Add(kit.Heading("Outlook for Kidal", "outlook"), HeadingSpace);
        root.Add(kit.Paragraph(LayoutKit.Words(1, 120), TextAlignment.Justify), ParagraphSpace);
        return RecordedDocument.Paginate(root, Content);
    }

    private double HeadingHeight => kit.Heading("Outlook for Kidal", "outlook").Measure(Content.Width, Content.Height).Height;

    [Fact]
    public void AHeadingThatWouldEndAPageMovesToTheNextWithItsParagraph()
    {
        // The heading fits, but not the two lines a paragraph needs to start.
        var document = Layout(HeadingSpace + HeadingHeight + ParagraphSpace + 1.5 * kit.BodyLineHeight);

        var heading = Assert.Single(document.Texts, t => t.Text == "Outlook");
        var firstWord = Assert.Single(document.Texts, t => t.Text == "p001w001");
        Assert.Equal(1, heading.Page);
        Assert.Equal(1, firstWord.Page);
        Assert.Empty(document.Pages[0].Texts);
        Assert.True(heading.Baseline < firstWord.Baseline, "the heading is drawn above its paragraph");
        Assert.Equal(heading.Baseline, document.Pages[1].Texts.Min(t => t.Baseline), 3);
    }

    [Fact]
    public void TheBookmarkAndAnchorOfAMovedHeadingPointToItsNewPage()
    {
        var document = Layout(HeadingSpace + HeadingHeight + ParagraphSpace + 1.5 * kit.BodyLineHeight);

        var bookmark = Assert.Single(document.Bookmarks);
        Assert.Equal(1, bookmark.Page);
        Assert.Equal("Outlook for Kidal", bookmark.Title);
        Assert.Equal(2, bookmark.Level);
        Assert.Equal(Content.Top, bookmark.Y, 3);
        var anchor = Assert.Single(document.Anchors);
        Assert.Equal(("outlook", 1), (anchor.Name, anchor.Page));
    }

    [Fact]
    public void AHeadingStaysWhenItsParagraphCanStartBelowIt()
    {
        // Room for the heading and two lines: nothing moves.
        var document = Layout(HeadingSpace + HeadingHeight + ParagraphSpace + 2 * kit.BodyLineHeight + 0.5);

        var heading = Assert.Single(document.Texts, t => t.Text == "Outlook");
        var firstWord = Assert.Single(document.Texts, t => t.Text == "p001w001");
        Assert.Equal(0, heading.Page);
        Assert.Equal(0, firstWord.Page);
        Assert.Equal(0, Assert.Single(document.Bookmarks).Page);
        Assert.Equal(2, document.Pages[0].Texts.Select(t => t.Baseline).Where(b => b > heading.Baseline).Distinct().Count());
    }

    [Fact]
    public void HeadingsInARunMoveTogether()
    {
        var root = new StackElement();
        var h2 = kit.Heading("Humanitarian situation", "humanitarian", level: 1);
        var h3 = kit.Heading("Displacement", "displacement", level: 3);
        var h2Height = h2.Measure(Content.Width, Content.Height).Height;
        var h3Height = h3.Measure(Content.Width, Content.Height).Height;
        var room = HeadingSpace + h2Height + HeadingSpace + h3Height + ParagraphSpace + 1.5 * kit.BodyLineHeight;
        root.Add(new FixedElement(_ => Content.Height - room, (canvas, area) => canvas.FillRectangle(area, new Rgb(0xd3, 0xd3, 0xd3))), 0);
        root.Add(h2, HeadingSpace);
        root.Add(h3, HeadingSpace);
        root.Add(kit.Paragraph(LayoutKit.Words(1, 120)), ParagraphSpace);

        var document = RecordedDocument.Paginate(root, Content);

        Assert.Equal(new[] { (1, "Humanitarian situation"), (1, "Displacement") }, document.Bookmarks.Select(b => (b.Page, b.Title)));
        Assert.Empty(document.Pages[0].Texts);
    }

    [Fact]
    public void AClosingRuleMovesWithTheLineUnderIt()
    {
        var rule = new Rgb(0x12, 0x34, 0x56);
        var root = new StackElement();
        root.Add(new FixedElement(_ => Content.Height - 8 - ParagraphSpace - 0.5 * kit.BodyLineHeight, (canvas, area) => canvas.FillRectangle(area, new Rgb(0xd3, 0xd3, 0xd3))), 0);
        root.Add(new FixedElement(_ => 6, (canvas, area) => canvas.DrawLine(new Point(area.Left, area.Top + 3), new Point(area.Right, area.Top + 3), rule, 0.6)) { StaysWithNext = true }, 2);
        root.Add(kit.Paragraph("Sources: the outlets of this brief."), ParagraphSpace);

        var document = RecordedDocument.Paginate(root, Content);

        var drawn = Assert.Single(document.Pages.SelectMany(p => p.Lines), l => l.Color == rule);
        Assert.Equal(1, drawn.Page);
        Assert.Equal(1, Assert.Single(document.Texts, t => t.Text == "Sources:").Page);
    }
}
