namespace SitRep.Charts;

/// <summary>
/// One script, direction and face of a label as HarfBuzz shaped it, in ems: glyph ids, each glyph's position
/// from the run's start and its advance, and the UTF-16 index in <see cref="Text"/> of the first character it
/// stands for (its cluster), so the PDF says which text each glyph came from. <see cref="Start"/> is where
/// <see cref="Text"/> starts in the label.
/// </summary>
internal sealed record LabelRun(ChartFace Face, int Start, string Text, bool RightToLeft, ushort[] Glyphs, double[] X, double[] Y, double[] Advances, int[] Clusters, double Advance);

/// <summary>A one-line label shaped for drawing: its runs from left to right (bidi applied) and its width in ems.</summary>
internal sealed record ShapedLabel(string Text, IReadOnlyList<LabelRun> Runs, double Advance)
{
    /// <summary>
    /// The width in ems of each logical prefix: element n is the advance of the glyphs of the first n characters.
    /// Exact but for kerning and joining across the cut, so a prefix chosen with it is measured again.
    /// </summary>
    public double[] PrefixAdvances()
    {
        var widths = new double[Text.Length + 1];
        foreach (var run in Runs)
        {
            for (var i = 0; i < run.Glyphs.Length; i++)
                widths[run.Start + run.Clusters[i] + 1] += run.Advances[i];
        }

        for (var n = 1; n < widths.Length; n++)
            widths[n] += widths[n - 1];
        return widths;
    }
}
