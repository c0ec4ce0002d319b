using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>
/// A figure: caption, chart and source line, never split. Where the whole figure does not fit in the room
/// left on a page, a chart whose height follows its width (a map) is drawn up to 30% narrower rather than
/// leave a hole; failing that, the figure floats (<see cref="Element.Floats"/>) and the stack around it may let
/// the text that follows fill the page first.
/// </summary>
internal sealed class FigureElement(
    TextElement caption,
    Func<double, double> chartHeightForWidth,
    Action<ICanvas, Rect> paintChart,
    TextElement? sourceLine,
    double widthShare,
    bool rightToLeft) : Element
{
    /// <summary>The narrowest a chart is drawn to stay on its page, as a share of its width.</summary>
    public const double MinScale = 0.7;

    private const double CaptionGap = 4;
    private const double SourceGap = 3;
    private static readonly double[] Scales = [1, 0.95, 0.9, 0.85, 0.8, 0.75, MinScale];

    private readonly Dictionary<double, double> chartHeights = new();
    private bool drawn;

    public override bool Floats => true;

    public override SpacePlan Measure(double width, double height)
    {
        if (drawn)
            return SpacePlan.Full(0);
        return ScaleFor(width, height) is { } scale ? SpacePlan.Full(HeightAt(width, scale)) : SpacePlan.Wrap;
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        if (drawn || ScaleFor(area.Width, area.Height) is not { } scale)
            return;
        var y = area.Top;
        var captionHeight = caption.Measure(area.Width, double.MaxValue).Height;
        caption.Draw(canvas, new Rect(area.Left, y, area.Width, captionHeight));
        y += captionHeight + CaptionGap;

        var chartWidth = area.Width * widthShare * scale;
        var chartHeight = ChartHeight(chartWidth);
        var left = rightToLeft ? area.Right - chartWidth : area.Left;
        paintChart(canvas, new Rect(left, y, chartWidth, chartHeight));
        y += chartHeight;

        if (sourceLine is not null)
        {
            var sourceHeight = sourceLine.Measure(area.Width, double.MaxValue).Height;
            sourceLine.Draw(canvas, new Rect(area.Left, y + SourceGap, area.Width, sourceHeight));
        }

        drawn = true;
    }

    /// <summary>The widest scale at which the figure fits in <paramref name="height"/>, or null.</summary>
    private double? ScaleFor(double width, double height)
    {
        foreach (var scale in Scales)
        {
            if (HeightAt(width, scale) <= height + 0.001)
                return scale;
        }

        return null;
    }

    private double HeightAt(double width, double scale)
    {
        var height = caption.Measure(width, double.MaxValue).Height + CaptionGap + ChartHeight(width * widthShare * scale);
        if (sourceLine is not null)
            height += SourceGap + sourceLine.Measure(width, double.MaxValue).Height;
        return height;
    }

    /// <summary>Charts compute their height by laying themselves out; the page loop asks often, so remember.</summary>
    private double ChartHeight(double width)
    {
        if (!chartHeights.TryGetValue(width, out var height))
        {
            height = chartHeightForWidth(width);
            chartHeights[width] = height;
        }

        return height;
    }
}
