using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Places one-line labels for points on a horizontal axis in stacked levels above it, each joined to
/// its point by a vertical leader line. A label sits right of its leader (or left of it, near the
/// right edge). Guarantees, whenever any placement exists within <see cref="MaxLevels"/>:
/// no two labels overlap, no leader passes through another label, and every label is inside
/// [left, right]. Greedy, tried in four orders/preferences; the placement with the fewest levels wins.
/// </summary>
internal static class LevelLabeler
{
    public const int MaxLevels = 24;
    public const double LeaderGap = 2.5;
    private const double Pad = 3;

    /// <summary>A placed label: its level (0 = nearest the axis), its box, and whether it hangs left of its leader.</summary>
    internal readonly record struct Placement(int Level, XRect Box, bool RightAligned);

    /// <param name="xs">Point positions.</param>
    /// <param name="widths">Label widths.</param>
    /// <param name="left">Left bound for labels.</param>
    /// <param name="right">Right bound for labels.</param>
    /// <param name="baseY">The bottom of level 0 (just above the axis and its markers).</param>
    /// <param name="levelHeight">Height of one level (the label's line height plus spacing).</param>
    /// <param name="boxHeight">Height of a label box.</param>
    public static Placement[] Place(IReadOnlyList<double> xs, IReadOnlyList<double> widths, double left, double right, double baseY, double levelHeight, double boxHeight)
    {
        var n = xs.Count;
        var ascending = Enumerable.Range(0, n).OrderBy(i => xs[i]).ThenBy(i => i).ToArray();
        var descending = ascending.Reverse().ToArray();
        Placement[]? best = null;
        var bestScore = (int.MaxValue, int.MaxValue, int.MaxValue);
        foreach (var (order, preferRight) in new[] { (ascending, true), (descending, false), (ascending, false), (descending, true) })
        {
            var result = Greedy(order, preferRight, xs, widths, left, right, baseY, levelHeight, boxHeight, out var failures);
            var score = (failures, result.Length == 0 ? 0 : result.Max(p => p.Level), result.Sum(p => p.Level));
            if (score.CompareTo(bestScore) < 0)
            {
                best = result;
                bestScore = score;
            }
        }
        return best ?? Array.Empty<Placement>();
    }

    public static XRect Box(double x, double width, int level, bool rightAligned, double baseY, double levelHeight, double boxHeight)
    {
        var bottom = baseY - level * levelHeight;
        var boxLeft = rightAligned ? x - LeaderGap - width : x + LeaderGap;
        return new XRect(boxLeft, bottom - boxHeight, width, boxHeight);
    }

    private static Placement[] Greedy(int[] order, bool preferRight, IReadOnlyList<double> xs, IReadOnlyList<double> widths,
        double left, double right, double baseY, double levelHeight, double boxHeight, out int failures)
    {
        var placed = new Placement[xs.Count];
        var done = new List<int>(xs.Count);
        failures = 0;
        var pending = new HashSet<int>(order);
        foreach (var i in order)
        {
            pending.Remove(i);
            Placement? chosen = null;
            var bestCost = double.MaxValue;
            for (var level = 0; level < MaxLevels; level++)
            {
                if (level > bestCost)
                    break;
                foreach (var rightAligned in preferRight ? new[] { true, false } : new[] { false, true })
                {
                    var box = Box(xs[i], widths[i], level, rightAligned, baseY, levelHeight, boxHeight);
                    if (box.Left < left - 0.01 || box.Right > right + 0.01)
                        continue;
                    if (!Fits(i, box, xs, placed, done, baseY))
                        continue;
                    // A label over a point still to be placed forces that point's leader below it:
                    // costly, and fatal at level 0.
                    var blocked = pending.Count(k => xs[k] > box.Left - 1.5 && xs[k] < box.Right + 1.5);
                    var cost = level + (rightAligned == preferRight ? 0 : 0.25) + blocked * (level == 0 ? 1000 : 8.0 / level);
                    if (cost < bestCost)
                    {
                        bestCost = cost;
                        chosen = new Placement(level, box, rightAligned);
                    }
                }
            }
            if (chosen is null)
            {
                // Nothing clean: the lowest level free of other labels, clamped inside the bounds.
                failures++;
                for (var level = 0; ; level++)
                {
                    var box = Box(xs[i], widths[i], level, false, baseY, levelHeight, boxHeight);
                    var shift = Math.Min(0, right - box.Right) + Math.Max(0, left - box.Left);
                    box.Offset(shift, 0);
                    if (done.All(j => !Inflate(placed[j].Box).IntersectsWith(box)) || level >= MaxLevels * 2)
                    {
                        chosen = new Placement(level, box, false);
                        break;
                    }
                }
            }
            placed[i] = chosen.Value;
            done.Add(i);
        }
        return placed;
    }

    private static bool Fits(int i, XRect box, IReadOnlyList<double> xs, Placement[] placed, List<int> done, double baseY)
    {
        var padded = Inflate(box);
        foreach (var j in done)
        {
            var other = placed[j].Box;
            if (padded.IntersectsWith(other))
                return false;
            // My leader runs from the axis up to my box: it must not pass through their label…
            if (LeaderHits(xs[i], box.Top, baseY, other))
                return false;
            // …and their leader must not pass through mine.
            if (LeaderHits(xs[j], other.Top, baseY, box))
                return false;
        }
        return true;
    }

    /// <summary>Whether a leader at <paramref name="x"/> from <paramref name="baseY"/> up to <paramref name="top"/> crosses <paramref name="box"/>.</summary>
    public static bool LeaderHits(double x, double top, double baseY, XRect box) =>
        x > box.Left - 1.5 && x < box.Right + 1.5 && box.Bottom > top + 0.01 && box.Top < baseY;

    private static XRect Inflate(XRect r) => new(r.X - Pad, r.Y - 0.5, r.Width + 2 * Pad, r.Height + 1);
}
