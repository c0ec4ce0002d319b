using PdfSharp.Drawing;
using SitRep.Pdf;

namespace SitRep.Layout;

/// <summary>Measures text with the embedded fonts; caches fonts and word widths for one build.</summary>
internal sealed class TextMeasurer
{
    private readonly XGraphics graphics;
    private readonly Dictionary<FontSpec, XFont> fonts = new();
    private readonly Dictionary<(FontSpec, string), double> widths = new();

    public TextMeasurer()
    {
        _ = FontLibrary.Instance;
        graphics = XGraphics.CreateMeasureContext(new XSize(10_000, 10_000), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public XFont Font(FontSpec spec)
    {
        if (!fonts.TryGetValue(spec, out var font))
        {
            var style = (spec.Bold, spec.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(spec.Family, spec.Size, style, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
            fonts[spec] = font;
        }

        return font;
    }

    public double Width(string text, FontSpec spec)
    {
        if (text.Length == 0)
            return 0;
        if (!widths.TryGetValue((spec, text), out var width))
        {
            width = graphics.MeasureString(text, Font(spec)).Width;
            widths[(spec, text)] = width;
        }

        return width;
    }

    /// <summary>Distance from the top of a line box to the baseline, and the box height, for a font.</summary>
    public (double Ascent, double Descent) VerticalMetrics(FontSpec spec)
    {
        var metrics = Font(spec).Metrics;
        return (metrics.Ascent * spec.Size / metrics.UnitsPerEm, Math.Abs(metrics.Descent) * spec.Size / metrics.UnitsPerEm);
    }
}
