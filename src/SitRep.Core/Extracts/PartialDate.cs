using System.Globalization;

namespace SitRep.Extracts;

/// <summary>A date known to the day, the month or the year.</summary>
public readonly record struct PartialDate(int Year, int Month, int Day, string Precision)
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        // "YYYY", "YYYY-MM" or "YYYY-MM-DD", read in place: a long timeline parses thousands.
        var rest = text.AsSpan().Trim();
        Span<Range> ranges = stackalloc Range[4];
        var count = rest.Split(ranges, '-');
        if (count > 3)
            return false;
        var year0 = rest[ranges[0]];
        if (year0.Length != 4 || !int.TryParse(year0, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return false;
        var month = 1;
        var day = 1;
        if (count >= 2 && (rest[ranges[1]].Length != 2 || !int.TryParse(rest[ranges[1]], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
            return false;
        if (count == 3 && (rest[ranges[2]].Length != 2 || !int.TryParse(rest[ranges[2]], NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
            return false;
        date = new PartialDate(year, month, day, count switch { 1 => "year", 2 => "month", _ => "day" });
        return true;
    }

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Start => new(Year, Month, Day);

    public string ToDisplay() => Precision switch
    {
        "year" => Year.ToString(CultureInfo.InvariantCulture),
        "month" => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    public string ToShortDisplay() => Precision switch
    {
        "year" => Year.ToString(CultureInfo.InvariantCulture),
        "month" => Start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };
}
