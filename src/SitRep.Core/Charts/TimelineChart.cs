using ScottPlot;
using SitRep.Drawing;
using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// Events on a time axis. A long history ending in a dense run of recent events is drawn as two
/// rows: an overview axis (years) and, below it, a zoomed panel for the recent weeks, tied to a
/// bracket on the overview by a shaded connector; long empty stretches of the overview (decades
/// without events) are cut out of its axis and marked with a break. Labels are one line
/// ("<b>21 Oct</b> followed by the label", cut with an ellipsis at 45% of the width, shorter when
/// crowded), stacked in levels with vertical leader lines so that none overlap and no leader
/// crosses a label. Exact dates are dots; month- or year-precision dates are spans (or hollow dots
/// when the span would be too thin); dates disputed between sources are diamonds in the highlight
/// colour, dashed leaders and a "?" after the date. A legend explains the symbols in use. When there are more
/// marks than room, the marks whose labels fit keep them and the legend counts the rest.
/// </summary>
public sealed class TimelineChart : IChart
{
    private readonly IReadOnlyList<TimelineMark> marks;
    private readonly ChartText text;
    private PreparedLayout<TimelineLayout>? prepared;

    /// <param name="marks">The events.</param>
    /// <param name="text">The language of dates and legend; English when null.</param>
    public TimelineChart(IReadOnlyList<TimelineMark> marks, ChartText? text = null)
    {
        this.text = text ?? ChartText.English;
        Guard.NotEmpty(marks, nameof(marks), "timeline data");
        Guard.AtMost(marks, ChartBounds.MaxTimelineEvents, nameof(marks), "timeline data: events");
        for (var i = 0; i < marks.Count; i++)
        {
            var m = marks[i] ?? throw new ArgumentException($"timeline data: mark {i} is null", nameof(marks));
            Guard.Text(m.Label, nameof(marks), $"timeline data: the label of mark {i}");
            if (!Enum.IsDefined(m.Precision))
                throw new ArgumentException($"timeline data: mark {i} ('{m.Label}') has an unknown precision {(int)m.Precision}", nameof(marks));
        }
        this.marks = marks.ToArray();
    }

    public double HeightFor(double width) => Layout(width, ChartStyle.Default).Bounds.Height;

    public IEnumerable<string> Texts => marks.Select(m => m.Label).Concat(text.Words).Append(TextWrap.Ellipsis);

    internal TimelineLayout Layout(double width, ChartStyle style) => TimelineLayout.Compute(marks, width, style, text);

    /// <summary>Places the labels ahead of drawing.</summary>
    public void Prepare(SKRect area, ChartStyle style) =>
        prepared = new PreparedLayout<TimelineLayout>(area.Width, area.Height, style, Layout(area.Width, style));

    public void Draw(SKCanvas canvas, SKRect area, ChartStyle style)
    {
        var layout = prepared is { } ahead && ahead.IsFor(area, style) ? ahead.Layout : Layout(area.Width, style);
        using var plot = new PointPlot(area.Width, layout.Bounds.Height, style);
        var shade = style.Grid.Mix(White, 0.6);
        if (layout.Zoom is { } zoom)
        {
            var c = layout.Connector;
            plot.Polygon(c, shade);
            plot.Rectangle(zoom.Frame, shade);
            // Connector edges: bracket corners down to the panel's top corners.
            plot.Polyline([c[0], c[5], c[4]], style.Grid, 0.6);
            plot.Polyline([c[1], c[2], c[3]], style.Grid, 0.6);
        }
        DrawPanel(plot, layout.Overview, style);
        if (layout.Zoom is { } z)
        {
            plot.Rectangle(layout.Bracket, shade, style.Muted, 0.6);
            DrawPanel(plot, z, style);
        }

        var font = style.Regular;
        foreach (var (symbol, box, entry) in layout.Legend)
        {
            // The symbol leads its words: at their left, or at their right when the brief reads right to left.
            var rtl = style.IsRightToLeft;
            if (symbol == TimelineSymbol.None)
            {
                plot.Text(entry, font, style.Muted, rtl ? box.Right : box.Left, box.Top, rtl ? TextAlign.Right : TextAlign.Left);
                continue;
            }
            var c = new Point(rtl ? box.Right - 4 : box.Left + 4, box.Top + box.Height / 2);
            if (symbol == TimelineSymbol.Span)
                plot.Rectangle(new Rect(rtl ? box.Right - 9 : box.Left, c.Y - TimelineLayout.SpanHeight / 2, 9, TimelineLayout.SpanHeight), style.Series(0).Mix(White, 0.7), style.Series(0), 0.7);
            else
                DrawSymbol(plot, symbol, c, style);
            plot.Text(entry, font, style.Muted, rtl ? box.Right - 13 : box.Left + 13, box.Top, rtl ? TextAlign.Right : TextAlign.Left);
        }
        plot.Draw(canvas, area);
    }

    private static readonly Rgb White = new(255, 255, 255);

    private static void DrawPanel(PointPlot plot, TimelinePanel panel, ChartStyle style)
    {
        var font = style.Regular;
        var bold = style.BoldFont;
        var axis = panel.Axis;
        foreach (var seg in axis.Segments)
            plot.Line(new(seg.Left, panel.AxisY), new(seg.Right, panel.AxisY), style.Muted, 0.6);
        foreach (var (bl, br) in axis.Breaks)
        {
            // Two slanted strokes mark time cut out of the axis.
            var mid = (bl + br) / 2;
            foreach (var dx in new[] { -1.6, 1.6 })
                plot.Line(new(mid + dx - 1.6, panel.AxisY + 3.2), new(mid + dx + 1.6, panel.AxisY - 3.2), style.Muted, 0.6);
        }
        foreach (var tick in panel.Ticks)
        {
            var major = tick.Label is not null;
            plot.Line(new(tick.X, panel.AxisY), new(tick.X, panel.AxisY + (major ? 3 : 1.8)), style.Muted, major ? 0.6 : 0.4);
            if (major)
                plot.Text(tick.Label!, font, style.Muted, tick.LabelBox.X, tick.LabelBox.Y);
        }

        var exact = style.Series(0);
        foreach (var item in panel.Items.Where(i => i.Labelled))
        {
            if (item.Mark.Disputed)
                plot.Line(new(item.X, item.LeaderBottom), new(item.X, item.LeaderTop), style.Highlight, 0.55, [1.6f, 1.2f]);
            else
                plot.Line(new(item.X, item.LeaderBottom), new(item.X, item.LeaderTop), style.Muted, 0.45);
        }
        var dots = new List<Point>();
        var rings = new List<Point>();
        foreach (var item in panel.Items)
        {
            var c = new Point(item.X, panel.AxisY);
            if (item.Mark.Disputed)
                DrawSymbol(plot, TimelineSymbol.Disputed, c, style);
            else if (item.DrawAsSpan)
                plot.Rectangle(new Rect(item.SpanLeft, panel.AxisY - TimelineLayout.SpanHeight / 2, item.SpanRight - item.SpanLeft, TimelineLayout.SpanHeight),
                    exact.Mix(White, 0.7), exact, 0.7);
            else
                (item.Mark.Precision != DatePrecision.Day ? rings : dots).Add(c);
        }
        // Dots and rings go in one plottable each: a timeline may have thousands.
        plot.Markers(dots, MarkerShape.FilledCircle, TimelineLayout.MarkerRadius, exact, White, 0.6);
        plot.Markers(rings, MarkerShape.FilledCircle, TimelineLayout.MarkerRadius, White, exact, 0.9);
        foreach (var item in panel.Items)
        {
            if (!item.Labelled)
                continue;
            // The date leads the label: at its left, or at its right when the brief reads right to left.
            var dateColour = item.Mark.Disputed ? style.Highlight : style.Ink;
            var dateWidth = bold.Width(item.DateText + " ");
            if (style.IsRightToLeft)
            {
                plot.Text(item.DateText, bold, dateColour, item.LabelBox.Right, item.LabelBox.Y, TextAlign.Right);
                plot.Text(item.Text, font, style.Ink, item.LabelBox.Right - dateWidth, item.LabelBox.Y, TextAlign.Right);
            }
            else
            {
                plot.Text(item.DateText, bold, dateColour, item.LabelBox.X, item.LabelBox.Y);
                plot.Text(item.Text, font, style.Ink, item.LabelBox.X + dateWidth, item.LabelBox.Y);
            }
        }
    }

    private static void DrawSymbol(PointPlot plot, TimelineSymbol symbol, Point c, ChartStyle style)
    {
        const double r = TimelineLayout.MarkerRadius;
        var exact = style.Series(0);
        switch (symbol)
        {
            case TimelineSymbol.Exact:
                plot.Marker(c, MarkerShape.FilledCircle, r, exact, White, 0.6);
                break;
            case TimelineSymbol.Span:
                plot.Marker(c, MarkerShape.FilledCircle, r, White, exact, 0.9);
                break;
            case TimelineSymbol.Disputed:
                var d = r * 1.35;
                plot.Polygon([new(c.X, c.Y - d), new(c.X + d, c.Y), new(c.X, c.Y + d), new(c.X - d, c.Y)], style.Highlight, White, 0.6);
                break;
        }
    }
}
