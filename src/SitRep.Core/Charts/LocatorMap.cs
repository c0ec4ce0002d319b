using ScottPlot;
using SitRep.Drawing;
using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// A locator map: the highlighted country filled in a tint of the highlight colour over water,
/// every other country in the land colour, neighbours (countries sharing a border) named in grey
/// capitals at a point inside them and inside the frame; places marked (focus: highlight dot;
/// capital: ringed dot; town: dot; area: dashed circle, italic name) and labelled without collisions;
/// dashed distance lines from the focus with the distances the data gives; a scale bar with a round
/// length in km, a small north arrow and a thin frame. The view zooms to the places named (see
/// <see cref="MapLayoutBuilder.ViewFor"/>); when the zoom is tight the whole country is shown in an
/// inset with the view outlined. No label crosses a border, a coast or a leader line. Equirectangular
/// projection with x scaled by cos(mid-latitude); everything is drawn with ScottPlot polygons,
/// markers, lines and text, clipped to the map area.
/// </summary>
public sealed class LocatorMap : IChart
{
    private readonly GeoWorld world;
    private readonly GeoCountry country;
    private readonly IReadOnlyList<MapPlace> places;
    private readonly IReadOnlyList<MapDistance> distances;
    private readonly Func<GeoCountry, string> countryName;
    private readonly ChartText text;
    private PreparedLayout<MapLayout>? prepared;

    /// <param name="world">Country outlines, e.g. <see cref="GeoWorld.Default"/>.</param>
    /// <param name="highlightIsoN3">ISO 3166-1 numeric code of the country to highlight.</param>
    /// <param name="places">Places to mark; may be empty. At most one should be the focus.</param>
    /// <param name="distances">Distances from the focus place; each must name a place in <paramref name="places"/>.</param>
    /// <param name="countryName">A country's name as the map labels it, in the brief's language; the map data's (English) name when null.</param>
    /// <param name="text">The language of the scale and the north arrow; English when null.</param>
    public LocatorMap(GeoWorld world, string highlightIsoN3, IReadOnlyList<MapPlace> places, IReadOnlyList<MapDistance> distances,
        Func<GeoCountry, string>? countryName = null, ChartText? text = null)
    {
        this.text = text ?? ChartText.English;
        this.countryName = countryName ?? (c => c.Name);
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(highlightIsoN3);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(distances);
        Guard.AtMost(places, ChartBounds.MaxMapPlaces, nameof(places), "locator map: places");
        Guard.AtMost(distances, ChartBounds.MaxMapPlaces, nameof(distances), "locator map: distances");
        country = world.Find(highlightIsoN3)
            ?? throw new ArgumentException($"locator map: no country with ISO numeric code '{highlightIsoN3}' in the map data", nameof(highlightIsoN3));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i] ?? throw new ArgumentException($"locator map: place {i} is null", nameof(places));
            var what = $"locator map: place {i} ('{p.Name}')";
            Guard.Text(p.Id, nameof(places), $"{what} id");
            Guard.Text(p.Name, nameof(places), $"{what} name");
            if (double.IsNaN(p.Lat) || double.IsNaN(p.Lon) || Math.Abs(p.Lat) > 90 || Math.Abs(p.Lon) > 180)
                throw new ArgumentException($"{what} has invalid coordinates ({p.Lat}, {p.Lon}); latitude must be within ±90 and longitude within ±180", nameof(places));
            try
            {
                _ = MapLayoutBuilder.KindOf(p.Kind ?? "");
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{what}: {e.Message}", nameof(places));
            }
            if (!ids.Add(p.Id))
                throw new ArgumentException($"{what}: duplicate place id '{p.Id}'", nameof(places));
        }
        if (places.Count(p => p.IsFocus) > 1)
            throw new ArgumentException("locator map: more than one place is marked as the focus", nameof(places));
        if (distances.Count > 0 && !places.Any(p => p.IsFocus))
            throw new ArgumentException("locator map: distances are given but no place is marked as the focus", nameof(distances));
        foreach (var d in distances)
        {
            if (d is null)
                throw new ArgumentException("locator map: a distance is null", nameof(distances));
            if (!ids.Contains(d.PlaceId))
                throw new ArgumentException($"locator map: distance '{d.Label}' refers to unknown place id '{d.PlaceId}'", nameof(distances));
            Guard.Text(d.Label, nameof(distances), $"locator map: the label of the distance to '{d.PlaceId}'");
        }
        this.world = world;
        this.places = places.ToArray();
        this.distances = distances.ToArray();
    }

    /// <summary>The height that shows the view undistorted, kept between 0.5 and 0.9 of the width.</summary>
    public double HeightFor(double width) =>
        width * Math.Clamp(MapProjection.AspectOf(MapLayoutBuilder.ViewFor(world, country, places)), 0.5, 0.9);

    /// <summary>Place names (and local names), distance labels, the scale's length and every country name the view might show, in capitals.</summary>
    public IEnumerable<string> Texts => places.SelectMany(p => p.Names.Prepend(string.Join(" ", p.Names))).Concat(distances.Select(d => d.Label))
        .Concat(world.Countries.Select(c => countryName(c).ToUpperInvariant()))
        .Concat(text.Words).Append(TextWrap.Ellipsis);

    internal MapLayout Layout(Rect area, ChartStyle style) =>
        MapLayoutBuilder.Compute(world, country, places, distances, area, style, countryName, text);

    /// <summary>Places the labels (most of the map's work) ahead of drawing.</summary>
    public void Prepare(SKRect area, ChartStyle style) =>
        prepared = new PreparedLayout<MapLayout>(area.Width, area.Height, style, Layout(new Rect(0, 0, area.Width, area.Height), style));

    public void Draw(SKCanvas canvas, SKRect area, ChartStyle style)
    {
        var frame = new Rect(0, 0, area.Width, area.Height);
        var layout = prepared is { } ahead && ahead.IsFor(area, style) ? ahead.Layout : Layout(frame, style);
        using var plot = new PointPlot(area.Width, area.Height, style);
        plot.Rectangle(frame, style.Water);
        DrawShapes(plot, layout.Drawn, style, 0.6);

        foreach (var label in layout.CountryLabels)
        {
            var font = label.Highlighted ? MapLayout.HighlightFont(style) : MapLayout.CountryFont(style);
            var colour = label.Highlighted ? style.Highlight.Mix(style.Ink, 0.45) : style.Muted;
            plot.Lines(label.Lines, font, colour, label.Box.X + label.Box.Width / 2, label.Box.Y, TextAlign.Center);
        }

        var distanceFont = MapLayout.DistanceFont(style);
        foreach (var d in layout.Distances)
        {
            plot.Line(d.From, d.To, style.Ink, 0.6, [2.2f, 1.6f]);
            if (d.Label is { } l)
                plot.Text(d.Distance.Label, distanceFont, style.Ink, l.Box.X, l.Box.Y);
        }

        foreach (var p in layout.Places.OrderBy(p => p.Place.IsFocus ? 1 : 0))
            DrawMarker(plot, p, style);
        foreach (var p in layout.Places)
        {
            if (p.Label is not { } label)
                continue;
            if (label.HasLeader)
                plot.Line(label.Anchor, label.LeaderEnd, style.Muted, 0.45);
            var font = MapLayout.PlaceFont(style, p.Kind, p.Place.IsFocus);
            var align = label.Box.Right <= p.Point.X ? TextAlign.Right : label.Box.Left >= p.Point.X ? TextAlign.Left : TextAlign.Center;
            var x = align switch { TextAlign.Right => label.Box.Right, TextAlign.Center => label.Box.X + label.Box.Width / 2, _ => label.Box.X };
            plot.Lines(p.Lines, font, p.Kind == PlaceKind.Area ? style.Muted : style.Ink, x, label.Box.Y, align);
        }

        if (layout.Inset is { } inset)
        {
            plot.Rectangle(inset.Frame, style.Water, style.Muted, 0.6);
            DrawShapes(plot, inset.Shapes, style, 0.4);
            plot.Frame(inset.View, style.Ink, 0.8);
        }
        DrawScaleBar(plot, layout, style);
        DrawNorthArrow(plot, layout.NorthArrow, style, text.North);
        plot.Frame(frame, style.Grid, 0.6);
        plot.Draw(canvas, area);
    }

    private static readonly Rgb White = new(255, 255, 255);

    private static void DrawShapes(PointPlot plot, IReadOnlyList<MapShape> shapes, ChartStyle style, double border)
    {
        foreach (var shape in shapes.Where(s => !s.Highlighted))
            foreach (var ring in shape.Rings)
                plot.Polygon(ring, style.Land, White, border);
        var fill = style.Land.Mix(style.Highlight, 0.17);
        var edge = style.Muted.Mix(style.Ink, 0.3);
        foreach (var shape in shapes.Where(s => s.Highlighted))
            foreach (var ring in shape.Rings)
                plot.Polygon(ring, fill, edge, border + 0.2);
    }

    private static void DrawMarker(PointPlot plot, MapPlaceLayout p, ChartStyle style)
    {
        var r = MapLayout.MarkerRadius(p.Kind, p.Place.IsFocus);
        var c = p.Point;
        if (p.Place.IsFocus)
        {
            plot.Marker(c, MarkerShape.FilledCircle, r, style.Highlight, White, 1.1);
            return;
        }
        switch (p.Kind)
        {
            case PlaceKind.Capital:
                plot.Marker(c, MarkerShape.FilledCircle, r, White, style.Ink, 0.8);
                plot.Marker(c, MarkerShape.FilledCircle, 1.3, style.Ink, style.Ink, 0);
                break;
            case PlaceKind.Area:
                plot.Marker(c, MarkerShape.OpenCircle, r, null, style.Muted, 0.7, [1.8f, 1.4f]);
                plot.Marker(c, MarkerShape.FilledCircle, 0.9, style.Muted, style.Muted, 0);
                break;
            default:
                plot.Marker(c, MarkerShape.FilledCircle, r, style.Ink, White, 0.6);
                break;
        }
    }

    private static void DrawScaleBar(PointPlot plot, MapLayout layout, ChartStyle style)
    {
        var box = layout.ScaleBar;
        var length = layout.ScaleKm / layout.Projection.KmPerPoint;
        var y = box.Top + box.Height / 2 + 1;
        plot.Line(new(box.Left, y), new(box.Left + length, y), style.Ink, 0.8);
        plot.Line(new(box.Left, y - 2.5), new(box.Left, y + 0.4), style.Ink, 0.8);
        plot.Line(new(box.Left + length, y - 2.5), new(box.Left + length, y + 0.4), style.Ink, 0.8);
        plot.Text(layout.ScaleText, MapLayout.SmallFont(style), style.Ink, box.Left + length + 4, box.Top);
    }

    private static void DrawNorthArrow(PointPlot plot, Rect box, ChartStyle style, string north)
    {
        var cx = box.Left + box.Width / 2;
        var top = box.Top;
        plot.Polygon([new(cx, top), new(cx + 3.2, top + 8.5), new(cx, top + 6.8), new(cx - 3.2, top + 8.5)], style.Ink);
        plot.Text(north, style.Font(style.FontSize * 0.9, bold: true), style.Ink, cx, top + 9.5, TextAlign.Center);
    }
}
