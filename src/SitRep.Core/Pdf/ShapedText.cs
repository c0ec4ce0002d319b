namespace SitRep.Pdf;

/// <summary>
/// A run as HarfBuzz shaped it, in font units: glyph ids, their advances and offsets, and for each glyph
/// the index of the first UTF-16 character it stands for (its cluster), so the PDF can say which text
/// a ligature or a reordered glyph came from. <see cref="Nominal"/> holds each glyph's own advance,
/// before kerning: the advance a PDF viewer applies when no position is given.
/// </summary>
internal sealed record ShapedText(
    FontFace Face,
    string Text,
    ushort[] Glyphs,
    int[] Clusters,
    int[] Advances,
    int[] Nominal,
    int[] OffsetsX,
    int[] OffsetsY,
    int Advance)
{
    private int[]? clusterBytes;

    public double Scale(double size) => size / Face.UnitsPerEm;

    /// <summary>Each glyph's cluster as a UTF-8 byte offset into <see cref="Text"/> (what a PDF text blob indexes), worked out once.</summary>
    public int[] ClusterBytes => clusterBytes ??= Utf8Offsets();

    private int[] Utf8Offsets()
    {
        // Bytes before each UTF-16 index: 1, 2 or 3 per character, 4 per surrogate pair (counted at its first half).
        var before = new int[Text.Length + 1];
        for (var i = 0; i < Text.Length; i++)
        {
            var c = Text[i];
            var bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) && i + 1 < Text.Length && char.IsLowSurrogate(Text[i + 1]) ? 4 : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(Text[i - 1]) ? 0 : 3;
            before[i + 1] = before[i] + bytes;
        }

        var offsets = new int[Clusters.Length];
        for (var g = 0; g < Clusters.Length; g++)
            offsets[g] = before[Math.Clamp(Clusters[g], 0, Text.Length)];
        return offsets;
    }
}
