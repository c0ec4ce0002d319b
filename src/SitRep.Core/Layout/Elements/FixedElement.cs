using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>An unbreakable box of a height that depends on the width, painted by a callback (charts, rules, logos).</summary>
internal sealed class FixedElement(Func<double, double> heightForWidth, Action<ICanvas, Rect> paint) : Element
{
    private bool drawn;
    private double cachedWidth = double.NaN;
    private double cachedHeight;

    /// <summary>A rule that opens what follows it (a source line under a closing rule) never ends a page alone.</summary>
    public bool StaysWithNext { get; init; }

    public override bool KeepWithNext => StaysWithNext;

    public override SpacePlan Measure(double width, double height)
    {
        if (drawn)
            return SpacePlan.Full(0);
        var needed = HeightFor(width);
        return needed <= height + 0.001 ? SpacePlan.Full(needed) : SpacePlan.Wrap;
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        if (drawn)
            return;
        var needed = HeightFor(area.Width);
        if (needed > area.Height + 0.001)
            return;
        paint(canvas, new Rect(area.Left, area.Top, area.Width, needed));
        drawn = true;
    }

    /// <summary>Charts compute their height by laying themselves out; the page loop asks often, so remember.</summary>
    private double HeightFor(double width)
    {
        if (width != cachedWidth)
        {
            cachedHeight = heightForWidth(width);
            cachedWidth = width;
        }

        return cachedHeight;
    }
}
