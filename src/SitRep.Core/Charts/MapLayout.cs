using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>A country as drawn: projected rings and its role.</summary>
internal sealed record MapShape(GeoCountry Country, IReadOnlyList<XPoint[]> Rings, bool Highlighted, bool Neighbour);

/// <summary>A place as drawn: marker centre and extent, and its label (null if no clear spot was found).</summary>
internal sealed record MapPlaceLayout(MapPlace Place, PlaceKind Kind, XPoint Point, XRect Marker, PlacedLabel? Label, IReadOnlyList<string> Lines);

/// <summary>A distance line from the focus and its label.</summary>
internal sealed record MapDistanceLayout(MapDistance Distance, XPoint From, XPoint To, PlacedLabel? Label);

/// <summary>A country name: its (possibly two-line) text, box and the point inside the country it stands for.</summary>
internal sealed record MapCountryLabel(GeoCountry Country, IReadOnlyList<string> Lines, XRect Box, XPoint Anchor, bool Highlighted);

internal enum PlaceKind { Town, Capital, Area }

/// <summary>The geometry of a <see cref="LocatorMap"/> in page points, for drawing and for tests.</summary>
internal sealed record MapLayout(
    XRect Frame,
    MapProjection Projection,
    IReadOnlyList<MapShape> Shapes,
    IReadOnlyList<MapPlaceLayout> Places,
    IReadOnlyList<MapDistanceLayout> Distances,
    IReadOnlyList<MapCountryLabel> CountryLabels,
    XRect ScaleBar,
    double ScaleKm,
    XRect NorthArrow)
{
    public const double CountryTracking = 0.9;
    public const double HighlightTracking = 2.2;

    public static XFont PlaceFont(ChartStyle s, PlaceKind kind, bool focus) =>
        ChartText.Font(s.FontFamily, focus ? s.FontSize + 0.5 : s.FontSize, bold: focus, italic: kind == PlaceKind.Area);

    public static XFont CountryFont(ChartStyle s) => ChartText.Font(s.FontFamily, s.FontSize * 0.9);

    public static XFont HighlightFont(ChartStyle s) => ChartText.Font(s.FontFamily, s.FontSize * 1.6, bold: true);

    public static double MarkerRadius(PlaceKind kind, bool focus) =>
        focus ? 3.6 : kind switch { PlaceKind.Capital => 3.2, PlaceKind.Area => 6.5, _ => 2.2 };
}
