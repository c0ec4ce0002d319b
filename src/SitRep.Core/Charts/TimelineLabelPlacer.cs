using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Places one-line labels for points on a horizontal axis in stacked levels above it, each joined to
/// its point by a vertical leader line; a label hangs right of its leader, or left of it near the
/// right edge. Greedy, right to left (the latest events choose first): each label takes the cheapest
/// level at which it overlaps no label, its leader crosses no label and no earlier leader crosses it;
/// a label that would sit over points still to be placed costs more (their leaders would have to stop
/// below it). The leaders fix a floor (above every leader under the label) and the labels over the
/// point a ceiling, so only the levels between are tried, each against the labels at that level in
/// buckets along x: roughly linear in the number of marks. A label with no clean level is left out
/// (<see cref="Placement.Level"/> −1), so labels never overlap and no leader crosses a label.
/// </summary>
internal static class TimelineLabelPlacer
{
    public const int MaxLevels = 16;
    public const double LeaderGap = 2.5;
    private const double Pad = 3;
    private const double LeaderClearance = 1.5;
    private const double BucketWidth = 24;

    /// <summary>A label's level (0 = nearest the axis; −1 = not labelled), its box, and whether it hangs left of its leader.</summary>
    internal readonly record struct Placement(int Level, Rect Box, bool HangsLeft)
    {
        public bool Labelled => Level >= 0;
    }

    /// <param name="xs">Point positions, in any order.</param>
    /// <param name="widths">Label widths.</param>
    /// <param name="left">Left bound for labels.</param>
    /// <param name="right">Right bound for labels.</param>
    /// <param name="baseY">The bottom of level 0 (just above the axis and its markers).</param>
    /// <param name="levelHeight">Height of one level (the label's line height plus spacing).</param>
    /// <param name="boxHeight">Height of a label box.</param>
    public static Placement[] Place(IReadOnlyList<double> xs, IReadOnlyList<double> widths, double left, double right, double baseY, double levelHeight, double boxHeight)
    {
        var n = xs.Count;
        var order = Enumerable.Range(0, n).OrderByDescending(i => xs[i]).ThenByDescending(i => i).ToArray();
        var sortedXs = order.Select(i => xs[i]).Reverse().ToArray(); // ascending
        var placed = new Placement[n];
        var byLevel = new Dictionary<(int Level, int Bucket), List<int>>(); // boxes, for overlaps within a level
        var boxes = new Dictionary<int, List<int>>();                        // boxes of every level, for my leader
        var leaders = new Dictionary<int, List<int>>();                      // leader positions, for my box
        for (var k = 0; k < n; k++)
        {
            var i = order[k];
            var x = xs[i];
            var pendingBelow = n - 1 - k; // marks still to place all lie at or left of x
            // My leader may not pass a label below mine: I must sit under the lowest label over my point.
            var ceiling = MaxLevels;
            foreach (var j in In(boxes, x, x))
                if (placed[j].Level < ceiling && LeaderHits(x, double.NegativeInfinity, baseY, placed[j].Box))
                    ceiling = placed[j].Level;
            Placement? chosen = null;
            var bestCost = double.MaxValue;
            foreach (var hangsLeft in new[] { false, true })
            {
                var box0 = Box(x, widths[i], 0, hangsLeft, baseY, levelHeight, boxHeight);
                if (box0.Left < left - 0.01 || box0.Right > right + 0.01)
                    continue;
                // No leader of a label at my level or above may pass through my box: I must sit above them.
                var floor = 0;
                foreach (var j in In(leaders, box0.Left, box0.Right))
                    if (xs[j] > box0.Left - LeaderClearance && xs[j] < box0.Right + LeaderClearance)
                        floor = Math.Max(floor, placed[j].Level + 1);
                var blocked = hangsLeft ? CountIn(sortedXs, pendingBelow, box0.Left - LeaderClearance, box0.Right + LeaderClearance) : 0;
                for (var level = floor; level < ceiling && level <= bestCost; level++)
                {
                    var box = box0.Offset(0, -level * levelHeight);
                    if (Overlaps(box, level, placed, byLevel))
                        continue;
                    var cost = level + (hangsLeft ? 0.25 : 0) + blocked * (level == 0 ? 1000 : 8.0 / level);
                    if (cost < bestCost)
                    {
                        bestCost = cost;
                        chosen = new Placement(level, box, hangsLeft);
                    }
                    if (blocked == 0)
                        break; // higher levels only cost more
                }
            }
            placed[i] = chosen ?? new Placement(-1, RectEx.Empty, false);
            if (chosen is not { } c)
                continue;
            var padded = Inflate(c.Box);
            for (var b = Bucket(padded.Left - LeaderClearance); b <= Bucket(padded.Right + LeaderClearance); b++)
            {
                Add(byLevel, (c.Level, b), i);
                Add(boxes, b, i);
            }
            Add(leaders, Bucket(x), i);
        }
        return placed;
    }

    private static bool Overlaps(Rect box, int level, Placement[] placed, Dictionary<(int, int), List<int>> byLevel)
    {
        var padded = Inflate(box);
        for (var b = Bucket(padded.Left); b <= Bucket(padded.Right); b++)
            if (byLevel.TryGetValue((level, b), out var list))
                foreach (var j in list)
                    if (padded.IntersectsWith(placed[j].Box))
                        return true;
        return false;
    }

    private static IEnumerable<int> In(Dictionary<int, List<int>> buckets, double from, double to)
    {
        for (var b = Bucket(from - LeaderClearance); b <= Bucket(to + LeaderClearance); b++)
            if (buckets.TryGetValue(b, out var list))
                foreach (var j in list)
                    yield return j;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> buckets, TKey key, int i) where TKey : notnull
    {
        if (!buckets.TryGetValue(key, out var list))
            buckets[key] = list = new List<int>();
        list.Add(i);
    }

    public static Rect Box(double x, double width, int level, bool hangsLeft, double baseY, double levelHeight, double boxHeight)
    {
        var bottom = baseY - level * levelHeight;
        var boxLeft = hangsLeft ? x - LeaderGap - width : x + LeaderGap;
        return new Rect(boxLeft, bottom - boxHeight, width, boxHeight);
    }

    /// <summary>How many labels overlap another label or are crossed by another label's leader (0 for <see cref="Place"/>'s result).</summary>
    public static int Conflicts(IReadOnlyList<Placement> placed, IReadOnlyList<double> xs, double baseY)
    {
        var buckets = new Dictionary<int, List<int>>();
        for (var i = 0; i < placed.Count; i++)
            if (placed[i].Labelled)
                Index(buckets, i, placed[i].Box, xs[i]);
        var conflicts = 0;
        for (var i = 0; i < placed.Count; i++)
        {
            if (!placed[i].Labelled)
                continue;
            foreach (var j in Near(buckets, Math.Min(xs[i], placed[i].Box.Left), Math.Max(xs[i], placed[i].Box.Right)).Distinct())
            {
                if (i == j)
                    continue;
                if ((j > i && placed[i].Box.IntersectsWith(placed[j].Box)) || LeaderHits(xs[i], placed[i].Box.Top, baseY, placed[j].Box))
                    conflicts++;
            }
        }
        return conflicts;
    }

    /// <summary>Whether a leader at <paramref name="x"/> from <paramref name="baseY"/> up to <paramref name="top"/> crosses <paramref name="box"/>.</summary>
    public static bool LeaderHits(double x, double top, double baseY, Rect box) =>
        x > box.Left - LeaderClearance && x < box.Right + LeaderClearance && box.Bottom > top + 0.01 && box.Top < baseY;

    private static IEnumerable<int> Near(Dictionary<int, List<int>> buckets, double from, double to)
    {
        for (var b = Bucket(from - LeaderClearance); b <= Bucket(to + LeaderClearance); b++)
            if (buckets.TryGetValue(b, out var list))
                foreach (var j in list)
                    yield return j;
    }

    private static void Index(Dictionary<int, List<int>> buckets, int i, Rect box, double x)
    {
        var padded = Inflate(box);
        for (var b = Bucket(Math.Min(x, padded.Left) - LeaderClearance); b <= Bucket(Math.Max(x, padded.Right) + LeaderClearance); b++)
        {
            if (!buckets.TryGetValue(b, out var list))
                buckets[b] = list = new List<int>();
            list.Add(i);
        }
    }

    private static int Bucket(double x) => (int)Math.Floor(x / BucketWidth);

    /// <summary>How many of the first <paramref name="count"/> sorted positions lie strictly inside (from, to).</summary>
    private static int CountIn(double[] sorted, int count, double from, double to)
    {
        var lo = LowerBound(sorted, count, from, strict: true);
        var hi = LowerBound(sorted, count, to, strict: false);
        return Math.Max(0, hi - lo);
    }

    // First index whose value is > v (strict) or >= v (not strict), within [0, count).
    private static int LowerBound(double[] a, int count, double v, bool strict)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (strict ? a[mid] <= v : a[mid] < v)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private static Rect Inflate(Rect r) => new(r.X - Pad, r.Y - 0.5, r.Width + 2 * Pad, r.Height + 1);
}
