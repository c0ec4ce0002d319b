using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>A list item: a marker (bullet or number) hanging left of indented content.</summary>
internal sealed class ListItemElement(TextElement marker, Element content, double indent) : Element
{
    private bool markerDrawn;

    public override SpacePlan Measure(double width, double height) => content.Measure(width - indent, height);

    public override void Draw(ICanvas canvas, Rect area)
    {
        if (!markerDrawn && content.Measure(area.Width - indent, area.Height).Kind != SpacePlanKind.Wrap)
        {
            marker.Draw(canvas, new Rect(area.Left, area.Top, indent - 2, area.Height));
            markerDrawn = true;
        }

        content.Draw(canvas, new Rect(area.Left + indent, area.Top, area.Width - indent, area.Height));
    }
}
