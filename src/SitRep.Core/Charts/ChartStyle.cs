using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Colours and type shared by every chart. Charts never invent colours of their own:
/// series take <see cref="Palette"/> in order, emphasis takes <see cref="Highlight"/>.
/// </summary>
public sealed record ChartStyle(
    string FontFamily,
    XColor Ink,
    XColor Muted,
    XColor Grid,
    IReadOnlyList<XColor> Palette,
    XColor Highlight,
    XColor Land,
    XColor Water,
    double FontSize)
{
    /// <summary>
    /// Okabe–Ito colour-blind-safe palette (blue first), near-black ink, grey-blue muted text,
    /// pale gridlines, Noto Sans at 7.5 pt.
    /// </summary>
    public static ChartStyle Default { get; } = new(
        SitRep.Pdf.FontLibrary.Sans,
        Ink: Rgb(0x1a1a1a),
        Muted: Rgb(0x5f6b73),
        Grid: Rgb(0xd9dde0),
        Palette: new[]
        {
            Rgb(0x0072b2), // blue
            Rgb(0xe69f00), // orange
            Rgb(0x009e73), // bluish green
            Rgb(0xd55e00), // vermillion
            Rgb(0x56b4e9), // sky blue
            Rgb(0xcc79a7), // reddish purple
            Rgb(0xf0e442), // yellow
        },
        Highlight: Rgb(0xd55e00),
        Land: Rgb(0xecebe6),
        Water: Rgb(0xdfeaf1),
        FontSize: 7.5);

    /// <summary>The series colour for index <paramref name="i"/>, cycling through the palette.</summary>
    internal XColor Series(int i) => Palette.Count == 0 ? Ink : Palette[i % Palette.Count];

    internal static XColor Rgb(int rgb) => XColor.FromArgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
}
