using SitRep.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class BarChartLayoutTests
{
    private const double Width = 400;
    private static readonly ChartStyle Style = ChartStyle.Default;

    private static BarChart Bars(int count, Func<int, string>? label = null) =>
        new(Enumerable.Range(0, count).Select(i => new BarDatum(label?.Invoke(i) ?? $"Item {i + 1}", 1000 + 137 * i, i % 3 == 0)).ToArray(), "People");

    [Fact]
    public void Sample_bars_are_sorted_labelled_and_marked_approximate()
    {
        var layout = ChartSamples.Bars().Layout(Width, Style);
        Assert.Equal(new[] { 68_000.0, 30_000, 25_000, 17 }, layout.Rows.Select(r => r.Datum.Value));
        Assert.Equal(new[] { "~68,000", "~30,000", "~25,000", "17" }, layout.Rows.Select(r => r.ValueText));
        Assert.Equal("~ approximate", layout.Footnote);
        Assert.Equal(new[] { "0", "20,000", "40,000", "60,000", "80,000" }, layout.Ticks.Select(t => t.Text));
        var narrow = ChartSamples.Bars().Layout(150, Style).Ticks;
        Assert.True(narrow.Count >= 2 && narrow[0].Value == 0 && narrow[^1].Value >= 68_000);
        for (var i = 1; i < narrow.Count; i++)
            Assert.True(narrow[i].TextBox.Left > narrow[i - 1].TextBox.Right, "tick labels overlap");
        // 17 beside 68,000 still shows: a visible stub and its value label.
        var tiny = layout.Rows[^1];
        Assert.True(tiny.Bar.Width >= 0.75);
        Assert.True(tiny.ValueBox.Left > tiny.Bar.Right);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(50)]
    public void Everything_stays_inside_the_chart(int count)
    {
        var chart = Bars(count, i => i % 7 == 0
            ? "Internally displaced people sheltering in schools, mosques and host families across the Kidal and Ménaka regions"
            : $"Group {i + 1}");
        var layout = chart.Layout(Width, Style);
        Assert.Equal(chart.HeightFor(Width), layout.Bounds.Height, 6);
        var bounds = layout.Bounds;
        Assert.Equal(Width, bounds.Width, 6);
        var font = Style.Regular;

        var boxes = new List<(string What, Rect Box)>();
        foreach (var row in layout.Rows)
        {
            Assert.InRange(row.LabelLines.Count, 1, BarLayout.MaxLabelLines);
            Assert.All(row.LabelLines, l => Assert.True(font.Width(l) <= row.LabelBox.Width + 1e-6, $"line '{l}' is wider than its box"));
            Assert.True(row.LabelBox.Right <= layout.Plot.Left, "labels must stay left of the plot");
            boxes.Add(($"label '{row.Datum.Label}'", row.LabelBox));
            boxes.Add(($"bar '{row.Datum.Label}'", row.Bar));
            boxes.Add(($"value '{row.ValueText}'", row.ValueBox));
        }
        foreach (var tick in layout.Ticks)
            boxes.Add(($"tick {tick.Text}", tick.TextBox));
        if (layout.Footnote is not null)
            boxes.Add(("footnote", layout.FootnoteBox));

        foreach (var (what, box) in boxes)
        {
            Assert.True(box.Left >= bounds.Left - 1e-6 && box.Right <= bounds.Right + 1e-6 && box.Top >= bounds.Top - 1e-6 && box.Bottom <= bounds.Bottom + 1e-6,
                $"{what} {box} is outside the chart {bounds}");
        }
        for (var i = 1; i < layout.Rows.Count; i++)
        {
            Assert.True(layout.Rows[i].LabelBox.Top >= layout.Rows[i - 1].LabelBox.Bottom, "row labels overlap");
            Assert.True(layout.Rows[i].Bar.Top > layout.Rows[i - 1].Bar.Bottom, "bars overlap");
        }
        foreach (var row in layout.Rows)
            Assert.False(Geometry.Overlaps(row.ValueBox, row.Bar), "value label covers its bar");
    }

    [Fact]
    public void Long_labels_wrap_to_two_lines_then_end_in_an_ellipsis()
    {
        var chart = new BarChart(new[]
        {
            new BarDatum("Internally displaced people sheltering in schools, mosques and host families across the Kidal and Ménaka regions", 5000, false),
            new BarDatum("Short", 100, false),
        });
        var layout = chart.Layout(Width, Style);
        var wrapped = layout.Rows[0].LabelLines;
        Assert.Equal(2, wrapped.Count);
        Assert.EndsWith(TextWrap.Ellipsis, wrapped[1]);
        Assert.True(layout.Rows[0].LabelBox.Width <= Width * 0.38 + 1e-6);
        Assert.Equal(new[] { "Short" }, layout.Rows[1].LabelLines);
    }

    [Fact]
    public void Height_grows_with_the_number_of_bars()
    {
        var h1 = Bars(1).HeightFor(Width);
        var h10 = Bars(10).HeightFor(Width);
        var h50 = Bars(50).HeightFor(Width);
        Assert.True(h1 > 20, $"one bar: {h1}");
        Assert.True(h10 > h1 && h50 > h10, $"heights {h1}, {h10}, {h50} should grow");
        // Text stays full size at 50 bars: each row is at least one line of text tall.
        Assert.True(h50 >= 50 * Style.Regular.LineHeight);
    }

    [Fact]
    public void Narrow_charts_still_keep_a_plot()
    {
        var layout = ChartSamples.Bars().Layout(160, Style);
        Assert.True(layout.Plot.Width >= 160 * 0.2, $"plot is only {layout.Plot.Width} pt wide");
        Assert.All(layout.Rows, r => Assert.True(r.ValueBox.Right <= 160 + 1e-6));
    }
}
