using PdfSharp.Drawing;

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
/// (the caller may split or shrink; <see cref="Draw"/> scales the whole chart down if the area is short).</para>
/// <para>Tiny values next to huge ones (17 beside 68,000) still get a visible hairline stub and
/// their value label, so they are never lost.</para>
/// </remarks>
public sealed class BarChart : IChart
{
    private readonly IReadOnlyList<BarDatum> bars;
    private readonly string? unitLabel;

    public BarChart(IReadOnlyList<BarDatum> bars, string? unitLabel = null)
    {
        Guard.NotEmpty(bars, nameof(bars), "bar chart data");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i] ?? throw new ArgumentException($"bar chart data: bar {i} is null", nameof(bars));
            Guard.Text(b.Label, nameof(bars), $"bar chart data: the label of bar {i}");
            Guard.NonNegative(b.Value, nameof(bars), $"bar chart data: the value of bar {i} ('{b.Label}')");
        }
        this.bars = bars.OrderByDescending(b => b.Value).ToArray();
        this.unitLabel = unitLabel;
    }

    public double HeightFor(double width) => Layout(new XPoint(0, 0), width, ChartStyle.Default).Bounds.Height;

    internal BarLayout Layout(XPoint origin, double width, ChartStyle style) =>
        BarLayout.Compute(bars, unitLabel, origin, width, style);

    public void Draw(XGraphics gfx, XRect area, ChartStyle style)
    {
        var layout = Layout(area.TopLeft, area.Width, style);
        using var _ = ChartCanvas.Begin(gfx, area, layout.Bounds.Height);
        var font = ChartText.Font(style.FontFamily, style.FontSize);

        var gridPen = ChartCanvas.Pen(style.Grid, 0.5);
        foreach (var tick in layout.Ticks)
        {
            gfx.DrawLine(tick.Value == 0 ? ChartCanvas.Pen(style.Muted, 0.6) : gridPen,
                tick.X, layout.Plot.Top, tick.X, layout.Plot.Bottom);
            ChartText.Draw(gfx, tick.Text, font, style.Muted, tick.TextBox.X, tick.TextBox.Y);
        }
        if (layout.UnitText is not null)
            ChartText.Draw(gfx, layout.UnitText, font, style.Muted, layout.UnitBox.X, layout.UnitBox.Y);

        var barBrush = ChartCanvas.Brush(style.Series(0));
        foreach (var row in layout.Rows)
        {
            ChartText.DrawLines(gfx, row.LabelLines, font, style.Ink, row.LabelBox.X, row.LabelBox.Y);
            if (row.Bar.Width > 0)
                gfx.DrawRectangle(barBrush, row.Bar);
            ChartText.Draw(gfx, row.ValueText, font, style.Ink, row.ValueBox.X, row.ValueBox.Y);
        }

        if (layout.Footnote is not null)
            ChartText.Draw(gfx, layout.Footnote, font, style.Muted, layout.FootnoteBox.X, layout.FootnoteBox.Y);
    }
}
