namespace SitRep.Charts;

/// <summary>
/// How much one chart may draw, and how much work placing its labels may take. The item bounds are
/// far above what a page can show legibly; the checker refuses a chart over them (at its
/// <c>items:</c>), and the charts refuse one too. The placement budget bounds the search for label
/// positions whatever the input; a label it cannot afford is left out, as when no room is left.
/// </summary>
public static class ChartBounds
{
    /// <summary>Bars in one bar chart.</summary>
    public const int MaxBars = 100;

    /// <summary>Rows (a part of its total) in one share chart.</summary>
    public const int MaxShareRows = 50;

    /// <summary>Events on one timeline; past its 16 label levels a crowded timeline labels fewer and says how many it left out.</summary>
    public const int MaxTimelineEvents = 5000;

    /// <summary>Places on one locator map.</summary>
    public const int MaxMapPlaces = 150;

    /// <summary>Candidate label positions one map may test, over all its labels (a real map tests a few thousand).</summary>
    public const int MaxPlacementTests = 250_000;

    /// <summary>The bound for a chart type's items ("bar", "share", "timeline", "map"), or null for an unknown type.</summary>
    public static int? MaxItems(string type) => type switch
    {
        "bar" => MaxBars,
        "share" or "drawdown" => MaxShareRows,
        "timeline" => MaxTimelineEvents,
        "map" => MaxMapPlaces,
        _ => null,
    };

    /// <summary>What a chart's items are called in messages.</summary>
    public static string ItemsOf(string type) => type switch
    {
        "bar" => "bars",
        "share" or "drawdown" => "figures",
        "timeline" => "events",
        "map" => "places",
        _ => "items",
    };
}
