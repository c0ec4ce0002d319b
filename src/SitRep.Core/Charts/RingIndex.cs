using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>
/// A shape's rings cut into runs of consecutive edges, each with its bounding box, so that
/// <see cref="Contains"/> and <see cref="DistanceToEdges"/> skip the runs a point cannot touch. Both give
/// exactly what <see cref="Geometry.Contains"/> and <see cref="Geometry.DistanceToEdges"/> give: a skipped
/// run would not have changed the answer, and the edges tested are computed the same way.
/// </summary>
internal sealed class RingIndex
{
    private const int RunLength = 16;

    private readonly IReadOnlyList<Point[]> rings;
    private readonly Run[] runs;
    private readonly Box bounds;

    /// <summary>
    /// Edges ending at vertices <see cref="Start"/> to <see cref="End"/> - 1 of ring <see cref="Ring"/> (the edge ending at
    /// vertex 0 starts at the last vertex), boxed.
    /// </summary>
    private readonly record struct Run(int Ring, int Start, int End, Box Box);

    /// <summary>
    /// A bounding box widened by a billionth of its coordinates' size: far more than the rounding of an edge's
    /// crossing or nearest point (a few units in the last place), so no edge computed to lie inside it falls outside.
    /// </summary>
    private readonly record struct Box(double MinX, double MinY, double MaxX, double MaxY)
    {
        public static Box Of(Point[] ring, int first, int end, Point before)
        {
            double minX = before.X, minY = before.Y, maxX = before.X, maxY = before.Y;
            for (var i = first; i < end; i++)
            {
                var p = ring[i];
                minX = Math.Min(minX, p.X);
                minY = Math.Min(minY, p.Y);
                maxX = Math.Max(maxX, p.X);
                maxY = Math.Max(maxY, p.Y);
            }
            var pad = 1e-9 * (1 + Math.Max(Math.Max(Math.Abs(minX), Math.Abs(maxX)), Math.Max(Math.Abs(minY), Math.Abs(maxY))));
            return new Box(minX - pad, minY - pad, maxX + pad, maxY + pad);
        }

        public Box Union(Box o) => new(Math.Min(MinX, o.MinX), Math.Min(MinY, o.MinY), Math.Max(MaxX, o.MaxX), Math.Max(MaxY, o.MaxY));

        public double DistanceSquared(Point p)
        {
            var dx = Math.Max(Math.Max(MinX - p.X, p.X - MaxX), 0);
            var dy = Math.Max(Math.Max(MinY - p.Y, p.Y - MaxY), 0);
            return dx * dx + dy * dy;
        }
    }

    public RingIndex(IReadOnlyList<Point[]> rings)
    {
        this.rings = rings;
        var runs = new List<Run>();
        var bounds = new Box(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);
        for (var r = 0; r < rings.Count; r++)
        {
            var ring = rings[r];
            for (var start = 0; start < ring.Length; start += RunLength)
            {
                var end = Math.Min(start + RunLength, ring.Length);
                var box = Box.Of(ring, start, end, ring[(start == 0 ? ring.Length : start) - 1]);
                runs.Add(new Run(r, start, end, box));
                bounds = bounds.Union(box);
            }
        }
        this.runs = runs.ToArray();
        this.bounds = bounds;
    }

    /// <summary>Even–odd point-in-polygon over all rings, as <see cref="Geometry.Contains"/>.</summary>
    public bool Contains(Point p)
    {
        // Outside the box no edge's crossing lies right of p, or (left of it) every ring crosses p's row an even number of times.
        if (p.X < bounds.MinX || p.X > bounds.MaxX || p.Y < bounds.MinY || p.Y > bounds.MaxY)
            return false;
        var inside = false;
        foreach (var run in runs)
        {
            // Edges wholly above or below p's row do not cross it; edges wholly left of p cross it left of p.
            if (p.Y < run.Box.MinY || p.Y > run.Box.MaxY || p.X > run.Box.MaxX)
                continue;
            var ring = rings[run.Ring];
            for (int i = run.Start, j = (i == 0 ? ring.Length : i) - 1; i < run.End; j = i++)
            {
                var a = ring[i];
                var b = ring[j];
                if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y) + a.X)
                    inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>Distance from <paramref name="p"/> to the nearest ring edge, as <see cref="Geometry.DistanceToEdges"/>.</summary>
    public double DistanceToEdges(Point p)
    {
        var best = double.MaxValue;
        foreach (var run in runs)
        {
            if (run.Box.DistanceSquared(p) > best)
                continue;
            var ring = rings[run.Ring];
            for (int i = run.Start, j = (i == 0 ? ring.Length : i) - 1; i < run.End; j = i++)
                best = Math.Min(best, Geometry.SegmentDistanceSquared(p, ring[j], ring[i]));
        }
        return Math.Sqrt(best);
    }
}
