using SitRep.Drawing;
using SkiaSharp;

namespace SitRep.Charts;

/// <summary>The brief's typefaces for charts, made from its embedded (subset) font data; never looked up by name.</summary>
public sealed record ChartFonts(SKTypeface Regular, SKTypeface Bold, SKTypeface Italic);

/// <summary>
/// Colours and type shared by every chart. Charts never invent colours of their own:
/// series take <see cref="Palette"/> in order, emphasis takes <see cref="Highlight"/>.
/// </summary>
public sealed record ChartStyle(ChartFonts Fonts, Rgb Ink, Rgb Muted, Rgb Grid, IReadOnlyList<Rgb> Palette,
                                Rgb Highlight, Rgb Land, Rgb Water, double FontSize);
