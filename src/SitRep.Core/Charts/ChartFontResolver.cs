using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ScottPlot;
using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// Hands ScottPlot the chart's own typefaces under names no system font has ("SitRep chart 3 bold").
/// It is asked before ScottPlot's system resolver, which would otherwise fall back silently to a
/// system face (and, with the NoDependencies native library, draw no text at all).
/// </summary>
internal sealed class ChartFontResolver : IFontResolver
{
    private static readonly ChartFontResolver Instance = new();
    private static readonly ConditionalWeakTable<ChartFonts, FontNames> Names = new();
    private static readonly Lock Gate = new();
    private static bool installed;
    private static int next;
    private readonly ConcurrentDictionary<string, SKTypeface> faces = new(StringComparer.Ordinal);

    /// <summary>The names ScottPlot knows <paramref name="fonts"/> by; registers them on first use.</summary>
    public static FontNames Register(ChartFonts fonts)
    {
        lock (Gate)
        {
            if (!installed)
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, Instance);
                installed = true;
            }
            return Names.GetValue(fonts, f =>
            {
                var prefix = $"SitRep chart {++next}";
                var names = new FontNames(prefix + " regular", prefix + " bold", prefix + " italic");
                Instance.faces[names.Regular] = f.Regular;
                Instance.faces[names.Bold] = f.Bold;
                Instance.faces[names.Italic] = f.Italic;
                return names;
            });
        }
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        faces.GetValueOrDefault(fontName);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => faces.GetValueOrDefault(fontName);
}

/// <summary>The names a <see cref="ChartFonts"/> is registered under.</summary>
internal sealed record FontNames(string Regular, string Bold, string Italic)
{
    public string For(ChartFont font, ChartFonts fonts) =>
        ReferenceEquals(font.Typeface, fonts.Bold) ? Bold : ReferenceEquals(font.Typeface, fonts.Italic) ? Italic : Regular;
}
