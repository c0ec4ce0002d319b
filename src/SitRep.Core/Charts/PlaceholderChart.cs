using SkiaSharp;

namespace SitRep.Charts;

/// <summary>A stand-in chart: a thin frame and its labels, one per line, as many as fit.</summary>
public abstract class PlaceholderChart : IChart
{
    protected abstract double Aspect { get; }

    public abstract IEnumerable<string> Texts { get; }

    public double HeightFor(double width) => width * Math.Min(Aspect, 0.9);

    public void Draw(SKCanvas canvas, SKRect area, ChartStyle style)
    {
        using var frame = new SKPaint { Color = new SKColor(style.Grid.R, style.Grid.G, style.Grid.B), Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true };
        canvas.DrawRect(area, frame);
        using var font = new SKFont(style.Fonts.Regular, (float)style.FontSize) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };
        using var ink = new SKPaint { Color = new SKColor(style.Ink.R, style.Ink.G, style.Ink.B), IsAntialias = true };
        var y = area.Top + (float)style.FontSize * 1.6f;
        foreach (var text in Texts.Where(t => t.Length > 0))
        {
            if (y > area.Bottom - 2)
                break;
            canvas.DrawText(text, area.Left + 4, y, SKTextAlign.Left, font, ink);
            y += (float)style.FontSize * 1.4f;
        }
    }
}
