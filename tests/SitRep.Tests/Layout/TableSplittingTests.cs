using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Layout.Elements;
using Xunit;

namespace SitRep.Tests.Layout;

public sealed class TableSplittingTests
{
    private static readonly Rect Content = new(40, 60, 320, 400);
    private static readonly string[] HeaderTexts = ["HdrDate", "HdrEvent", "HdrSource"];

    private readonly LayoutKit kit = new();

    private TextElement Cell(string text, bool bold = false) =>
        new(kit.Breaker, [new StyledRun(text, LayoutKit.Sans.WithSize(8.2).WithStyle(bold, false), LayoutKit.Ink)], TextAlignment.Left, 1.35);

    private static string EventWords(int row, int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(w => $"r{row:D3}b{w:D3}"));

    /// <summary>A three-column table; <paramref name="eventWords"/> gives the word count of each row's middle cell.</summary>
    private (TableElement Table, List<List<string>> RowWords) Table(IReadOnlyList<int> eventWords)
    {
        var rows = new List<IReadOnlyList<TextElement>>();
        var words = new List<List<string>>();
        for (var r = 0; r < eventWords.Count; r++)
        {
            var cells = new[] { $"r{r:D3}a", EventWords(r, eventWords[r]), $"r{r:D3}c" };
            rows.Add(cells.Select(c => Cell(c)).ToList());
            words.Add(cells.SelectMany(c => c.Split(' ')).ToList());
        }

        var header = HeaderTexts.Select(h => Cell(h, bold: true)).ToList();
        var style = new TableStyle(new Rgb(0xb0, 0xc4, 0xde), new Rgb(0x80, 0x80, 0x80), new Rgb(0xf5, 0xf5, 0xf5), new Insets(3, 4, 3, 4));
        return (new TableElement([1, 4, 1], header, rows, style, Content.Height), words);
    }

    private (RecordedDocument Document, List<List<string>> RowWords) TwoHundredRows()
    {
        var random = new Random(200);
        var (table, words) = Table(Enumerable.Range(0, 200).Select(_ => random.Next(1, 30)).ToList());
        var root = new StackElement();
        root.Add(kit.Paragraph(LayoutKit.Words(0, 40)), 0);
        root.Add(table, 9);
        return (RecordedDocument.Paginate(root, Content), words);
    }

    private static int RowOf(string word) => int.Parse(word.AsSpan(1, 3), provider: System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TheHeaderRowIsRepeatedAtTheTopOfEveryPageTheTableReaches()
    {
        var (document, _) = TwoHundredRows();

        Assert.True(document.PageCount >= 5, $"200 rows should fill several pages, got {document.PageCount}");
        foreach (var page in document.Pages)
        {
            var header = HeaderTexts.Select(h => Assert.Single(page.Texts, t => t.Text == h)).ToList();
            var rowTexts = page.Texts.Where(t => t.Text.StartsWith('r')).ToList();
            Assert.NotEmpty(rowTexts);
            var headerBottom = header.Max(t => kit.Box(t).Bottom);
            Assert.All(rowTexts, t => Assert.True(kit.Box(t).Top >= headerBottom,
                $"'{t.Text}' on page {page.PageIndex + 1} is drawn above the bottom of the header row"));
        }

        // From the second page on, the table starts at the top of the content area.
        Assert.All(document.Pages.Skip(1), p => Assert.Equal(
            p.Texts.Where(t => HeaderTexts.Contains(t.Text)).Min(t => t.Baseline), p.Texts.Min(t => t.Baseline), 3));
    }

    [Fact]
    public void EveryCellOfEveryRowIsDrawnExactlyOnceInOrder()
    {
        var (document, words) = TwoHundredRows();

        var drawn = document.Texts.Select(t => t.Text).Where(t => t.StartsWith('r')).ToList();
        Assert.Equal(words.SelectMany(w => w), drawn);
    }

    [Fact]
    public void RowsThatFitAPageAreNeverSplit()
    {
        var (document, _) = TwoHundredRows();

        var pagesOfRow = document.Texts.Where(t => t.Text.StartsWith('r'))
            .GroupBy(t => RowOf(t.Text))
            .ToDictionary(g => g.Key, g => g.Select(t => t.Page).Distinct().ToList());
        Assert.Equal(200, pagesOfRow.Count);
        Assert.All(pagesOfRow, kv => Assert.True(kv.Value.Count == 1, $"row {kv.Key} is split over pages {string.Join(", ", kv.Value.Select(p => p + 1))}"));

        // Rows continue where the previous page stopped.
        var firstRows = document.Pages.Skip(1).Select(p => p.Texts.Where(t => t.Text.StartsWith('r')).Min(t => RowOf(t.Text))).ToList();
        var lastRows = document.Pages.SkipLast(1).Select(p => p.Texts.Where(t => t.Text.StartsWith('r')).Max(t => RowOf(t.Text))).ToList();
        Assert.Equal(lastRows.Select(r => r + 1), firstRows);
    }

    [Fact]
    public void ARowTallerThanAPageIsSplitWithoutLosingLines()
    {
        var counts = Enumerable.Repeat(6, 20).ToList();
        counts[10] = 450;
        var (table, words) = Table(counts);
        var root = new StackElement();
        root.Add(table, 0);

        var document = RecordedDocument.Paginate(root, Content);

        // A split row finishes its short cells on its first page, so compare cell by cell.
        var drawn = document.Texts.Select(t => t.Text).Where(t => t.StartsWith('r')).ToList();
        foreach (var prefix in words.SelectMany(w => w).Select(w => w[..5]).Distinct())
            Assert.Equal(words.SelectMany(w => w).Where(w => w.StartsWith(prefix, StringComparison.Ordinal)), drawn.Where(w => w.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.Equal(words.Sum(w => w.Count), drawn.Count);
        var tallPages = document.Texts.Where(t => t.Text.StartsWith("r010b", StringComparison.Ordinal)).Select(t => t.Page).Distinct().ToList();
        Assert.True(tallPages.Count >= 3, $"the tall row should span at least three pages, got {tallPages.Count}");
        Assert.All(document.Pages, p => Assert.Single(p.Texts, t => t.Text == "HdrEvent"));
        Assert.All(document.Texts, t => Assert.True(LayoutKit.Inside(kit.Box(t), Content), $"'{t.Text}' on page {t.Page + 1} lies outside the content area"));
        foreach (var page in document.Pages)
        {
            var boxes = page.Texts.Select(kit.Box).ToList();
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                    Assert.False(LayoutKit.Overlap(boxes[i], boxes[j]), $"'{page.Texts[i].Text}' overlaps '{page.Texts[j].Text}' on page {page.PageIndex + 1}");
            }
        }
    }

    [Fact]
    public void TheLastRowDoesNotGoAloneToTheNextPage()
    {
        // Find a table length whose last row alone would spill over, then check it takes a companion.
        for (var count = 10; count < 80; count++)
        {
            var (probe, _) = Table(Enumerable.Repeat(1, count).ToList());
            var firstPage = probe.Measure(Content.Width, Content.Height);
            if (firstPage.Kind != SpacePlanKind.Partial)
                continue;
            var (table, _) = Table(Enumerable.Repeat(1, count).ToList());
            var root = new StackElement();
            root.Add(table, 0);
            var document = RecordedDocument.Paginate(root, Content);
            var rowsPerPage = document.Pages.Select(p => p.Texts.Count(t => t.Text.StartsWith('r') && t.Text.EndsWith('a'))).ToList();
            Assert.All(rowsPerPage, rows => Assert.True(rows >= 2, $"{count} rows split as {string.Join("/", rowsPerPage)}"));
            if (count % 2 == 0 && rowsPerPage.Count > 1)
                return;
        }

        Assert.Fail("no table length reached a second page");
    }
}
