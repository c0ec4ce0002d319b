using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>
/// The reflection of a chart about the middle of its span from <see cref="Left"/> to <see cref="Right"/>: how a
/// right-to-left brief's chart is laid out, as its left-to-right layout seen in a mirror. Only x changes.
/// </summary>
internal readonly record struct Mirror(double Left, double Right)
{
    public double X(double x) => Left + Right - x;

    /// <summary>The box seen in the mirror; an empty box (nothing placed) stays empty.</summary>
    public Rect Box(Rect box) => box.IsEmpty() ? box : new(Left + Right - box.Right, box.Top, box.Width, box.Height);
}
