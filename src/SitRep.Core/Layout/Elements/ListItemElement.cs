using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>A list item: a marker (bullet or number) hanging before indented content, on the right in a right-to-left brief.</summary>
internal sealed class ListItemElement(TextElement marker, Element content, double indent, bool rightToLeft = false) : Element
{
    private bool markerDrawn;

    public override SpacePlan Measure(double width, double height) => content.Measure(width - indent, height);

    public override void Draw(ICanvas canvas, Rect area)
    {
        if (!markerDrawn && content.Measure(area.Width - indent, area.Height).Kind != SpacePlanKind.Wrap)
        {
            marker.Draw(canvas, new Rect(rightToLeft ? area.Right - indent + 2 : area.Left, area.Top, indent - 2, area.Height));
            markerDrawn = true;
        }

        content.Draw(canvas, new Rect(rightToLeft ? area.Left : area.Left + indent, area.Top, area.Width - indent, area.Height));
    }
}
