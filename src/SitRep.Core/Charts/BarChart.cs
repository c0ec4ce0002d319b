using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// Horizontal bars, sorted by value (largest first), each with a direct value label at its end;
/// estimates read "~25,000" and add a "~ approximate" footnote. The value axis always starts at
/// zero and ends at a nice tick, with light vertical gridlines and tick labels above the plot.
/// </summary>
/// <remarks>
/// <para>Layout choices. Labels sit in a left column as wide as the longest label but no wider than
/// 38% of the chart; longer labels wrap to at most two lines, the rest is cut with an ellipsis.
/// Text keeps its full size at every bar count: instead, the height grows with the bars.
/// Bars are 1.6 em thick up to 10 bars, 1.3 em up to 25 and 1.1 em beyond, with half a bar's
/// thickness (at least 3 pt) between rows; a row with a two-line label is as tall as the label.
/// So <see cref="HeightFor"/> is roughly 31 pt for one bar and about 700 pt for 50 bars
/// (the caller may split or shrink; <see cref="Draw"/> scales the whole chart down if the area is short).
/// Drawn with ScottPlot rectangles, lines and text.</para>
/// <para>In a right-to-left brief the chart is mirrored: labels in a right column, aligned right, bars growing
/// leftwards from zero at the right, values at their left ends.</para>
/// <para>Tiny values next to huge ones (17 beside 68,000) still get a visible hairline stub and
/// their value label, so they are never lost.</para>
/// </remarks>
public sealed class BarChart : IChart
{
    private readonly IReadOnlyList<BarDatum> bars;
    private readonly string? unitLabel;
    private readonly ChartText text;

    /// <param name="bars">The bars, in any order.</param>
    /// <param name="unitLabel">What the values count, above the labels; none when null.</param>
    /// <param name="text">The language of numbers and footnote; English when null.</param>
    public BarChart(IReadOnlyList<BarDatum> bars, string? unitLabel = null, ChartText? text = null)
    {
        this.text = text ?? ChartText.English;
        Guard.NotEmpty(bars, nameof(bars), "bar chart data");
        Guard.AtMost(bars, ChartBounds.MaxBars, nameof(bars), "bar chart data: bars");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i] ?? throw new ArgumentException($"bar chart data: bar {i} is null", nameof(bars));
            Guard.Text(b.Label, nameof(bars), $"bar chart data: the label of bar {i}");
            Guard.NonNegative(b.Value, nameof(bars), $"bar chart data: the value of bar {i} ('{b.Label}')");
        }
        this.bars = bars.OrderByDescending(b => b.Value).ToArray();
        this.unitLabel = unitLabel;
    }

    public double HeightFor(double width) => Layout(width, ChartStyle.Default).Bounds.Height;

    public IEnumerable<string> Texts =>
        bars.Select(b => b.Label).Concat(bars.Select(b => text.Count(b.Value, b.Approximate)))
            .Concat(text.Words).Concat([unitLabel ?? "", TextWrap.Ellipsis]);

    internal BarLayout Layout(double width, ChartStyle style) => BarLayout.Compute(bars, unitLabel, width, style, text);

    public void Draw(SKCanvas canvas, SKRect area, ChartStyle style)
    {
        var layout = Layout(area.Width, style);
        using var plot = new PointPlot(area.Width, layout.Bounds.Height, style);
        var font = style.Regular;
        foreach (var tick in layout.Ticks)
        {
            plot.Line(new(tick.X, layout.Plot.Top), new(tick.X, layout.Plot.Bottom), tick.Value == 0 ? style.Muted : style.Grid, tick.Value == 0 ? 0.6 : 0.5);
            plot.Text(tick.Text, font, style.Muted, tick.TextBox.X, tick.TextBox.Y);
        }
        if (layout.UnitText is not null)
            plot.Text(layout.UnitText, font, style.Muted, layout.UnitBox.X, layout.UnitBox.Y);

        foreach (var row in layout.Rows)
        {
            if (style.IsRightToLeft)
                plot.Lines(row.LabelLines, font, style.Ink, row.LabelBox.Right, row.LabelBox.Y, TextAlign.Right);
            else
                plot.Lines(row.LabelLines, font, style.Ink, row.LabelBox.X, row.LabelBox.Y);
            if (row.Bar.Width > 0)
                plot.Rectangle(row.Bar, style.Series(0));
            plot.Text(row.ValueText, font, style.Ink, row.ValueBox.X, row.ValueBox.Y);
        }

        if (layout.Footnote is not null)
            plot.Text(layout.Footnote, font, style.Muted, layout.FootnoteBox.X, layout.FootnoteBox.Y);
        plot.Draw(canvas, area);
    }
}
