using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>Rectangle and point helpers the chart layouts need beyond <see cref="Rect"/>.</summary>
internal static class RectEx
{
    public static readonly Rect Empty = default;

    public static bool IsEmpty(this Rect r) => r.Width <= 0 && r.Height <= 0;

    public static bool Contains(this Rect r, Point p) => p.X >= r.Left && p.X <= r.Right && p.Y >= r.Top && p.Y <= r.Bottom;

    public static Point TopRight(this Rect r) => new(r.Right, r.Top);

    public static Point BottomLeft(this Rect r) => new(r.Left, r.Bottom);

    public static Point BottomRight(this Rect r) => new(r.Right, r.Bottom);

    public static Point Centre(this Rect r) => new(r.X + r.Width / 2, r.Y + r.Height / 2);

    public static Rect Union(this Rect a, Rect b) => a.IsEmpty() ? b : b.IsEmpty() ? a :
        Rect.FromEdges(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
}

/// <summary>A width and height in points.</summary>
internal readonly record struct Size(double Width, double Height);
