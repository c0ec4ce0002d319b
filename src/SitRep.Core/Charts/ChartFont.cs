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
    private readonly ConcurrentDictionary<char, double> advances = new();

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

    /// <summary>
    /// The advance width of <paramref name="text"/>. Skia measures by adding glyph advances (no
    /// kerning), so each character's advance is measured once and the sums come from that table.
    /// </summary>
    public double Width(string text)
    {
        var w = 0.0;
        foreach (var ch in text)
        {
            if (char.IsSurrogate(ch))
                return Measure(text);
            w += advances.GetOrAdd(ch, static (c, self) => self.Measure(c.ToString()), this);
        }
        return w;
    }

    private double Measure(string text)
    {
        lock (font)
            return font.MeasureText(text);
    }
}
