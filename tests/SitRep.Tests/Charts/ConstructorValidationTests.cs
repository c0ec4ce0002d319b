using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class ConstructorValidationTests
{
    [Fact]
    public void Bar_chart_rejects_empty_NaN_and_negative_data()
    {
        var empty = Assert.Throws<ArgumentException>(() => new BarChart(Array.Empty<BarDatum>()));
        Assert.Contains("at least one", empty.Message);
        var nan = Assert.Throws<ArgumentException>(() => new BarChart(new[] { new BarDatum("A", 1, false), new BarDatum("B", double.NaN, false) }));
        Assert.Contains("NaN", nan.Message);
        Assert.Contains("'B'", nan.Message);
        var negative = Assert.Throws<ArgumentException>(() => new BarChart(new[] { new BarDatum("Deaths", -3, false) }));
        Assert.Contains("negative", negative.Message);
        Assert.Throws<ArgumentException>(() => new BarChart(new[] { new BarDatum("A", double.PositiveInfinity, false) }));
        Assert.Throws<ArgumentNullException>(() => new BarChart(null!));
    }

    [Fact]
    public void Share_chart_rejects_bad_groups()
    {
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => new ShareChart(Array.Empty<ShareGroup>(), "10 Nov 2023")).Message);
        var over = Assert.Throws<ArgumentException>(() => new ShareChart(new[] { new ShareGroup("Civilian personnel", 800, "Total", 737, false) }, "10 Nov 2023"));
        Assert.Contains("exceeds total", over.Message);
        Assert.Contains("Civilian personnel", over.Message);
        Assert.Contains("NaN", Assert.Throws<ArgumentException>(() => new ShareChart(new[] { new ShareGroup("A", double.NaN, "Total", 10, false) }, "x")).Message);
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => new ShareChart(new[] { new ShareGroup("A", 1, "Total", -10, false) }, "x")).Message);
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => new ShareChart(new[] { new ShareGroup("A", -1, "Total", 10, false) }, "x")).Message);
        Assert.Contains("zero", Assert.Throws<ArgumentException>(() => new ShareChart(new[] { new ShareGroup("A", 0, "Total", 0, false) }, "x")).Message);
        _ = new ShareChart(new[] { new ShareGroup("All gone", 737, "Total", 737, false), new ShareGroup("None yet", 0, "Total", 10, false) }, "x");
    }

    [Fact]
    public void Timeline_rejects_empty_data()
    {
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => new TimelineChart(Array.Empty<TimelineMark>())).Message);
        Assert.Throws<ArgumentException>(() => new TimelineChart(new[] { new TimelineMark(new DateOnly(2023, 1, 1), (DatePrecision)7, "?", false) }));
    }

    [Fact]
    public void Locator_map_rejects_unknown_countries_kinds_and_places()
    {
        var world = GeoWorld.Default;
        var kidal = new MapPlace("kidal", "Kidal", 18.44, 1.41, "town", true);
        Assert.Contains("'999'", Assert.Throws<ArgumentException>(() => new LocatorMap(world, "999", new[] { kidal }, Array.Empty<MapDistance>())).Message);
        Assert.Contains("village", Assert.Throws<ArgumentException>(() => new LocatorMap(world, "466", new[] { kidal with { Kind = "village" } }, Array.Empty<MapDistance>())).Message);
        Assert.Contains("nowhere", Assert.Throws<ArgumentException>(() => new LocatorMap(world, "466", new[] { kidal }, new[] { new MapDistance("nowhere", "≈1 km") })).Message);
        Assert.Contains("coordinates", Assert.Throws<ArgumentException>(() => new LocatorMap(world, "466", new[] { kidal with { Lat = double.NaN } }, Array.Empty<MapDistance>())).Message);
        Assert.Contains("focus", Assert.Throws<ArgumentException>(() => new LocatorMap(world, "466", new[] { kidal, kidal with { Id = "k2" } }, Array.Empty<MapDistance>())).Message);
        Assert.Contains("duplicate", Assert.Throws<ArgumentException>(() => new LocatorMap(world, "466", new[] { kidal, kidal with { IsFocus = false } }, Array.Empty<MapDistance>())).Message);
        _ = new LocatorMap(world, "466", Array.Empty<MapPlace>(), Array.Empty<MapDistance>());
    }
}
