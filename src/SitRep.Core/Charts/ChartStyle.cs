using SitRep.Drawing;
using SitRep.Text;

namespace SitRep.Charts;

/// <summary>The chart font stack in the three styles charts draw with; the PDF stage makes them from the brief's embedded (subset) fonts.</summary>
public sealed record ChartFonts(ChartTypeface Regular, ChartTypeface Bold, ChartTypeface Italic);

/// <summary>
/// Colours and type shared by every chart. Charts never invent colours of their own:
/// series take <see cref="Palette"/> in order, emphasis takes <see cref="Highlight"/>.
/// <see cref="Direction"/> is the brief's: the direction labels are read in (axes stay as the data needs).
/// </summary>
public sealed record ChartStyle(
    ChartFonts Fonts,
    Rgb Ink,
    Rgb Muted,
    Rgb Grid,
    IReadOnlyList<Rgb> Palette,
    Rgb Highlight,
    Rgb Land,
    Rgb Water,
    double FontSize,
    Direction Direction = Direction.LeftToRight,
    string Language = "und")
{
    /// <summary>
    /// The style <see cref="IChart.HeightFor"/> measures with: the embedded sans stack (Noto Sans, then Arabic, Hebrew, Tifinagh, mathematical symbols), the Okabe–Ito
    /// colour-blind-safe palette (blue first), near-black ink and 7.5 pt type.
    /// </summary>
    internal static ChartStyle Default { get; } = new(
        EmbeddedFonts.Sans,
        Ink: Rgb.FromHex(0x1a1a1a),
        Muted: Rgb.FromHex(0x5f6b73),
        Grid: Rgb.FromHex(0xd9dde0),
        Palette: [Rgb.FromHex(0x0072b2), Rgb.FromHex(0xe69f00), Rgb.FromHex(0x009e73), Rgb.FromHex(0xd55e00), Rgb.FromHex(0x56b4e9), Rgb.FromHex(0xcc79a7)],
        Highlight: Rgb.FromHex(0xd55e00),
        Land: Rgb.FromHex(0xecebe6),
        Water: Rgb.FromHex(0xdfeaf1),
        FontSize: 7.5);

    /// <summary>The series colour for index <paramref name="i"/>, cycling through the palette.</summary>
    internal Rgb Series(int i) => Palette.Count == 0 ? Ink : Palette[i % Palette.Count];

    internal ChartFont Font(double size, bool bold = false, bool italic = false) =>
        ChartFont.Of(bold ? Fonts.Bold : italic ? Fonts.Italic : Fonts.Regular, size, Direction, Language);

    internal bool IsRightToLeft => Direction == Direction.RightToLeft;

    internal ChartFont Regular => Font(FontSize);

    internal ChartFont BoldFont => Font(FontSize, bold: true);
}
