namespace SitRep.Charts;

/// <summary>A closed ring of [lon, lat] points (outer boundary or hole; fills use the even–odd rule).</summary>
public sealed record GeoRing(IReadOnlyList<(double Lon, double Lat)> Points);

/// <summary>
/// A country: its name, ISO 3166-1 numeric code (e.g. "729") and rings. A country read from GeoJSON
/// reads its rings on first use, so a brief pays only for the countries its map shows.
/// </summary>
public sealed class GeoCountry
{
    private readonly Lazy<IReadOnlyList<GeoRing>> rings;

    public GeoCountry(string name, string isoN3, IReadOnlyList<GeoRing> rings)
        : this(name, isoN3, new Lazy<IReadOnlyList<GeoRing>>(rings))
    {
    }

    internal GeoCountry(string name, string isoN3, Lazy<IReadOnlyList<GeoRing>> rings) =>
        (Name, IsoN3, this.rings) = (name, isoN3, rings);

    public string Name { get; }

    public string IsoN3 { get; }

    public IReadOnlyList<GeoRing> Rings => rings.Value;

    public override string ToString() => $"{Name} ({IsoN3})";
}
