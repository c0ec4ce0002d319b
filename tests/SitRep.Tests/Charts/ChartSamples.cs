using SitRep.Charts;

namespace SitRep.Tests.Charts;

/// <summary>Fixed Kidal (Mali, November 2023) data for layout, performance and visual tests.</summary>
internal static class ChartSamples
{
    public static BarChart Bars() => new(new[]
    {
        new BarDatum("Kidal area population", 68_000, true),
        new BarDatum("Kidal city population", 30_000, true),
        new BarDatum("Refugees at the Algerian border", 25_000, true),
        new BarDatum("Civilians executed at Ersane", 17, false),
    }, "People");

    public static ShareChart Share() => new(new[]
    {
        new ShareGroup("Uniformed personnel departed", 6_500, "Uniformed personnel in June", 12_944, true),
        new ShareGroup("Civilian staff still in place", 541, "Civilian staff in June", 737, false),
    }, "10 Nov 2023");

    public static TimelineChart Timeline() => new(new[]
    {
        new TimelineMark(new DateOnly(1960, 1, 1), DatePrecision.Year, "Independence", false),
        new TimelineMark(new DateOnly(1992, 1, 1), DatePrecision.Year, "Peace agreement", false),
        new TimelineMark(new DateOnly(2006, 1, 1), DatePrecision.Year, "Algiers agreement", false),
        new TimelineMark(new DateOnly(2012, 1, 1), DatePrecision.Year, "Uprising", false),
        new TimelineMark(new DateOnly(2013, 1, 11), DatePrecision.Day, "Operation Serval begins", false),
        new TimelineMark(new DateOnly(2014, 5, 1), DatePrecision.Month, "Mara visit; army driven out", false),
        new TimelineMark(new DateOnly(2015, 6, 20), DatePrecision.Day, "Algiers accord", false),
        new TimelineMark(new DateOnly(2020, 1, 1), DatePrecision.Year, "Coup", false),
        new TimelineMark(new DateOnly(2023, 8, 1), DatePrecision.Month, "Fighting resumes", false),
        new TimelineMark(new DateOnly(2023, 10, 1), DatePrecision.Month, "Ersane killings", false),
        new TimelineMark(new DateOnly(2023, 10, 21), DatePrecision.Day, "Wagner in Tessalit", false),
        new TimelineMark(new DateOnly(2023, 10, 31), DatePrecision.Day, "MINUSMA leaves Kidal camp", true),
        new TimelineMark(new DateOnly(2023, 11, 8), DatePrecision.Day, "MINUSMA leaves Kidal camp", true),
        new TimelineMark(new DateOnly(2023, 11, 4), DatePrecision.Day, "Drone strikes", false),
        new TimelineMark(new DateOnly(2023, 11, 11), DatePrecision.Day, "Raid begins", false),
        new TimelineMark(new DateOnly(2023, 11, 14), DatePrecision.Day, "Army takes Kidal", false),
    });

    public static IReadOnlyList<MapPlace> Places { get; } = new[]
    {
        new MapPlace("kidal", "Kidal", 18.44, 1.41, "town", true),
        new MapPlace("anefis", "Anéfis", 18.05, 0.60, "town", false),
        new MapPlace("tessalit", "Tessalit", 20.20, 1.01, "town", false),
        new MapPlace("gao", "Gao", 16.27, -0.04, "town", false),
        new MapPlace("timbuktu", "Timbuktu", 16.77, -3.01, "town", false),
        new MapPlace("bamako", "Bamako", 12.64, -8.00, "capital", false),
        new MapPlace("menaka", "Ménaka", 15.92, 2.40, "town", false),
        new MapPlace("tinzaouatine", "Algerian border area", 19.95, 2.95, "area", false),
    };

    public static IReadOnlyList<MapDistance> Distances { get; } = new[]
    {
        new MapDistance("anefis", "about 110 km"),
        new MapDistance("tessalit", "about 200 km"),
        new MapDistance("bamako", "more than 1,500 km"),
    };

    public static LocatorMap Map() => new(GeoWorld.Default, "466", Places, Distances);

    /// <summary>Only the north-east: a tight zoom that gets the country inset.</summary>
    public static LocatorMap ZoomedMap() => new(GeoWorld.Default, "466", Places.Where(p => p.Id is "kidal" or "anefis" or "tessalit" or "tinzaouatine").ToArray(), Distances.Take(2).ToArray());

    public static IChart Make(string name) => name switch
    {
        "bars" => Bars(),
        "share" => Share(),
        "timeline" => Timeline(),
        "map" => Map(),
        "zoomed-map" => ZoomedMap(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static readonly string[] Names = ["bars", "share", "timeline", "map", "zoomed-map"];

    /// <summary>A timeline of <paramref name="count"/> events over two years, with a disputed one in every 25.</summary>
    public static TimelineChart Many(int count)
    {
        var start = new DateOnly(2022, 1, 1);
        return new TimelineChart(Enumerable.Range(0, count)
            .Select(i => new TimelineMark(start.AddDays(i * 730 / count), DatePrecision.Day, $"Event number {i} reported", i % 25 == 0))
            .ToArray());
    }
}
