using SitRep.Text;
using SkiaSharp;
using TextFonts = SitRep.Text.EmbeddedFonts;

namespace SitRep.Charts;

/// <summary>
/// The embedded sans stack (<see cref="FontStack.Sans"/>), used to measure charts before a page exists and to draw
/// them outside a brief. A face is opened when a character first needs it, read in place: the embedded bytes live
/// as long as the process (<see cref="TextFonts"/> keeps them), so HarfBuzz and Skia read them without a copy.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<ChartFonts> SansFonts = new(() => new ChartFonts(Stack(false, false), Stack(true, false), Stack(false, true)));

    public static ChartFonts Sans => SansFonts.Value;

    private static ChartTypeface Stack(bool bold, bool italic)
    {
        var stack = FontStack.Embedded(FontStack.Sans, bold, italic);
        return new ChartTypeface(stack, i => Open(stack.Families[i], bold, italic));
    }

    private static unsafe ChartFace Open(string family, bool bold, bool italic)
    {
        var bytes = TextFonts.Face(family, bold, italic)
            ?? throw new InvalidOperationException($"embedded font '{family}' is missing from SitRep.Core");
        var pointer = (IntPtr)bytes.Pin().Pointer;
        var blob = new HarfBuzzSharp.Blob(pointer, bytes.Length, HarfBuzzSharp.MemoryMode.ReadOnly);
        var face = new HarfBuzzSharp.Face(blob, 0);
        var font = new HarfBuzzSharp.Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        var typeface = new Lazy<SKTypeface>(() =>
        {
            using var data = SKData.Create(pointer, bytes.Length);
            return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"embedded font '{family}' cannot be read");
        });
        // As the PDF stage does: a missing bold is emboldened; Arabic, Hebrew and Tifinagh stay upright.
        var syntheticBold = bold && !TextFonts.HasStyle(family, true, false);
        var syntheticItalic = italic && !TextFonts.HasStyle(family, bold, true) && !TextFonts.HasStyle(family, false, true)
            && family is TextFonts.NotoSans or TextFonts.NotoSerif;
        return new ChartFace(font, face.UnitsPerEm, () => typeface.Value, syntheticBold, syntheticItalic);
    }
}
