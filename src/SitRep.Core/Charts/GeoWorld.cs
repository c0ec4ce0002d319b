namespace SitRep.Charts;

/// <summary>
/// Country outlines: each country's name, ISO 3166-1 numeric code, bounds and rings (read on first use).
/// Built from GeoJSON (<see cref="Load"/>) or from the compact binary form SitRep embeds (<see cref="GeoWorldBinary"/>).
/// </summary>
public sealed class GeoWorld
{
    /// <summary>
    /// The resource name of the Natural Earth 1:50m countries embedded in SitRep.Core, in <see cref="GeoWorldBinary"/>'s
    /// format, written from <c>assets/geo/world-countries-50m.geojson</c>.
    /// </summary>
    public const string EmbeddedResource = "geo/world-countries-50m.bin";

    private static readonly Lazy<GeoWorld> Embedded = new(LoadEmbedded);

    private readonly GeoCountry[] countries;
    private readonly GeoBounds[] bounds;
    private readonly Dictionary<string, int> byIso;
    private readonly Dictionary<GeoCountry, int> index;

    /// <summary>Countries in file order, each with its bounds (<paramref name="bounds"/>[i] belongs to <paramref name="countries"/>[i]).</summary>
    internal GeoWorld(GeoCountry[] countries, GeoBounds[] bounds)
    {
        this.countries = countries;
        this.bounds = bounds;
        byIso = new Dictionary<string, int>(countries.Length, StringComparer.Ordinal);
        index = new Dictionary<GeoCountry, int>(countries.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < countries.Length; i++)
        {
            if (countries[i].IsoN3.Length > 0)
                byIso.TryAdd(countries[i].IsoN3, i);
            index[countries[i]] = i;
        }
    }

    /// <summary>The world embedded in SitRep.Core (Natural Earth 1:50m), loaded once and shared.</summary>
    public static GeoWorld Default => Embedded.Value;

    public IReadOnlyList<GeoCountry> Countries => countries;

    /// <summary>The first country with ISO 3166-1 numeric code <paramref name="isoN3"/> (e.g. "729"; short codes are zero-padded, so "12" finds "012"), or null.</summary>
    public GeoCountry? Find(string isoN3)
    {
        ArgumentNullException.ThrowIfNull(isoN3);
        var key = NormalizeIso(isoN3);
        return key.Length > 0 && byIso.TryGetValue(key, out var i) ? countries[i] : null;
    }

    internal GeoBounds BoundsOf(GeoCountry country) =>
        index.TryGetValue(country, out var i) ? bounds[i] : Measure(country.Rings);

    /// <summary>
    /// Reads a GeoJSON FeatureCollection whose features carry <c>name</c> and <c>iso_n3</c> properties and
    /// Polygon or MultiPolygon geometries ([lon, lat] positions); other geometry types are skipped.
    /// </summary>
    public static GeoWorld Load(Stream geojson)
    {
        ArgumentNullException.ThrowIfNull(geojson);
        using var copy = geojson.CanSeek ? new MemoryStream((int)Math.Max(0, geojson.Length - geojson.Position)) : new MemoryStream();
        geojson.CopyTo(copy);
        return GeoJsonReader.Read(copy.GetBuffer().AsMemory(0, (int)copy.Length));
    }

    private static GeoWorld LoadEmbedded() =>
        GeoWorldBinary.Read(Files.EmbeddedResource.Read(typeof(GeoWorld).Assembly, EmbeddedResource)
            ?? throw new InvalidOperationException($"embedded resource '{EmbeddedResource}' is missing from {typeof(GeoWorld).Assembly.GetName().Name}"));

    private static GeoBounds Measure(IReadOnlyList<GeoRing> rings)
    {
        var b = GeoBounds.Empty;
        foreach (var ring in rings)
            foreach (var (lon, lat) in ring.Points)
                b = b.Include(lon, lat);
        return b;
    }

    internal static string NormalizeIso(string iso)
    {
        iso = iso.Trim();
        return iso.Length is > 0 and < 3 && iso.All(char.IsAsciiDigit) ? iso.PadLeft(3, '0') : iso;
    }
}
