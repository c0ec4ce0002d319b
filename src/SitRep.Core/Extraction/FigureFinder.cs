using System.Globalization;
using System.Text.RegularExpressions;

namespace SitRep.Extraction;

/// <summary>
/// Finds numbers that count or measure something ("12,944 uniformed personnel", "about 25 per cent",
/// "1.2 million people", "between 200 and 300 fighters", "three hospitals"), with their qualifier,
/// scale and unit. Dates, clock and reading times, list and footnote numbers, identifiers and numbers
/// inside addresses are skipped.
/// </summary>
public static class FigureFinder
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly Regex EnglishNumber = new(@"(?<!\w)(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00A0\u202F]\d{3})+|\d+(?:\.\d+)?)(?!\d)", RegexOptions.None, Timeout);
    private static readonly Regex FrenchNumber = new(@"(?<!\w)(?<n>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?!\d)", RegexOptions.None, Timeout);
    private static readonly Regex EnglishWordNumber = WordNumbers(french: false);
    private static readonly Regex FrenchWordNumber = WordNumbers(french: true);
    private static readonly Regex Word = new(@"\G[\s\u00A0\u202F]*(?<w>[\p{L}][\p{L}'’\-]*|%|\$|€)", RegexOptions.None, Timeout);

    private static readonly (string Words, string Qualifier)[] Hedges =
    [
        ("an estimated", "about"), ("approximately", "about"), ("about", "about"), ("around", "about"), ("roughly", "about"),
        ("nearly", "about"), ("almost", "about"), ("some", "about"), ("close to", "about"), ("estimated", "about"), ("approx.", "about"), ("~", "about"),
        ("environ", "about"), ("près de", "about"), ("quelque", "about"), ("presque", "about"), ("autour de", "about"), ("plus ou moins", "about"),
        ("at least", "at_least"), ("no fewer than", "at_least"), ("au moins", "at_least"), ("pas moins de", "at_least"),
        ("more than", "more_than"), ("over", "more_than"), ("upwards of", "more_than"), ("plus de", "more_than"), ("au-delà de", "more_than"),
        ("up to", "up_to"), ("at most", "up_to"), ("no more than", "up_to"), ("as many as", "up_to"), ("jusqu'à", "up_to"), ("jusqu’à", "up_to"), ("au plus", "up_to"), ("pas plus de", "up_to"),
        ("fewer than", "fewer_than"), ("less than", "fewer_than"), ("under", "fewer_than"), ("moins de", "fewer_than"),
    ];

    private static readonly string[] Currencies = ["US$", "USD", "$", "€", "EUR", "£", "CFA", "FCFA"];

    private sealed record Number(TextSpan Span, double Value, bool IsWord);

    public static IReadOnlyList<FoundFigure> Find(SourceDocument document, IReadOnlyList<DateMention> dates)
    {
        var text = document.Text;
        var numbers = Numbers(document, dates);
        var figures = new List<FoundFigure>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            var sentence = document.SentenceAt(number.Span.Start);
            var (qualifier, qualifierStart) = QualifierBefore(text, number.Span.Start, sentence.Start);
            double? low = null, high = null;
            var end = number.Span.End;
            if (qualifier is "between" or "from" && i + 1 < numbers.Count && RangeLink(text[number.Span.End..numbers[i + 1].Span.Start]))
            {
                low = number.Value;
                high = numbers[i + 1].Value;
                end = numbers[i + 1].Span.End;
                i++;
            }
            else if (qualifier is "between" or "from")
            {
                qualifier = "exact";
                qualifierStart = number.Span.Start;
            }
            else if (i + 1 < numbers.Count && text[number.Span.End..numbers[i + 1].Span.Start] is "-" or "–" or " to " or " à " && !number.IsWord)
            {
                low = number.Value;
                high = numbers[i + 1].Value;
                end = numbers[i + 1].Span.End;
                qualifier = "between";
                i++;
            }

            var (scale, afterScale) = ScaleAfter(text, end);
            var (unit, unitEnd, direct) = UnitAfter(document, afterScale, number.IsWord);
            if (unit.Length > 0 && (UnitWords.NotCounts.Contains(unit) || UnitWords.NotCounts.Contains(unit.Split(' ')[0])))
                continue;
            if (unit.Length == 0 && !number.IsWord && OfWhom(text, afterScale) && NounBefore(text, qualifierStart, sentence.Start) is { } noun)
                (unit, direct) = (noun, false);
            if (unit.Length == 0 && !number.IsWord && figures.LastOrDefault() is { } previous && previous.Span.Start >= sentence.Start && number.Span.Start - previous.Span.End < 120)
                (unit, direct) = (previous.Unit, false);
            var currency = CurrencyBefore(text, Math.Min(qualifierStart, number.Span.Start));
            // Money has nothing after it to name: the unit is what the currency counts.
            if (unit.Length == 0 && currency is not null)
                (unit, direct) = (CurrencyUnit(currency), true);
            if (unit.Length == 0)
                continue;

            var span = new TextSpan(Math.Min(qualifierStart, number.Span.Start), Math.Max(unitEnd, end));
            var evidenceSpan = EvidenceAround(document, span, sentence);
            var sentenceText = document.Cut(sentence);
            var (category, guessed) = UnitWords.CategoryOf(unit, sentenceText);
            figures.Add(new FoundFigure(document.Id, span, document.Cut(evidenceSpan))
            {
                Value = low is null ? number.Value : null,
                Low = low,
                High = high,
                Qualifier = qualifier,
                Scale = scale,
                Unit = unit,
                Currency = currency,
                Category = category,
                Label = LabelOf(text, span.End, unit, evidenceSpan.End),
                Confidence = number.IsWord || !direct || guessed ? Confidence.Medium : Confidence.High,
                Anchor = NameAnchor.Nearest(document, span, evidenceSpan),
            });
        }

        return figures;
    }

    private static List<Number> Numbers(SourceDocument document, IReadOnlyList<DateMention> dates)
    {
        var text = document.Text;
        var found = new List<Number>();
        foreach (Match match in (document.IsFrench ? FrenchNumber : EnglishNumber).Matches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (Skipped(text, span, dates))
                continue;
            var digits = match.Value.Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "");
            digits = document.IsFrench ? digits.Replace(',', '.') : digits.Replace(",", "");
            if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                found.Add(new Number(span, value, false));
        }

        foreach (Match match in (document.IsFrench ? FrenchWordNumber : EnglishWordNumber).Matches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (NumberWords.TryGet(match.Value, document.IsFrench, out var value) && !dates.Any(d => Overlaps(d.Span, span)))
                found.Add(new Number(span, value, true));
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static Regex WordNumbers(bool french) =>
        new(@"(?<![\w-])(?<w>" + string.Join('|', NumberWords.All(french).OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")(?![\w-])", RegexOptions.IgnoreCase, Timeout);

    private static bool Skipped(string text, TextSpan span, IReadOnlyList<DateMention> dates)
    {
        if (dates.Any(d => Overlaps(d.Span, span)))
            return true;
        var before = span.Start > 0 ? text[span.Start - 1] : ' ';
        var after = span.End < text.Length ? text[span.End] : ' ';
        // Glued to letters ("TB2", "11th"), a clock time ("11:12"), a footnote mark ("must.\"12"), a version ("4.0").
        if (char.IsLetter(before) || before is '-' or '_' or '/' or '#' or '"' or '”' or '’' or '.' or ':' or '\'')
            return true;
        if (char.IsLetter(after) && !IsGluedUnit(text, span.End))
            return true;
        if (after == ':' && span.End + 1 < text.Length && char.IsDigit(text[span.End + 1]))
            return true;
        if (after == '.' && span.End + 1 < text.Length && char.IsDigit(text[span.End + 1]))
            return true;
        if (InAddress(text, span))
            return true;
        // A list number at the start of a line: "1. Skip to content".
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        if (span.Start == 0)
            lineStart = 0;
        if (text[lineStart..span.Start].Trim().Length == 0 && after is '.' or ')')
            return true;
        // "Resolution 2085", "Article 5": a number right after a capitalised word names something.
        var word = WordBefore(text, span.Start);
        if (word.Length > 1 && char.IsUpper(word[0]) && !IsHedgeWord(word) && !CalendarWords.TryMonth(word, out _))
            return true;
        return false;
    }

    private static bool IsGluedUnit(string text, int position)
    {
        var rest = text[position..Math.Min(text.Length, position + 4)];
        return rest.StartsWith("km", StringComparison.Ordinal) && (rest.Length == 2 || !char.IsLetter(rest[2]));
    }

    private static bool IsHedgeWord(string word) => Hedges.Any(h => h.Words.Equals(word, StringComparison.OrdinalIgnoreCase) || h.Words.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
        || word is "Between" or "Entre" or "From" or "Some" or "Nearly" or "Over" or "About";

    private static bool InAddress(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && !Sources.TextNormalizer.IsSpace(text[start - 1]))
            start--;
        var end = span.End;
        while (end < text.Length && !Sources.TextNormalizer.IsSpace(text[end]))
            end++;
        var token = text[start..end];
        return token.Contains('/') || token.Contains('_') || token.Contains('@') || token.Contains('=') || token.Contains("www", StringComparison.OrdinalIgnoreCase)
            || token.Contains(".htm", StringComparison.OrdinalIgnoreCase) || (token.StartsWith('-') && token.Length > 3);
    }

    private static string WordBefore(string text, int position)
    {
        var end = position;
        if (end > 0 && text[end - 1] == ' ')
            end--;
        else
            return "";
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return text[start..end];
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static bool RangeLink(string gap) => gap.Trim() is "and" or "et" or "to" or "à" or "-" or "–";

    private static (string Qualifier, int Start) QualifierBefore(string text, int position, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, position - 24);
        var before = text[from..position];
        var trimmed = before.TrimEnd(' ', '\u00A0', '\u202F', '(');
        var lower = trimmed.ToLowerInvariant();
        foreach (var (words, qualifier) in Hedges.OrderByDescending(h => h.Words.Length))
        {
            if (lower.EndsWith(words, StringComparison.Ordinal) && (lower.Length == words.Length || !char.IsLetter(lower[^(words.Length + 1)])))
                return (qualifier, from + trimmed.Length - words.Length);
        }

        foreach (var word in new[] { "between", "entre", "from", "de" })
        {
            if (lower.EndsWith(word, StringComparison.Ordinal) && (lower.Length == word.Length || !char.IsLetter(lower[^(word.Length + 1)])))
                return (word is "between" or "entre" ? "between" : "from", from + trimmed.Length - word.Length);
        }

        return ("exact", position);
    }

    private static (string? Scale, int End) ScaleAfter(string text, int position)
    {
        var match = Word.Match(text, position);
        if (match.Success && NumberWords.TryScale(match.Groups["w"].Value, out var scale, out _))
            return (scale, match.Index + match.Length);
        return (null, position);
    }

    /// <summary>The words after a number that name what it counts ("uniformed personnel", "km", "per cent").</summary>
    private static (string Unit, int End, bool Direct) UnitAfter(SourceDocument document, int position, bool isWord)
    {
        var text = document.Text;
        var at = position;
        // "24-hour journey": the unit is glued on with a hyphen.
        if (at < text.Length && text[at] == '-' && at + 1 < text.Length && char.IsLetter(text[at + 1]))
            at++;
        if (at < text.Length && text[at] is '%')
            return ("%", at + 1, true);
        if (at + 1 < text.Length && char.IsWhiteSpace(text[at]) && text[at + 1] == '%')
            return ("%", at + 2, true);
        var words = new List<(string Word, int End)>();
        var cursor = at;
        while (words.Count < 4)
        {
            var match = Word.Match(text, cursor);
            if (!match.Success || text[cursor..match.Groups["w"].Index].Contains('\n'))
                break;
            words.Add((match.Groups["w"].Value, match.Index + match.Length));
            cursor = match.Index + match.Length;
        }

        if (words.Count == 0)
            return ("", position, false);
        var first = words[0].Word;
        if (first is "per" or "pour" && words.Count > 1 && words[1].Word is "cent" or "cents")
            return ($"{first} {words[1].Word}", words[1].End, true);
        if (first.Equals("percent", StringComparison.OrdinalIgnoreCase))
            return (first, words[0].End, true);
        // French "1,2 million de personnes": after a scale word, "de" leads to the unit.
        var startIndex = 0;
        if (document.IsFrench && first is "de" or "d'" or "d’" && words.Count > 1)
            startIndex = 1;
        if (document.IsFrench && first.StartsWith("d'", StringComparison.Ordinal) || first.StartsWith("d’", StringComparison.Ordinal))
        {
            words[0] = (first[2..], words[0].End);
            first = words[0].Word;
        }

        var head = words[startIndex].Word;
        if (UnitWords.Stop.Contains(head) || Elided(head) || char.IsUpper(head[0]) && head != "%")
            return ("", position, false);
        var unit = head;
        var end = words[startIndex].End;
        for (var k = startIndex + 1; k < words.Count; k++)
        {
            var next = words[k].Word;
            if (UnitWords.Stop.Contains(next) || Elided(next) || char.IsUpper(next[0]))
                break;
            var joins = document.IsFrench ? UnitWords.IsFrenchAdjective(next) : UnitWords.IsEnglishModifier(words[k - 1].Word);
            if (!joins)
                break;
            unit += " " + next;
            end = words[k].End;
        }

        return (unit.Trim('-'), end, !isWord);
    }

    /// <summary>French elision: "l'an", "qu'il" start with a function word.</summary>
    private static bool Elided(string word) =>
        word.Length > 2 && word[1] is '\'' or '’' && word[0] is 'l' or 'L' or 'j' or 'n' or 's' or 'c' || word.StartsWith("qu'", StringComparison.OrdinalIgnoreCase) || word.StartsWith("qu’", StringComparison.OrdinalIgnoreCase);

    private static bool OfWhom(string text, int position)
    {
        var rest = text[position..Math.Min(text.Length, position + 12)].TrimStart().ToLowerInvariant();
        return rest.StartsWith("of whom", StringComparison.Ordinal) || rest.StartsWith("of them", StringComparison.Ordinal) || rest.StartsWith("dont", StringComparison.Ordinal);
    }

    /// <summary>"the local population, about 25,000 of whom": the noun the number refers back to.</summary>
    private static string? NounBefore(string text, int position, int sentenceStart)
    {
        var i = position - 1;
        while (i > sentenceStart && text[i] is ' ' or ',')
            i--;
        var end = i + 1;
        while (i >= sentenceStart && char.IsLetter(text[i]))
            i--;
        var word = text[(i + 1)..end];
        return word.Length > 2 && !UnitWords.Stop.Contains(word) && char.IsLower(word[0]) ? word : null;
    }

    private static string CurrencyUnit(string currency) => currency switch
    {
        "€" or "EUR" => "euros",
        "£" => "pounds",
        "CFA" or "FCFA" => "CFA francs",
        _ => "dollars",
    };

    private static string? CurrencyBefore(string text, int position)
    {
        var before = text[Math.Max(0, position - 5)..position].TrimEnd();
        return Currencies.FirstOrDefault(c => before.EndsWith(c, StringComparison.Ordinal));
    }

    /// <summary>The sentence, or for a long one the clause holding the figure, cut from the source.</summary>
    private static TextSpan EvidenceAround(SourceDocument document, TextSpan figure, TextSpan sentence)
    {
        if (sentence.Length == 0)
            return figure;
        if (sentence.Length <= 220)
            return sentence;
        var text = document.Text;
        var start = figure.Start;
        var limit = Math.Max(sentence.Start, figure.Start - 110);
        while (start > limit && text[start - 1] is not (';' or '(' or ':'))
            start--;
        var end = figure.End;
        var endLimit = Math.Min(sentence.End, figure.End + 110);
        while (end < endLimit && text[end] is not (';' or ')' or ':'))
            end++;
        return EvidenceBounds.Settle(text, start, end, sentence);
    }

    private static string LabelOf(string text, int from, string unit, int limit)
    {
        var end = from;
        while (end < limit && end < text.Length && text[end] is not (',' or ';' or '.' or '(' or ')' or '\n') && end - from < 60)
            end++;
        var rest = text[from..end].Trim();
        var label = (unit + (rest.Length > 0 ? " " + rest : "")).Trim();
        label = string.Join(' ', label.Split((char[])[' ', '\u00A0', '\u202F', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return label.Length == 0 ? unit : char.ToUpperInvariant(label[0]) + label[1..];
    }
}
