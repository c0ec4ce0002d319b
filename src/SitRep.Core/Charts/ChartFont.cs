using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// A face at a size, measured exactly as ScottPlot draws text (subpixel advances, slight hinting),
/// so a box laid out here is the box ScottPlot fills. A line is <see cref="LineHeight"/> tall.
/// </summary>
internal sealed class ChartFont
{
    private static readonly ConditionalWeakTable<SKTypeface, ConcurrentDictionary<double, ChartFont>> Cache = new();
    private readonly SKFont font;
    private readonly ConcurrentDictionary<string, double> widths = new(StringComparer.Ordinal);

    private ChartFont(SKTypeface typeface, double size)
    {
        Typeface = typeface;
        Size = size;
        font = new SKFont(typeface, (float)size) { Subpixel = true, Hinting = SKFontHinting.Slight };
        LineHeight = font.GetFontMetrics(out _);
    }

    public static ChartFont Of(SKTypeface typeface, double size) =>
        Cache.GetValue(typeface, _ => new ConcurrentDictionary<double, ChartFont>()).GetOrAdd(size, s => new ChartFont(typeface, s));

    public SKTypeface Typeface { get; }
    public double Size { get; }
    public double LineHeight { get; }

    public bool IsBold => Typeface.IsBold;
    public bool IsItalic => Typeface.IsItalic;

    public double Width(string text)
    {
        if (text.Length == 0)
            return 0;
        if (widths.TryGetValue(text, out var w))
            return w;
        lock (font)
            w = font.MeasureText(text);
        if (widths.Count < 20_000)
            widths[text] = w;
        return w;
    }
}
