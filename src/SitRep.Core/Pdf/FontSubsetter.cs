using System.Runtime.InteropServices;

namespace SitRep.Pdf;

/// <summary>
/// Cuts a face down to the characters and glyphs a brief uses, with HarfBuzz's subsetter (exported by
/// HarfBuzzSharp's native library, not wrapped by its managed API). Glyph ids are kept, so glyphs shaped
/// with the full face draw unchanged from the subset; hinting is dropped, as PDF viewers do not use it.
/// </summary>
internal static class FontSubsetter
{
    private const string HarfBuzz = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const int DropTableTags = 3;

    /// <summary>
    /// GPOS and GDEF: text is shaped with the full face, and a PDF viewer draws glyphs where the file places them, so
    /// positioning is never read from the subset. GSUB stays: HarfBuzz follows it to keep every form a character can
    /// take (a chart label cut short shapes an Arabic word's last letter anew).
    /// </summary>
    private static readonly uint[] LayoutTables = [Tag("GPOS"), Tag("GDEF")];

    private static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);

    public static byte[] Subset(FontFace face, IEnumerable<int> codePoints, IEnumerable<ushort> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input");
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
                hb_set_add(unicodes, (uint)codePoint);
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs)
                hb_set_add(glyphSet, glyph);
            hb_subset_input_set_flags(input, NoHinting | RetainGlyphIds);
            var dropped = hb_subset_input_set(input, DropTableTags);
            foreach (var table in LayoutTables)
                hb_set_add(dropped, table);

            var subset = hb_subset_or_fail(face.FaceHandle, input);
            if (subset == IntPtr.Zero)
                throw new FontSubsetException(face.Family, face.Bold, face.Italic, $"HarfBuzz could not subset the font {face}");
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0)
                        throw new InvalidOperationException($"HarfBuzz returned an empty subset of {face}");
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(HarfBuzz)]
    private static extern void hb_set_add(IntPtr set, uint codePoint);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(HarfBuzz)]
    private static extern void hb_face_destroy(IntPtr face);
}

/// <summary>A font that loaded but cannot be subset for embedding: its tables are damaged.</summary>
public sealed class FontSubsetException(string family, bool bold, bool italic, string message) : Exception(message)
{
    public string Family { get; } = family;

    public bool Bold { get; } = bold;

    public bool Italic { get; } = italic;
}
