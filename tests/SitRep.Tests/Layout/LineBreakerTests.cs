using System.Text.RegularExpressions;
using SitRep.Layout;
using Xunit;

namespace SitRep.Tests.Layout;

public sealed class LineBreakerTests
{
    private const string Prose =
        "The Malian army has captured the strategic town of Kidal, a stronghold of Tuareg separatists and a symbol " +
        "of insubordination in the north of the country, the head of the ruling junta and the general staff announced " +
        "on Tuesday. A large military column stationed since the beginning of October in Anéfis, approximately 110 " +
        "kilometers to the south, set off at the end of last week towards Kidal. Separatist rebels cut the telephone " +
        "network in Kidal on Friday as the army advanced towards the city.";

    private readonly LayoutKit kit = new();

    private IReadOnlyList<TextLine> Break(string text, double width, TextAlignment alignment) =>
        kit.Breaker.Break([new StyledRun(text, LayoutKit.Serif, LayoutKit.Ink)], width, alignment, LayoutKit.LineHeightFactor);

    private static double RightEdge(TextLine line) => line.Fragments.Max(f => f.X + f.Width);

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [Theory]
    [InlineData(90, TextAlignment.Left)]
    [InlineData(160, TextAlignment.Justify)]
    [InlineData(240, TextAlignment.Right)]
    [InlineData(420, TextAlignment.Center)]
    public void NoLineIsWiderThanTheWidth(double width, TextAlignment alignment)
    {
        var lines = Break(Prose, width, alignment);

        Assert.True(lines.Count > 1, "the prose should need several lines at this width");
        foreach (var line in lines)
        {
            Assert.All(line.Fragments, f => Assert.True(f.X >= -0.01, $"'{f.Text}' starts left of the line at {f.X}"));
            Assert.True(RightEdge(line) <= width + 0.01, $"a line ends at {RightEdge(line):F2}, past the width {width}");
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(150)]
    [InlineData(300)]
    public void WordsArePreservedInOrder(double width)
    {
        var lines = Break(Prose, width, TextAlignment.Justify);

        var joined = string.Join(' ', lines.SelectMany(l => l.Fragments).Select(f => f.Text));
        Assert.Equal(Normalize(Prose), joined);
    }

    [Fact]
    public void AtANarrowWidthOnlyWordsWiderThanTheLineAreCut()
    {
        const double width = 45;
        var lines = Break(Prose, width, TextAlignment.Left);

        var pieces = lines.SelectMany(l => l.Fragments).Select(f => f.Text).ToList();
        Assert.Equal(Regex.Replace(Prose, @"\s+", ""), string.Concat(pieces));
        var words = Normalize(Prose).Split(' ');
        var cut = words.Where(w => kit.Measurer.Width(w, LayoutKit.Serif) > width).ToHashSet();
        Assert.NotEmpty(cut);
        Assert.All(pieces.Where(p => !words.Contains(p)), p => Assert.Contains(cut, w => w.Contains(p, StringComparison.Ordinal)));
        Assert.All(words.Where(w => !cut.Contains(w)), w => Assert.Contains(w, pieces));
    }

    [Fact]
    public void FragmentsOfALineAreLeftToRightWithoutOverlap()
    {
        foreach (var line in Break(Prose, 180, TextAlignment.Justify))
        {
            for (var i = 1; i < line.Fragments.Length; i++)
                Assert.True(line.Fragments[i].X >= line.Fragments[i - 1].X + line.Fragments[i - 1].Width - 0.01,
                    $"'{line.Fragments[i].Text}' overlaps '{line.Fragments[i - 1].Text}'");
        }
    }

    [Fact]
    public void AnOverlongUrlIsSplitByCharactersWithinTheWidth()
    {
        const string url = "https://www.example.org/news/africa/2023/11/14/mali-army-captures-kidal-stronghold-of-tuareg-separatists.html";
        const double width = 120;
        var lines = Break($"Read {url} for details.", width, TextAlignment.Left);

        Assert.All(lines, l => Assert.True(RightEdge(l) <= width + 0.01, $"a line ends at {RightEdge(l):F2}"));
        var urlLines = lines.Where(l => l.Fragments.Any(f => f.Text.Contains("kidal", StringComparison.Ordinal) || f.Text.StartsWith("https", StringComparison.Ordinal) || f.Text.EndsWith(".html", StringComparison.Ordinal))).ToList();
        Assert.True(urlLines.Count >= 3, $"the URL should run over several lines, got {urlLines.Count}");

        // Cut by characters, not lost: the pieces between "Read" and "for" put back together are the URL.
        var all = lines.SelectMany(l => l.Fragments).Select(f => f.Text).ToList();
        var pieces = all.Skip(1).Take(all.Count - 3).ToList();
        Assert.Equal("Read", all[0]);
        Assert.Equal(new[] { "for", "details." }, all.TakeLast(2));
        Assert.Equal(url, string.Concat(pieces));
        Assert.True(pieces.Count > 1);
    }

    [Fact]
    public void JustifiedLinesFillTheWidthExceptTheLast()
    {
        const double width = 200;
        var lines = Break(Prose, width, TextAlignment.Justify);

        Assert.True(lines.Count >= 4);
        foreach (var line in lines.Take(lines.Count - 1))
            Assert.Equal(width, RightEdge(line), 2);
        Assert.True(RightEdge(lines[^1]) < width - 5, "the last line of a justified paragraph is set ragged");
        Assert.Equal(0.0, lines[^1].Fragments[0].X);

        // The same text set ragged leaves some lines short: the justified fill is not an accident of the text.
        Assert.Contains(Break(Prose, width, TextAlignment.Left).SkipLast(1), l => RightEdge(l) < width - 2);
    }

    [Fact]
    public void HardLineBreaksAreHonoured()
    {
        var lines = Break("Kidal\nAnéfis, 110 km south\nTessalit", 400, TextAlignment.Justify);

        Assert.Equal(new[] { "Kidal", "Anéfis, 110 km south", "Tessalit" }, lines.Select(l => string.Join(' ', l.Fragments.Select(f => f.Text))));

        // A line ended by a hard break is not stretched to the width.
        Assert.True(RightEdge(lines[1]) < 200);
    }

    [Fact]
    public void AHardBreakGivenAsItsOwnRunEndsTheLine()
    {
        var font = LayoutKit.Serif;
        var lines = kit.Breaker.Break(
            [new StyledRun("first part", font, LayoutKit.Ink), new StyledRun("\n", font, LayoutKit.Ink), new StyledRun("second part", font, LayoutKit.Ink)],
            400, TextAlignment.Left, LayoutKit.LineHeightFactor);

        Assert.Equal(new[] { "first part", "second part" }, lines.Select(l => string.Join(' ', l.Fragments.Select(f => f.Text))));
    }

    [Fact]
    public void AWordMadeOfSeveralRunsStaysWhole()
    {
        var bold = LayoutKit.Serif.WithStyle(true, false);
        var runs = new List<StyledRun>
        {
            new(string.Join(' ', Enumerable.Repeat("aaaa", 9)) + " Goï", LayoutKit.Serif, LayoutKit.Ink),
            new("ta's", bold, LayoutKit.Ink),
            new(" government", LayoutKit.Serif, LayoutKit.Ink),
        };

        foreach (var width in new[] { 60.0, 80, 100, 130, 170, 220 })
        {
            var lines = kit.Breaker.Break(runs, width, TextAlignment.Left, LayoutKit.LineHeightFactor);
            var line = Assert.Single(lines, l => l.Fragments.Any(f => f.Text == "Goï"));
            var at = line.Fragments.ToList().FindIndex(f => f.Text == "Goï");
            Assert.True(at + 1 < line.Fragments.Length, $"at width {width} 'Goï' ends a line and 'ta's' starts the next");
            Assert.Equal("ta's", line.Fragments[at + 1].Text);
            Assert.Equal(line.Fragments[at].X + line.Fragments[at].Width, line.Fragments[at + 1].X, 3);
        }
    }

    [Fact]
    public void ABreakerGivesTheSameLinesWhateverItBrokeBefore()
    {
        // The breaker reuses its lists from one paragraph to the next: nothing of the previous paragraph may leak.
        const string overlong = "See https://www.example.org/a/very/long/path/that/cannot/fit/on/one/narrow/line/at/all for details.";
        using var fresh = new LayoutKit();
        var expected = Describe(fresh.Breaker.Break([new StyledRun(Prose, LayoutKit.Serif, LayoutKit.Ink)], 150, TextAlignment.Justify, LayoutKit.LineHeightFactor));

        Break(overlong, 60, TextAlignment.Left);
        Break("One\ntwo words\n\nthree", 80, TextAlignment.Right);
        var again = Describe(Break(Prose, 150, TextAlignment.Justify));

        Assert.Equal(expected, again);
    }

    private static List<string> Describe(IReadOnlyList<TextLine> lines) =>
        lines.Select(l => $"{l.Width:R} {l.Height:R} {l.Ascent:R}: " + string.Join(" | ", l.Fragments.Select(f => $"{f.Text}@{f.X:R}+{f.Width:R}"))).ToList();
}
