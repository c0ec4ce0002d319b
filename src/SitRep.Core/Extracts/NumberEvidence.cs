using System.Globalization;
using System.Text.RegularExpressions;

namespace SitRep.Extracts;

/// <summary>Finds a figure's number in its evidence, in the forms sources write it: 25000, 25,000, 25 000.</summary>
public static partial class NumberEvidence
{
    private static readonly string[] Hedges = ["about", "approximately", "roughly", "around", "some", "nearly", "almost", "over", "more than", "at least", "up to", "an estimated", "estimated", "~", "≈", "several"];

    [GeneratedRegex(@"\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    /// <summary>The numbers written in a text, with whether a hedge word stands just before each.</summary>
    public static IEnumerable<(double Value, bool Hedged)> NumbersIn(string text)
    {
        foreach (Match match in NumberPattern().Matches(text))
        {
            var digits = match.Value.Replace(",", "").Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "");
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                continue;
            var before = text[Math.Max(0, match.Index - 16)..match.Index].TrimEnd().ToLowerInvariant();
            var hedged = Hedges.Any(h => before.EndsWith(h, StringComparison.Ordinal));
            yield return (value, hedged);
        }
    }

    public static bool Contains(string evidence, double value, out bool hedged)
    {
        foreach (var (number, isHedged) in NumbersIn(evidence))
        {
            if (Math.Abs(number - value) < 1e-9)
            {
                hedged = isHedged;
                return true;
            }
        }

        hedged = false;
        return false;
    }
}
