using SitRep.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

/// <summary>
/// The Kidal locator map laid out at the widths the briefs use — small (about 240 pt, executive and
/// humanitarian briefs) and full width (about 490 pt, analyst brief) — must keep every label clear of
/// every other label, every marker, every area circle (the whole disc, not just its centre dot) and the
/// map furniture (scale bar, north arrow).
/// </summary>
public sealed class LocatorMapSizeTests
{
    /// <summary>The places as the seed data names them (the area is "Tinzaouatine", Tessalit's distance is exact).</summary>
    private static readonly IReadOnlyList<MapPlace> SeedPlaces = ChartSamples.Places
        .Select(p => p.Id == "tinzaouatine" ? new MapPlace(p.Id, "Tinzaouatine", 19.96, 2.97, p.Kind, p.IsFocus) : p)
        .ToArray();

    private static readonly IReadOnlyList<MapDistance> SeedDistances = new[]
    {
        new MapDistance("anefis", "≈110 km"),
        new MapDistance("tessalit", "200 km"),
        new MapDistance("bamako", "≈1,500 km"),
    };

    public static TheoryData<string, double, double> Cases()
    {
        var data = new TheoryData<string, double, double>();
        foreach (var data_ in new[] { "sample", "seed" })
            foreach (var width in new[] { 230.0, 240.0, 250.0, 490.0 })
                foreach (var fontSize in new[] { 7.0, 7.2, 7.5 })
                    data.Add(data_, width, fontSize);
        return data;
    }

    private static LocatorMap MapFor(string data) => data == "seed"
        ? new LocatorMap(GeoWorld.Default, "466", SeedPlaces, SeedDistances)
        : ChartSamples.Map();

    private static MapLayout LayoutAt(string data, double width, double fontSize, out Rect frame)
    {
        var map = MapFor(data);
        frame = new Rect(36, 50, width, map.HeightFor(width));
        return map.Layout(frame, ChartStyle.Default with { FontSize = fontSize });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Labels_clear_each_other_markers_area_circles_and_furniture(string data, double width, double fontSize)
    {
        var layout = LayoutAt(data, width, fontSize, out var frame);

        var labels = layout.Places.Where(p => p.Label is not null).Select(p => (What: "place " + p.Place.Name, Box: p.Label!.Box))
            .Concat(layout.Distances.Where(d => d.Label is not null).Select(d => (What: "distance " + d.Distance.Label, Box: d.Label!.Box)))
            .Concat(layout.CountryLabels.Select(c => (What: "country " + c.Country.Name, c.Box)))
            .ToList();

        foreach (var (what, box) in labels)
        {
            Assert.True(frame.Contains(box), $"{what} {box} leaves the map");
            Assert.False(Geometry.Overlaps(box, layout.ScaleBar), $"{what} covers the scale bar");
            Assert.False(Geometry.Overlaps(box, layout.NorthArrow), $"{what} covers the north arrow");
            foreach (var p in layout.Places)
            {
                if (p.Kind == PlaceKind.Area)
                {
                    var r = MapLayout.MarkerRadius(p.Kind, p.Place.IsFocus);
                    Assert.False(DiscHitsRect(p.Point, r, box), $"{what} {box} crosses the area circle of {p.Place.Name} (r = {r})");
                }
                else
                {
                    Assert.False(Geometry.Overlaps(box, p.Marker), $"{what} covers the marker of {p.Place.Name}");
                }
            }
        }
        for (var i = 0; i < labels.Count; i++)
            for (var j = i + 1; j < labels.Count; j++)
                Assert.False(Geometry.Overlaps(labels[i].Box, labels[j].Box), $"{labels[i].What} overlaps {labels[j].What}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_focus_and_the_capital_are_always_named(string data, double width, double fontSize)
    {
        var layout = LayoutAt(data, width, fontSize, out _);
        Assert.NotNull(layout.Places.Single(p => p.Place.IsFocus).Label);
        Assert.NotNull(layout.Places.Single(p => p.Kind == PlaceKind.Capital).Label);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_place_and_distance_is_labelled_at_brief_sizes(string data, double width, double fontSize)
    {
        // Nothing needs dropping for the Kidal map at these sizes: room is found beside or, with a leader, near.
        // Only at the narrowest, largest-type case may an area's name go, as no spot there crosses no border.
        var layout = LayoutAt(data, width, fontSize, out _);
        var mayDrop = width < 240 && fontSize >= 7.5;
        Assert.All(layout.Places.Where(p => !(mayDrop && p.Kind == PlaceKind.Area)), p => Assert.True(p.Label is not null, $"{p.Place.Name} lost its label"));
        Assert.All(layout.Distances, d => Assert.True(d.Label is not null, $"distance {d.Distance.Label} lost its label"));
    }

    private static bool DiscHitsRect(Point c, double r, Rect box)
    {
        var dx = c.X - Math.Clamp(c.X, box.Left, box.Right);
        var dy = c.Y - Math.Clamp(c.Y, box.Top, box.Bottom);
        return dx * dx + dy * dy < r * r;
    }
}
