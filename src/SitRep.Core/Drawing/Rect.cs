namespace SitRep.Drawing;

/// <summary>An axis-aligned rectangle in points, y growing downwards.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Left => X;
    public double Top => Y;
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public Point TopLeft => new(X, Y);

    public static Rect FromEdges(double left, double top, double right, double bottom) => new(left, top, right - left, bottom - top);

    public bool IntersectsWith(Rect other) => other.Left < Right && Left < other.Right && other.Top < Bottom && Top < other.Bottom;

    public bool Contains(Rect other) => other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;

    public Rect Inflate(double dx, double dy) => new(X - dx, Y - dy, Width + 2 * dx, Height + 2 * dy);

    public Rect Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };

    /// <summary>The smallest rectangle that holds both.</summary>
    public static Rect Union(Rect a, Rect b) =>
        FromEdges(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
}
