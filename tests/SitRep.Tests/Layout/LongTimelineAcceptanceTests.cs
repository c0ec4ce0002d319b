using System.Text.RegularExpressions;
using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Pipeline;
using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Layout;

/// <summary>
/// The Kidal brief with 200 extra timeline rows, built through the real pipeline, once as a PDF and once
/// on recording canvases: nothing lost, clipped or overlapped.
/// </summary>
public sealed class LongTimelineFixture : IDisposable
{
    public const int SyntheticEvents = 200;

    private readonly SyntheticSituation situation;

    public LongTimelineFixture()
    {
        situation = SyntheticSituation.Create(SyntheticEvents);
        try
        {
            (PdfPath, Build, Content, Page, Kit, Furniture, Recorded, Unbroken) = Prepare(situation.Directory);
        }
        catch
        {
            situation.Dispose();
            throw;
        }
    }

    private static (string, BuildResult, Rect, Rect, LayoutKit, PageFurniture, RecordedDocument, RecordedDocument) Prepare(string directory)
    {
        var pdfPath = Path.Combine(directory, "brief.pdf");
        var build = BriefBuilder.Build(new BuildRequest(directory, "analyst", pdfPath));

        // The same document, laid out again on recording canvases.
        var (loaded, _) = BriefBuilder.LoadChecked(directory);
        var template = BriefTemplate.Load("analyst");
        using var scratch = new MemoryStream();
        var (document, _, _) = BriefBuilder.Compose(loaded, template, scratch);
        var geometry = PageGeometry.From(template.Theme);
        var kit = new LayoutKit();
        var styles = new LayoutStyles(template.Theme);
        var furniture = new PageFurniture(styles, new LineBreaker(kit.Measurer), document.Info);
        var layouter = new DocumentLayouter(styles, kit.Measurer, geometry.Content.Height, new ChartFactory(loaded).Get);
        var recorded = RecordedDocument.Paginate(layouter.Build(document.Blocks), geometry.Content);

        // And once more on a page too tall to ever break: the reference for what pagination must keep.
        var tall = new Rect(geometry.Content.Left, geometry.Content.Top, geometry.Content.Width, 1_000_000);
        var unbroken = RecordedDocument.Paginate(layouter.Build(document.Blocks), tall);
        return (pdfPath, build, geometry.Content, geometry.Page, kit, furniture, recorded, unbroken);
    }

    public IReadOnlyList<string> EventTexts => situation.EventTexts;

    public string PdfPath { get; }

    public BuildResult Build { get; }

    public Rect Content { get; }

    public Rect Page { get; }

    internal PageFurniture Furniture { get; }

    internal LayoutKit Kit { get; }

    internal RecordedDocument Recorded { get; }

    internal RecordedDocument Unbroken { get; }

    public void Dispose() => situation.Dispose();
}

public sealed class LongTimelineAcceptanceTests(LongTimelineFixture fixture) : IClassFixture<LongTimelineFixture>
{
    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public void EverySyntheticEventAppearsExactlyOnceInThePdfText()
    {
        var text = Squeeze(PdfProbe.LayoutText(fixture.PdfPath));

        Assert.Equal(LongTimelineFixture.SyntheticEvents, fixture.EventTexts.Count);
        var missing = fixture.EventTexts.Where(e => !text.Contains(e, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} events are missing from the PDF, e.g. '{missing.FirstOrDefault()}'");
        var numbers = Regex.Matches(text, @"Synthetic event (\d{3})").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(1, LongTimelineFixture.SyntheticEvents).Select(n => n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), numbers);
    }

    [Fact]
    public void ThePdfHasThePageCountTheBuildReports()
    {
        Assert.True(fixture.Build.PageCount > 8, $"200 more timeline rows should lengthen the brief, got {fixture.Build.PageCount} pages");
        Assert.Equal(fixture.Build.PageCount, PdfProbe.PageCount(fixture.PdfPath));
        Assert.Equal(fixture.Build.PageCount, fixture.Recorded.PageCount);
    }

    [Fact]
    public void EverySyntheticEventIsLaidOutOnceInOneTableRow()
    {
        var lines = fixture.Recorded.Texts
            .GroupBy(t => (t.Page, Baseline: Math.Round(t.Baseline, 2)))
            .Select(g => string.Join(' ', g.OrderBy(t => t.X).Select(t => t.Text)))
            .ToList();

        foreach (var text in fixture.EventTexts)
            Assert.Single(lines, l => l.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void NoTwoTextBoxesOnAPageOverlap()
    {
        Assert.True(fixture.Recorded.Texts.Count() > 2000, "the recorded layout should hold the whole brief");
        PageChecks.NoOverlappingText(fixture.Recorded, fixture.Kit);
    }

    [Fact]
    public void NoTextLiesOutsideTheContentArea() => PageChecks.AllTextInside(fixture.Recorded, fixture.Kit, fixture.Content);

    [Fact]
    public void PaginationDropsNothingAndRepeatsOnlyTableHeaders()
    {
        var repeated = PageChecks.SameLinesAsUnbroken(fixture.Unbroken, fixture.Recorded);

        Assert.Contains(repeated, l => l.StartsWith("Date Event Source", StringComparison.Ordinal));
    }

    [Fact]
    public void NoHeadingEndsAPage()
    {
        Assert.True(fixture.Recorded.Bookmarks.Count() >= 8, "the analyst brief has many headings");
        PageChecks.NoHeadingEndsAPage(fixture.Recorded);
    }

    [Fact]
    public void PageFurnitureStaysOnThePageAndClearOfTheContent()
    {
        var count = fixture.Recorded.PageCount;
        foreach (var page in fixture.Recorded.Pages)
        {
            var furniture = new RecordingCanvas(page.PageIndex);
            fixture.Furniture.Draw(furniture, fixture.Page, fixture.Content, page.PageIndex + 1, count);

            Assert.Contains(furniture.Texts.GroupBy(t => t.Baseline), line => string.Join(" ", line.OrderBy(t => t.X).Select(t => t.Text)).EndsWith($"Page {page.PageIndex + 1} of {count}", StringComparison.Ordinal));
            var boxes = furniture.Texts.Select(fixture.Kit.Box).ToList();
            var content = page.Texts.Select(fixture.Kit.Box).ToList();
            for (var i = 0; i < boxes.Count; i++)
            {
                var name = $"'{furniture.Texts[i].Text}' on page {page.PageIndex + 1}";
                Assert.True(LayoutKit.Inside(boxes[i], fixture.Page), $"{name} runs off the page");
                Assert.DoesNotContain(content, c => LayoutKit.Overlap(c, boxes[i]));
                for (var j = i + 1; j < boxes.Count; j++)
                    Assert.False(LayoutKit.Overlap(boxes[i], boxes[j]), $"{name} overlaps '{furniture.Texts[j].Text}'");
            }
        }
    }
}
