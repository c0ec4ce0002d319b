using System.Text;
using System.Text.RegularExpressions;

namespace SitRep.Extraction;

/// <summary>
/// Finds direct quotations in “ ” " " « » „ “ ‘ ’ and their mixtures, across paragraphs, joining a
/// quotation interrupted by its attribution ("…," said X, "…") and cutting an attribution set inside
/// the marks (« …, souligne X. … »). The text keeps the source's characters; cuts are marked "(...)".
/// </summary>
public static class QuoteFinder
{
    /// <summary>Shorter quotations are scare quotes, titles or names ("failure", 'Wagner Force').</summary>
    public const int MinWords = 4;

    public const int MaxLength = 4000;

    // « …, souligne X, directeur de Y. … »: an attribution that ends a sentence inside the marks.
    private static readonly Regex InciseSentence = new(
        $@",\s+(?:{Attribution.Verbs})\b(?<who>[^.“”«»""]{{2,220}}?)\.\s+(?=\p{{Lu}})",
        RegexOptions.IgnoreCase, TimeSpan.FromSeconds(2));

    // « Nous allons, a-t-il dit, reprendre » / "We will, he said, return": a short attribution between commas.
    private static readonly Regex InciseClause = new(
        $@",\s+(?:(?:{Attribution.Verbs})\b[^.,“”«»""]{{0,40}}|(?:he|she|il|elle)\s+(?:said|says|added|a\s+dit|a\s+ajouté))\s*,\s+(?=\p{{Ll}})",
        RegexOptions.IgnoreCase, TimeSpan.FromSeconds(2));

    private sealed record Segment(int Open, int Close, int InnerStart, int InnerEnd);

    public static IReadOnlyList<FoundQuote> Find(SourceDocument document, PersonIndex people)
    {
        var text = document.Text;
        var segments = Segments(text).Where(s => !InFootnote(text, s.Open)).ToList();
        var quotes = new List<FoundQuote>();
        FoundQuote? previous = null;
        var previousClose = -1;
        for (var i = 0; i < segments.Count; i++)
        {
            var group = new List<Segment> { segments[i] };
            while (i + 1 < segments.Count && Interrupted(document, group[^1], segments[i + 1], group[0]))
                group.Add(segments[++i]);

            var first = group[0];
            var last = group[^1];
            var words = group.Sum(s => CountWords(text[s.InnerStart..s.InnerEnd]));
            if (words < MinWords)
                continue;

            var (quoteText, incise) = Compose(text, group, people);
            // An interrupted quotation is attributed where it is interrupted; then inside the marks; then around it.
            var speaker = (group.Count > 1 ? Attribution.AfterQuote(text[group[0].Close..group[1].Open], group[0].Close, text, people) : null)
                ?? incise ?? Attribution.Find(document, people, first.Open, last.Close);
            if (speaker is null && previous is { Speaker: not null } && first.Open - previousClose < 120 && StartsSentence(text, first.Open))
                speaker = new Speaker(previous.Speaker, previous.Role, Confidence.Medium);

            var confidence = speaker?.Confidence ?? Confidence.Low;
            var quote = new FoundQuote(document.Id, new TextSpan(first.Open, last.Close), quoteText, speaker?.Name, speaker?.Role, confidence)
            {
                Passage = text[first.Open..last.Close],
            };
            quotes.Add(quote);
            previous = quote;
            previousClose = last.Close;
        }

        return quotes;
    }

    /// <summary>Every pair of opening and closing marks, inner text trimmed.</summary>
    private static List<Segment> Segments(string text)
    {
        var segments = new List<Segment>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsOpening(text, i))
                continue;
            var close = FindClose(text, i, c);
            if (close < 0)
                continue;
            var innerStart = i + 1;
            var innerEnd = close;
            while (innerStart < innerEnd && Sources.TextNormalizer.IsSpace(text[innerStart]))
                innerStart++;
            while (innerEnd > innerStart && Sources.TextNormalizer.IsSpace(text[innerEnd - 1]))
                innerEnd--;
            segments.Add(new Segment(i, close + 1, innerStart, innerEnd));
            i = close;
        }

        return segments;
    }

    private static bool IsOpening(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '“' or '«' or '„' => true,
            '‘' => !char.IsLetter(before),
            '"' or '\'' => (Sources.TextNormalizer.IsSpace(before) || before is '(' or '[' or '—' or '–' or ':' or ',') && !Sources.TextNormalizer.IsSpace(after) && (c == '"' || char.IsLetter(after)),
            _ => false,
        };
    }

    private static int FindClose(string text, int open, char mark)
    {
        var limit = Math.Min(text.Length, open + MaxLength);
        for (var j = open + 1; j < limit; j++)
        {
            var c = text[j];
            var before = text[j - 1];
            var after = j + 1 < text.Length ? text[j + 1] : ' ';
            var closes = mark switch
            {
                '“' => c is '”' or '»' || (c == '"' && !Sources.TextNormalizer.IsSpace(before)),
                '«' => c is '»' or '”',
                '„' => c is '“' or '”',
                '‘' => c == '’' && !char.IsLetter(after),
                '"' => c is '"' or '”' && !Sources.TextNormalizer.IsSpace(before),
                '\'' => c == '\'' && !Sources.TextNormalizer.IsSpace(before) && !char.IsLetter(after),
                _ => false,
            };
            if (closes)
                return j;
            // A new opening mark of the same kind: the first quotation never closed, unless it opens a
            // paragraph (a quotation running over paragraphs reopens each one).
            if (c == mark && mark is '“' or '«' or '„' && !(before == '\n' || (j >= 2 && text[j - 2] == '\n')))
                return -1;
            if (mark is '\'' or '‘' && c == '\n' && after == '\n')
                return -1;
        }

        return -1;
    }

    /// <summary>"…," he told DW. "…": the second part continues the first when only an attribution stands between.</summary>
    private static bool Interrupted(SourceDocument document, Segment current, Segment next, Segment first)
    {
        var text = document.Text;
        var gap = text[current.Close..next.Open];
        if (gap.Length > 160 || gap.Contains("\n\n", StringComparison.Ordinal))
            return false;
        var inner = text[current.InnerStart..current.InnerEnd];
        var endsOpen = inner.EndsWith(',') || gap.TrimStart().StartsWith(',');
        if (!endsOpen || !StartsSentence(text, first.Open))
            return false;
        if (!Regex.IsMatch(gap, $@"\b(?:{Attribution.Verbs})\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
            return false;
        // A part with an attribution of its own after it is a new quotation, not the rest of this one.
        var after = text[next.Close..Math.Min(text.Length, next.Close + 160)];
        var paragraph = after.IndexOf("\n\n", StringComparison.Ordinal);
        return Attribution.AfterQuote(paragraph >= 0 ? after[..paragraph] : after, next.Close, text, new PersonIndex("")) is null;
    }

    /// <summary>The quotation's text, parts joined by "(...)", and the speaker of an attribution set inside the marks.</summary>
    private static (string Text, Speaker? Incise) Compose(string text, List<Segment> group, PersonIndex people)
    {
        var parts = new List<string>();
        Speaker? incise = null;
        foreach (var segment in group)
        {
            var inner = WithoutFootnotes(text[segment.InnerStart..segment.InnerEnd]);
            var match = InciseSentence.Match(inner);
            if (!match.Success)
                match = InciseClause.Match(inner);
            if (match.Success && match.Index > 0)
            {
                incise ??= Attribution.AfterQuote(inner[match.Index..(match.Index + match.Length)], segment.InnerStart + match.Index, text, people);
                parts.Add(inner[..match.Index]);
                parts.Add(inner[(match.Index + match.Length)..]);
            }
            else
                parts.Add(inner);
        }

        // The comma that hands over to the attribution ("…," he said) is punctuation of the sentence, not of the quotation.
        var joined = string.Join(" (...) ", parts.Select(p => p.Trim().TrimEnd(',').TrimEnd()).Where(p => p.Length > 0));
        return (OneLine(joined), incise);
    }

    /// <summary>A quotation that runs over a page foot keeps its words; the footnote between is cut as "(...)".</summary>
    private static string WithoutFootnotes(string inner)
    {
        var paragraphs = Regex.Split(inner, @"\n[ \t]*\n", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (paragraphs.Length == 1)
            return inner;
        var kept = paragraphs.Where(p => !(p.TrimStart() is { Length: > 0 } t && t[0] is '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹' or '⁰')).ToList();
        return kept.Count == paragraphs.Length ? inner : string.Join(" (...) ", kept.Select(p => p.Trim()));
    }

    /// <summary>Runs of whitespace that hold a line break become one space; every other character stays.</summary>
    private static string OneLine(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '\n' or '\r' or '\t')
            {
                while (builder.Length > 0 && builder[^1] == ' ')
                    builder.Length--;
                while (i + 1 < value.Length && Sources.TextNormalizer.IsSpace(value[i + 1]))
                    i++;
                builder.Append(' ');
                continue;
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }

    private static bool StartsSentence(string text, int position) => CapitalisedNames.StartsSentence(text, position) || position == 0;

    /// <summary>A footnote: a paragraph that starts with a superscript number ("¹ See the link: …").</summary>
    private static bool InFootnote(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (position == 0)
            lineStart = 0;
        var first = text[lineStart..position].TrimStart();
        return first.Length > 0 && first[0] is '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹' or '⁰';
    }

    private static int CountWords(string value) => value.Split((char[])[' ', '\n', '\u00A0', '\u202F', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
