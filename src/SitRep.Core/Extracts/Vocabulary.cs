namespace SitRep.Extracts;

/// <summary>The closed word lists of the extract schema.</summary>
public static class Vocabulary
{
    /// <summary>The ICD 203 likelihood scale, from least to most likely.</summary>
    public static readonly IReadOnlyList<string> Likelihoods =
        ["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain"];

    /// <summary>The ICD 203 synonyms of each likelihood term ("probable" is "likely"), to suggest the term the schema uses.</summary>
    public static readonly IReadOnlyDictionary<string, string> LikelihoodSynonyms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["remote"] = "almost no chance",
        ["highly improbable"] = "very unlikely",
        ["improbable"] = "unlikely",
        ["improbably"] = "unlikely",
        ["roughly even odds"] = "roughly even chance",
        ["even chance"] = "roughly even chance",
        ["probable"] = "likely",
        ["probably"] = "likely",
        ["highly probable"] = "very likely",
        ["highly likely"] = "very likely",
        ["nearly certain"] = "almost certain",
        ["almost certainly"] = "almost certain",
    };

    public static readonly IReadOnlyList<string> Confidences = ["low", "moderate", "high"];

    public static readonly IReadOnlyList<string> Precisions = ["day", "month", "year"];

    public static readonly IReadOnlyList<string> ActorCategories = ["state", "auxiliary", "coalition", "jihadist", "international", "party", "person"];

    public static readonly IReadOnlyList<string> FigureCategories = ["population", "displaced", "casualties", "mission", "forces", "distance", "services"];

    public static readonly IReadOnlyList<string> Topics = ["history", "security", "politics", "humanitarian", "services"];

    public static readonly IReadOnlyList<string> ChartTypes = ["bar", "drawdown", "timeline", "map"];

    public static readonly IReadOnlyList<string> PlaceKinds = ["capital", "town", "area"];

    public static readonly IReadOnlyList<string> QuoteSections = ["outlook", "reaction", "context"];
}
