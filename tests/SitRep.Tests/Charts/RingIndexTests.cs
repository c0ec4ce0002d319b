using SitRep.Charts;
using SitRep.Drawing;
using Xunit;

namespace SitRep.Tests.Charts;

/// <summary>The indexed tests must give exactly what the plain ones give, or country names would move.</summary>
public sealed class RingIndexTests
{
    [Fact]
    public void Contains_and_distance_to_edges_equal_the_plain_tests_on_the_map_shapes()
    {
        var frame = new Rect(40, 60, 480, 400);
        var layout = ChartSamples.Map().Layout(frame, ChartStyle.Default);
        var random = new Random(14);
        var checkedInside = 0;
        foreach (var shape in layout.Shapes)
        {
            var index = new RingIndex(shape.Rings);
            var points = new List<Point>();
            for (var k = 0; k < 1500; k++)
                points.Add(new Point(frame.X - 60 + random.NextDouble() * (frame.Width + 120), frame.Y - 60 + random.NextDouble() * (frame.Height + 120)));
            // Points on vertices, on a vertex's row or column, and halfway along edges: where rounding would show.
            foreach (var ring in shape.Rings)
            {
                for (var i = 0; i < ring.Length; i += 7)
                {
                    var a = ring[i];
                    var b = ring[(i + 1) % ring.Length];
                    points.Add(a);
                    points.Add(new Point((a.X + b.X) / 2, (a.Y + b.Y) / 2));
                    points.Add(new Point(frame.X + random.NextDouble() * frame.Width, a.Y));
                    points.Add(new Point(a.X, frame.Y + random.NextDouble() * frame.Height));
                }
            }
            foreach (var p in points)
            {
                var inside = Geometry.Contains(shape.Rings, p);
                Assert.True(inside == index.Contains(p), $"{shape.Country.Name}: Contains{p} differs");
                Assert.Equal(BitConverter.DoubleToInt64Bits(Geometry.DistanceToEdges(shape.Rings, p)), BitConverter.DoubleToInt64Bits(index.DistanceToEdges(p)));
                checkedInside += inside ? 1 : 0;
            }
        }
        Assert.True(checkedInside > 1000, $"only {checkedInside} points fell inside a shape");
    }

    [Fact]
    public void A_square_with_a_hole()
    {
        Point[] outer = [new(0, 0), new(10, 0), new(10, 10), new(0, 10)];
        Point[] hole = [new(4, 4), new(6, 4), new(6, 6), new(4, 6)];
        var index = new RingIndex([outer, hole]);
        Assert.True(index.Contains(new Point(2, 2)));
        Assert.False(index.Contains(new Point(5, 5)));
        Assert.False(index.Contains(new Point(-1, 5)));
        Assert.False(index.Contains(new Point(11, 5)));
        Assert.Equal(1, index.DistanceToEdges(new Point(5, 5)));
        Assert.Equal(2, index.DistanceToEdges(new Point(2, 2)));
        Assert.False(new RingIndex([]).Contains(new Point(0, 0)));
    }
}
