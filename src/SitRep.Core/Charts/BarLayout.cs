using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>One laid-out bar: its wrapped label, the bar itself and its direct value label.</summary>
internal sealed record BarRowLayout(BarDatum Datum, IReadOnlyList<string> LabelLines, Rect LabelBox, Rect Bar, string ValueText, Rect ValueBox);

/// <summary>A value-axis tick: its gridline x and its label box (above the plot).</summary>
internal sealed record AxisTick(double Value, double X, string Text, Rect TextBox);

/// <summary>
/// The geometry of a <see cref="BarChart"/>, computed without a page so that tests can check it and
/// <see cref="IChart.HeightFor"/> can report it. All rectangles are in page points.
/// </summary>
internal sealed record BarLayout(
    Rect Bounds,
    Rect Plot,
    double AxisMax,
    double BarThickness,
    IReadOnlyList<BarRowLayout> Rows,
    IReadOnlyList<AxisTick> Ticks,
    string? UnitText,
    Rect UnitBox,
    string? Footnote,
    Rect FootnoteBox)
{
    public const int MaxLabelLines = 2;
    private const double LabelGap = 6;
    private const double ValueGap = 3;

    /// <summary>Bar thickness by count: 1.6 em up to 10 bars, 1.3 em up to 25, 1.1 em beyond.</summary>
    public static double ThicknessFor(int count, double fontSize) =>
        fontSize * (count <= 10 ? 1.6 : count <= 25 ? 1.3 : 1.1);

    public static BarLayout Compute(IReadOnlyList<BarDatum> sortedBars, string? unitLabel, double width, ChartStyle style, ChartText? chartText = null)
    {
        chartText ??= ChartText.English;
        var font = style.Regular;
        var lineHeight = font.LineHeight;
        const double left = 0;
        const double top = 0;

        var values = sortedBars.Select(b => chartText.Count(b.Value, b.Approximate)).ToArray();
        var valueReserve = values.Max(v => font.Width(v)) + ValueGap + 1;

        // Label column: as wide as the longest label, but at most 38% of the width,
        // and never so wide that the plot gets less than 30%.
        var natural = sortedBars.Max(b => font.Width(b.Label));
        var labelColumn = Math.Min(natural, width * 0.38);
        labelColumn = Math.Max(0, Math.Min(labelColumn, width - valueReserve - LabelGap - width * 0.30));
        var plotLeft = left + labelColumn + LabelGap;
        var plotWidth = Math.Max(1, left + width - valueReserve - plotLeft);

        var maxValue = sortedBars.Max(b => b.Value);
        var maxTicks = (int)Math.Clamp(Math.Floor(plotWidth / 45), 2, 7);
        var tickValues = NiceScale.For(0, maxValue, maxTicks);
        var axisMax = tickValues[^1] > 0 ? tickValues[^1] : 1;

        // Header row: the unit at the left, tick labels centred on their gridlines.
        string? unitText = string.IsNullOrWhiteSpace(unitLabel) ? null : TextWrap.Fit(unitLabel.Trim(), font, Math.Max(labelColumn, 1));
        var unitBox = unitText is null ? RectEx.Empty : new Rect(left, top, font.Width(unitText), lineHeight);
        var ticks = new List<AxisTick>();
        foreach (var v in tickValues)
        {
            var x = plotLeft + plotWidth * v / axisMax;
            var text = chartText.Count(v);
            var w = font.Width(text);
            var boxLeft = Math.Clamp(x - w / 2, left, left + width - w);
            ticks.Add(new AxisTick(v, x, text, new Rect(boxLeft, top, w, lineHeight)));
        }

        var thickness = ThicknessFor(sortedBars.Count, style.FontSize);
        var gap = Math.Max(3, thickness * 0.5);
        var y = top + lineHeight + 3;
        var plotTop = y;
        var rows = new List<BarRowLayout>(sortedBars.Count);
        for (var i = 0; i < sortedBars.Count; i++)
        {
            var bar = sortedBars[i];
            var lines = TextWrap.Wrap(bar.Label, font, Math.Max(labelColumn, 1), MaxLabelLines);
            var labelHeight = lines.Count * lineHeight;
            var rowHeight = Math.Max(thickness, labelHeight);
            var centre = y + rowHeight / 2;
            var labelWidth = lines.Max(l => font.Width(l));
            var labelBox = new Rect(left, centre - labelHeight / 2, Math.Min(labelWidth, labelColumn), labelHeight);
            var barWidth = bar.Value <= 0 ? 0 : Math.Max(0.75, plotWidth * bar.Value / axisMax);
            var barRect = new Rect(plotLeft, centre - thickness / 2, barWidth, thickness);
            var valueWidth = font.Width(values[i]);
            var valueBox = new Rect(plotLeft + barWidth + ValueGap, centre - lineHeight / 2, valueWidth, lineHeight);
            rows.Add(new BarRowLayout(bar, lines, labelBox, barRect, values[i], valueBox));
            y += rowHeight + (i < sortedBars.Count - 1 ? gap : 0);
        }
        var plot = new Rect(plotLeft, plotTop - 3, plotWidth, y - plotTop + 6);

        string? footnote = null;
        var footnoteBox = RectEx.Empty;
        var bottom = plot.Bottom;
        if (sortedBars.Any(b => b.Approximate))
        {
            footnote = chartText.Approximate;
            footnoteBox = new Rect(left, bottom + 3, font.Width(footnote), lineHeight);
            bottom = footnoteBox.Bottom;
        }

        var layout = new BarLayout(new Rect(left, top, width, bottom - top), plot, axisMax, thickness,
            rows, ticks, unitText, unitBox, footnote, footnoteBox);
        return style.IsRightToLeft ? layout.Mirrored(new Mirror(left, left + width)) : layout;
    }

    /// <summary>
    /// The layout for a right-to-left brief: labels in a right column, bars growing leftwards from zero at the
    /// right, each value beyond its bar's left end, the unit and footnote at the right.
    /// </summary>
    private BarLayout Mirrored(Mirror mirror) => this with
    {
        Plot = mirror.Box(Plot),
        Rows = Rows.Select(r => r with { LabelBox = mirror.Box(r.LabelBox), Bar = mirror.Box(r.Bar), ValueBox = mirror.Box(r.ValueBox) }).ToArray(),
        Ticks = Ticks.Select(t => t with { X = mirror.X(t.X), TextBox = mirror.Box(t.TextBox) }).ToArray(),
        UnitBox = mirror.Box(UnitBox),
        FootnoteBox = mirror.Box(FootnoteBox),
    };
}
