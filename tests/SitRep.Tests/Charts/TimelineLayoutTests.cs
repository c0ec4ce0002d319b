using SitRep.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class TimelineLayoutTests
{
    private static readonly ChartStyle Style = ChartStyle.Default;

    [Fact]
    public void Kidal_history_gets_an_overview_and_a_zoom_on_the_recent_weeks()
    {
        var layout = ChartSamples.Timeline().Layout(480, Style);
        Assert.NotNull(layout.Zoom);
        var zoom = layout.Zoom!;
        Assert.Equal(8, zoom.Items.Count);
        Assert.All(zoom.Items, i => Assert.Equal(2023, i.Mark.Date.Year));
        Assert.Equal(8, layout.Overview.Items.Count);
        Assert.Equal(new DateOnly(2023, 8, 1), zoom.Axis.Start);
        Assert.True(zoom.Axis.End > new DateOnly(2023, 11, 14));
        // The weeks are legible: at least 3 pt a day in the zoom.
        Assert.True(zoom.Axis.PointsPerDay >= 3, $"only {zoom.Axis.PointsPerDay:F2} pt/day");
        // 2012–2023 is legible in the overview: the empty decades before are cut out of the axis.
        Assert.True(layout.Overview.Axis.Breaks.Any(), "expected a broken overview axis");
        var overview = layout.Overview.Axis;
        Assert.True(overview.X(new DateOnly(2013, 1, 1)) - overview.X(new DateOnly(2012, 1, 1)) >= 12);
        Assert.Equal(6, layout.Connector.Length);
        Assert.True(layout.Bracket.Width >= 5);
        Assert.Contains(layout.Legend, l => l.Symbol == TimelineSymbol.Disputed);
        Assert.Contains(layout.Legend, l => l.Symbol == TimelineSymbol.Span);
    }

    [Fact]
    public void Dates_are_written_at_their_precision()
    {
        var layout = ChartSamples.Timeline().Layout(480, Style);
        var texts = layout.Overview.Items.Concat(layout.Zoom!.Items).Select(i => i.DateText).ToArray();
        Assert.Contains("1960", texts);
        Assert.Contains("May 2014", texts);
        Assert.Contains("11 Jan 2013", texts);
        Assert.Contains("October", texts);
        Assert.Contains("21 Oct", texts);
        Assert.Contains("31 Oct?", texts);
        Assert.Contains("8 Nov?", texts);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(480)]
    [InlineData(700)]
    public void Labels_never_overlap_and_leaders_never_cross_labels(double width)
    {
        var chart = ChartSamples.Timeline();
        var layout = chart.Layout(width, Style);
        Assert.Equal(chart.HeightFor(width), layout.Bounds.Height, 6);
        Assert.All(layout.Overview.Items.Concat(layout.Zoom!.Items), i => Assert.True(i.Labelled, $"'{i.Mark.Label}' has no label"));
        AssertClean(layout);
    }

    [Fact]
    public void A_short_dense_timeline_uses_one_axis()
    {
        var days = new[] { 0, 3, 4, 6, 7, 9, 13, 14, 16, 22, 27 };
        var marks = days
            .Select((d, i) => new TimelineMark(new DateOnly(2023, 11, 1).AddDays(d), DatePrecision.Day, $"Event {i + 1}", i == 5))
            .Append(new TimelineMark(new DateOnly(2023, 11, 1), DatePrecision.Month, "Month-long siege", false))
            .ToArray();
        var layout = new TimelineChart(marks).Layout(400, Style);
        Assert.Null(layout.Zoom);
        Assert.Equal(marks.Length, layout.Overview.Items.Count);
        Assert.True(layout.Overview.Axis.PointsPerDay > 8);
        AssertClean(layout);
    }

    /// <summary>
    /// When long one-line labels are packed tighter than their width near both edges, no layout with
    /// vertical leaders labels them all: the ones left out are counted, the rest stay clean.
    /// </summary>
    [Theory]
    [InlineData(300, 8)]
    [InlineData(400, 14)]
    public void Impossible_crowding_still_keeps_labels_apart_and_inside(double width, int count)
    {
        var marks = count == 8
            ? ChartSamples.Timeline().Layout(width, Style).Overview.Items.Select(i => i.Mark).ToArray()
            : Enumerable.Range(0, count)
                .Select(i => new TimelineMark(new DateOnly(2023, 11, 1).AddDays(i * 2), DatePrecision.Day, $"Event number {i + 1} with a longer label", i == 5))
                .ToArray();
        var layout = new TimelineChart(marks).Layout(width, Style);
        AssertClean(layout);
        var items = layout.Overview.Items.Concat(layout.Zoom?.Items ?? []).ToArray();
        Assert.Contains(items, i => i.Labelled);
        var unlabelled = items.Count(i => !i.Labelled);
        if (unlabelled > 0)
            Assert.Contains(layout.Legend, l => l.Text == ChartText.English.Unlabelled(unlabelled));
    }

    [Fact]
    public void Close_points_with_wide_labels_form_a_clean_staircase()
    {
        // Six points close together in the middle, labels too wide to sit side by side.
        var xs = new double[] { 150, 160, 170, 180, 190, 200 };
        var widths = new double[] { 90, 90, 90, 90, 90, 90 };
        var placed = TimelineLabelPlacer.Place(xs, widths, 0, 400, -6, 10.65, 9.15);
        Assert.All(placed, p => Assert.True(p.Labelled));
        Assert.Equal(0, TimelineLabelPlacer.Conflicts(placed, xs, -6));
        Assert.All(placed, p => Assert.True(p.Box.Left >= 0 && p.Box.Right <= 400));
        Assert.InRange(placed.Max(p => p.Level), 3, 5); // stacked, but no higher than one level per label
    }

    [Fact]
    public void Three_thousand_events_lay_out_fast_and_clean()
    {
        var chart = ChartSamples.Many(3_000);
        _ = ChartSamples.Many(50).Layout(480, Style); // warm up: measure the layout, not the JIT
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var layout = chart.Layout(480, Style);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"3,000 events took {clock.Elapsed.TotalMilliseconds:F0} ms to lay out");
        var items = layout.Overview.Items.Concat(layout.Zoom?.Items ?? []).ToArray();
        Assert.Equal(3_000, items.Length);
        var labelled = items.Count(i => i.Labelled);
        Assert.InRange(labelled, 10, 2_999);
        Assert.Contains(layout.Legend, l => l.Text == ChartText.English.Unlabelled(3_000 - labelled));
        Assert.InRange(layout.Bounds.Height, 50, 400);
        AssertClean(layout);
    }

    [Fact]
    public void A_single_mark_works()
    {
        var layout = new TimelineChart(new[] { new TimelineMark(new DateOnly(2023, 11, 14), DatePrecision.Day, "Army takes Kidal", false) })
            .Layout(400, Style);
        Assert.Single(layout.Overview.Items);
        AssertClean(layout);
    }

    private static void AssertClean(TimelineLayout layout)
    {
        var panels = new[] { layout.Overview, layout.Zoom }.Where(p => p is not null).Select(p => p!).ToArray();
        var items = panels.SelectMany(p => p.Items).Where(i => i.Labelled).ToArray();
        var bounds = layout.Bounds;
        foreach (var item in items)
        {
            var b = item.LabelBox;
            Assert.True(b.Left >= bounds.Left - 1e-6 && b.Right <= bounds.Right + 1e-6 && b.Top >= bounds.Top - 1e-6 && b.Bottom <= bounds.Bottom + 1e-6,
                $"label '{item.Text}' {b} leaves the chart {bounds}");
        }
        // Sorted by x, each label is compared with those whose boxes could reach it.
        items = items.OrderBy(i => i.LabelBox.Left).ToArray();
        var widest = items.Length == 0 ? 0 : items.Max(i => i.LabelBox.Width);
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = 0; j < items.Length; j++)
            {
                if (Math.Abs(items[i].LabelBox.Left - items[j].LabelBox.Left) > widest + 10)
                    continue;
                if (i == j)
                    continue;
                if (j > i)
                    Assert.False(Geometry.Overlaps(items[i].LabelBox, items[j].LabelBox), $"labels '{items[i].Text}' and '{items[j].Text}' overlap");
                var other = items[j].LabelBox;
                var crosses = items[i].X > other.Left && items[i].X < other.Right
                    && other.Bottom > items[i].LeaderTop && other.Top < items[i].LeaderBottom;
                Assert.False(crosses, $"the leader of '{items[i].Text}' crosses the label '{items[j].Text}'");
            }
        }
        foreach (var panel in panels)
        {
            var labelled = panel.Ticks.Where(t => t.Label is not null).ToArray();
            for (var i = 1; i < labelled.Length; i++)
                Assert.True(labelled[i].LabelBox.Left > labelled[i - 1].LabelBox.Right, "tick labels overlap");
            foreach (var item in panel.Items.Where(i => i.Labelled))
                Assert.True(item.LabelBox.Bottom < panel.AxisY, "labels sit above their axis");
        }
    }
}
