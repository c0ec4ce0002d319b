using System.Globalization;

namespace SitRep.Charts;

/// <summary>Numbers as charts print them: invariant culture, comma thousands separators.</summary>
internal static class NumberFormat
{
    public const string ApproximateMark = "~";

    public static string Count(double value)
    {
        var rounded = Math.Round(value);
        if (Math.Abs(value - rounded) < 1e-9 || Math.Abs(value) >= 100)
            return rounded.ToString("#,0", CultureInfo.InvariantCulture);
        return value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    public static string Count(double value, bool approximate) =>
        approximate ? ApproximateMark + Count(value) : Count(value);

    public static string Percent(double share) =>
        (share * 100).ToString(share > 0 && share < 0.01 ? "0.#" : "0", CultureInfo.InvariantCulture) + "%";
}
