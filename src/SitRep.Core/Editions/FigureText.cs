using System.Globalization;

namespace SitRep.Editions;

/// <summary>A figure in words as the change list prints it: "about 1,000 personnel", "between 200 and 300 people", "US$ 1.2 million".</summary>
internal static class FigureText
{
    public static string Of(double? value, double? low, double? high, string qualifier, string? scale, string? unit, string? currency)
    {
        string Amount(double number) => (currency is { Length: > 0 } ? currency + " " : "") + number.ToString("#,0.###", CultureInfo.InvariantCulture) + (scale is { Length: > 0 } ? " " + scale : "");

        var amount = low is { } l && high is { } h
            ? $"between {Amount(l)} and {Amount(h)}"
            : value is { } v ? Amount(v) : "no value";
        var words = qualifier switch
        {
            "about" => "about ",
            "at_least" => "at least ",
            "more_than" => "more than ",
            "up_to" => "up to ",
            "fewer_than" => "fewer than ",
            _ => "",
        };
        return (words + amount + (unit is { Length: > 0 } ? " " + unit : "")).Trim();
    }
}
