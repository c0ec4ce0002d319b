using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>Items filed under the square cells their bounding boxes touch, so a query visits only nearby items.</summary>
internal sealed class SpatialGrid<T>(double cell)
{
    private readonly Dictionary<(int, int), List<int>> cells = new();
    private readonly List<T> items = new();
    private int[] seen = [];
    private int stamp;

    public int Count => items.Count;

    public void Add(Rect bounds, T item)
    {
        var index = items.Count;
        items.Add(item);
        var (x0, y0, x1, y1) = Span(bounds);
        for (var x = x0; x <= x1; x++)
            for (var y = y0; y <= y1; y++)
            {
                if (!cells.TryGetValue((x, y), out var list))
                    cells[(x, y)] = list = new List<int>();
                list.Add(index);
            }
    }

    /// <summary>Each item whose cells meet <paramref name="area"/>'s cells, once.</summary>
    public IEnumerable<T> Near(Rect area)
    {
        if (seen.Length < items.Count)
            Array.Resize(ref seen, Math.Max(items.Count, seen.Length * 2));
        var mark = ++stamp;
        var (x0, y0, x1, y1) = Span(area);
        for (var x = x0; x <= x1; x++)
            for (var y = y0; y <= y1; y++)
            {
                if (!cells.TryGetValue((x, y), out var list))
                    continue;
                foreach (var i in list)
                {
                    if (seen[i] == mark)
                        continue;
                    seen[i] = mark;
                    yield return items[i];
                }
            }
    }

    private (int, int, int, int) Span(Rect r) =>
        ((int)Math.Floor(r.Left / cell), (int)Math.Floor(r.Top / cell), (int)Math.Floor(r.Right / cell), (int)Math.Floor(r.Bottom / cell));
}
