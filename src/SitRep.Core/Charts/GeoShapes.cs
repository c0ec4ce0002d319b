namespace SitRep.Charts;

/// <summary>A closed ring of [lon, lat] points (outer boundary or hole; fills use the even–odd rule).</summary>
public sealed record GeoRing(IReadOnlyList<(double Lon, double Lat)> Points);

/// <summary>A country: its name, ISO 3166-1 numeric code (e.g. "729") and rings.</summary>
public sealed record GeoCountry(string Name, string IsoN3, IReadOnlyList<GeoRing> Rings);
