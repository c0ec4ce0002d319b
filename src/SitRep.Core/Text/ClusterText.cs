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

    /// <summary>Each cluster (a UTF-16 index into <paramref name="text"/>) as the UTF-8 byte offset a PDF text blob indexes by.</summary>
    public static int[] Utf8Offsets(string text, IReadOnlyList<int> clusters)
    {
        var offsets = new int[clusters.Count];
        if (System.Text.Ascii.IsValid(text))
        {
            // One byte per character: the offsets are the indices.
            for (var g = 0; g < clusters.Count; g++)
                offsets[g] = Math.Clamp(clusters[g], 0, text.Length);
            return offsets;
        }

        // Bytes before each UTF-16 index: 1, 2 or 3 per character, 4 per surrogate pair (counted at its first half).
        var before = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 4 : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 0 : 3;
            before[i + 1] = before[i] + bytes;
        }

        for (var g = 0; g < clusters.Count; g++)
            offsets[g] = before[Math.Clamp(clusters[g], 0, text.Length)];
        return offsets;
    }
}
