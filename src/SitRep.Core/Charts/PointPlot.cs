using ScottPlot;
using SitRep.Drawing;
using SkiaSharp;

namespace SitRep.Charts;

internal enum TextAlign { Left, Center, Right }

/// <summary>
/// A ScottPlot plot whose data coordinates are page points (x right, y down from the chart's top-left),
/// with no axes, grid, padding or background: the charts lay everything out themselves and add it as
/// ScottPlot plottables. <see cref="Draw"/> renders it once onto a PDF page canvas.
/// </summary>
internal sealed class PointPlot : IDisposable
{
    private readonly Plot plot = new();
    private readonly double width;
    private readonly double height;

    public PointPlot(double width, double height, ChartStyle style)
    {
        this.width = Math.Max(1, width);
        this.height = Math.Max(1, height);
        plot.Layout.Frameless();
        plot.Layout.Fixed(new PixelPadding(0, 0, 0, 0));
        plot.HideGrid();
        // No axis is shown: empty tick lists spare every render ScottPlot's tick search and label measuring.
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            axis.IsVisible = false;
        }
        plot.Legend.IsVisible = false;
        plot.FigureBackground.Color = Colors.Transparent;
        plot.DataBackground.Color = Colors.Transparent;
        plot.Axes.SetLimits(0, this.width, this.height, 0);
        // Clear() on a PDF page leaves artefacts, and the page is blank underneath anyway.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
    }

    public static Color Colour(Rgb c, double alpha = 1) => new(c.R, c.G, c.B, (byte)Math.Round(255 * alpha));

    /// <summary>
    /// One line of text whose box has its top at <paramref name="top"/>; x is its left, centre or right. It is
    /// shaped and drawn by <see cref="ChartLabel"/>, at the width <see cref="ChartFont.Width"/> measured.
    /// </summary>
    public void Text(string text, ChartFont font, Rgb colour, double x, double top, TextAlign align = TextAlign.Left)
    {
        if (text.Length == 0)
            return;
        var label = font.Shape(text);
        var width = label.Advance * font.Size;
        var left = align switch
        {
            TextAlign.Center => x - width / 2,
            TextAlign.Right => x - width,
            _ => x,
        };
        plot.Add.Plottable(new ChartLabel(label, font.Size, new SKColor(colour.R, colour.G, colour.B), left, top + font.Ascent));
    }

    public void Lines(IReadOnlyList<string> lines, ChartFont font, Rgb colour, double x, double top, TextAlign align = TextAlign.Left)
    {
        for (var i = 0; i < lines.Count; i++)
            Text(lines[i], font, colour, x, top + i * font.LineHeight, align);
    }

    public void Rectangle(Rect r, Rgb fill, Rgb? stroke = null, double strokeWidth = 0)
    {
        var rect = plot.Add.Rectangle(r.Left, r.Right, r.Bottom, r.Top);
        rect.FillColor = Colour(fill);
        rect.LineWidth = (float)strokeWidth;
        rect.LineColor = stroke is { } s && strokeWidth > 0 ? Colour(s) : Colors.Transparent;
    }

    public void Frame(Rect r, Rgb stroke, double strokeWidth)
    {
        var rect = plot.Add.Rectangle(r.Left, r.Right, r.Bottom, r.Top);
        rect.FillColor = Colors.Transparent;
        rect.LineWidth = (float)strokeWidth;
        rect.LineColor = Colour(stroke);
    }

    public void Line(Point a, Point b, Rgb colour, double lineWidth, float[]? dash = null) =>
        Polyline([a, b], colour, lineWidth, dash);

    public void Polyline(IReadOnlyList<Point> points, Rgb colour, double lineWidth, float[]? dash = null)
    {
        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        line.MarkerSize = 0;
        line.LineWidth = (float)lineWidth;
        line.LineColor = Colour(colour);
        line.LinePattern = dash is null ? LinePattern.Solid : new LinePattern(dash, 0, "chart");
    }

    public void Polygon(IReadOnlyList<Point> points, Rgb fill, Rgb? stroke = null, double strokeWidth = 0)
    {
        var polygon = plot.Add.Polygon(points.Select(p => new Coordinates(p.X, p.Y)).ToArray());
        polygon.FillColor = Colour(fill);
        polygon.LineWidth = (float)strokeWidth;
        polygon.LineColor = stroke is { } s && strokeWidth > 0 ? Colour(s) : Colors.Transparent;
    }

    /// <summary>A marker of <paramref name="radius"/> points; <paramref name="fill"/> null leaves it hollow.</summary>
    public void Marker(Point c, MarkerShape shape, double radius, Rgb? fill, Rgb outline, double outlineWidth, float[]? dash = null)
    {
        var m = plot.Add.Marker(c.X, c.Y, shape, (float)(2 * radius));
        m.MarkerStyle.FillColor = fill is { } f ? Colour(f) : Colors.Transparent;
        m.MarkerStyle.OutlineColor = Colour(outline);
        m.MarkerStyle.OutlineWidth = (float)outlineWidth;
        m.MarkerStyle.LineColor = Colour(outline);
        m.MarkerStyle.LineWidth = (float)outlineWidth;
        if (dash is not null)
        {
            m.MarkerStyle.OutlinePattern = new LinePattern(dash, 0, "chart");
            m.MarkerStyle.LinePattern = new LinePattern(dash, 0, "chart");
        }
    }

    /// <summary>Many markers of one look, as a single ScottPlot scatter without lines.</summary>
    public void Markers(IReadOnlyList<Point> centres, MarkerShape shape, double radius, Rgb? fill, Rgb outline, double outlineWidth)
    {
        if (centres.Count == 0)
            return;
        var scatter = plot.Add.ScatterPoints(centres.Select(p => p.X).ToArray(), centres.Select(p => p.Y).ToArray());
        scatter.LineWidth = 0;
        scatter.MarkerShape = shape;
        scatter.MarkerSize = (float)(2 * radius);
        scatter.MarkerStyle.FillColor = fill is { } f ? Colour(f) : Colors.Transparent;
        scatter.MarkerStyle.OutlineColor = Colour(outline);
        scatter.MarkerStyle.OutlineWidth = (float)outlineWidth;
        scatter.MarkerStyle.LineColor = Colour(outline);
        scatter.MarkerStyle.LineWidth = (float)outlineWidth;
    }

    /// <summary>
    /// Draws the plot into <paramref name="area"/>: layout settled first on a canvas that draws nothing
    /// (ScottPlot may otherwise render up to five times onto the page, stacking copies), then one render, translated
    /// and clipped to the area. A chart taller than the area is scaled down as a whole.
    /// </summary>
    public void Draw(SKCanvas canvas, SKRect area)
    {
        // The layout pass needs the axes, not the plottables (the limits are set, never autoscaled from data).
        var plottables = plot.GetPlottables().Where(p => p.IsVisible).ToList();
        plottables.ForEach(p => p.IsVisible = false);
        using (var layoutPass = new SKNoDrawCanvas((int)Math.Ceiling(width), (int)Math.Ceiling(height)))
            plot.Render(layoutPass, new PixelRect(0, (float)width, (float)height, 0));
        plottables.ForEach(p => p.IsVisible = true);
        canvas.Save();
        canvas.Translate(area.Left, area.Top);
        canvas.ClipRect(new SKRect(0, 0, area.Width, area.Height));
        if (height > area.Height + 0.5 && area.Height > 0)
        {
            var s = (float)(area.Height / height);
            canvas.Scale(s, s);
        }
        plot.Render(canvas, new PixelRect(0, (float)width, (float)height, 0));
        canvas.Restore();
    }

    public void Dispose() => plot.Dispose();
}
