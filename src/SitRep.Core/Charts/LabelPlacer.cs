using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>A placed label: its box, the point it names, and a leader line when it had to move away.</summary>
internal sealed record PlacedLabel(XRect Box, XPoint Anchor, bool HasLeader, XPoint LeaderEnd);

/// <summary>
/// Greedy point-label placement. Each label tries eight positions around its point, in the
/// cartographic order of preference (right, upper right, lower right, left, upper left, lower left,
/// above, below); the first that stays inside the bounds and clear of every obstacle (markers,
/// earlier labels) wins, preferring positions that cross no soft obstacle (lines). If none is clear,
/// it moves outward in rings of 16 directions and gets a leader line. A label with no clear position
/// at all is not placed (null), so placed labels never overlap.
/// </summary>
internal sealed class LabelPlacer
{
    private const double Pad = 1.0;
    private const int Rings = 8;
    private readonly List<XRect> obstacles = new();
    private readonly List<(XPoint C, double R)> discs = new();
    private readonly List<(XPoint A, XPoint B)> softSegments = new();
    private readonly List<XRect> placed = new();

    public LabelPlacer(XRect bounds) => Bounds = bounds;

    public XRect Bounds { get; }

    /// <summary>Boxes of labels placed so far.</summary>
    public IReadOnlyList<XRect> Placed => placed;

    /// <summary>Marks an area labels must not cover (a marker, a scale bar).</summary>
    public void AddObstacle(XRect r) => obstacles.Add(r);

    /// <summary>
    /// Marks a round area labels must not cover — the whole disc, not only its box's centre: an area
    /// marker's dashed circle is an obstacle like any dot, but a label may sit in its box's corners.
    /// </summary>
    public void AddDisc(XPoint centre, double radius) => discs.Add((centre, radius));

    /// <summary>A line labels should avoid crossing where they can.</summary>
    public void AddSoftSegment(XPoint a, XPoint b) => softSegments.Add((a, b));

    /// <summary>Whether <paramref name="r"/> is inside the bounds and clear of obstacles and placed labels.</summary>
    public bool IsFree(XRect r)
    {
        if (r.Left < Bounds.Left || r.Top < Bounds.Top || r.Right > Bounds.Right || r.Bottom > Bounds.Bottom)
            return false;
        var padded = new XRect(r.X - Pad, r.Y - Pad, r.Width + 2 * Pad, r.Height + 2 * Pad);
        foreach (var o in obstacles)
            if (Geometry.Overlaps(padded, o))
                return false;
        foreach (var o in placed)
            if (Geometry.Overlaps(padded, o))
                return false;
        foreach (var (c, radius) in discs)
            if (Geometry.DiscOverlaps(c, radius, padded))
                return false;
        return true;
    }

    public int SoftHits(XRect r) => softSegments.Count(s => Geometry.SegmentHitsRect(s.A, s.B, r));

    /// <summary>Claims <paramref name="r"/> without searching (for labels placed by other rules).</summary>
    public void Claim(XRect r) => placed.Add(r);

    /// <summary>
    /// Places a label of <paramref name="size"/> next to <paramref name="anchor"/>, at least <paramref name="clearance"/> from it.
    /// With <paramref name="allowLeader"/> false only the eight adjacent positions are tried; <paramref name="rings"/>
    /// bounds how far out a leader-line label may move.
    /// </summary>
    public PlacedLabel? Place(XPoint anchor, XSize size, double clearance, bool allowLeader = true, int rings = Rings)
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
                    var c = new XPoint(anchor.X + Math.Cos(angle) * (distance + size.Width / 2), anchor.Y - Math.Sin(angle) * (distance + size.Height / 2));
                    var box = new XRect(c.X - size.Width / 2, c.Y - size.Height / 2, size.Width, size.Height);
                    if (!IsFree(box))
                        continue;
                    var hits = SoftHits(box);
                    if (hits < bestHits)
                    {
                        best = new PlacedLabel(box, anchor, true, NearestPoint(box, anchor));
                        bestHits = hits;
                    }
                }
            }
        }

        if (best is not null)
            placed.Add(best.Box);
        return best;
    }

    /// <summary>The eight classic positions, best first.</summary>
    public static IEnumerable<XRect> Candidates(XPoint p, XSize s, double c)
    {
        var d = c * 0.75;
        yield return new XRect(p.X + c, p.Y - s.Height / 2, s.Width, s.Height);             // right
        yield return new XRect(p.X + d, p.Y - d - s.Height, s.Width, s.Height);             // upper right
        yield return new XRect(p.X + d, p.Y + d, s.Width, s.Height);                        // lower right
        yield return new XRect(p.X - c - s.Width, p.Y - s.Height / 2, s.Width, s.Height);   // left
        yield return new XRect(p.X - d - s.Width, p.Y - d - s.Height, s.Width, s.Height);   // upper left
        yield return new XRect(p.X - d - s.Width, p.Y + d, s.Width, s.Height);              // lower left
        yield return new XRect(p.X - s.Width / 2, p.Y - c - s.Height, s.Width, s.Height);   // above
        yield return new XRect(p.X - s.Width / 2, p.Y + c, s.Width, s.Height);              // below
    }

    private static XPoint NearestPoint(XRect r, XPoint p) =>
        new(Math.Clamp(p.X, r.Left, r.Right), Math.Clamp(p.Y, r.Top, r.Bottom));
}
