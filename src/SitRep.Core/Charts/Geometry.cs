using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>Small plane-geometry helpers for map layout (page coordinates).</summary>
internal static class Geometry
{
    /// <summary>Even–odd point-in-polygon over all rings (holes and multipart shapes alike).</summary>
    public static bool Contains(IReadOnlyList<Point[]> rings, Point p)
    {
        var inside = false;
        foreach (var ring in rings)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                var a = ring[i];
                var b = ring[j];
                if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y) + a.X)
                    inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>Distance from <paramref name="p"/> to the nearest ring edge.</summary>
    public static double DistanceToEdges(IReadOnlyList<Point[]> rings, Point p)
    {
        var best = double.MaxValue;
        foreach (var ring in rings)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
                best = Math.Min(best, SegmentDistanceSquared(p, ring[j], ring[i]));
        }
        return Math.Sqrt(best);
    }

    public static double SegmentDistanceSquared(Point p, Point a, Point b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var len = dx * dx + dy * dy;
        var t = len == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / len, 0, 1);
        double ex = a.X + t * dx - p.X, ey = a.Y + t * dy - p.Y;
        return ex * ex + ey * ey;
    }

    /// <summary>Whether segment a–b crosses or lies inside rectangle <paramref name="r"/>.</summary>
    public static bool SegmentHitsRect(Point a, Point b, Rect r)
    {
        if (r.Contains(a) || r.Contains(b))
            return true;
        if (Math.Max(a.X, b.X) < r.Left || Math.Min(a.X, b.X) > r.Right || Math.Max(a.Y, b.Y) < r.Top || Math.Min(a.Y, b.Y) > r.Bottom)
            return false;
        var corners = new[] { r.TopLeft, r.TopRight(), r.BottomRight(), r.BottomLeft() };
        for (var i = 0; i < 4; i++)
        {
            if (SegmentsCross(a, b, corners[i], corners[(i + 1) % 4]))
                return true;
        }
        return false;
    }

    public static bool SegmentsCross(Point p1, Point p2, Point p3, Point p4)
    {
        var d1 = Cross(p3, p4, p1);
        var d2 = Cross(p3, p4, p2);
        var d3 = Cross(p1, p2, p3);
        var d4 = Cross(p1, p2, p4);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double Cross(Point a, Point b, Point c) => (b.X - a.X) * (c.Y - a.Y) - (b.Y - a.Y) * (c.X - a.X);

    /// <summary>Whether two rectangles overlap by more than touching.</summary>
    public static bool Overlaps(Rect a, Rect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    /// <summary>Whether the disc at <paramref name="c"/> of radius <paramref name="r"/> and rectangle <paramref name="rect"/> overlap by more than touching.</summary>
    public static bool DiscOverlaps(Point c, double r, Rect rect)
    {
        var dx = c.X - Math.Clamp(c.X, rect.Left, rect.Right);
        var dy = c.Y - Math.Clamp(c.Y, rect.Top, rect.Bottom);
        return dx * dx + dy * dy < r * r;
    }

    /// <summary>Rings projected to the page, dropping points closer than <paramref name="minStep"/> to the last kept one.</summary>
    public static Point[] ProjectRing(GeoRing ring, MapProjection projection, double minStep)
    {
        var pts = ring.Points;
        var result = new List<Point>(pts.Count);
        var min2 = minStep * minStep;
        Point last = default;
        for (var i = 0; i < pts.Count; i++)
        {
            var p = projection.Project(pts[i].Lon, pts[i].Lat);
            if (result.Count == 0 || i == pts.Count - 1 || (p.X - last.X) * (p.X - last.X) + (p.Y - last.Y) * (p.Y - last.Y) >= min2)
            {
                result.Add(p);
                last = p;
            }
        }
        return result.ToArray();
    }

    /// <summary>
    /// The part of a closed ring inside <paramref name="clip"/> (Sutherland–Hodgman, one edge at a
    /// time); empty when the ring lies outside. Used where ScottPlot cannot clip a plottable, as in an inset.
    /// </summary>
    public static Point[] ClipRing(IReadOnlyList<Point> ring, Rect clip)
    {
        var points = ring.ToList();
        points = ClipEdge(points, p => p.X >= clip.Left, (a, b) => AtX(a, b, clip.Left));
        points = ClipEdge(points, p => p.X <= clip.Right, (a, b) => AtX(a, b, clip.Right));
        points = ClipEdge(points, p => p.Y >= clip.Top, (a, b) => AtY(a, b, clip.Top));
        points = ClipEdge(points, p => p.Y <= clip.Bottom, (a, b) => AtY(a, b, clip.Bottom));
        return points.ToArray();
    }

    private static List<Point> ClipEdge(List<Point> ring, Func<Point, bool> inside, Func<Point, Point, Point> cut)
    {
        var result = new List<Point>(ring.Count);
        for (var i = 0; i < ring.Count; i++)
        {
            var current = ring[i];
            var previous = ring[(i + ring.Count - 1) % ring.Count];
            if (inside(current))
            {
                if (!inside(previous))
                    result.Add(cut(previous, current));
                result.Add(current);
            }
            else if (inside(previous))
                result.Add(cut(previous, current));
        }
        return result;
    }

    private static Point AtX(Point a, Point b, double x) => new(x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));

    private static Point AtY(Point a, Point b, double y) => new(a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);
}
