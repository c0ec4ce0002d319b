using SitRep.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class LabelPlacerTests
{
    [Fact]
    public void Prefers_the_right_of_the_point_when_free()
    {
        var placer = new LabelPlacer(new Rect(0, 0, 200, 200));
        var label = placer.Place(new Point(50, 100), new Size(30, 9), 3);
        Assert.NotNull(label);
        Assert.False(label!.HasLeader);
        Assert.Equal(53, label.Box.Left, 6);
        Assert.Equal(100, label.Box.Top + label.Box.Height / 2, 6);
    }

    [Fact]
    public void Moves_away_from_the_frame_edge_and_from_markers()
    {
        var placer = new LabelPlacer(new Rect(0, 0, 200, 200));
        placer.AddObstacle(new Rect(60, 90, 40, 20)); // something to the right of the point
        var label = placer.Place(new Point(195, 100), new Size(30, 9), 3);
        Assert.NotNull(label);
        Assert.True(label!.Box.Right <= 200 && label.Box.Left >= 0);
        var other = placer.Place(new Point(55, 100), new Size(30, 9), 3);
        Assert.NotNull(other);
        Assert.False(Geometry.Overlaps(other!.Box, new Rect(60, 90, 40, 20)));
    }

    [Fact]
    public void Avoids_soft_lines_when_it_can()
    {
        var placer = new LabelPlacer(new Rect(0, 0, 200, 200));
        placer.AddSoftSegment(new Point(50, 100), new Point(150, 100)); // a line running right from the point
        var label = placer.Place(new Point(50, 100), new Size(30, 9), 3);
        Assert.NotNull(label);
        Assert.Equal(0, placer.SoftHits(label!.Box));
    }

    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 60)]
    [InlineData(3, 150)]
    [InlineData(4, 400)]
    public void Crowded_labels_never_overlap_each_other_markers_or_the_frame(int seed, int count)
    {
        var random = new Random(seed);
        var bounds = new Rect(0, 0, 300, 200);
        var placer = new LabelPlacer(bounds);
        var points = Enumerable.Range(0, count)
            .Select(_ => new Point(20 + random.NextDouble() * 260, 20 + random.NextDouble() * 160))
            .ToArray();
        var markers = points.Select(p => new Rect(p.X - 2, p.Y - 2, 4, 4)).ToArray();
        foreach (var m in markers)
            placer.AddObstacle(m);

        var placed = new List<PlacedLabel>();
        foreach (var p in points)
        {
            var size = new Size(15 + random.NextDouble() * 45, 9);
            var label = placer.Place(p, size, 4);
            if (label is not null)
                placed.Add(label);
        }

        if (count <= 20)
            Assert.Equal(count, placed.Count); // sparse: everyone gets a label
        Assert.NotEmpty(placed);
        for (var i = 0; i < placed.Count; i++)
        {
            var a = placed[i].Box;
            Assert.True(a.Left >= bounds.Left && a.Right <= bounds.Right && a.Top >= bounds.Top && a.Bottom <= bounds.Bottom, $"label {a} leaves the frame");
            foreach (var m in markers)
                Assert.False(Geometry.Overlaps(a, m), $"label {a} covers marker {m}");
            for (var j = i + 1; j < placed.Count; j++)
                Assert.False(Geometry.Overlaps(a, placed[j].Box), $"labels {a} and {placed[j].Box} overlap");
        }
        Assert.Equal(placed.Count, placer.Placed.Count);
    }

    [Fact]
    public void A_label_hemmed_in_by_other_labels_is_left_out_rather_than_crossed_by_its_leader()
    {
        var placer = new LabelPlacer(new Rect(0, 0, 200, 200));
        var p = new Point(100, 100);
        foreach (var box in LabelPlacer.Candidates(p, new Size(30, 9), 3))
            placer.Claim(box); // all eight classic spots taken: any leader would cross one
        Assert.Null(placer.Place(p, new Size(30, 9), 3));
    }

    [Fact]
    public void Labels_never_cross_a_hard_line_nor_a_leader()
    {
        var placer = new LabelPlacer(new Rect(0, 0, 200, 200));
        placer.AddHardSegment(new Point(104, 0), new Point(104, 200)); // a border just right of the point
        var label = placer.Place(new Point(100, 100), new Size(30, 9), 3);
        Assert.NotNull(label);
        Assert.True(label!.Box.Right < 104);
        var boxed = placer.Place(new Point(60, 100), new Size(30, 9), 3);
        foreach (var placed in new[] { label, boxed })
            if (placed is { HasLeader: true })
                Assert.False(Geometry.SegmentHitsRect(placed.Anchor, placed.LeaderEnd, label.Box) && !ReferenceEquals(placed, label));
    }

    [Fact]
    public void A_displaced_label_gets_a_leader_from_its_point()
    {
        var placer = new LabelPlacer(new Rect(0, 0, 200, 200));
        var p = new Point(100, 100);
        // A small square of border round the point: every adjacent spot crosses it; a leader may.
        Point[] square = [new(95, 95), new(105, 95), new(105, 105), new(95, 105)];
        for (var i = 0; i < 4; i++)
            placer.AddHardSegment(square[i], square[(i + 1) % 4]);
        var label = placer.Place(p, new Size(30, 9), 3);
        Assert.NotNull(label);
        Assert.True(label!.HasLeader);
        Assert.Equal(p, label.Anchor);
        Assert.True(label.Box.Contains(label.LeaderEnd) || IsOnEdge(label.Box, label.LeaderEnd));
    }

    private static bool IsOnEdge(Rect r, Point p) =>
        p.X >= r.Left - 1e-9 && p.X <= r.Right + 1e-9 && p.Y >= r.Top - 1e-9 && p.Y <= r.Bottom + 1e-9;
}
