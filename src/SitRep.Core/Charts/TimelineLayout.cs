using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>A mark as drawn: its date range, marker x (or span), and its placed label.</summary>
internal sealed record TimelineItem(
    TimelineMark Mark,
    DateOnly Start,
    DateOnly End,
    double X,
    double SpanLeft,
    double SpanRight,
    bool DrawAsSpan,
    string DateText,
    string Text,
    Rect LabelBox,
    double LeaderTop,
    double LeaderBottom)
{
    /// <summary>False when the panel was too crowded for this mark's label: only its marker is drawn.</summary>
    public bool Labelled => !LabelBox.IsEmpty();
}

/// <summary>One axis with its marks: the overview, the zoomed panel, or the only panel.</summary>
internal sealed record TimelinePanel(Rect Frame, TimeAxis Axis, double AxisY, IReadOnlyList<TimelineItem> Items, IReadOnlyList<DateTick> Ticks, bool Shaded);

internal enum TimelineSymbol { Exact, Span, Disputed, None }

/// <summary>
/// The geometry of a <see cref="TimelineChart"/>. When the marks cover many years but end in a
/// dense run (consecutive marks ≤ 92 days apart), that run gets its own zoomed panel below the
/// overview, joined to a bracket on the overview axis by a shaded connector.
/// </summary>
internal sealed record TimelineLayout(
    Rect Bounds,
    TimelinePanel Overview,
    TimelinePanel? Zoom,
    Rect Bracket,
    Point[] Connector,
    IReadOnlyList<(TimelineSymbol Symbol, Rect Box, string Text)> Legend)
{
    public const int ClusterGapDays = 92;
    public const double MarkerRadius = 2.6;
    public const double SpanHeight = 5;

    public static (DateOnly Start, DateOnly End) Range(TimelineMark m) => m.Precision switch
    {
        DatePrecision.Year => (new DateOnly(m.Date.Year, 1, 1), new DateOnly(m.Date.Year, 12, 31)),
        DatePrecision.Month => (new DateOnly(m.Date.Year, m.Date.Month, 1), new DateOnly(m.Date.Year, m.Date.Month, 1).AddMonths(1).AddDays(-1)),
        _ => (m.Date, m.Date),
    };

    /// <summary>The trailing run of marks to zoom into, or an empty list when one axis is enough.</summary>
    public static IReadOnlyList<TimelineMark> ZoomCluster(IReadOnlyList<TimelineMark> sorted)
    {
        if (sorted.Count < 3)
            return Array.Empty<TimelineMark>();
        var first = sorted.Min(m => Range(m).Start);
        var last = sorted.Max(m => Range(m).End);
        var span = last.DayNumber - first.DayNumber;
        if (span < 3 * 365)
            return Array.Empty<TimelineMark>();
        var clusterStart = Range(sorted[^1]).Start;
        var count = 1;
        for (var i = sorted.Count - 2; i >= 0; i--)
        {
            var (s, e) = Range(sorted[i]);
            if (clusterStart.DayNumber - e.DayNumber > ClusterGapDays)
                break;
            if (s < clusterStart)
                clusterStart = s;
            count++;
        }
        var clusterSpan = last.DayNumber - clusterStart.DayNumber;
        if (count < 2 || count == sorted.Count || clusterSpan * 8 > span)
            return Array.Empty<TimelineMark>();
        return sorted.Skip(sorted.Count - count).ToArray();
    }

    /// <remarks>
    /// In a right-to-left brief time still runs left to right, but each label is mirrored about its leader: it
    /// hangs left of it with its date, where a right-to-left reader starts, beside the leader; it hangs right only
    /// near the left edge, and the legend runs from the right.
    /// </remarks>
    public static TimelineLayout Compute(IReadOnlyList<TimelineMark> marks, double width, ChartStyle style, ChartText? text = null)
    {
        text ??= ChartText.English;
        var font = style.Regular;
        var lineHeight = font.LineHeight;
        var sorted = marks.OrderBy(m => Range(m).Start).ThenBy(m => m.Date).ToArray();
        var zoomMarks = ZoomCluster(sorted);
        var overviewMarks = sorted.Take(sorted.Length - zoomMarks.Count).ToArray();
        const double left = 0;
        var right = width;
        var y = 0.0;

        // Overview (or the only panel): years, with long empty stretches cut out; or a plain linear axis.
        const double inset = 3.0;
        var first = sorted.Min(m => Range(m).Start);
        var last = sorted.Max(m => Range(m).End);
        TimeAxis overviewAxis;
        if (zoomMarks.Count > 0 || last.DayNumber - first.DayNumber >= 3 * 365)
        {
            var ranges = overviewMarks.Select(Range).ToList();
            if (zoomMarks.Count > 0)
                ranges.Add(ZoomDomain(zoomMarks));
            var years = last.Year - first.Year + 1;
            overviewAxis = TimeAxis.Broken(ranges, left + inset, right - inset, Math.Max(8, years / 8));
        }
        else
        {
            var (start, end) = PaddedDomain(sorted);
            overviewAxis = new TimeAxis(start, end, left + inset, right - inset);
        }
        var overview = Panel(overviewMarks, overviewAxis, new Rect(left, y, width, 0), font, style, text, zoomMarks.Count > 0 ? ZoomDomain(zoomMarks) : null, shaded: false);
        y = overview.Frame.Bottom;

        TimelinePanel? zoom = null;
        var bracket = RectEx.Empty;
        var connector = Array.Empty<Point>();
        if (zoomMarks.Count > 0)
        {
            var (zs, ze) = ZoomDomain(zoomMarks);
            var bx0 = overviewAxis.X(zs);
            var bx1 = overviewAxis.X(ze);
            if (bx1 - bx0 < 5)
            {
                var c = (bx0 + bx1) / 2;
                (bx0, bx1) = (c - 2.5, c + 2.5);
            }
            bracket = new Rect(bx0, overview.AxisY - 3.5, bx1 - bx0, 7);
            var connectorTop = overview.AxisY + 3.5;
            var connectorBend = overview.Frame.Bottom;
            var panelTop = connectorBend + lineHeight * 1.4;
            var zoomAxis = new TimeAxis(zs, ze, left + 8, right - 8);
            zoom = Panel(zoomMarks, zoomAxis, new Rect(left, panelTop, width, 0), font, style, text, null, shaded: true);
            connector = new[]
            {
                new Point(bx0, connectorTop), new Point(bx1, connectorTop),
                new Point(bx1, connectorBend), new Point(right, panelTop),
                new Point(left, panelTop), new Point(bx0, connectorBend),
            };
            y = zoom.Frame.Bottom;
        }

        // Legend: only the symbols in use.
        var legend = new List<(TimelineSymbol, Rect, string)>();
        var items = overview.Items.Concat(zoom?.Items ?? Array.Empty<TimelineItem>()).ToArray();
        var entries = new List<(TimelineSymbol, string)>();
        if (items.Any(i => !i.Mark.Disputed && i.Mark.Precision == DatePrecision.Day))
            entries.Add((TimelineSymbol.Exact, text.ExactDate));
        if (items.Any(i => !i.Mark.Disputed && i.Mark.Precision != DatePrecision.Day))
            entries.Add((TimelineSymbol.Span, text.MonthOrYearOnly));
        if (items.Any(i => i.Mark.Disputed))
            entries.Add((TimelineSymbol.Disputed, text.DateDisputed));
        var unlabelled = items.Count(i => !i.Labelled);
        if (unlabelled > 0)
            entries.Add((TimelineSymbol.None, text.Unlabelled(unlabelled)));
        var lx = left;
        var ly = y + 6;
        foreach (var (symbol, entry) in entries)
        {
            var w = (symbol == TimelineSymbol.None ? 0 : 13) + font.Width(entry);
            if (lx + w > right && lx > left)
            {
                lx = left;
                ly += lineHeight;
            }
            var box = new Rect(lx, ly, w, lineHeight);
            legend.Add((symbol, style.IsRightToLeft ? new Mirror(left, right).Box(box) : box, entry));
            lx += w + 12;
        }
        if (legend.Count > 0)
            y = ly + lineHeight;

        return new TimelineLayout(new Rect(left, 0, width, y), overview, zoom, bracket, connector, legend);
    }

    private static (DateOnly, DateOnly) ZoomDomain(IReadOnlyList<TimelineMark> cluster)
    {
        var s = cluster.Min(m => Range(m).Start);
        var e = cluster.Max(m => Range(m).End);
        var start = new DateOnly(s.Year, s.Month, 1);
        var span = e.DayNumber - start.DayNumber;
        var end = e.AddDays(1 + Math.Max(3, span / 30));
        if (end.DayNumber - start.DayNumber < 28)
            end = start.AddDays(28);
        return (start, end);
    }

    private static (DateOnly, DateOnly) PaddedDomain(IReadOnlyList<TimelineMark> sorted)
    {
        var s = sorted.Min(m => Range(m).Start);
        var e = sorted.Max(m => Range(m).End).AddDays(1);
        var pad = Math.Max(2, (e.DayNumber - s.DayNumber) / 20);
        return (s.AddDays(-pad), e.AddDays(pad));
    }

    private static TimelinePanel Panel(IReadOnlyList<TimelineMark> marks, TimeAxis axis, Rect frame, ChartFont font, ChartStyle style, ChartText text,
        (DateOnly Start, DateOnly End)? reserved, bool shaded)
    {
        var bold = style.BoldFont;
        var lineHeight = font.LineHeight;
        var levelHeight = lineHeight + 1.5;
        var pad = shaded ? 5.0 : 0.0;
        var sameYear = marks.Count > 0 && marks.All(m => m.Date.Year == marks[0].Date.Year) && !axis.SpansYears;
        var xs = new double[marks.Count];
        var dateTexts = new string[marks.Count];
        var dateWidths = new double[marks.Count];
        for (var i = 0; i < marks.Count; i++)
        {
            var (s, e) = Range(marks[i]);
            xs[i] = (axis.X(s) + axis.XEnd(e)) / 2;
            dateTexts[i] = DateText(marks[i], sameYear, text) + (marks[i].Disputed ? text.DisputedMark : "");
            dateWidths[i] = bold.Width(dateTexts[i] + " ");
        }

        // Lay labels out against a provisional axis at y = 0, then shift everything down. Labels are
        // cut (with an ellipsis) to at most 45% of the width; when that leaves labels out, shorter cuts
        // are tried and the one that labels most marks wins.
        var baseY = -(MarkerRadius + 3.5);
        // Right to left, labels are placed on the axis seen in a mirror, then mirrored back.
        var (labelLeft, labelRight) = (frame.Left + pad, frame.Right - pad);
        var rtl = style.IsRightToLeft;
        var mirror = new Mirror(labelLeft, labelRight);
        var placedXs = rtl ? xs.Select(mirror.X).ToArray() : xs;
        var placements = Array.Empty<TimelineLabelPlacer.Placement>();
        var texts = Array.Empty<string>();
        var best = -1;
        foreach (var share in new[] { 0.45, 0.36, 0.28, 0.22, 0.17 })
        {
            var maxLabel = frame.Width * share - TimelineLabelPlacer.LeaderGap;
            var tryTexts = new string[marks.Count];
            var widths = new double[marks.Count];
            for (var i = 0; i < marks.Count; i++)
            {
                tryTexts[i] = TextWrap.Fit(marks[i].Label.Trim(), font, Math.Max(10, maxLabel - dateWidths[i]));
                widths[i] = dateWidths[i] + font.Width(tryTexts[i]);
            }
            var tryPlacements = TimelineLabelPlacer.Place(placedXs, widths, labelLeft, labelRight, baseY, levelHeight, lineHeight);
            if (rtl)
                tryPlacements = tryPlacements.Select(p => p with { Box = p.Labelled ? mirror.Box(p.Box) : p.Box, HangsLeft = !p.HangsLeft }).ToArray();
            var labelled = tryPlacements.Count(p => p.Labelled);
            if (labelled > best)
                (best, placements, texts) = (labelled, tryPlacements, tryTexts);
            if (labelled == marks.Count)
                break;
        }
        var levels = placements.Length == 0 ? 0 : placements.Max(p => p.Level) + 1;
        var labelsHeight = levels * levelHeight;
        var axisY = frame.Top + pad + labelsHeight + MarkerRadius + 3.5;
        var dy = axisY;

        var items = new TimelineItem[marks.Count];
        for (var i = 0; i < marks.Count; i++)
        {
            var m = marks[i];
            var (s, e) = Range(m);
            var x0 = axis.X(s);
            var x1 = axis.XEnd(e);
            var asSpan = m.Precision != DatePrecision.Day && x1 - x0 >= 4;
            var leaderBottom = axisY - (asSpan ? SpanHeight / 2 : MarkerRadius) - 0.8;
            if (!placements[i].Labelled)
            {
                items[i] = new TimelineItem(m, s, e, xs[i], x0, x1, asSpan, dateTexts[i], "", RectEx.Empty, leaderBottom, leaderBottom);
                continue;
            }
            var box = placements[i].Box.Offset(0, dy);
            // The leader runs up beside its label, or just to its underside if the label had to shift over it.
            var leaderTop = xs[i] > box.Left && xs[i] < box.Right ? box.Bottom : box.Top;
            items[i] = new TimelineItem(m, s, e, xs[i], x0, x1, asSpan, dateTexts[i], texts[i], box, leaderTop, leaderBottom);
        }

        var ticks = axis.Ticks(font, axisY + 4.5, text).ToList();
        if (reserved is { } r)
        {
            // Keep tick labels clear of the zoom connector that drops from the bracket.
            var bx0 = axis.X(r.Start) - 4;
            var bx1 = axis.X(r.End) + 4;
            ticks = ticks.Where(t => t.Label is null || t.LabelBox.Right < bx0 || t.LabelBox.Left > bx1).ToList();
        }
        var bottom = axisY + 4.5 + lineHeight + pad;
        return new TimelinePanel(new Rect(frame.Left, frame.Top, frame.Width, bottom - frame.Top), axis, axisY, items, ticks, shaded);
    }

    private static string DateText(TimelineMark m, bool omitYear, ChartText text) => m.Precision switch
    {
        DatePrecision.Year => text.Year(m.Date.Year),
        DatePrecision.Month => omitYear ? text.MonthName(m.Date) : text.Month(m.Date, withYear: true),
        _ => text.Day(m.Date, withYear: !omitYear),
    };
}
