using System.Buffers;
using HarfBuzzSharp;

namespace SitRep.Pdf;

/// <summary>
/// One face of the brief's fonts: its TrueType bytes and a HarfBuzz font over them, scaled to font units,
/// which shapes and measures. A family without a bold or italic face gets the regular one, emboldened or slanted.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private MemoryHandle pinned;
    private readonly Blob blob;
    private readonly Face face;
    private Text.FaceCoverage? coverage;

    public FontFace(string family, bool bold, bool italic, ReadOnlyMemory<byte> data, bool syntheticBold, bool syntheticItalic)
    {
        (Family, Bold, Italic, Data, SyntheticBold, SyntheticItalic) = (family, bold, italic, data, syntheticBold, syntheticItalic);
        pinned = data.Pin();
        unsafe
        {
            blob = new Blob((IntPtr)pinned.Pointer, data.Length, MemoryMode.ReadOnly);
        }

        face = new Face(blob, 0);
        UnitsPerEm = face.UnitsPerEm;
        Font = new Font(face);
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        if (!Font.TryGetHorizontalFontExtents(out var extents))
            throw new InvalidDataException($"font '{family}' has no horizontal metrics");
        (Ascender, Descender) = (extents.Ascender, Math.Abs(extents.Descender));
        SpaceGlyph = Font.TryGetGlyph(' ', out var space) ? (ushort)space : (ushort)0;
        SpaceAdvance = Font.GetHorizontalGlyphAdvance(SpaceGlyph);
    }

    public string Family { get; }
    public bool Bold { get; }
    public bool Italic { get; }
    public ReadOnlyMemory<byte> Data { get; }
    public bool SyntheticBold { get; }
    public bool SyntheticItalic { get; }
    public int UnitsPerEm { get; }
    public int Ascender { get; }
    public int Descender { get; }
    public ushort SpaceGlyph { get; }
    public int SpaceAdvance { get; }
    public Font Font { get; }

    /// <summary>The native HarfBuzz face, for the subsetter.</summary>
    public IntPtr FaceHandle => face.Handle;

    public Text.FaceCoverage Coverage => coverage ??= Text.FaceCoverage.Read(Data.Span);

    public override string ToString() => $"{Family}{(Bold ? " Bold" : "")}{(Italic ? " Italic" : "")}";

    public void Dispose()
    {
        Font.Dispose();
        face.Dispose();
        blob.Dispose();
        pinned.Dispose();
    }
}
