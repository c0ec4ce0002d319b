using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Events on a time axis. A long history ending in a dense run of recent events is drawn as two
/// rows: an overview axis (years) and, below it, a zoomed panel for the recent weeks, tied to a
/// bracket on the overview by a shaded connector; long empty stretches of the overview (decades
/// without events) are cut out of its axis and marked with a break. Labels are one line
/// ("<b>21 Oct</b> Wagner in Tessalit", cut with an ellipsis at 45% of the width, shorter when
/// crowded), stacked in levels with vertical leader lines so that none overlap and no leader
/// crosses a label. Exact dates are dots; month- or year-precision dates are spans (or hollow dots
/// when the span would be too thin); dates disputed between sources are diamonds in the highlight
/// colour, dashed leaders and a "?" after the date. A legend explains the symbols in use.
/// </summary>
public sealed class TimelineChart : IChart
{
    private readonly IReadOnlyList<TimelineMark> marks;

    public TimelineChart(IReadOnlyList<TimelineMark> marks)
    {
        Guard.NotEmpty(marks, nameof(marks), "timeline data");
        for (var i = 0; i < marks.Count; i++)
        {
            var m = marks[i] ?? throw new ArgumentException($"timeline data: mark {i} is null", nameof(marks));
            Guard.Text(m.Label, nameof(marks), $"timeline data: the label of mark {i}");
            if (!Enum.IsDefined(m.Precision))
                throw new ArgumentException($"timeline data: mark {i} ('{m.Label}') has an unknown precision {(int)m.Precision}", nameof(marks));
        }
        this.marks = marks.ToArray();
    }

    public double HeightFor(double width) => Layout(new XPoint(0, 0), width, ChartStyle.Default).Bounds.Height;

    internal TimelineLayout Layout(XPoint origin, double width, ChartStyle style) =>
        TimelineLayout.Compute(marks, origin, width, style);

    public void Draw(XGraphics gfx, XRect area, ChartStyle style)
    {
        var layout = Layout(area.TopLeft, area.Width, style);
        using var _ = ChartCanvas.Begin(gfx, area, layout.Bounds.Height);
        var shade = ColorMix.Tint(style.Grid, 0.6);

        var edge = ChartCanvas.Pen(style.Grid, 0.6);
        if (layout.Zoom is { } zoom)
        {
            gfx.DrawPolygon(ChartCanvas.Brush(shade), layout.Connector, XFillMode.Winding);
            gfx.DrawRectangle(ChartCanvas.Brush(shade), zoom.Frame);
            // Connector edges: bracket corners down to the panel's top corners.
            var c = layout.Connector;
            gfx.DrawLines(edge, new[] { c[0], c[5], c[4] });
            gfx.DrawLines(edge, new[] { c[1], c[2], c[3] });
        }
        DrawPanel(gfx, layout.Overview, style);
        if (layout.Zoom is { } z)
        {
            gfx.DrawRectangle(ChartCanvas.Pen(style.Muted, 0.6), ChartCanvas.Brush(shade), layout.Bracket);
            DrawPanel(gfx, z, style);
        }

        var font = ChartText.Font(style.FontFamily, style.FontSize);
        foreach (var (symbol, box, text) in layout.Legend)
        {
            var c = new XPoint(box.Left + 4, box.Top + box.Height / 2);
            if (symbol == TimelineSymbol.Span)
            {
                var exact = style.Series(0);
                var r = new XRect(box.Left, c.Y - TimelineLayout.SpanHeight / 2, 9, TimelineLayout.SpanHeight);
                gfx.DrawRoundedRectangle(ChartCanvas.Pen(exact, 0.7), ChartCanvas.Brush(ColorMix.Tint(exact, 0.7)), r, new XSize(2.5, 2.5));
            }
            else
                DrawSymbol(gfx, symbol, c, style);
            ChartText.Draw(gfx, text, font, style.Muted, box.Left + 13, box.Top);
        }
    }

    private static void DrawPanel(XGraphics gfx, TimelinePanel panel, ChartStyle style)
    {
        var font = ChartText.Font(style.FontFamily, style.FontSize);
        var bold = ChartText.Font(style.FontFamily, style.FontSize, bold: true);
        var axis = panel.Axis;
        var axisPen = ChartCanvas.Pen(style.Muted, 0.6);
        foreach (var seg in axis.Segments)
            gfx.DrawLine(axisPen, seg.Left, panel.AxisY, seg.Right, panel.AxisY);
        foreach (var (bl, br) in axis.Breaks)
        {
            // Two slanted strokes mark time cut out of the axis.
            var mid = (bl + br) / 2;
            foreach (var dx in new[] { -1.6, 1.6 })
                gfx.DrawLine(axisPen, mid + dx - 1.6, panel.AxisY + 3.2, mid + dx + 1.6, panel.AxisY - 3.2);
        }
        foreach (var tick in panel.Ticks)
        {
            var major = tick.Label is not null;
            gfx.DrawLine(major ? axisPen : ChartCanvas.Pen(style.Muted, 0.4), tick.X, panel.AxisY, tick.X, panel.AxisY + (major ? 3 : 1.8));
            if (major)
                ChartText.Draw(gfx, tick.Label!, font, style.Muted, tick.LabelBox.X, tick.LabelBox.Y);
        }

        var exact = style.Series(0);
        var leaderPen = ChartCanvas.Pen(style.Muted, 0.45);
        var disputedPen = ChartCanvas.Dashed(style.Highlight, 0.55, 1.6, 1.2);
        foreach (var item in panel.Items)
        {
            gfx.DrawLine(item.Mark.Disputed ? disputedPen : leaderPen, item.X, item.LeaderBottom, item.X, item.LeaderTop);
        }
        foreach (var item in panel.Items)
        {
            var c = new XPoint(item.X, panel.AxisY);
            if (item.Mark.Disputed)
                DrawSymbol(gfx, TimelineSymbol.Disputed, c, style);
            else if (item.DrawAsSpan)
            {
                var r = new XRect(item.SpanLeft, panel.AxisY - TimelineLayout.SpanHeight / 2, item.SpanRight - item.SpanLeft, TimelineLayout.SpanHeight);
                gfx.DrawRoundedRectangle(ChartCanvas.Pen(exact, 0.7), ChartCanvas.Brush(ColorMix.Tint(exact, 0.7)), r, new XSize(2.5, 2.5));
            }
            else if (item.Mark.Precision != DatePrecision.Day)
                DrawSymbol(gfx, TimelineSymbol.Span, c, style);
            else
                DrawSymbol(gfx, TimelineSymbol.Exact, c, style);

            var x = item.LabelBox.X;
            ChartText.Draw(gfx, item.DateText, bold, item.Mark.Disputed ? style.Highlight : style.Ink, x, item.LabelBox.Y);
            x += ChartText.Width(item.DateText + " ", bold);
            ChartText.Draw(gfx, item.Text, font, style.Ink, x, item.LabelBox.Y);
        }
    }

    private static void DrawSymbol(XGraphics gfx, TimelineSymbol symbol, XPoint c, ChartStyle style)
    {
        const double r = TimelineLayout.MarkerRadius;
        var exact = style.Series(0);
        switch (symbol)
        {
            case TimelineSymbol.Exact:
                gfx.DrawEllipse(ChartCanvas.Pen(XColors.White, 0.6), ChartCanvas.Brush(exact), c.X - r, c.Y - r, 2 * r, 2 * r);
                break;
            case TimelineSymbol.Span:
                gfx.DrawEllipse(ChartCanvas.Pen(exact, 0.9), ChartCanvas.Brush(XColors.White), c.X - r, c.Y - r, 2 * r, 2 * r);
                break;
            case TimelineSymbol.Disputed:
                var d = r * 1.35;
                gfx.DrawPolygon(ChartCanvas.Pen(XColors.White, 0.6), ChartCanvas.Brush(style.Highlight),
                    new[] { new XPoint(c.X, c.Y - d), new XPoint(c.X + d, c.Y), new XPoint(c.X, c.Y + d), new XPoint(c.X - d, c.Y) }, XFillMode.Winding);
                break;
        }
    }
}
