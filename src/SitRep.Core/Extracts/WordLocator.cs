using SitRep.Diagnostics;
using SitRep.Sources;

namespace SitRep.Extracts;

/// <summary>
/// Points a finding at one word inside a YAML value (the word of a quote that differs from its
/// source), not at the value's opening quotation mark. Works on the file's text, so folded
/// lines, escapes and curly quotes inside the value do not throw the column off.
/// </summary>
internal static class WordLocator
{
    /// <summary>
    /// The location of the occurrence of <paramref name="word"/> that starts at <paramref name="offset"/> in
    /// the normalised form of <paramref name="value"/>, searched in the file from where the value starts;
    /// <paramref name="fallback"/> when it cannot be found.
    /// </summary>
    public static SourceLocation Locate(Situation situation, SourceLocation fallback, string value, int offset, string word)
    {
        if (offset < 0 || word.Length == 0 || !situation.YamlTexts.TryGetValue(fallback.File, out var text))
            return fallback;
        var normalizedValue = TextNormalizer.Normalize(value);
        var before = CountWords(normalizedValue, word, Math.Min(offset, normalizedValue.Length));

        var start = OffsetOf(text, fallback.Line, fallback.Column);
        if (start < 0)
            return fallback;
        var rest = TextNormalizer.Normalize(text[start..], out var offsets);
        var found = -1;
        for (var i = 0; i <= before; i++)
        {
            found = NextWord(rest, word, found + 1);
            if (found < 0)
                return fallback;
        }

        var original = start + offsets[found];
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < original; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(fallback.File, line, original - lineStart + 1);
    }

    private static int CountWords(string text, string word, int end)
    {
        var count = 0;
        for (var at = NextWord(text, word, 0); at >= 0 && at < end; at = NextWord(text, word, at + 1))
            count++;
        return count;
    }

    private static int NextWord(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (startsWord && endsWord)
                return at;
        }

        return -1;
    }

    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line; l++)
        {
            offset = text.IndexOf('\n', offset);
            if (offset < 0)
                return -1;
            offset++;
        }

        offset += column - 1;
        return offset <= text.Length ? offset : -1;
    }
}
