using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>A tick on a date axis; <see cref="Label"/> is null for minor ticks.</summary>
internal sealed record DateTick(DateOnly Date, double X, string? Label, Rect LabelBox);

/// <summary>One linear stretch of a date axis: [Start, End) drawn over [Left, Right].</summary>
internal readonly record struct AxisSegment(DateOnly Start, DateOnly End, double Left, double Right)
{
    public double PointsPerDay => (Right - Left) / Math.Max(1, End.DayNumber - Start.DayNumber);
}

/// <summary>
/// A date axis from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) over
/// [<see cref="Left"/>, <see cref="Right"/>]: one linear segment, or several with breaks between
/// them (long empty stretches cut out), ticked in years, months or weeks depending on scale.
/// </summary>
internal sealed class TimeAxis
{
    public const double BreakWidth = 14;

    public TimeAxis(DateOnly start, DateOnly end, double left, double right)
        : this(new[] { new AxisSegment(start, end <= start ? start.AddDays(1) : end, left, right) })
    {
    }

    private TimeAxis(IReadOnlyList<AxisSegment> segments)
    {
        Segments = segments;
        Start = segments[0].Start;
        End = segments[^1].End;
        Left = segments[0].Left;
        Right = segments[^1].Right;
    }

    /// <summary>
    /// A year-scale axis covering <paramref name="ranges"/>, with any empty stretch of at least
    /// <paramref name="minGapYears"/> whole years cut out and replaced by a break.
    /// </summary>
    public static TimeAxis Broken(IEnumerable<(DateOnly Start, DateOnly End)> ranges, double left, double right, int minGapYears)
    {
        var spans = ranges.Select(r => (From: r.Start.Year, To: Math.Min(r.End.Year + 1, DateOnly.MaxValue.Year))).OrderBy(r => r.From).ToList();
        var merged = new List<(int From, int To)>();
        foreach (var r in spans)
        {
            if (merged.Count > 0 && r.From - merged[^1].To < minGapYears)
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, r.To));
            else
                merged.Add(r);
        }
        if (merged.Count == 1)
            return new TimeAxis(new DateOnly(merged[0].From, 1, 1), new DateOnly(merged[0].To, 1, 1), left, right);

        // Each kept stretch gets a quarter-year margin each side of its marks.
        var years = merged.Sum(m => m.To - m.From + 0.5);
        var perYear = (right - left - BreakWidth * (merged.Count - 1)) / years;
        var segments = new List<AxisSegment>();
        var x = left;
        foreach (var (from, to) in merged)
        {
            // Clamped, so that marks in year 1 or 9999 keep their margin inside the calendar.
            var s = from == DateOnly.MinValue.Year ? DateOnly.MinValue : new DateOnly(from, 1, 1).AddMonths(-3);
            var e = to == DateOnly.MaxValue.Year ? DateOnly.MaxValue : new DateOnly(to, 1, 1).AddMonths(3);
            var w = (to - from + 0.5) * perYear;
            segments.Add(new AxisSegment(s, e, x, x + w));
            x += w + BreakWidth;
        }
        return new TimeAxis(segments);
    }

    public IReadOnlyList<AxisSegment> Segments { get; }
    public DateOnly Start { get; }
    public DateOnly End { get; }
    public double Left { get; }
    public double Right { get; }
    public double Days => End.DayNumber - Start.DayNumber;
    public double PointsPerDay => Segments.Count == 1 ? Segments[0].PointsPerDay : Segments.Min(s => s.PointsPerDay);

    /// <summary>The gaps between segments, where break symbols go.</summary>
    public IEnumerable<(double Left, double Right)> Breaks =>
        Segments.Zip(Segments.Skip(1), (a, b) => (a.Right, b.Left));

    public double X(DateOnly date)
    {
        for (var i = 0; i < Segments.Count; i++)
        {
            var seg = Segments[i];
            if (date < seg.End || i == Segments.Count - 1)
            {
                if (date < seg.Start && i > 0)
                {
                    // Inside a break: spread across it.
                    var prev = Segments[i - 1];
                    var t = (date.DayNumber - prev.End.DayNumber) / (double)Math.Max(1, seg.Start.DayNumber - prev.End.DayNumber);
                    return prev.Right + t * (seg.Left - prev.Right);
                }
                return seg.Left + (date.DayNumber - seg.Start.DayNumber) * seg.PointsPerDay;
            }
        }
        return Right;
    }

    /// <summary>The x of the end of <paramref name="date"/>'s day (its midnight after).</summary>
    public double XEnd(DateOnly date) => X(date.AddDays(1));

    public bool SpansYears => Days >= 3 * 365;

    /// <summary>Major (labelled) and minor ticks; labels, in <paramref name="text"/>'s language, are centred on their tick and kept inside [Left, Right].</summary>
    public IReadOnlyList<DateTick> Ticks(ChartFont font, double labelTop, ChartText? text = null)
    {
        text ??= ChartText.English;
        var ticks = new List<DateTick>();
        if (SpansYears)
        {
            foreach (var seg in Segments)
            {
                var maxTicks = (int)Math.Clamp((seg.Right - seg.Left) / 60, 2, 12);
                var lastYear = seg.End.AddDays(-1).Year;
                var firstYear = seg.Start.Month == 1 && seg.Start.Day == 1 ? seg.Start.Year : seg.Start.Year + 1;
                var years = Segments.Count == 1 || lastYear - firstYear >= 4
                    ? NiceScale.For(firstYear, lastYear, maxTicks)
                    : Enumerable.Range(firstYear, Math.Max(1, lastYear - firstYear + 1)).Select(y => (double)y).ToArray();
                foreach (var y in years)
                {
                    var date = new DateOnly((int)y, 1, 1);
                    if (date >= seg.Start && date <= seg.End)
                        ticks.Add(Major(date, text.Year((int)y), font, labelTop));
                }
            }
            return WithoutCollisions(ticks);
        }

        if (Days >= 45)
        {
            var labelWidth = font.Width(text.Month(new DateOnly(2023, 9, 1), withYear: true)) + 6;
            var step = new[] { 1, 2, 3, 6, 12 }.First(s => 30.4 * s * PointsPerDay >= labelWidth || s == 12);
            var first = new DateOnly(Start.Year, Start.Month, 1);
            if (first < Start)
                first = first.AddMonths(1);
            var withYear = true;
            for (var d = first; d <= End; d = d.AddMonths(step))
            {
                var label = text.Month(d, withYear || d.Month == 1);
                ticks.Add(Major(d, label, font, labelTop));
                withYear = false;
            }
            if (7 * PointsPerDay >= 6)
            {
                for (var d = NextMonday(Start); d < End; d = d.AddDays(7))
                    if (d.Day != 1)
                        ticks.Add(new DateTick(d, X(d), null, RectEx.Empty));
            }
            return WithoutCollisions(ticks);
        }

        // Short spans: weekly labels on Mondays, daily minor ticks when there is room.
        var weekStep = 7 * PointsPerDay >= font.Width(text.Day(new DateOnly(2023, 9, 30), withYear: false)) + 6 ? 7 : 14;
        var labelled = new HashSet<DateOnly>();
        for (var d = NextMonday(Start); d <= End; d = d.AddDays(weekStep))
        {
            ticks.Add(Major(d, text.Day(d, withYear: false), font, labelTop));
            labelled.Add(d);
        }
        if (PointsPerDay >= 3)
        {
            for (var d = Start; d < End; d = d.AddDays(1))
                if (!labelled.Contains(d))
                    ticks.Add(new DateTick(d, X(d), null, RectEx.Empty));
        }
        return WithoutCollisions(ticks);
    }

    /// <summary>Sorted ticks, with labels that would touch the previous label turned into minor ticks.</summary>
    private static List<DateTick> WithoutCollisions(List<DateTick> ticks)
    {
        var sorted = ticks.OrderBy(t => t.X).ToList();
        var lastRight = double.NegativeInfinity;
        for (var i = 0; i < sorted.Count; i++)
        {
            var t = sorted[i];
            if (t.Label is null)
                continue;
            if (t.LabelBox.Left < lastRight + 4)
                sorted[i] = t with { Label = null, LabelBox = RectEx.Empty };
            else
                lastRight = t.LabelBox.Right;
        }
        return sorted;
    }

    private DateTick Major(DateOnly date, string label, ChartFont font, double labelTop)
    {
        var x = X(date);
        var w = font.Width(label);
        var left = Math.Clamp(x - w / 2, Left - 2, Math.Max(Left - 2, Right + 2 - w));
        return new DateTick(date, x, label, new Rect(left, labelTop, w, font.LineHeight));
    }

    private static DateOnly NextMonday(DateOnly d)
    {
        var offset = ((int)DayOfWeek.Monday - (int)d.DayOfWeek + 7) % 7;
        return d.AddDays(offset);
    }
}
