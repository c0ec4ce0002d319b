using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>Ends the page; handled by the stack that holds it. At the top of a page it does nothing.</summary>
internal sealed class PageBreakElement : Element
{
    public override SpacePlan Measure(double width, double height) => SpacePlan.Full(0);

    public override void Draw(ICanvas canvas, Rect area)
    {
    }
}
