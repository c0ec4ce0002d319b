using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Fonts, measurement and single-line drawing for charts. Text boxes are measured with a
/// per-thread measure context, so layout (and <see cref="IChart.HeightFor"/>) needs no page.
/// A text line occupies <see cref="LineHeight"/> with its baseline <see cref="Baseline"/> below the box top.
/// </summary>
internal static class ChartText
{
    private static readonly ConcurrentDictionary<(string Family, double Size, XFontStyleEx Style), XFont> Fonts = new();

    [ThreadStatic]
    private static XGraphics? measureContext;

    public static XFont Font(string family, double size, bool bold = false, bool italic = false)
    {
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return Fonts.GetOrAdd((family, size, style), static key =>
        {
            _ = SitRep.Pdf.FontLibrary.Instance;
            return new XFont(key.Family, key.Size, key.Style);
        });
    }

    public static double LineHeight(XFont font) => font.Size * 1.22;

    public static double Baseline(XFont font) => font.Size * 0.93;

    /// <summary>"≈" when the face lacks it is drawn as two stacked "~" of the same advance.</summary>
    private const char AlmostEqual = '\u2248';

    private static bool NeedsStandIn(string text, XFont font) =>
        text.Contains(AlmostEqual) && !GlyphCoverage.Has(font, AlmostEqual);

    public static double Width(string text, XFont font)
    {
        if (text.Length == 0)
            return 0;
        if (NeedsStandIn(text, font))
            text = text.Replace(AlmostEqual, '~');
        _ = SitRep.Pdf.FontLibrary.Instance;
        measureContext ??= XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        return measureContext.MeasureString(text, font).Width;
    }

    public static XSize Size(string text, XFont font) => new(Width(text, font), LineHeight(font));

    /// <summary>Draws one line whose box has its top at <paramref name="top"/>; x is the left, centre or right edge.</summary>
    public static void Draw(XGraphics gfx, string text, XFont font, XColor color, double x, double top, TextAlign align = TextAlign.Left)
    {
        var format = align switch
        {
            TextAlign.Center => XStringFormats.BaseLineCenter,
            TextAlign.Right => XStringFormats.BaseLineRight,
            _ => XStringFormats.BaseLineLeft,
        };
        var brush = new XSolidBrush(color);
        var baseline = top + Baseline(font);
        if (!NeedsStandIn(text, font))
        {
            gfx.DrawString(text, font, brush, x, baseline, format);
            return;
        }
        var width = Width(text, font);
        var left = align switch { TextAlign.Center => x - width / 2, TextAlign.Right => x - width, _ => x };
        var parts = text.Split(AlmostEqual);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0)
                gfx.DrawString(parts[i], font, brush, left, baseline, XStringFormats.BaseLineLeft);
            left += Width(parts[i], font);
            if (i < parts.Length - 1)
            {
                var lift = font.Size * 0.14;
                gfx.DrawString("~", font, brush, left, baseline - lift, XStringFormats.BaseLineLeft);
                gfx.DrawString("~", font, brush, left, baseline + lift, XStringFormats.BaseLineLeft);
                left += Width("~", font);
            }
        }
    }

    /// <summary>Width of <paramref name="text"/> drawn with <paramref name="tracking"/> points between letters.</summary>
    public static double WidthTracked(string text, XFont font, double tracking) =>
        tracking == 0 ? Width(text, font) : text.Sum(ch => Width(ch.ToString(), font)) + tracking * Math.Max(0, text.Length - 1);

    /// <summary>Draws letter-spaced text (for map names in capitals), left-aligned at <paramref name="x"/>.</summary>
    public static void DrawTracked(XGraphics gfx, string text, XFont font, XColor color, double x, double top, double tracking)
    {
        if (tracking == 0)
        {
            Draw(gfx, text, font, color, x, top);
            return;
        }
        var brush = new XSolidBrush(color);
        foreach (var ch in text)
        {
            var s = ch.ToString();
            if (ch != ' ')
                gfx.DrawString(s, font, brush, x, top + Baseline(font), XStringFormats.BaseLineLeft);
            x += Width(s, font) + tracking;
        }
    }

    /// <summary>Draws wrapped lines from <paramref name="top"/> down.</summary>
    public static void DrawLines(XGraphics gfx, IReadOnlyList<string> lines, XFont font, XColor color, double x, double top, TextAlign align = TextAlign.Left)
    {
        for (var i = 0; i < lines.Count; i++)
            Draw(gfx, lines[i], font, color, x, top + i * LineHeight(font), align);
    }
}

internal enum TextAlign { Left, Center, Right }
