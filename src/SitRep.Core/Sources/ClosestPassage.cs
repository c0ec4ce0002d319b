namespace SitRep.Sources;

/// <summary>
/// When evidence is not found, the passage of the source that resembles it most, and the first
/// word where they part, so the fix is obvious.
/// </summary>
public sealed record ClosestPassage(int Line, int Column, string Passage, string? ExpectedWord, string? FoundWord)
{
    /// <summary>Where <see cref="FoundWord"/> starts in the normalised evidence; -1 when nothing differs.</summary>
    public int FoundOffset { get; init; } = -1;

    public const int SearchWords = 40;

    public static ClosestPassage? Find(SourceText source, string evidence)
    {
        var needle = Words(TextNormalizer.Normalize(evidence));
        var hay = Words(source.Normalized);
        if (needle.Count == 0 || hay.Count == 0)
            return null;

        // The search compares at most the first SearchWords words, so long evidence against a long source stays cheap.
        int bestStart = 0, bestScore = -1;
        var window = Math.Min(Math.Min(needle.Count, hay.Count), SearchWords);
        for (var start = 0; start + window <= hay.Count; start++)
        {
            var score = 0;
            for (var i = 0; i < window; i++)
            {
                if (string.Equals(hay[start + i].Core, needle[i].Core, StringComparison.OrdinalIgnoreCase))
                    score += 2;
                else if (start + i + 1 < hay.Count && string.Equals(hay[start + i + 1].Core, needle[i].Core, StringComparison.OrdinalIgnoreCase))
                    score += 1;
                else if (start + i > 0 && string.Equals(hay[start + i - 1].Core, needle[i].Core, StringComparison.OrdinalIgnoreCase))
                    score += 1;
            }

            if (score > bestScore)
            {
                bestScore = score;
                bestStart = start;
            }
        }

        if (bestScore <= window / 2)
            return null;

        string? expected = null, found = null;
        var foundOffset = -1;
        window = Math.Min(needle.Count, hay.Count - bestStart);
        for (var i = 0; i < window; i++)
        {
            // Punctuation around a word (the quotation mark that opens a quote in the source) is not the difference.
            var (sourceWord, evidenceWord) = (hay[bestStart + i].Core, needle[i].Core);
            if (sourceWord != evidenceWord || (sourceWord.Length == 0 && hay[bestStart + i].Word != needle[i].Word))
            {
                var bare = sourceWord.Length > 0 && evidenceWord.Length > 0;
                expected = bare ? sourceWord : hay[bestStart + i].Word;
                found = bare ? evidenceWord : needle[i].Word;
                foundOffset = needle[i].Start + (bare ? needle[i].Word.IndexOf(evidenceWord, StringComparison.Ordinal) : 0);
                break;
            }
        }

        var first = hay[bestStart].Start;
        var lastWord = hay[bestStart + window - 1];
        var passage = source.Normalized[first..(lastWord.Start + lastWord.Word.Length)];
        var (line, column) = source.LineOf(first);
        return new ClosestPassage(line, column, passage, expected, found) { FoundOffset = foundOffset };
    }

    /// <summary>A word without the punctuation around it: '"We' is 'We', 'children.' is 'children'.</summary>
    private static string Core(string word)
    {
        int start = 0, end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
            start++;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
            end--;
        return word[start..end];
    }

    private static List<(string Word, int Start, string Core)> Words(string text)
    {
        var words = new List<(string, int, string)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || text[i] == ' ';
            if (!boundary && start < 0)
                start = i;
            if (boundary && start >= 0)
            {
                var word = text[start..i];
                words.Add((word, start, Core(word)));
                start = -1;
            }
        }

        return words;
    }
}
