using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>
/// Moves its child whole to the next page rather than splitting it, unless the child is taller than
/// <paramref name="wholeUpTo"/> (a full page unless given), in which case it splits as usual.
/// </summary>
internal sealed class KeepTogetherElement(Element child, double pageContentHeight, double? wholeUpTo = null) : Element
{
    public override bool KeepWithNext => child.KeepWithNext;

    public override SpacePlan Measure(double width, double height)
    {
        var plan = child.Measure(width, height);
        if (plan.Kind != SpacePlanKind.Partial)
            return plan;
        var whole = child.Measure(width, pageContentHeight);
        return whole.Kind == SpacePlanKind.Full && whole.Height <= (wholeUpTo ?? pageContentHeight) ? SpacePlan.Wrap : plan;
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        if (Measure(area.Width, area.Height).Kind != SpacePlanKind.Wrap)
            child.Draw(canvas, area);
    }
}
