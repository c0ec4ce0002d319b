using System.Globalization;

namespace SitRep.Extracts;

/// <summary>A date known to the day, the month or the year.</summary>
public readonly record struct PartialDate(int Year, int Month, int Day, string Precision)
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4)
            return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
            return false;
        var month = 1;
        var day = 1;
        if (parts.Length >= 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
            return false;
        if (parts.Length == 3 && (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
            return false;
        date = new PartialDate(year, month, day, parts.Length switch { 1 => "year", 2 => "month", _ => "day" });
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
