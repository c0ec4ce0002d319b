using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>A placed label: its box, the point it names, and a leader line when it had to move away.</summary>
internal sealed record PlacedLabel(Rect Box, Point Anchor, bool HasLeader, Point LeaderEnd);

/// <summary>
/// Greedy point-label placement. Each label tries eight positions around its point, in the
/// cartographic order of preference (right, upper right, lower right, left, upper left, lower left,
/// above, below); the first that stays inside the bounds and clear of every obstacle (markers,
/// earlier labels, hard lines such as borders and leader lines) wins, preferring positions that cross
/// no soft line. If none is clear, it moves outward in rings of 16 directions and gets a leader line
/// that crosses no label; that leader then becomes a hard line for later labels. A label with no
/// clear position is not placed (null), so placed labels never overlap, and never cross a hard line.
/// Obstacles and lines are kept in a grid of cells, so each test looks only at its neighbourhood.
/// The candidates tested over all labels are capped (<see cref="ChartBounds.MaxPlacementTests"/>): once
/// the budget is spent, a label is not placed, as when no room is left.
/// </summary>
internal sealed class LabelPlacer
{
    private const double Pad = 1.0;
    private const int Rings = 8;
    private const double Cell = 20;
    private readonly SpatialGrid<Rect> boxes = new(Cell);
    private readonly SpatialGrid<(Point C, double R)> discs = new(Cell);
    private readonly SpatialGrid<(Point A, Point B)> hardLines = new(Cell);
    private readonly List<(Point A, Point B)> softSegments = new();
    private readonly List<Rect> placed = new();

    public LabelPlacer(Rect bounds, int budget = ChartBounds.MaxPlacementTests)
    {
        Bounds = bounds;
        Budget = budget;
    }

    public Rect Bounds { get; }

    /// <summary>How many candidate positions may still be tested.</summary>
    public int Budget { get; private set; }

    /// <summary>Boxes of labels placed so far.</summary>
    public IReadOnlyList<Rect> Placed => placed;

    /// <summary>Marks an area labels must not cover (a marker, a scale bar, an inset).</summary>
    public void AddObstacle(Rect r) => boxes.Add(r, r);

    /// <summary>
    /// Marks a round area labels must not cover — the whole disc, not only its box's centre: an area
    /// marker's dashed circle is an obstacle like any dot, but a label may sit in its box's corners.
    /// </summary>
    public void AddDisc(Point centre, double radius) =>
        discs.Add(new Rect(centre.X - radius, centre.Y - radius, 2 * radius, 2 * radius), (centre, radius));

    /// <summary>A line no label may cross: a border, a coast, a leader line.</summary>
    public void AddHardSegment(Point a, Point b) => hardLines.Add(Bounding(a, b), (a, b));

    /// <summary>A line labels should avoid crossing where they can.</summary>
    public void AddSoftSegment(Point a, Point b) => softSegments.Add((a, b));

    /// <summary>Whether <paramref name="r"/> is inside the bounds and clear of obstacles, placed labels and hard lines.</summary>
    public bool IsFree(Rect r)
    {
        if (Budget <= 0)
            return false;
        Budget--;
        if (r.Left < Bounds.Left || r.Top < Bounds.Top || r.Right > Bounds.Right || r.Bottom > Bounds.Bottom)
            return false;
        var padded = r.Inflate(Pad, Pad);
        foreach (var o in boxes.Near(padded))
            if (Geometry.Overlaps(padded, o))
                return false;
        foreach (var (c, radius) in discs.Near(padded))
            if (Geometry.DiscOverlaps(c, radius, padded))
                return false;
        foreach (var (a, b) in hardLines.Near(padded))
            if (Geometry.SegmentHitsRect(a, b, padded))
                return false;
        return true;
    }

    /// <summary>Whether a leader from <paramref name="a"/> to <paramref name="b"/> crosses a placed label or obstacle box.</summary>
    public bool LeaderBlocked(Point a, Point b)
    {
        foreach (var o in boxes.Near(Bounding(a, b)))
            if (Geometry.SegmentHitsRect(a, b, o))
                return true;
        return false;
    }

    public int SoftHits(Rect r) => softSegments.Count(s => Geometry.SegmentHitsRect(s.A, s.B, r));

    /// <summary>Claims <paramref name="r"/> without searching (for labels placed by other rules).</summary>
    /// <summary>
    /// How well a label of <paramref name="size"/> would sit right beside <paramref name="anchor"/>, placing nothing:
    /// 0 crossing nothing, 1 only across soft lines, 2 not beside it at all (it would need a leader).
    /// </summary>
    public int Fit(Point anchor, Size size, double clearance)
    {
        var fit = 2;
        foreach (var box in Candidates(anchor, size, clearance))
        {
            if (!IsFree(box))
                continue;
            if (SoftHits(box) == 0)
                return 0;
            fit = 1;
        }

        return fit;
    }

    public void Claim(Rect r)
    {
        placed.Add(r);
        boxes.Add(r, r);
    }

    /// <summary>
    /// Places a label of <paramref name="size"/> next to <paramref name="anchor"/>, at least <paramref name="clearance"/> from it.
    /// With <paramref name="allowLeader"/> false only the eight adjacent positions are tried; <paramref name="rings"/>
    /// bounds how far out a leader-line label may move.
    /// </summary>
    public PlacedLabel? Place(Point anchor, Size size, double clearance, bool allowLeader = true, int rings = Rings)
    {
        PlacedLabel? best = null;
        var bestHits = int.MaxValue;
        foreach (var box in Candidates(anchor, size, clearance))
        {
            if (!IsFree(box))
                continue;
            var hits = SoftHits(box);
            if (hits < bestHits)
            {
                best = new PlacedLabel(box, anchor, false, anchor);
                bestHits = hits;
                if (hits == 0)
                    break;
            }
        }

        if (best is null && allowLeader)
        {
            var step = Math.Max(size.Height, 4);
            for (var ring = 1; ring <= rings && (best is null || bestHits > 0); ring++)
            {
                var distance = clearance + ring * step;
                for (var k = 0; k < 16; k++)
                {
                    var angle = k * Math.PI / 8;
                    var c = new Point(anchor.X + Math.Cos(angle) * (distance + size.Width / 2), anchor.Y - Math.Sin(angle) * (distance + size.Height / 2));
                    var box = new Rect(c.X - size.Width / 2, c.Y - size.Height / 2, size.Width, size.Height);
                    if (!IsFree(box))
                        continue;
                    var end = NearestPoint(box, anchor);
                    if (LeaderBlocked(Start(anchor, end, clearance), end))
                        continue;
                    var hits = SoftHits(box);
                    if (hits < bestHits)
                    {
                        best = new PlacedLabel(box, anchor, true, end);
                        bestHits = hits;
                    }
                }
            }
        }

        if (best is not null)
        {
            Claim(best.Box);
            if (best.HasLeader)
                AddHardSegment(best.Anchor, best.LeaderEnd);
        }
        return best;
    }

    /// <summary>The eight classic positions, best first.</summary>
    public static IEnumerable<Rect> Candidates(Point p, Size s, double c)
    {
        var d = c * 0.75;
        yield return new Rect(p.X + c, p.Y - s.Height / 2, s.Width, s.Height);             // right
        yield return new Rect(p.X + d, p.Y - d - s.Height, s.Width, s.Height);             // upper right
        yield return new Rect(p.X + d, p.Y + d, s.Width, s.Height);                        // lower right
        yield return new Rect(p.X - c - s.Width, p.Y - s.Height / 2, s.Width, s.Height);   // left
        yield return new Rect(p.X - d - s.Width, p.Y - d - s.Height, s.Width, s.Height);   // upper left
        yield return new Rect(p.X - d - s.Width, p.Y + d, s.Width, s.Height);              // lower left
        yield return new Rect(p.X - s.Width / 2, p.Y - c - s.Height, s.Width, s.Height);   // above
        yield return new Rect(p.X - s.Width / 2, p.Y + c, s.Width, s.Height);              // below
    }

    // The leader leaves the marker's edge, not its centre, so the marker's own box does not block it.
    private static Point Start(Point anchor, Point end, double clearance)
    {
        var dx = end.X - anchor.X;
        var dy = end.Y - anchor.Y;
        var len = Math.Sqrt(dx * dx + dy * dy);
        return len <= clearance ? end : new Point(anchor.X + dx / len * clearance, anchor.Y + dy / len * clearance);
    }

    private static Point NearestPoint(Rect r, Point p) =>
        new(Math.Clamp(p.X, r.Left, r.Right), Math.Clamp(p.Y, r.Top, r.Bottom));

    private static Rect Bounding(Point a, Point b) => Rect.FromEdges(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
}
