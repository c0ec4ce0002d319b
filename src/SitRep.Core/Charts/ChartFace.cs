using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// One face of a chart's font stack: a HarfBuzz font scaled to its units per em, which shapes and measures,
/// and the typeface that draws what it shaped. In a brief that typeface is the PDF stage's subset, which keeps
/// the full face's glyph ids; it is asked for only when a label is drawn, after the fonts are subset.
/// </summary>
public sealed class ChartFace
{
    private readonly Func<SKTypeface> typeface;
    private SKTypeface? resolved;

    public ChartFace(HarfBuzzSharp.Font font, int unitsPerEm, Func<SKTypeface> typeface, bool syntheticBold = false, bool syntheticItalic = false)
    {
        Font = font;
        UnitsPerEm = unitsPerEm;
        this.typeface = typeface;
        SyntheticBold = syntheticBold;
        SyntheticItalic = syntheticItalic;
        if (!font.TryGetHorizontalFontExtents(out var extents))
            throw new InvalidDataException("a chart font has no horizontal metrics");
        Ascent = extents.Ascender / (double)unitsPerEm;
        Descent = Math.Abs(extents.Descender) / (double)unitsPerEm;
        LineGap = Math.Max(0, extents.LineGap) / (double)unitsPerEm;
    }

    internal HarfBuzzSharp.Font Font { get; }
    internal int UnitsPerEm { get; }
    internal bool SyntheticBold { get; }
    internal bool SyntheticItalic { get; }

    /// <summary>Baseline to ascender, baseline to descender and the line gap, in ems.</summary>
    internal double Ascent { get; }
    internal double Descent { get; }
    internal double LineGap { get; }

    internal SKTypeface Typeface
    {
        get
        {
            lock (typeface)
                return resolved ??= typeface();
        }
    }
}
