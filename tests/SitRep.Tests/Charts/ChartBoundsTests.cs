using System.Diagnostics;
using SitRep.Charts;
using SitRep.Diagnostics;
using SitRep.Drawing;
using SitRep.Pipeline;

namespace SitRep.Tests.Charts;

/// <summary>
/// Each chart has a bound on what it draws, refused with a message at the chart's items (and by the
/// chart itself); label placement has a budget, so however crowded the input, placing labels ends.
/// </summary>
public sealed class ChartBoundsTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("bar", ChartBounds.MaxBars, "bars")]
    [InlineData("share", ChartBounds.MaxShareRows, "figures")]
    [InlineData("drawdown", ChartBounds.MaxShareRows, "figures")]
    [InlineData("timeline", ChartBounds.MaxTimelineEvents, "events")]
    [InlineData("map", ChartBounds.MaxMapPlaces, "places")]
    public void A_chart_listing_more_items_than_its_bound_is_an_error_at_its_items(string type, int max, string items)
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-chart-bounds-").FullName;
        try
        {
            Support.TestFiles.CopyDirectory(Support.RepoPaths.KidalSituation, folder);
            var ids = string.Join(", ", Enumerable.Range(0, max + 1).Select(i => $"item-{i}"));
            var charts = Path.Combine(folder, "charts.yaml");
            var before = File.ReadAllLines(charts).Length;
            File.AppendAllText(charts, $"  - id: crowded\n    type: {type}\n    title: Crowded\n    alt: Too much\n    items: [{ids}]\n");

            var clock = Stopwatch.StartNew();
            var error = Assert.Throws<InputException>(() => BriefBuilder.LoadChecked(folder));

            Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed.TotalSeconds:0.0} s");
            var finding = Assert.Single(error.Diagnostics, d => d.Message.Contains("crowded", StringComparison.Ordinal));
            Assert.Equal(Path.Combine(SitRep.Extracts.SituationLoader.Display(folder), "charts.yaml"), finding.Location.File);
            Assert.Equal(before + 5, finding.Location.Line);
            Assert.Equal(12, finding.Location.Column);
            var canonical = type == "drawdown" ? "share" : type;
            Assert.Equal($"chart 'crowded' lists {max + 1:N0} {items}; a {canonical} chart draws at most {max:N0} (split it into several charts)", finding.Message);
            // The list is refused whole: no "unknown id" finding per item.
            Assert.DoesNotContain(error.Diagnostics, d => d.Message.Contains("unknown", StringComparison.Ordinal) && d.Message.Contains("crowded", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_charts_refuse_more_than_their_bound_and_draw_their_bound()
    {
        BarDatum Bar(int i) => new($"Bar {i}", i + 1, false);
        Assert.Contains($"at most {ChartBounds.MaxBars}", Assert.Throws<ArgumentException>(() => new BarChart(Enumerable.Range(0, ChartBounds.MaxBars + 1).Select(Bar).ToArray())).Message);
        Assert.True(new BarChart(Enumerable.Range(0, ChartBounds.MaxBars).Select(Bar).ToArray()).HeightFor(400) > 0);

        ShareGroup Row(int i) => new($"Part {i}", i, "Total", 1000, false);
        Assert.Contains($"at most {ChartBounds.MaxShareRows}", Assert.Throws<ArgumentException>(() => new ShareChart(Enumerable.Range(0, ChartBounds.MaxShareRows + 1).Select(Row).ToArray(), "x")).Message);
        Assert.True(new ShareChart(Enumerable.Range(0, ChartBounds.MaxShareRows).Select(Row).ToArray(), "x").HeightFor(400) > 0);

        TimelineMark Mark(int i) => new(new DateOnly(2023, 11, 14), DatePrecision.Day, $"Event {i}", false);
        Assert.Contains($"at most {ChartBounds.MaxTimelineEvents:N0}", Assert.Throws<ArgumentException>(() => new TimelineChart(Enumerable.Range(0, ChartBounds.MaxTimelineEvents + 1).Select(Mark).ToArray())).Message);

        MapPlace Place(int i) => new($"p{i}", $"Place {i}", 18.4, 1.4, "town", i == 0);
        Assert.Contains($"at most {ChartBounds.MaxMapPlaces}", Assert.Throws<ArgumentException>(() => new LocatorMap(GeoWorld.Default, "466", Enumerable.Range(0, ChartBounds.MaxMapPlaces + 1).Select(Place).ToArray(), [])).Message);
    }

    [Fact]
    public void A_timeline_of_its_bound_of_events_on_one_day_lays_out_quickly_and_says_what_it_left_unlabelled()
    {
        var marks = Enumerable.Range(0, ChartBounds.MaxTimelineEvents)
            .Select(i => new TimelineMark(new DateOnly(2023, 11, 14), DatePrecision.Day, $"Event number {i} on the same day", false)).ToArray();
        var clock = Stopwatch.StartNew();
        var layout = new TimelineChart(marks).Layout(500, ChartStyle.Default);

        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        var items = layout.Overview.Items.Concat(layout.Zoom?.Items ?? []).ToList();
        Assert.Equal(ChartBounds.MaxTimelineEvents, items.Count);
        var unlabelled = items.Count(i => !i.Labelled);
        Assert.True(unlabelled > 0);
        Assert.Contains(layout.Legend, l => l.Text == ChartText.English.Unlabelled(unlabelled));
        Assert.All(items.Where(i => i.Labelled), i => Assert.True(i.LabelBox.Height > 0));
    }

    [Fact]
    public void A_map_of_its_bound_of_places_on_one_spot_lays_out_within_the_placement_budget()
    {
        var places = Enumerable.Range(0, ChartBounds.MaxMapPlaces)
            .Select(i => new MapPlace($"p{i}", $"Place with a long name {i}", 18.44, 1.41, i % 3 == 0 ? "area" : "town", i == 0)).ToArray();
        var distances = places.Skip(1).Select(p => new MapDistance(p.Id, "about 300 km")).ToArray();
        var clock = Stopwatch.StartNew();
        var layout = new LocatorMap(GeoWorld.Default, "466", places, distances).Layout(new Rect(0, 0, 300, 300), ChartStyle.Default);

        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(ChartBounds.MaxMapPlaces, layout.Places.Count);
        Assert.Contains(layout.Places, p => p.Label is null);
        var boxes = layout.Places.Where(p => p.Label is not null).Select(p => p.Label!.Box).ToList();
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(Geometry.Overlaps(boxes[i], boxes[j]), "placed labels overlap");
    }

    [Fact]
    public void Label_placement_stops_when_its_budget_is_spent()
    {
        var placer = new LabelPlacer(new Rect(0, 0, 200, 200), budget: 100);
        var placed = 0;
        for (var i = 0; i < 1000; i++)
            placed += placer.Place(new Point(100, 100), new Size(30, 9), 3) is null ? 0 : 1;

        Assert.Equal(0, placer.Budget);
        Assert.InRange(placed, 1, 100);
        Assert.Null(placer.Place(new Point(10, 10), new Size(5, 5), 1));
        Assert.Equal(ChartBounds.MaxPlacementTests, new LabelPlacer(new Rect(0, 0, 10, 10)).Budget);
    }
}
