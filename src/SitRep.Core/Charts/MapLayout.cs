using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>A country as drawn: projected rings and its role.</summary>
internal sealed record MapShape(GeoCountry Country, IReadOnlyList<Point[]> Rings, bool Highlighted, bool Neighbour);

/// <summary>A place as drawn: marker centre and extent, and its label (null if no clear spot was found).</summary>
internal sealed record MapPlaceLayout(MapPlace Place, PlaceKind Kind, Point Point, Rect Marker, PlacedLabel? Label, IReadOnlyList<string> Lines);

/// <summary>A distance line from the focus and its label.</summary>
internal sealed record MapDistanceLayout(MapDistance Distance, Point From, Point To, PlacedLabel? Label);

/// <summary>A country name: its (possibly two-line) text, box and the point inside the country it stands for.</summary>
internal sealed record MapCountryLabel(GeoCountry Country, IReadOnlyList<string> Lines, Rect Box, Point Anchor, bool Highlighted);

internal enum PlaceKind { Town, Capital, Area }

/// <summary>
/// The whole country in a small box when the main map is zoomed in tight: its shapes, and the
/// rectangle of the main map's view.
/// </summary>
internal sealed record MapInset(Rect Frame, IReadOnlyList<MapShape> Shapes, Rect View);

/// <summary>The geometry of a <see cref="LocatorMap"/> in page points, for drawing and for tests.</summary>
internal sealed record MapLayout(
    Rect Frame,
    MapProjection Projection,
    IReadOnlyList<MapShape> Shapes,
    IReadOnlyList<MapPlaceLayout> Places,
    IReadOnlyList<MapDistanceLayout> Distances,
    IReadOnlyList<MapCountryLabel> CountryLabels,
    Rect ScaleBar,
    double ScaleKm,
    string ScaleText,
    Rect NorthArrow,
    MapInset? Inset)
{
    /// <summary>How far past the frame the drawn shapes reach: their cut edges and strokes fall outside the clip.</summary>
    public const double DrawnMargin = 3;

    /// <summary>
    /// The shapes cut to just past the frame: what is painted. A zoomed map shows a small part of large countries,
    /// and their outlines beyond the frame would only be clipped away; without them the map page's content is a
    /// third smaller and quicker to write. Labels are placed against the whole <see cref="Shapes"/>.
    /// </summary>
    public IReadOnlyList<MapShape> Drawn { get; init; } = Shapes;

    public static ChartFont PlaceFont(ChartStyle s, PlaceKind kind, bool focus) =>
        s.Font(focus ? s.FontSize + 0.5 : s.FontSize, bold: focus, italic: kind == PlaceKind.Area);

    public static ChartFont CountryFont(ChartStyle s) => s.Font(s.FontSize * 0.9);

    public static ChartFont HighlightFont(ChartStyle s) => s.Font(s.FontSize * 1.5, bold: true);

    public static ChartFont SmallFont(ChartStyle s) => s.Font(s.FontSize * 0.9);

    public static ChartFont DistanceFont(ChartStyle s) => s.Font(s.FontSize * 0.9, italic: true);

    public static double MarkerRadius(PlaceKind kind, bool focus) =>
        focus ? 3.6 : kind switch { PlaceKind.Capital => 3.2, PlaceKind.Area => 6.5, _ => 2.2 };
}
