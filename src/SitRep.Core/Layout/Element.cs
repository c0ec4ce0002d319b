using SitRep.Drawing;

namespace SitRep.Layout;

/// <summary>
/// A piece of the layout tree. <see cref="Measure"/> is pure: it says how much of what remains fits
/// in the space offered. <see cref="Draw"/> paints exactly that much and advances the element past it,
/// so that the next page continues where this one stopped.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(double width, double height);

    public abstract void Draw(ICanvas canvas, Rect area);

    /// <summary>A heading: never left alone at the bottom of a page.</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>A figure: when it does not fit, the text after it may fill the page and it opens the next one.</summary>
    public virtual bool Floats => false;
}
