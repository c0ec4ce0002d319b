using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>A heading: a bookmark and an anchor where it lands, and it never ends a page.</summary>
internal sealed class HeadingElement(TextElement text, int level, string title, string anchor) : Element
{
    public override bool KeepWithNext => true;

    public override SpacePlan Measure(double width, double height)
    {
        var plan = text.Measure(width, height);

        // A heading is never split across pages.
        return plan.Kind == SpacePlanKind.Partial ? SpacePlan.Wrap : plan;
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        canvas.AddBookmark(level, title, area.Top);
        canvas.AddAnchor(anchor, area.Top);
        text.Draw(canvas, area);
    }
}
