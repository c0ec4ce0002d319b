using SitRep.Charts;
using SitRep.Drawing;
using SitRep.Tests.Support;
using SkiaSharp;

namespace SitRep.Tests.Charts;

/// <summary>
/// Draws a chart on a one-page Skia PDF (<see cref="SKDocument.CreatePdf(Stream, SKDocumentPdfMetadata)"/>)
/// with the embedded sans stack (Noto Sans, then the Arabic, Hebrew, Tifinagh and mathematical faces).
/// </summary>
internal static class ChartPdf
{
    public const float Width = 400;
    public const float Margin = 12;

    /// <summary>The embedded sans stack, shaped with HarfBuzz and drawn from the full faces.</summary>
    public static ChartFonts Fonts => SitRep.Charts.EmbeddedFonts.Sans;

    public static ChartStyle Style(ChartFonts? fonts = null, double fontSize = 7.5) => new(
        fonts ?? Fonts,
        Ink: Rgb.FromHex(0x1a1a1a),
        Muted: Rgb.FromHex(0x5f6b73),
        Grid: Rgb.FromHex(0xd9dde0),
        Palette: [Rgb.FromHex(0x0072b2), Rgb.FromHex(0xe69f00)],
        Highlight: Rgb.FromHex(0xd55e00),
        Land: Rgb.FromHex(0xecebe6),
        Water: Rgb.FromHex(0xdfeaf1),
        FontSize: fontSize);

    /// <summary>Writes the chart at <see cref="Width"/> (its own height, or <paramref name="height"/>) with a margin round it.</summary>
    public static void Render(IChart chart, string path, ChartStyle? style = null, float width = Width, float? height = null)
    {
        var h = height ?? (float)chart.HeightFor(width);
        using var stream = File.Create(path);
        using var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
        {
            Creation = new DateTime(2023, 11, 17, 0, 0, 0, DateTimeKind.Utc),
            Modified = new DateTime(2023, 11, 17, 0, 0, 0, DateTimeKind.Utc),
        });
        var canvas = document.BeginPage(width + 2 * Margin, MathF.Ceiling(h + 2 * Margin));
        chart.Draw(canvas, SKRect.Create(Margin, Margin, width, h), style ?? Style());
        document.EndPage();
        document.Close();
    }
}
