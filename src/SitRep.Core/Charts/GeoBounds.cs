namespace SitRep.Charts;

/// <summary>A lon/lat bounding box in degrees.</summary>
internal readonly record struct GeoBounds(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public static GeoBounds Empty => new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);

    public bool IsEmpty => MinLon > MaxLon || MinLat > MaxLat;
    public double LonSpan => MaxLon - MinLon;
    public double LatSpan => MaxLat - MinLat;
    public double MidLat => (MinLat + MaxLat) / 2;
    public double MidLon => (MinLon + MaxLon) / 2;

    public GeoBounds Include(double lon, double lat) =>
        new(Math.Min(MinLon, lon), Math.Min(MinLat, lat), Math.Max(MaxLon, lon), Math.Max(MaxLat, lat));

    public GeoBounds Union(GeoBounds o) =>
        new(Math.Min(MinLon, o.MinLon), Math.Min(MinLat, o.MinLat), Math.Max(MaxLon, o.MaxLon), Math.Max(MaxLat, o.MaxLat));

    public GeoBounds Expand(double dLon, double dLat) => new(MinLon - dLon, MinLat - dLat, MaxLon + dLon, MaxLat + dLat);

    public bool Intersects(GeoBounds o) =>
        !IsEmpty && !o.IsEmpty && MinLon <= o.MaxLon && o.MinLon <= MaxLon && MinLat <= o.MaxLat && o.MinLat <= MaxLat;

    public bool Contains(double lon, double lat) => lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;
}
