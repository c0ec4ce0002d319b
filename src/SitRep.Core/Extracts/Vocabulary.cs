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

    /// <summary>The default actor categories with their headings, in the order briefs list them.</summary>
    public static readonly IReadOnlyList<(string Id, string Heading)> DefaultActorCategories =
    [
        ("state", "State forces"),
        ("paramilitary", "Paramilitary and auxiliary forces"),
        ("militia", "Militias"),
        ("armed-group", "Armed groups and rebel coalitions"),
        ("jihadist", "Jihadist groups"),
        ("government", "Governments and authorities"),
        ("political", "Political parties and bodies"),
        ("un", "UN agencies and missions"),
        ("international", "International forces and partners"),
        ("ngo", "Non-governmental organisations"),
        ("donor", "Donors"),
        ("person", "People quoted or named"),
    ];

    /// <summary>The ids of <see cref="DefaultActorCategories"/>.</summary>
    public static readonly IReadOnlyList<string> ActorCategories = DefaultActorCategories.Select(c => c.Id).ToList();

    /// <summary>Actor categories of the previous schema and the default category that replaces each.</summary>
    public static readonly IReadOnlyDictionary<string, string> RenamedActorCategories = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["auxiliary"] = "paramilitary",
        ["coalition"] = "armed-group",
        ["party"] = "political",
    };

    public static readonly IReadOnlyList<string> FigureCategories =
        ["population", "affected", "displaced", "casualties", "injured", "missing", "needs", "response", "funding", "damage", "health", "mission", "forces", "distance", "services", "other"];

    /// <summary>The confidence a draft extract carries (the extracting tool's, not an ICD 203 confidence).</summary>
    public static readonly IReadOnlyList<string> DraftConfidences = ["high", "medium", "low"];

    /// <summary>The United Nations' standard disclaimer for maps.</summary>
    public const string StandardMapDisclaimer =
        "The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.";

    public static readonly IReadOnlyList<string> Topics = ["history", "security", "politics", "humanitarian", "services"];

    /// <summary>Chart types; "share" shows parts of a total (each figure's <c>of:</c> names its total).</summary>
    public static readonly IReadOnlyList<string> ChartTypes = ["bar", "share", "timeline", "map"];

    /// <summary>Former names of chart types, still accepted: "drawdown" is "share".</summary>
    public static readonly IReadOnlyDictionary<string, string> ChartTypeAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["drawdown"] = "share",
    };

    /// <summary>A chart type with its former name resolved ("drawdown" is "share").</summary>
    public static string ChartType(string type) => ChartTypeAliases.TryGetValue(type, out var current) ? current : type;

    public static readonly IReadOnlyList<string> PlaceKinds = ["capital", "town", "area"];

    public static readonly IReadOnlyList<string> QuoteSections = ["outlook", "reaction", "context"];
}
