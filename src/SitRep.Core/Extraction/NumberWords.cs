namespace SitRep.Extraction;

/// <summary>Numbers written as words, in English and French, and the scale words after a number.</summary>
public static class NumberWords
{
    // "one"/"un" are left out: they are articles and pronouns far more often than counts.
    private static readonly Dictionary<string, double> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["hundred"] = 100, ["a hundred"] = 100, ["dozen"] = 12, ["a dozen"] = 12,
    };

    // "six" is both; "cent" in English text is the second word of "per cent", not a hundred.
    private static readonly Dictionary<string, double> French = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9,
        ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16,
        ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["cent"] = 100, ["une centaine"] = 100,
        ["une douzaine"] = 12, ["une dizaine"] = 10, ["une vingtaine"] = 20, ["six"] = 6,
    };

    public static bool TryGet(string word, bool french, out double value) => (french ? French : English).TryGetValue(word, out value);

    public static IEnumerable<string> All(bool french) => (french ? French : English).Keys;

    /// <summary>"million" → (million, 1e6); French "millions", "milliard" too.</summary>
    public static bool TryScale(string word, out string scale, out double factor)
    {
        (scale, factor) = word.ToLowerInvariant() switch
        {
            "thousand" or "thousands" or "mille" => ("thousand", 1e3),
            "million" or "millions" or "m" => ("million", 1e6),
            "billion" or "billions" or "milliard" or "milliards" or "bn" => ("billion", 1e9),
            _ => ("", 0),
        };
        return factor > 0;
    }
}
