namespace SitRep.Extraction;

/// <summary>The words that end or shape the phrase naming what a number counts, and the category it suggests.</summary>
public static class UnitWords
{
    public static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "on", "at", "to", "from", "for", "by", "with", "and", "or", "but", "the", "a", "an", "who", "which", "that", "whom",
        "were", "was", "are", "is", "be", "been", "have", "has", "had", "will", "would", "could", "can", "may", "as", "than", "out",
        "into", "toward", "towards", "across", "since", "during", "after", "before", "between", "among", "live", "lived", "left",
        "fled", "died", "more", "less", "being", "there", "their", "its", "his", "her", "they", "it", "this", "these", "those", "such",
        "ago", "later", "earlier", "each", "every", "per", "so", "if", "when", "where", "while", "not", "no", "also", "still", "then",
        "de", "du", "des", "d", "en", "dans", "sur", "à", "au", "aux", "par", "pour", "avec", "et", "ou", "mais", "le", "la", "les", "l",
        "un", "une", "qui", "que", "dont", "ont", "sont", "est", "était", "a", "été", "selon", "ce", "ces", "son", "sa", "ses", "leurs",
        "leur", "ne", "pas", "plus", "moins", "depuis", "vers", "contre", "entre", "ils", "elles", "il", "elle", "y",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "internally", "uniformed", "armed", "displaced", "injured", "wounded", "additional", "international", "foreign", "local",
        "military", "civilian", "humanitarian", "square", "cubic", "metric", "young", "new", "health", "water", "food", "aid",
        "un", "security", "police", "rebel", "jihadist", "government", "army",
    };

    private static readonly string[] FrenchAdjectiveEndings = ["é", "ée", "és", "ées", "ien", "iens", "ienne", "iennes", "aux", "ale", "ales", "if", "ifs", "ive", "ives", "ains", "aines"];

    /// <summary>What a number does not count: reading times, pages, clock times.</summary>
    public static readonly HashSet<string> NotCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "min", "mins", "minute", "minutes", "page", "pages", "pp", "p.m", "a.m", "pm", "am", "h", "hrs", "read", "lecture",
    };

    /// <summary>True when the word qualifies the noun after it in English ("uniformed personnel").</summary>
    public static bool IsEnglishModifier(string word) =>
        Modifiers.Contains(word) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the word qualifies the noun before it in French ("personnes déplacées").</summary>
    public static bool IsFrenchAdjective(string word) =>
        FrenchAdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && word.Length > 3;

    /// <summary>The figure category (Vocabulary.FigureCategories) the unit and its sentence suggest, and whether it is only a default.</summary>
    public static (string Category, bool Guessed) CategoryOf(string unit, string sentence)
    {
        var u = unit.ToLowerInvariant();
        var s = sentence.ToLowerInvariant();
        if (u is "km" or "kilometers" or "kilometres" or "kilomètres" or "miles" or "mi" or "m" or "metres" or "meters" || u.StartsWith("kilom", StringComparison.Ordinal))
            return ("distance", false);
        if (Any(u, s, "killed", "dead", "deaths", "died", "executed", "wounded", "injured", "casualt", "victim", "tués", "morts", "blessés", "victimes", "exécutés"))
            return ("casualties", false);
        if (Any(u, s, "displaced", "refugee", "fled", "idp", "déplacé", "réfugié", "fui"))
            return ("displaced", false);
        if (Any(u, "", "soldier", "troop", "fighter", "personnel", "peacekeeper", "forces", "militia", "soldat", "combattant", "casques", "militaires", "police"))
            return (s.Contains("mission") || s.Contains("peacekeep") || s.Contains("casques bleus") ? "mission" : "forces", false);
        if (Any(u, "", "hospital", "school", "clinic", "health", "water", "hôpita", "école", "centre", "dispensaire", "puits"))
            return ("services", false);
        if (Any(u, "", "people", "inhabitant", "resident", "population", "person", "habitant", "personne", "civilian", "civil", "families", "familles", "households"))
            return ("population", false);
        return ("population", true);
    }

    private static bool Any(string unit, string sentence, params string[] stems) =>
        stems.Any(stem => unit.Contains(stem, StringComparison.Ordinal) || (sentence.Length > 0 && sentence.Contains(stem, StringComparison.Ordinal)));
}
