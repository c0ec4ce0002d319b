using System.Globalization;
using System.Text.RegularExpressions;
using SitRep.Extracts;

namespace SitRep.Extraction;

/// <summary>
/// Finds the dates a text gives, in English and French: "14 November 2023", "November 14th",
/// "May 2014", "in August", "the 11th of the month", "2012", and relative dates ("on Tuesday",
/// "last week", "since the summer") resolved against the publication date, with low confidence.
/// </summary>
public static class DateFinder
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly string M = CalendarWords.MonthPattern;
    private static readonly string W = CalendarWords.WeekdayPattern;

    private static readonly Regex Iso = new(@"(?<![\d/])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.None, Timeout);
    private static readonly Regex Numeric = new(@"(?<![\d./])(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})(?!\d)", RegexOptions.None, Timeout);

    private static readonly Regex MonthDay = new(
        $@"\b(?:(?<wd>{W}),?\s+)?(?<mon>{M})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?!\d|\s*(?:km|%))(?:,?\s+(?<y>\d{{4}})(?!\d))?", RegexOptions.None, Timeout);

    private static readonly Regex DayMonth = new(
        $@"\b(?:(?<wd>{W}),?\s+)?(?:(?i:le)\s+)?(?<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{M})\b\.?(?:,?\s+(?<y>\d{{4}})(?!\d))?", RegexOptions.None, Timeout);

    private static readonly Regex MonthYear = new(
        $@"\b(?<mon>{M})\b\.?,?\s+(?<y>\d{{4}})(?!\d)", RegexOptions.None, Timeout);

    private static readonly Regex MonthAlone = new(
        $@"\b(?<pre>(?i:in|since|early|late|mid-|by|until|last|the beginning of|the end of|beginning of|end of|en|depuis|début|fin|mi-|courant|au mois de|jusqu'en))\s*(?<mon>{M})\b(?!\s+\d)(?<post>\s+dernier)?", RegexOptions.None, Timeout);

    private static readonly Regex DayOfMonth = new(@"\b(?i:the)\s+(?<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+the\s+month\b|\ble\s+(?<d>\d{1,2})\s+du\s+mois\b", RegexOptions.None, Timeout);

    private static readonly Regex Year = new(@"(?<![\d,.\-/:]|\d\s)(?<y>1[89]\d\d|20\d\d)(?![\d%]|[,.]\d|\s*(?:km|kilom|per\s+cent|pour\s+cent|%))", RegexOptions.None, Timeout);

    private static readonly Regex Weekday = new(
        $@"\b(?<pre>(?i:on|this|last|ce|le)\s+)?(?<wd>{W})\b(?<post>\s+(?:dernier|last))?", RegexOptions.None, Timeout);

    private static readonly Regex LastWeek = new(@"\b(?i:(?:at\s+)?the\s+end\s+of\s+last\s+week|last\s+week|earlier\s+this\s+week|a\s+week\s+ago|(?:just\s+)?over\s+a\s+week|la\s+semaine\s+(?:dernière|passée)|il\s+y\s+a\s+une\s+semaine)\b", RegexOptions.None, Timeout);
    private static readonly Regex Yesterday = new(@"\b(?i:yesterday|hier)\b", RegexOptions.None, Timeout);
    private static readonly Regex Summer = new(@"(?i:\b(?:since|during|over|in|this|last)\s+the\s+summer\b|\bthis\s+summer\b|\blast\s+summer\b|\bcet\s+été\b|\bdepuis\s+l['’]été\b|\bl['’]été\s+dernier\b)", RegexOptions.None, Timeout);
    private static readonly Regex LastMonth = new(@"\b(?i:last\s+month|earlier\s+this\s+month|le\s+mois\s+dernier)\b", RegexOptions.None, Timeout);
    private static readonly Regex ThisYear = new(@"(?i:\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+year\b|\bearlier\s+this\s+year\b|\bdepuis\s+le\s+début\s+de\s+l['’]année\b|\bdepuis\s+janvier\b|\bcette\s+année\b|\bthis\s+year\b)", RegexOptions.None, Timeout);
    private static readonly Regex LastYear = new(@"(?i:\blast\s+year\b|\bl['’]an\s+dernier\b|\bl['’]année\s+dernière\b)", RegexOptions.None, Timeout);

    private static readonly string[] MetadataWords = ["published", "updated", "received", "accepted", "publié", "mis à jour", "posted", "date:"];

    public static IReadOnlyList<DateMention> Find(string text, PartialDate? published, IReadOnlyList<TextSpan> excluded)
    {
        var candidates = new List<(TextSpan Span, Func<DateMention?> Read)>();
        void Add(Regex regex, Func<Match, DateMention?> read)
        {
            foreach (Match match in regex.Matches(text))
            {
                var span = new TextSpan(match.Index, match.Index + match.Length);
                candidates.Add((span, () => read(match)));
            }
        }

        Add(Iso, m => Exact(m, Int(m, "y"), Int(m, "m"), Int(m, "d")));
        Add(Numeric, m => Exact(m, Int(m, "y"), Int(m, "m"), Int(m, "d")));
        Add(MonthDay, m => MonthAndDay(m, text, published));
        Add(DayMonth, m => MonthAndDay(m, text, published));
        Add(MonthYear, m => CalendarWords.TryMonth(m.Groups["mon"].Value, out var month) ? Mention(m, $"{Int(m, "y"):D4}-{month:D2}", "month", Confidence.High, false) : null);
        Add(MonthAlone, m => MonthOnly(m, published));
        Add(DayOfMonth, m => published is { Precision: not "year" } p ? Checked(m, p.Year, p.Month, Int(m, "d"), Confidence.Medium, true) : null);
        Add(Year, m => YearOnly(m, text, published));
        Add(Weekday, m => WeekdayDate(m, published));
        Add(LastWeek, m => published is { Precision: "day" } p ? Relative(m, p.Start.AddDays(-7), "month") : null);
        Add(Yesterday, m => published is { Precision: "day" } p ? Relative(m, p.Start.AddDays(-1), "day") : null);
        Add(Summer, m => published is { } p ? Mention(m, $"{(p.Month >= 6 || p.Precision == "year" ? p.Year : p.Year - 1):D4}-06", "month", Confidence.Low, true) : null);
        Add(LastMonth, m => published is { Precision: not "year" } p ? Relative(m, p.Start.AddMonths(-1), "month") : null);
        Add(ThisYear, m => published is { } p ? Mention(m, $"{p.Year:D4}", "year", Confidence.Low, true) : null);
        Add(LastYear, m => published is { } p ? Mention(m, $"{p.Year - 1:D4}", "year", Confidence.Low, true) : null);

        // The longest reading at each place wins; overlapping shorter readings are dropped.
        var mentions = new List<DateMention>();
        foreach (var (span, read) in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
        {
            if (mentions.Any(m => span.Start < m.Span.End && m.Span.Start < span.End))
                continue;
            if (excluded.Any(x => span.Start < x.End && x.Start < span.End))
                continue;
            if (read() is { } mention)
                mentions.Add(mention with { Role = RoleOf(text, mention.Span) });
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return BorrowYears(text, mentions);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateMention Mention(Match m, string date, string precision, Confidence confidence, bool relative) =>
        new(new TextSpan(m.Index, m.Index + m.Length), date, precision, confidence, relative, "event");

    private static DateMention? Exact(Match m, int year, int month, int day) => Checked(m, year, month, day, Confidence.High, false);

    private static DateMention? Checked(Match m, int year, int month, int day, Confidence confidence, bool relative) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Mention(m, $"{year:D4}-{month:D2}-{day:D2}", "day", confidence, relative)
            : null;

    private static DateMention? Relative(Match m, DateOnly date, string precision) =>
        Mention(m, precision == "day" ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM", CultureInfo.InvariantCulture), precision, Confidence.Low, true);

    private static DateMention? MonthAndDay(Match m, string text, PartialDate? published)
    {
        if (!CalendarWords.TryMonth(m.Groups["mon"].Value, out var month))
            return null;
        var day = Int(m, "d");
        if (m.Groups["y"].Success)
            return Checked(m, Int(m, "y"), month, day, Confidence.High, false);
        if (published is not { } p)
            return null;
        // No year given: the latest such date not after publication ("November 8" in a November article).
        var year = p.Precision != "year" && month > p.Month ? p.Year - 1 : p.Year;
        return Checked(m, year, month, day, Confidence.Medium, false) is { } mention ? mention with { Relative = true } : null;
    }

    private static DateMention? MonthOnly(Match m, PartialDate? published)
    {
        if (!CalendarWords.TryMonth(m.Groups["mon"].Value, out var month) || published is not { } p)
            return null;
        // "May" is a month only after a word like "in" or "since"; the pattern requires one.
        var last = m.Groups["pre"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) || m.Groups["post"].Success;
        var year = p.Precision != "year" && (month > p.Month || (last && month >= p.Month)) ? p.Year - 1 : p.Year;
        return Mention(m, $"{year:D4}-{month:D2}", "month", last ? Confidence.Low : Confidence.Medium, true);
    }

    private static DateMention? YearOnly(Match m, string text, PartialDate? published)
    {
        var year = Int(m, "y");
        if (published is { } p && year > p.Year + 5)
            return null;
        // "Resolution 2085", "TB2": a number right after a capitalised word or a letter names something.
        var before = m.Index - 1;
        if (before >= 0 && char.IsLetter(text[before]))
            return null;
        var word = WordBefore(text, m.Index);
        if (word.Length > 1 && char.IsUpper(word[0]) && !IsDateWord(word) && !SentenceStartsAt(text, m.Index - word.Length - 1))
            return null;
        return Mention(m, $"{year:D4}", "year", Confidence.High, false);
    }

    private static bool IsDateWord(string word) =>
        CalendarWords.TryMonth(word, out _) || word is "In" or "Since" or "By" or "Until" or "From" or "Before" or "After" or "During" or "En" or "Depuis" or "Dès" or "Avant" or "Après";

    private static bool SentenceStartsAt(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
            i--;
        return i < 0 || text[i] is '.' or '\n' or '!' or '?';
    }

    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] is ' ')
            end--;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            start--;
        return text[start..end].TrimEnd('.');
    }

    private static DateMention? WeekdayDate(Match m, PartialDate? published)
    {
        if (published is not { Precision: "day" } p || !CalendarWords.TryWeekday(m.Groups["wd"].Value, out var weekday))
            return null;
        var strictlyBefore = m.Groups["post"].Success || m.Groups["pre"].Value.Trim().Equals("last", StringComparison.OrdinalIgnoreCase);
        var date = p.Start;
        if (strictlyBefore)
            date = date.AddDays(-1);
        while (date.DayOfWeek != weekday)
            date = date.AddDays(-1);
        return Relative(m, date, "day");
    }

    /// <summary>"May 15 and June 20, 2015": a day with no year takes the year of the next date in the same phrase.</summary>
    private static List<DateMention> BorrowYears(string text, List<DateMention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (current, next) = (mentions[i], mentions[i + 1]);
            if (current.Precision != "day" || current.Confidence != Confidence.Medium || next.Confidence != Confidence.High)
                continue;
            var gap = text[current.Span.End..next.Span.Start];
            if (gap.Length > 12 || !(gap.Contains("and", StringComparison.Ordinal) || gap.Contains("et", StringComparison.Ordinal) || gap.Contains('-') || gap.Contains("to", StringComparison.Ordinal) || gap.Contains("au", StringComparison.Ordinal)))
                continue;
            mentions[i] = current with { Date = next.Date[..4] + current.Date[4..], Confidence = Confidence.High, Relative = false };
        }

        return mentions;
    }

    /// <summary>A publication line ("Published on: …", a date alone on a line) or a citation "(June 21, 2023)" is not an event.</summary>
    private static string RoleOf(string text, TextSpan span)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        if (span.Start == 0)
            lineStart = 0;
        var lineEnd = text.IndexOf('\n', span.End);
        if (lineEnd < 0)
            lineEnd = text.Length;
        var before = text[Math.Max(lineStart, span.Start - 16)..span.Start].ToLowerInvariant();
        if (MetadataWords.Any(w => before.Contains(w, StringComparison.Ordinal)))
            return "metadata";
        var line = text[lineStart..lineEnd].Trim();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words <= 8 && !line.EndsWith('.'))
            return "metadata";
        var open = span.Start - 1;
        var close = span.End;
        if (open >= 0 && text[open] == '(' && close < text.Length && text[close] == ')')
            return "citation";
        return "event";
    }
}
