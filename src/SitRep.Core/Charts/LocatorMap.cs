using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// A locator map: the highlighted country filled in a tint of the highlight colour over water,
/// every other country in the land colour, neighbours (countries sharing a border) named in grey
/// capitals at a point inside them and inside the frame; places marked (focus: highlight dot;
/// capital: ringed dot; town: dot; area: dashed circle, italic name) and labelled without collisions;
/// dashed distance lines from the focus with their labels; a scale bar with a round length in km,
/// a small north arrow and a thin frame. Equirectangular projection with x scaled by
/// cos(mid-latitude), fitted to the country's bounding box (and all places) plus a margin;
/// everything is clipped to the map area.
/// </summary>
public sealed class LocatorMap : IChart
{
    private readonly GeoWorld world;
    private readonly GeoCountry country;
    private readonly IReadOnlyList<MapPlace> places;
    private readonly IReadOnlyList<MapDistance> distances;

    /// <param name="world">Country outlines, e.g. <see cref="GeoWorld.Default"/>.</param>
    /// <param name="highlightIsoN3">ISO 3166-1 numeric code of the country to highlight (e.g. "466").</param>
    /// <param name="places">Places to mark; may be empty. At most one should be the focus.</param>
    /// <param name="distances">Distances from the focus place; each must name a place in <paramref name="places"/>.</param>
    public LocatorMap(GeoWorld world, string highlightIsoN3, IReadOnlyList<MapPlace> places, IReadOnlyList<MapDistance> distances)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(highlightIsoN3);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(distances);
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

    /// <summary>The height that shows the country's box undistorted, kept between 0.5 and 0.9 of the width.</summary>
    public double HeightFor(double width) =>
        width * Math.Clamp(MapProjection.AspectOf(MapLayoutBuilder.ViewFor(world, country, places)), 0.5, 0.9);

    internal MapLayout Layout(XRect area, ChartStyle style) =>
        MapLayoutBuilder.Compute(world, country, places, distances, area, style);

    public void Draw(XGraphics gfx, XRect area, ChartStyle style)
    {
        var layout = Layout(area, style);
        var state = gfx.Save();
        gfx.IntersectClip(area);
        gfx.DrawRectangle(ChartCanvas.Brush(style.Water), area);

        var landBrush = ChartCanvas.Brush(style.Land);
        var borderPen = ChartCanvas.Pen(XColors.White, 0.6);
        foreach (var shape in layout.Shapes.Where(s => !s.Highlighted))
            gfx.DrawPath(borderPen, landBrush, PathOf(shape.Rings));
        foreach (var shape in layout.Shapes.Where(s => s.Highlighted))
        {
            var fill = ColorMix.Mix(style.Land, style.Highlight, 0.17);
            gfx.DrawPath(ChartCanvas.Pen(ColorMix.Mix(style.Muted, style.Ink, 0.3), 0.8), ChartCanvas.Brush(fill), PathOf(shape.Rings));
        }

        foreach (var label in layout.CountryLabels)
        {
            var font = label.Highlighted ? MapLayout.HighlightFont(style) : MapLayout.CountryFont(style);
            var tracking = label.Highlighted ? MapLayout.HighlightTracking : MapLayout.CountryTracking;
            var color = label.Highlighted ? ColorMix.Mix(style.Highlight, style.Ink, 0.45) : style.Muted;
            for (var i = 0; i < label.Lines.Count; i++)
            {
                var w = ChartText.WidthTracked(label.Lines[i], font, tracking);
                var x = label.Box.X + (label.Box.Width - w) / 2;
                ChartText.DrawTracked(gfx, label.Lines[i], font, color, x, label.Box.Y + i * ChartText.LineHeight(font), tracking);
            }
        }

        var distancePen = ChartCanvas.Dashed(style.Ink, 0.6, 2.2, 1.6);
        var distanceFont = ChartText.Font(style.FontFamily, style.FontSize * 0.9, italic: true);
        foreach (var d in layout.Distances)
        {
            gfx.DrawLine(distancePen, d.From, d.To);
            if (d.Label is { } l)
                ChartText.Draw(gfx, d.Distance.Label, distanceFont, style.Ink, l.Box.X, l.Box.Y);
        }

        foreach (var p in layout.Places.OrderBy(p => p.Place.IsFocus ? 1 : 0))
            DrawMarker(gfx, p, style);
        var leaderPen = ChartCanvas.Pen(style.Muted, 0.45);
        foreach (var p in layout.Places)
        {
            if (p.Label is not { } label)
                continue;
            if (label.HasLeader)
                gfx.DrawLine(leaderPen, label.Anchor, label.LeaderEnd);
            var font = MapLayout.PlaceFont(style, p.Kind, p.Place.IsFocus);
            var align = label.Box.Right <= p.Point.X ? TextAlign.Right : label.Box.Left >= p.Point.X ? TextAlign.Left : TextAlign.Center;
            var x = align switch { TextAlign.Right => label.Box.Right, TextAlign.Center => label.Box.X + label.Box.Width / 2, _ => label.Box.X };
            ChartText.DrawLines(gfx, p.Lines, font, p.Kind == PlaceKind.Area ? style.Muted : style.Ink, x, label.Box.Y, align);
        }

        DrawScaleBar(gfx, layout, style);
        DrawNorthArrow(gfx, layout.NorthArrow, style);
        gfx.Restore(state);
        gfx.DrawRectangle(ChartCanvas.Pen(style.Grid, 0.6), area);
    }

    private static XGraphicsPath PathOf(IReadOnlyList<XPoint[]> rings)
    {
        var path = new XGraphicsPath { FillMode = XFillMode.Alternate };
        foreach (var ring in rings)
        {
            path.StartFigure();
            path.AddPolygon(ring);
            path.CloseFigure();
        }
        return path;
    }

    private static void DrawMarker(XGraphics gfx, MapPlaceLayout p, ChartStyle style)
    {
        var r = MapLayout.MarkerRadius(p.Kind, p.Place.IsFocus);
        var c = p.Point;
        if (p.Place.IsFocus)
        {
            gfx.DrawEllipse(ChartCanvas.Pen(XColors.White, 1.1), ChartCanvas.Brush(style.Highlight), c.X - r, c.Y - r, 2 * r, 2 * r);
            return;
        }
        switch (p.Kind)
        {
            case PlaceKind.Capital:
                gfx.DrawEllipse(ChartCanvas.Pen(style.Ink, 0.8), ChartCanvas.Brush(XColors.White), c.X - r, c.Y - r, 2 * r, 2 * r);
                gfx.DrawEllipse(ChartCanvas.Brush(style.Ink), c.X - 1.3, c.Y - 1.3, 2.6, 2.6);
                break;
            case PlaceKind.Area:
                gfx.DrawEllipse(ChartCanvas.Dashed(style.Muted, 0.7, 1.8, 1.4), c.X - r, c.Y - r, 2 * r, 2 * r);
                gfx.DrawEllipse(ChartCanvas.Brush(style.Muted), c.X - 0.9, c.Y - 0.9, 1.8, 1.8);
                break;
            default:
                gfx.DrawEllipse(ChartCanvas.Pen(XColors.White, 0.6), ChartCanvas.Brush(style.Ink), c.X - r, c.Y - r, 2 * r, 2 * r);
                break;
        }
    }

    private static void DrawScaleBar(XGraphics gfx, MapLayout layout, ChartStyle style)
    {
        var font = ChartText.Font(style.FontFamily, style.FontSize * 0.9);
        var box = layout.ScaleBar;
        var length = layout.ScaleKm / layout.Projection.KmPerPoint;
        var y = box.Top + box.Height / 2 + 1;
        var pen = ChartCanvas.Pen(style.Ink, 0.8);
        gfx.DrawLine(pen, box.Left, y, box.Left + length, y);
        gfx.DrawLine(pen, box.Left, y - 2.5, box.Left, y + 0.4);
        gfx.DrawLine(pen, box.Left + length, y - 2.5, box.Left + length, y + 0.4);
        ChartText.Draw(gfx, NumberFormat.Count(layout.ScaleKm) + " km", font, style.Ink, box.Left + length + 4, box.Top);
    }

    private static void DrawNorthArrow(XGraphics gfx, XRect box, ChartStyle style)
    {
        var cx = box.Left + box.Width / 2;
        var top = box.Top;
        gfx.DrawPolygon(ChartCanvas.Brush(style.Ink), new[]
        {
            new XPoint(cx, top), new XPoint(cx + 3.2, top + 8.5), new XPoint(cx, top + 6.8), new XPoint(cx - 3.2, top + 8.5),
        }, XFillMode.Winding);
        var font = ChartText.Font(style.FontFamily, style.FontSize * 0.9, bold: true);
        ChartText.Draw(gfx, "N", font, style.Ink, cx, top + 9.5, TextAlign.Center);
    }
}
