namespace SitRep.Text;

/// <summary>The text a right-to-left glyph run carries into the PDF.</summary>
internal static class ClusterText
{
    /// <summary>
    /// <paramref name="text"/> with the characters of each cluster (lam-alef, a letter and its shadda) reversed,
    /// clusters being the UTF-16 index each glyph starts at. Text extractors read a right-to-left run in visual
    /// order and reverse it, each glyph's own text with it, so it is given backwards and comes out as typed.
    /// </summary>
    public static string ReversedWithinClusters(string text, IEnumerable<int> clusters)
    {
        var starts = clusters.Distinct().Order().ToList();
        var chars = text.ToCharArray();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : chars.Length;
            if (end - starts[i] > 1)
                Array.Reverse(chars, starts[i], end - starts[i]);
        }

        return new string(chars);
    }
}
