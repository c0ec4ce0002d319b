namespace SitRep.Extraction;

/// <summary>The last step of cutting evidence out of a sentence: whole words, no spaces or commas at either end.</summary>
internal static class EvidenceBounds
{
    public static TextSpan Settle(string text, int start, int end, TextSpan sentence)
    {
        // Never cut a word in two.
        while (start > sentence.Start && char.IsLetterOrDigit(text[start - 1]))
            start--;
        while (end < sentence.End && char.IsLetterOrDigit(text[end]))
            end++;
        while (start < end && (Sources.TextNormalizer.IsSpace(text[start]) || text[start] == ','))
            start++;
        while (end > start && (Sources.TextNormalizer.IsSpace(text[end - 1]) || text[end - 1] == ','))
            end--;
        return new TextSpan(start, end);
    }
}
