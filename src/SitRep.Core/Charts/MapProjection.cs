using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Equirectangular projection with x scaled by cos(mid-latitude), fitted so that
/// <c>view</c> fills as much of <c>area</c> as it can while staying centred and undistorted;
/// the rest of the area shows more of the world around it. y grows downwards (page space).
/// </summary>
internal sealed class MapProjection
{
    public const double KmPerDegree = 111.32;

    private readonly double cosLat;
    private readonly double scale; // points per degree of latitude
    private readonly double centerLon;
    private readonly double centerLat;
    private readonly Point center;

    public MapProjection(GeoBounds view, Rect area)
    {
        if (view.IsEmpty)
            throw new ArgumentException("the map view is empty", nameof(view));
        Area = area;
        cosLat = Math.Max(0.05, Math.Cos(view.MidLat * Math.PI / 180));
        var w = Math.Max(1e-6, view.LonSpan * cosLat);
        var h = Math.Max(1e-6, view.LatSpan);
        scale = Math.Min(area.Width / w, area.Height / h);
        centerLon = view.MidLon;
        centerLat = view.MidLat;
        center = new Point(area.X + area.Width / 2, area.Y + area.Height / 2);
    }

    public Rect Area { get; }

    /// <summary>Page points per degree of latitude (and per degree of longitude ÷ cos(mid-latitude)).</summary>
    public double PointsPerDegree => scale;

    /// <summary>Kilometres per page point along the mid-latitude (exact there, close elsewhere).</summary>
    public double KmPerPoint => KmPerDegree / scale;

    /// <summary>The lon/lat box the whole area shows.</summary>
    public GeoBounds Visible
    {
        get
        {
            var (lon0, lat1) = Unproject(Area.TopLeft);
            var (lon1, lat0) = Unproject(Area.BottomRight());
            return new GeoBounds(lon0, lat0, lon1, lat1);
        }
    }

    /// <summary>The aspect (height ÷ width) a map of <paramref name="view"/> has.</summary>
    public static double AspectOf(GeoBounds view) =>
        view.LatSpan / Math.Max(1e-6, view.LonSpan * Math.Max(0.05, Math.Cos(view.MidLat * Math.PI / 180)));

    public Point Project(double lon, double lat) =>
        new(center.X + (lon - centerLon) * cosLat * scale, center.Y - (lat - centerLat) * scale);

    public (double Lon, double Lat) Unproject(Point p) =>
        (centerLon + (p.X - center.X) / (cosLat * scale), centerLat - (p.Y - center.Y) / scale);
}
