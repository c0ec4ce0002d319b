using System.Text;
using System.Text.RegularExpressions;

namespace SitRep.Templates;

/// <summary>
/// Shortens a quotation without rewording it: whole sentences are dropped and every cut is marked
/// with "(...)". The words that remain are the speaker's, in the speaker's order; a sentence is
/// never cut in the middle, so a quote whose first sentence alone is longer than the budget keeps
/// that sentence whole.
/// </summary>
public static partial class QuoteExcerpt
{
    public const string Ellipsis = "(...)";

    /// <summary>
    /// A boundary between sentences: either an elision already in the quote, "(...)", "(…)", "[...]"
    /// or "[…]", or the space after '.', '!' or '?' (and any closing quote or bracket), in both cases
    /// followed by a capital letter, possibly after an opening quote.
    /// </summary>
    [GeneratedRegex(@"(?:\s*(?:\(\.\.\.\)|\(…\)|\[\.\.\.\]|\[…\])\s+|(?<=[.!?][”""’')\]]*)\s+)(?=[“""‘']?\p{Lu})")]
    private static partial Regex Boundary();

    /// <summary>The sentences of <paramref name="text"/>, each with the separator that preceded it in the original.</summary>
    public static IReadOnlyList<(string Separator, string Sentence)> Sentences(string text)
    {
        var result = new List<(string, string)>();
        var start = 0;
        var separator = "";
        foreach (Match boundary in Boundary().Matches(text))
        {
            if (boundary.Index <= start)
                continue;
            result.Add((separator, text[start..boundary.Index]));
            separator = boundary.Value;
            start = boundary.Index + boundary.Length;
        }

        result.Add((separator, text[start..]));
        return result;
    }

    /// <summary>
    /// The quote as is when it fits in <paramref name="maxChars"/>; otherwise its first sentences
    /// that fit (at least one), then its last sentence if that still fits, with "(...)" wherever
    /// sentences were left out.
    /// </summary>
    public static string Shorten(string text, int maxChars)
    {
        text = text.Trim();
        if (text.Length <= maxChars)
            return text;
        var sentences = Sentences(text);
        var kept = new List<int> { 0 };
        var length = sentences[0].Sentence.Length;
        for (var i = 1; i < sentences.Count; i++)
        {
            var more = sentences[i].Separator.Length + sentences[i].Sentence.Length;
            if (length + more > maxChars)
                break;
            kept.Add(i);
            length += more;
        }

        var last = sentences.Count - 1;
        if (kept[^1] < last - 1 && length + Ellipsis.Length + 2 + sentences[last].Sentence.Length <= maxChars)
            kept.Add(last);

        var builder = new StringBuilder(sentences[0].Sentence);
        for (var k = 1; k < kept.Count; k++)
        {
            var (separator, sentence) = sentences[kept[k]];
            builder.Append(kept[k] == kept[k - 1] + 1 ? separator : " " + Ellipsis + " ");
            builder.Append(sentence);
        }

        if (kept[^1] < last)
            builder.Append(' ').Append(Ellipsis);
        return builder.ToString();
    }
}
