using SitRep.Drawing;

namespace SitRep.Layout.Elements;

public readonly record struct Insets(double Top, double Right, double Bottom, double Left)
{
    public static Insets All(double value) => new(value, value, value, value);
}

/// <summary>Visual of a box: an optional fill and an optional bar on the starting edge (the left, or the right when <see cref="Mirrored"/>).</summary>
internal sealed record BoxStyle(Insets Padding, Rgb? Fill = null, Rgb? LeftBar = null, double LeftBarWidth = 0, Rgb? TopRule = null, bool Stretch = false, Rgb? BottomRule = null)
{
    /// <summary>A right-to-left box: the bar on the right, and the left and right padding swapped.</summary>
    public bool Mirrored { get; init; }

    public double PadLeft => Mirrored ? Padding.Right : Padding.Left;
}

/// <summary>Pads its child and paints a background or side bar behind every part of it that lands on a page.</summary>
internal sealed class BoxElement(Element child, BoxStyle style) : Element
{
    public override bool KeepWithNext => child.KeepWithNext;

    public override SpacePlan Measure(double width, double height)
    {
        var vertical = style.Padding.Top + style.Padding.Bottom;
        if (height <= vertical)
            return SpacePlan.Wrap;
        var plan = child.Measure(InnerWidth(width), height - vertical);
        return plan.Kind switch
        {
            SpacePlanKind.Wrap => SpacePlan.Wrap,
            SpacePlanKind.Partial => SpacePlan.Partial(plan.Height + vertical),
            _ => SpacePlan.Full(plan.Height + vertical),
        };
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        var plan = Measure(area.Width, area.Height);
        if (plan.Kind == SpacePlanKind.Wrap)
            return;
        var box = new Rect(area.Left, area.Top, area.Width, style.Stretch ? Math.Max(plan.Height, area.Height) : plan.Height);
        if (style.Fill is { } fill)
            canvas.FillRectangle(box, fill);
        if (style.LeftBar is { } bar)
            canvas.FillRectangle(new Rect(style.Mirrored ? box.Right - style.LeftBarWidth : box.Left, box.Top, style.LeftBarWidth, box.Height), bar);
        if (style.TopRule is { } rule)
            canvas.FillRectangle(new Rect(box.Left, box.Top, box.Width, 1.2), rule);
        if (style.BottomRule is { } under)
            canvas.FillRectangle(new Rect(box.Left, box.Bottom - 0.6, box.Width, 0.6), under);
        child.Draw(canvas, new Rect(
            area.Left + style.PadLeft,
            area.Top + style.Padding.Top,
            InnerWidth(area.Width),
            plan.Height - style.Padding.Top - style.Padding.Bottom + 0.001));
    }

    private double InnerWidth(double width) => Math.Max(1, width - style.Padding.Left - style.Padding.Right);
}
