namespace SitRep.Extraction;

/// <summary>Month and weekday names in English and French.</summary>
public static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7,
        ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12,
        ["Jan"] = 1, ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9,
        ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
        ["janvier"] = 1, ["février"] = 2, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday, ["Thursday"] = DayOfWeek.Thursday,
        ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday, ["Sunday"] = DayOfWeek.Sunday,
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
    };

    /// <summary>The regular-expression alternation of every month name, longest first.</summary>
    public static string MonthPattern { get; } = string.Join('|', Months.Keys.OrderByDescending(k => k.Length));

    public static string WeekdayPattern { get; } = string.Join('|', Weekdays.Keys);

    public static bool TryMonth(string word, out int month) => Months.TryGetValue(word.TrimEnd('.'), out month);

    public static bool TryWeekday(string word, out DayOfWeek day) => Weekdays.TryGetValue(word, out day);
}
