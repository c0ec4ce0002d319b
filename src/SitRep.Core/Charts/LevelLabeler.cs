using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Places one-line labels for points on a horizontal axis in stacked levels above it, each joined to
/// its point by a vertical leader line; a label hangs right of its leader, or left of it where there
/// is no room on the right. Two strategies are tried — a greedy pass in four orders, and
/// <see cref="Arranged"/> (hanging sides by local search, then minimal levels) — and the result with
/// fewest conflicts, then fewest levels, wins. Labels never overlap and always stay inside
/// [left, right]; no leader passes through another label unless the crowding makes that impossible
/// (long labels packed tighter than their width against both edges).
/// </summary>
internal static class LevelLabeler
{
    public const int MaxLevels = 24;
    public const double LeaderGap = 2.5;
    private const double Pad = 3;

    /// <summary>A placed label: its level (0 = nearest the axis), its box, and whether it hangs left of its leader.</summary>
    internal readonly record struct Placement(int Level, XRect Box, bool HangsLeft);

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
        foreach (var (order, preferLeftHanging) in new[] { (ascending, true), (descending, false), (ascending, false), (descending, true) })
        {
            var result = Greedy(order, preferLeftHanging, xs, widths, left, right, baseY, levelHeight, boxHeight);
            var score = (Conflicts(result, xs, baseY), result.Length == 0 ? 0 : result.Max(p => p.Level), result.Sum(p => p.Level));
            if (score.CompareTo(bestScore) < 0)
            {
                best = result;
                bestScore = score;
            }
        }
        // The arranged layout: hanging sides found by local search, minimal levels for them.
        var arranged = Arranged(xs, widths, left, right, baseY, levelHeight, boxHeight);
        var arrangedScore = (Conflicts(arranged, xs, baseY), arranged.Length == 0 ? 0 : arranged.Max(p => p.Level), arranged.Sum(p => p.Level));
        if (best is null || arrangedScore.CompareTo(bestScore) < 0)
            best = arranged;
        return best ?? Array.Empty<Placement>();
    }

    /// <summary>
    /// Chooses for each label whether it hangs right or left of its leader, then gives each label
    /// the lowest level allowed by "a label spanning another point sits above that point's label"
    /// and "overlapping labels sit on different levels". A label hanging right followed by one
    /// hanging left that span each other's points cannot both be satisfied, so the sides are chosen
    /// (starting from all-right, all-left and every left-then-right split, then flipping single
    /// labels) to leave no such pair where possible, and then as few levels as possible.
    /// </summary>
    public static Placement[] Arranged(IReadOnlyList<double> xs, IReadOnlyList<double> widths, double left, double right, double baseY, double levelHeight, double boxHeight)
    {
        var n = xs.Count;
        if (n == 0)
            return Array.Empty<Placement>();
        var order = Enumerable.Range(0, n).OrderBy(i => xs[i]).ThenBy(i => i).ToArray();
        var rank = new int[n];
        for (var r = 0; r < n; r++)
            rank[order[r]] = r;
        var canRight = Enumerable.Range(0, n).Select(i => xs[i] + LeaderGap + widths[i] <= right + 0.01).ToArray();
        var canLeft = Enumerable.Range(0, n).Select(i => xs[i] - LeaderGap - widths[i] >= left - 0.01).ToArray();

        bool[] Sides(Func<int, bool> wantsLeft)
        {
            var hangs = new bool[n];
            for (var i = 0; i < n; i++)
                hangs[i] = wantsLeft(i) ? canLeft[i] || !canRight[i] : !canRight[i] && canLeft[i];
            return hangs;
        }

        (int Conflicts, int MaxLevel, int Sum, int[] Levels) Evaluate(bool[] hangs)
        {
            var levels = Levels(xs, widths, hangs);
            var boxes = new Placement[n];
            for (var i = 0; i < n; i++)
                boxes[i] = new Placement(levels[i], Box(xs[i], widths[i], levels[i], hangs[i], baseY, levelHeight, boxHeight), hangs[i]);
            return (Conflicts(boxes, xs, baseY), levels.Max(), levels.Sum(), levels);
        }

        static bool Better((int C, int M, int S, int[] L) a, (int C, int M, int S, int[] L) b) => (a.C, a.M, a.S).CompareTo((b.C, b.M, b.S)) < 0;

        var best = Sides(_ => false);
        var bestEval = Evaluate(best);
        for (var k = 1; k <= n; k++)
        {
            var start = Sides(i => rank[i] < k); // k = n: all left
            var e = Evaluate(start);
            if (Better(e, bestEval))
                (best, bestEval) = (start, e);
        }
        for (var round = 0; round < 8; round++)
        {
            var improved = false;
            for (var i = 0; i < n; i++)
            {
                if (!(best[i] ? canRight[i] : canLeft[i]))
                    continue;
                var trial = (bool[])best.Clone();
                trial[i] = !trial[i];
                var e = Evaluate(trial);
                if (Better(e, bestEval))
                {
                    (best, bestEval) = (trial, e);
                    improved = true;
                }
            }
            if (!improved)
                break;
        }

        var result = new Placement[n];
        for (var i = 0; i < n; i++)
        {
            var box = Box(xs[i], widths[i], bestEval.Levels[i], best[i], baseY, levelHeight, boxHeight);
            var shift = Math.Min(0, right - box.Right) + Math.Max(0, left - box.Left);
            box.Offset(shift, 0);
            result[i] = new Placement(bestEval.Levels[i], box, best[i]);
        }
        return result;
    }

    /// <summary>
    /// Lowest levels for fixed hanging sides, by relaxation: a label spanning another point rises
    /// above that point's label; of two labels overlapping on one level, the one further right rises.
    /// Unsatisfiable pairs (cycles) stop after a bounded number of rounds; callers count what remains.
    /// </summary>
    private static int[] Levels(IReadOnlyList<double> xs, IReadOnlyList<double> widths, bool[] hangsLeft)
    {
        var n = xs.Count;
        var spanL = new double[n];
        var spanR = new double[n];
        for (var i = 0; i < n; i++)
        {
            (spanL[i], spanR[i]) = hangsLeft[i]
                ? (xs[i] - LeaderGap - widths[i] - Pad, xs[i] + 1.5)
                : (xs[i] - 1.5, xs[i] + LeaderGap + widths[i] + Pad);
        }

        var above = new List<(int Upper, int Lower)>();
        var overlapping = new List<(int A, int B)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var ij = xs[j] > spanL[i] && xs[j] < spanR[i];
                var ji = xs[i] > spanL[j] && xs[i] < spanR[j];
                if (ij && !ji)
                    above.Add((i, j));
                else if (ji && !ij)
                    above.Add((j, i));
                else if (ij || (spanL[i] < spanR[j] && spanL[j] < spanR[i]))
                    overlapping.Add(xs[i] <= xs[j] ? (i, j) : (j, i));
            }
        }

        var levels = new int[n];
        var cap = MaxLevels * 2;
        for (var round = 0; round < 4 * n + 4; round++)
        {
            var changed = false;
            foreach (var (upper, lower) in above)
            {
                if (levels[upper] <= levels[lower] && levels[lower] < cap)
                {
                    levels[upper] = levels[lower] + 1;
                    changed = true;
                }
            }
            foreach (var (a, b) in overlapping)
            {
                if (levels[a] == levels[b] && levels[b] < cap)
                {
                    levels[b]++;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        return levels;
    }

    public static XRect Box(double x, double width, int level, bool hangsLeft, double baseY, double levelHeight, double boxHeight)
    {
        var bottom = baseY - level * levelHeight;
        var boxLeft = hangsLeft ? x - LeaderGap - width : x + LeaderGap;
        return new XRect(boxLeft, bottom - boxHeight, width, boxHeight);
    }

    private static Placement[] Greedy(int[] order, bool preferLeftHanging, IReadOnlyList<double> xs, IReadOnlyList<double> widths,
        double left, double right, double baseY, double levelHeight, double boxHeight)
    {
        var placed = new Placement[xs.Count];
        var done = new List<int>(xs.Count);
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
                foreach (var hangsLeft in preferLeftHanging ? new[] { true, false } : new[] { false, true })
                {
                    var box = Box(xs[i], widths[i], level, hangsLeft, baseY, levelHeight, boxHeight);
                    if (box.Left < left - 0.01 || box.Right > right + 0.01)
                        continue;
                    if (!Fits(i, box, xs, placed, done, baseY))
                        continue;
                    // A label over a point still to be placed forces that point's leader below it:
                    // costly, and fatal at level 0.
                    var blocked = pending.Count(k => xs[k] > box.Left - 1.5 && xs[k] < box.Right + 1.5);
                    var cost = level + (hangsLeft == preferLeftHanging ? 0 : 0.25) + blocked * (level == 0 ? 1000 : 8.0 / level);
                    if (cost < bestCost)
                    {
                        bestCost = cost;
                        chosen = new Placement(level, box, hangsLeft);
                    }
                }
            }
            if (chosen is null)
            {
                // Nothing clean: the lowest level free of other labels, clamped inside the bounds.
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

    /// <summary>How many labels overlap another label or are crossed by another label's leader.</summary>
    public static int Conflicts(IReadOnlyList<Placement> placed, IReadOnlyList<double> xs, double baseY)
    {
        var conflicts = 0;
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = 0; j < placed.Count; j++)
            {
                if (i == j)
                    continue;
                if ((j > i && placed[i].Box.IntersectsWith(placed[j].Box)) || LeaderHits(xs[i], placed[i].Box.Top, baseY, placed[j].Box))
                    conflicts++;
            }
        }
        return conflicts;
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
