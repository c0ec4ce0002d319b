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

    /// <summary>
    /// Set once <see cref="SubsetTypefaces"/> holds this run's characters and glyphs: a run drawn many times (the shaper
    /// of one brief shares it) is added once, with no set of a long brief's runs to grow.
    /// </summary>
    internal bool AddedToSubset { get; set; }

    public double Scale(double size) => size / Face.UnitsPerEm;

    /// <summary>Each glyph's cluster as a UTF-8 byte offset into <see cref="Text"/> (what a PDF text blob indexes), worked out once.</summary>
    public int[] ClusterBytes => clusterBytes ??= SitRep.Text.ClusterText.Utf8Offsets(Text, Clusters);
}
