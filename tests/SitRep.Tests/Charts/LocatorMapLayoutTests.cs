using SitRep.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class LocatorMapLayoutTests
{
    private static readonly Rect Frame = new(40, 60, 480, 400);

    [Fact]
    public void Every_place_is_labelled_without_collisions()
    {
        var layout = ChartSamples.Map().Layout(Frame, ChartStyle.Default);
        Assert.Equal(ChartSamples.Places.Count, layout.Places.Count);
        Assert.All(layout.Places, p => Assert.NotNull(p.Label));

        var labels = layout.Places.Select(p => (What: p.Place.Name, Box: p.Label!.Box))
            .Concat(layout.Distances.Where(d => d.Label is not null).Select(d => (What: d.Distance.Label, Box: d.Label!.Box)))
            .Concat(layout.CountryLabels.Select(c => (What: c.Country.Name, c.Box)))
            .ToList();
        foreach (var (what, box) in labels)
            Assert.True(Frame.Contains(box), $"label '{what}' {box} leaves the map");
        for (var i = 0; i < labels.Count; i++)
            for (var j = i + 1; j < labels.Count; j++)
                Assert.False(Geometry.Overlaps(labels[i].Box, labels[j].Box), $"'{labels[i].What}' overlaps '{labels[j].What}'");
        foreach (var marker in layout.Places.Where(p => p.Kind != PlaceKind.Area))
            foreach (var (what, box) in labels)
                Assert.False(Geometry.Overlaps(box, marker.Marker), $"label '{what}' covers the marker of {marker.Place.Name}");
        Assert.All(layout.Distances, d => Assert.NotNull(d.Label));
    }

    [Fact]
    public void Neighbours_are_found_and_named_inside_themselves_and_the_frame()
    {
        var layout = ChartSamples.Map().Layout(Frame, ChartStyle.Default);
        var neighbours = layout.Shapes.Where(s => s.Neighbour).Select(s => s.Country.Name).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "Algeria", "Burkina Faso", "Côte d'Ivoire", "Guinea", "Mauritania", "Niger", "Senegal" }, neighbours);
        Assert.Single(layout.Shapes, s => s.Highlighted);

        var named = layout.CountryLabels.Where(c => !c.Highlighted).Select(c => c.Country.Name).OrderBy(n => n).ToArray();
        Assert.Equal(neighbours, named);
        foreach (var label in layout.CountryLabels)
        {
            var shape = layout.Shapes.Single(s => ReferenceEquals(s.Country, label.Country));
            Assert.True(Geometry.Contains(shape.Rings, label.Anchor), $"{label.Country.Name}'s name is not anchored inside it");
            Assert.True(Frame.Contains(label.Anchor));
        }
        Assert.Contains(layout.CountryLabels, c => c.Highlighted && c.Lines[0] == "MALI");
    }

    [Fact]
    public void Scale_bar_has_a_round_length_and_stays_clear()
    {
        var layout = ChartSamples.Map().Layout(Frame, ChartStyle.Default);
        var mantissa = layout.ScaleKm / Math.Pow(10, Math.Floor(Math.Log10(layout.ScaleKm)));
        Assert.Contains(mantissa, new[] { 1.0, 2.0, 5.0 });
        Assert.True(Frame.Contains(layout.ScaleBar));
        var length = layout.ScaleKm / layout.Projection.KmPerPoint;
        Assert.InRange(length, Frame.Width * 0.08, Frame.Width * 0.2 + 1e-6);
        foreach (var p in layout.Places.Where(p => p.Label is not null))
            Assert.False(Geometry.Overlaps(p.Label!.Box, layout.ScaleBar));
    }

    [Fact]
    public void Height_follows_the_country_shape()
    {
        var h = ChartSamples.Map().HeightFor(480);
        Assert.InRange(h, 480 * 0.5, 480 * 0.9);
    }

    [Theory]
    [InlineData(false, 480)]
    [InlineData(false, 240)]
    [InlineData(true, 400)]
    public void No_label_crosses_a_border_a_coast_or_a_leader(bool zoomed, double width)
    {
        var map = zoomed ? ChartSamples.ZoomedMap() : ChartSamples.Map();
        var layout = map.Layout(new Rect(0, 0, width, map.HeightFor(width)), ChartStyle.Default);
        var labels = layout.Places.Where(p => p.Label is not null).Select(p => (What: p.Place.Name, p.Label!.Box))
            .Concat(layout.Distances.Where(d => d.Label is not null).Select(d => (What: d.Distance.Label, d.Label!.Box)))
            .Concat(layout.CountryLabels.Select(c => (What: c.Country.Name, c.Box)))
            .ToList();
        var borders = layout.Shapes.SelectMany(s => s.Rings).SelectMany(r => r.Select((p, i) => (A: r[i], B: r[(i + 1) % r.Length]))).ToList();
        var leaders = layout.Places.Where(p => p.Label is { HasLeader: true }).Select(p => (Of: p.Place.Name, A: p.Label!.Anchor, B: p.Label.LeaderEnd)).ToList();
        foreach (var (what, box) in labels)
        {
            Assert.DoesNotContain(borders, b => Geometry.SegmentHitsRect(b.A, b.B, box));
            foreach (var leader in leaders.Where(l => l.Of != what))
                Assert.False(Geometry.SegmentHitsRect(leader.A, leader.B, box), $"the leader of {leader.Of} crosses the label '{what}'");
        }
    }

    [Fact]
    public void Places_close_together_get_a_zoomed_view_and_the_country_in_an_inset()
    {
        var whole = ChartSamples.Map().Layout(Frame, ChartStyle.Default);
        var zoomed = ChartSamples.ZoomedMap().Layout(Frame, ChartStyle.Default);
        Assert.Null(whole.Inset);
        var inset = Assert.IsType<MapInset>(zoomed.Inset);
        Assert.True(zoomed.Projection.KmPerPoint < whole.Projection.KmPerPoint / 3, "the view zooms in on the places");
        Assert.True(Frame.Contains(inset.Frame));
        Assert.True(inset.Frame.Contains(inset.View), "the view's outline sits inside the inset");
        Assert.Contains(inset.Shapes, s => s.Highlighted);
        Assert.All(inset.Shapes.SelectMany(s => s.Rings).SelectMany(r => r), p => Assert.True(inset.Frame.Inflate(0.01, 0.01).Contains(p)));
        foreach (var place in zoomed.Places)
        {
            Assert.True(Frame.Contains(place.Point), $"{place.Place.Name} is inside the zoomed view");
            Assert.False(inset.Frame.Contains(place.Point), $"the inset covers {place.Place.Name}");
            if (place.Label is { } label)
                Assert.False(label.Box.IntersectsWith(inset.Frame), $"the label of {place.Place.Name} runs under the inset");
        }
    }

    [Fact]
    public void Distances_are_only_those_the_data_gives()
    {
        var none = new LocatorMap(GeoWorld.Default, "466", ChartSamples.Places, []).Layout(Frame, ChartStyle.Default);
        Assert.Empty(none.Distances);
        var layout = ChartSamples.Map().Layout(Frame, ChartStyle.Default);
        Assert.Equal(ChartSamples.Distances.Select(d => d.Label), layout.Distances.Select(d => d.Distance.Label));
        Assert.DoesNotContain(ChartSamples.Map().Texts, t => t.Contains('\u2248'));
    }
}
