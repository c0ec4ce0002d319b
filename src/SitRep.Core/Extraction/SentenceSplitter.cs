namespace SitRep.Extraction;

/// <summary>
/// Splits a text into sentences: at a blank line or line end that closes a paragraph, and after
/// '.', '!' or '?' (with any closing quotation mark) followed by a space and a capital, a digit or an
/// opening mark, except after abbreviations and initials ("Dr.", "U.S.", "p.m.").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "m", "mme", "mlle", "st", "no", "gen", "col", "lt", "capt", "sgt", "maj", "prof",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec", "vs", "etc", "approx", "p", "pp", "fig", "art", "av", "j.-c",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                // A line break ends a sentence unless the line runs on mid-sentence (wrapped text).
                if (EndsParagraph(text, i))
                {
                    Add(sentences, text, start, i);
                    start = i + 1;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?'))
                continue;
            var end = i + 1;
            while (end < text.Length && (IsClosingMark(text[end]) || IsFootnoteMark(text[end])))
                end++;
            if (end >= text.Length || !TextNormalizerSpace(text[end]))
                continue;
            var next = end;
            while (next < text.Length && TextNormalizerSpace(text[next]) && text[next] != '\n')
                next++;
            if (next >= text.Length || text[next] == '\n')
                continue;
            var after = text[next];
            if (!(char.IsUpper(after) || char.IsDigit(after) || IsOpeningMark(after)))
                continue;
            if (c == '.' && IsAbbreviation(text, i))
                continue;
            Add(sentences, text, start, end);
            start = end;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsParagraph(string text, int newline)
    {
        // A blank line, or a line that ends with sentence punctuation, or a short heading-like line.
        if (newline + 1 < text.Length && text[newline + 1] == '\n')
            return true;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, newline - 1)) + 1;
        var line = text[lineStart..newline].TrimEnd();
        if (line.Length == 0)
            return true;
        var last = line[^1];
        if (last is '.' or '!' or '?' or ':' || IsClosingMark(last))
            return true;
        // Wrapped prose continues in lower case on the next line.
        var next = newline + 1;
        while (next < text.Length && text[next] is ' ' or '\t')
            next++;
        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
            wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0)
            return false;
        // Initials: "U.S." or a single capital ("J. Smith").
        if (word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])))
            return true;
        return Abbreviations.Contains(word);
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && TextNormalizerSpace(text[start]))
            start++;
        while (end > start && TextNormalizerSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new TextSpan(start, end));
    }

    private static bool TextNormalizerSpace(char c) => Sources.TextNormalizer.IsSpace(c);

    public static bool IsFootnoteMark(char c) => c is '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹' or '⁰';

    public static bool IsOpeningMark(char c) => c is '“' or '"' or '«' or '‘' or '„' or '\'';

    public static bool IsClosingMark(char c) => c is '”' or '"' or '»' or '’' or '\'' or ')';
}
