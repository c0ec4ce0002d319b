namespace SitRep.Extracts;

/// <summary>The words of the quantity schema: qualifiers, scales and the bases of a figure.</summary>
public static class Quantities
{
    public static readonly IReadOnlyList<string> Qualifiers = ["exact", "about", "at_least", "more_than", "up_to", "fewer_than", "between"];

    public static readonly IReadOnlyList<string> Scales = ["thousand", "million", "billion"];

    public static readonly IReadOnlyList<string> Bases = ["verified", "reported", "estimated"];

    /// <summary>How many units one of <paramref name="scale"/> stands for; 1 without a scale.</summary>
    public static double Factor(string? scale) => scale switch
    {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        _ => 1,
    };

    /// <summary>The value with its scale applied, without binary rounding (4.1 billion is exactly 4,100,000,000).</summary>
    public static double Scaled(double value, string? scale)
    {
        var factor = Factor(scale);
        if (factor == 1 || Math.Abs(value) > 1e15)
            return value * factor;
        return (double)((decimal)value * (decimal)factor);
    }

    /// <summary>The words printed before a number for a qualifier ("at least").</summary>
    public static string Words(string qualifier) => qualifier switch
    {
        "about" => "about",
        "at_least" => "at least",
        "more_than" => "more than",
        "up_to" => "up to",
        "fewer_than" => "fewer than",
        "between" => "between",
        _ => "",
    };
}
