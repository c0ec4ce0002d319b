using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>Computes a <see cref="MapLayout"/>: projection, shapes, markers and collision-free labels.</summary>
internal static class MapLayoutBuilder
{
    private const double SimplifyStep = 0.35;

    /// <summary>Extra clearance around an area's dashed circle (its stroke and dashes), in points.</summary>
    private const double AreaHalo = 0.6;

    /// <summary>The smallest span, in degrees of latitude, a zoomed view shows (about 220 km).</summary>
    public const double MinZoomSpan = 2.0;

    /// <summary>
    /// The lon/lat box the map shows: the places named, padded by a quarter of their spread (at least
    /// <see cref="MinZoomSpan"/> across); or, when that is not much smaller than the country, the
    /// country and its places with a margin. With no places, the country.
    /// </summary>
    public static GeoBounds ViewFor(GeoWorld world, GeoCountry country, IReadOnlyList<MapPlace> places) =>
        ZoomFor(world, country, places) ?? CountryView(world, country, places);

    /// <summary>The zoomed view on the places, or null when the whole country is the better view.</summary>
    public static GeoBounds? ZoomFor(GeoWorld world, GeoCountry country, IReadOnlyList<MapPlace> places)
    {
        if (places.Count == 0)
            return null;
        var b = GeoBounds.Empty;
        foreach (var p in places)
            b = b.Include(p.Lon, p.Lat);
        var cos = Math.Max(0.05, Math.Cos(b.MidLat * Math.PI / 180));
        var padLat = Math.Max(Math.Max(b.LatSpan, b.LonSpan * cos) * 0.25, 0.3);
        b = b.Expand(padLat / cos, padLat);
        // Never narrower than MinZoomSpan, so a single town still shows its surroundings.
        if (b.LatSpan < MinZoomSpan)
            b = b.Expand(0, (MinZoomSpan - b.LatSpan) / 2);
        if (b.LonSpan * cos < MinZoomSpan)
            b = b.Expand((MinZoomSpan - b.LonSpan * cos) / 2 / cos, 0);
        var whole = CountryView(world, country, places);
        var shareOfCountry = b.LonSpan * b.LatSpan / Math.Max(1e-9, whole.LonSpan * whole.LatSpan);
        return shareOfCountry < 0.45 ? b : null;
    }

    private static GeoBounds CountryView(GeoWorld world, GeoCountry country, IReadOnlyList<MapPlace> places)
    {
        var b = world.BoundsOf(country);
        foreach (var p in places)
            b = b.Include(p.Lon, p.Lat);
        var margin = Math.Max(b.LonSpan, b.LatSpan) * 0.06 + 0.5;
        return b.Expand(margin, margin);
    }

    public static MapLayout Compute(GeoWorld world, GeoCountry country, IReadOnlyList<MapPlace> places, IReadOnlyList<MapDistance> distances, Rect frame, ChartStyle style, Func<GeoCountry, string>? countryName = null, ChartText? text = null)
    {
        countryName ??= c => c.Name;
        text ??= ChartText.English;
        var zoom = ZoomFor(world, country, places);
        var projection = new MapProjection(zoom ?? CountryView(world, country, places), frame);
        var visible = projection.Visible;
        var shapes = Shapes(world, country, projection, visible, SimplifyStep);
        var placer = new LabelPlacer(new Rect(frame.X + 3, frame.Y + 3, frame.Width - 6, frame.Height - 6));

        // Fixed furniture first: the scale bar (bottom left) and north arrow (top right).
        var (scaleKm, scaleLength) = ScaleFor(projection, frame.Width);
        var scaleFont = MapLayout.SmallFont(style);
        var scaleText = text.Kilometres(scaleKm);
        var scaleBar = new Rect(frame.Left + 8, frame.Bottom - 8 - scaleFont.LineHeight,
            scaleLength + 4 + scaleFont.Width(scaleText), scaleFont.LineHeight);
        placer.AddObstacle(scaleBar);
        var north = new Rect(frame.Right - 16, frame.Top + 7, 9, 20);
        placer.AddObstacle(north);

        // A tight zoom gets the whole country in an inset, in the corner holding fewest places.
        var points = places.Select(p => projection.Project(p.Lon, p.Lat)).ToArray();
        var inset = zoom is null ? null : Inset(world, country, projection, frame, points);
        if (inset is not null)
            placer.AddObstacle(inset.Frame.Inflate(2, 2));

        // Borders and coasts are lines no label may cross.
        foreach (var shape in shapes)
            foreach (var ring in shape.Rings)
                for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
                    placer.AddHardSegment(ring[j], ring[i]);

        // Markers are obstacles for every label — an area's whole dashed circle, not just its centre dot,
        // since at small sizes the circle is large next to the labels; distance lines are soft obstacles.
        var focus = places.FirstOrDefault(p => p.IsFocus);
        var kinds = places.Select(p => KindOf(p.Kind)).ToArray();
        var markers = new Rect[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            var r = MapLayout.MarkerRadius(kinds[i], places[i].IsFocus);
            markers[i] = new Rect(points[i].X - r, points[i].Y - r, 2 * r, 2 * r);
            if (kinds[i] == PlaceKind.Area)
                placer.AddDisc(points[i], r + AreaHalo);
            else
                placer.AddObstacle(markers[i]);
        }
        var lines = new List<(MapDistance D, Point From, Point To)>();
        if (focus is not null)
        {
            var from = projection.Project(focus.Lon, focus.Lat);
            foreach (var d in distances)
            {
                var target = places.FirstOrDefault(p => p.Id == d.PlaceId);
                if (target is null || ReferenceEquals(target, focus))
                    continue;
                var to = projection.Project(target.Lon, target.Lat);
                var (a, b) = Shorten(from, to, MapLayout.MarkerRadius(PlaceKind.Town, true) + 1.5, MapLayout.MarkerRadius(KindOf(target.Kind), false) + 1.5);
                lines.Add((d, a, b));
                placer.AddSoftSegment(a, b);
            }
        }

        // Labels in order of need: the focus and the capital, then the distances (data a reader cannot
        // get elsewhere; on a small map their short lines leave little room), then towns, then areas.
        var order = Enumerable.Range(0, places.Count)
            .OrderBy(i => places[i].IsFocus ? 0 : kinds[i] switch { PlaceKind.Capital => 1, PlaceKind.Town => 2, _ => 3 })
            .ToArray();
        var placeLayouts = new MapPlaceLayout[places.Count];
        var essentials = order.Where(i => places[i].IsFocus || kinds[i] == PlaceKind.Capital).ToArray();
        foreach (var i in essentials)
            PlaceName(i);
        var distanceLayouts = PlaceDistances();
        foreach (var i in order.Except(essentials))
            PlaceName(i);

        void PlaceName(int i)
        {
            var font = MapLayout.PlaceFont(style, kinds[i], places[i].IsFocus);
            // Areas are diffuse: their names stack compactly beside the circle.
            var wrap = kinds[i] == PlaceKind.Area ? Math.Max(50, frame.Width * 0.12) : Math.Max(60, frame.Width * 0.22);
            var clearance = MapLayout.MarkerRadius(kinds[i], places[i].IsFocus) + 2;
            // A name with a local name: on one line, unless on two it sits beside the marker where one line cannot.
            // A small map has no room for two names a place: only the focus keeps its local name there.
            var place = frame.Width < SmallMapWidth && !places[i].IsFocus ? places[i] with { LocalName = null } : places[i];
            var options = LabelLines(place, font, wrap);
            var text = options[0];
            var size = SizeOf(text, font);
            if (options.Count > 1 && placer.Fit(points[i], SizeOf(options[1], font), clearance) < placer.Fit(points[i], size, clearance))
                (text, size) = (options[1], SizeOf(options[1], font));
            // No adjacent spot: move out with a leader line. The focus and the capital (placed first)
            // search further before giving up; other names are dropped only when nothing fits at all.
            var essential = places[i].IsFocus || kinds[i] == PlaceKind.Capital;
            var label = placer.Place(points[i], size, clearance, rings: essential ? 24 : 16);
            placeLayouts[i] = new MapPlaceLayout(places[i], kinds[i], points[i], markers[i], label, text);
        }

        // Distance labels: next to their line, near its middle.
        List<MapDistanceLayout> PlaceDistances()
        {
            var distanceFont = MapLayout.DistanceFont(style);
            var distanceLayouts = new List<MapDistanceLayout>();
            foreach (var (d, a, b) in lines)
            {
                var size = new Size(distanceFont.Width(d.Label), distanceFont.LineHeight);
                PlacedLabel? label = null;
                // Close beside the line first; on a crowded small map (a short line between close places)
                // a little further out, still without a leader.
                foreach (var gap in new[] { 2.5, 4.5, 6.5, 9, 12 })
                {
                    foreach (var t in new[] { 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8 })
                    {
                        var anchor = new Point(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);
                        label = PlaceBeside(placer, anchor, size, gap);
                        if (label is not null)
                            break;
                    }
                    if (label is not null)
                        break;
                }
                // Failing a spot that crosses no line, any clear spot beside the middle. Distance labels never
                // take leader lines (a leader next to a dashed distance line reads as another line): with no
                // clear spot the distance label is dropped.
                label ??= placer.Place(new Point((a.X + b.X) / 2, (a.Y + b.Y) / 2), size, 2, allowLeader: false);
                distanceLayouts.Add(new MapDistanceLayout(d, a, b, label));
            }
            return distanceLayouts;
        }

        // Country names last, in whatever room is left: the highlighted country, then its neighbours.
        var countryLabels = new List<MapCountryLabel>();
        foreach (var shape in shapes.Where(s => s.Highlighted).Concat(shapes.Where(s => s.Neighbour).OrderByDescending(s => Area(s.Rings))))
        {
            var label = CountryLabel(shape, countryName(shape.Country), frame, placer, style);
            if (label is not null)
            {
                countryLabels.Add(label);
                placer.Claim(label.Box);
            }
        }

        var drawnBox = frame.Inflate(MapLayout.DrawnMargin, MapLayout.DrawnMargin);
        var drawn = shapes
            .Select(s => s with { Rings = s.Rings.Select(r => Geometry.ClipRing(r, drawnBox)).Where(r => r.Length >= 3).ToArray() })
            .Where(s => s.Rings.Count > 0)
            .ToList();
        return new MapLayout(frame, projection, shapes, placeLayouts, distanceLayouts, countryLabels, scaleBar, scaleKm, scaleText, north, inset) { Drawn = drawn };
    }

    public static PlaceKind KindOf(string kind) => kind.Trim().ToLowerInvariant() switch
    {
        "capital" => PlaceKind.Capital,
        "area" => PlaceKind.Area,
        "town" => PlaceKind.Town,
        _ => throw new ArgumentException($"unknown place kind '{kind}'; expected capital, town or area"),
    };

    /// <summary>
    /// The country in about a quarter of the map's width, in the corner (other than the scale bar's
    /// and the north arrow's) where it covers fewest places, with the main view outlined.
    /// </summary>
    private static MapInset Inset(GeoWorld world, GeoCountry country, MapProjection main, Rect frame, Point[] places)
    {
        var whole = world.BoundsOf(country).Expand(0.6, 0.6);
        var aspect = Math.Clamp(MapProjection.AspectOf(whole), 0.5, 1.6);
        var w = Math.Clamp(frame.Width * 0.26, 50, 130);
        var h = w * aspect;
        if (h > frame.Height * 0.45)
            (w, h) = (frame.Height * 0.45 / aspect, frame.Height * 0.45);
        const double margin = 6;
        var corners = new[]
        {
            new Rect(frame.Left + margin, frame.Top + margin, w, h),
            new Rect(frame.Right - margin - w, frame.Bottom - margin - h, w, h),
        };
        var box = corners.OrderBy(c => places.Count(p => c.Inflate(8, 8).Contains(p))).First();
        var projection = new MapProjection(whole, box);
        var shapes = Shapes(world, country, projection, projection.Visible, 0.6)
            .Select(s => s with { Rings = s.Rings.Select(r => Geometry.ClipRing(r, box)).Where(r => r.Length >= 3).ToArray() })
            .Where(s => s.Rings.Count > 0)
            .ToList();
        var view = main.Visible;
        var a = projection.Project(view.MinLon, view.MaxLat);
        var b = projection.Project(view.MaxLon, view.MinLat);
        var rect = Rect.FromEdges(Math.Max(box.Left, a.X), Math.Max(box.Top, a.Y), Math.Min(box.Right, b.X), Math.Min(box.Bottom, b.Y));
        if (rect.Width < 3 || rect.Height < 3)
        {
            var c = rect.Centre();
            rect = new Rect(c.X - 1.5, c.Y - 1.5, 3, 3);
        }
        return new MapInset(box, shapes, rect);
    }

    private static List<MapShape> Shapes(GeoWorld world, GeoCountry highlighted, MapProjection projection, GeoBounds visible, double simplifyStep)
    {
        // Neighbours share border vertices with the highlighted country (Natural Earth borders are topologically shared).
        var border = new HashSet<long>();
        foreach (var ring in highlighted.Rings)
            foreach (var (lon, lat) in ring.Points)
                border.Add(Key(lon, lat));
        var near = world.BoundsOf(highlighted).Expand(0.1, 0.1);

        var shapes = new List<MapShape>();
        foreach (var c in world.Countries)
        {
            var b = world.BoundsOf(c);
            if (!b.Intersects(visible))
                continue;
            var isHighlighted = ReferenceEquals(c, highlighted);
            var neighbour = !isHighlighted && b.Intersects(near) && c.Rings.Any(r => r.Points.Any(p => border.Contains(Key(p.Lon, p.Lat))));
            var rings = c.Rings
                .Where(r => RingBounds(r).Intersects(visible))
                .Select(r => Geometry.ProjectRing(r, projection, simplifyStep))
                .Where(r => r.Length >= 3)
                .ToArray();
            if (rings.Length > 0)
                shapes.Add(new MapShape(c, rings, isHighlighted, neighbour));
        }
        return shapes;
    }

    private static long Key(double lon, double lat) =>
        (long)Math.Round((lon + 180) * 1000) * 1_000_000L + (long)Math.Round((lat + 90) * 1000);

    private static GeoBounds RingBounds(GeoRing ring)
    {
        var b = GeoBounds.Empty;
        foreach (var (lon, lat) in ring.Points)
            b = b.Include(lon, lat);
        return b;
    }

    private static double Area(IReadOnlyList<Point[]> rings)
    {
        var a = 0.0;
        foreach (var r in rings)
            for (int i = 0, j = r.Length - 1; i < r.Length; j = i++)
                a += (r[j].X * r[i].Y) - (r[i].X * r[j].Y);
        return Math.Abs(a / 2);
    }

    /// <summary>A nice round scale length (1, 2 or 5 × 10ⁿ km) near a fifth of the map width.</summary>
    public static (double Km, double Points) ScaleFor(MapProjection projection, double frameWidth)
    {
        var target = frameWidth * 0.2 * projection.KmPerPoint;
        var power = Math.Pow(10, Math.Floor(Math.Log10(target)));
        var km = new[] { 5, 2, 1 }.Select(m => m * power).First(v => v <= target);
        return (km, km / projection.KmPerPoint);
    }

    private static (Point, Point) Shorten(Point a, Point b, double startGap, double endGap)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var len = Math.Sqrt(dx * dx + dy * dy);
        if (len <= startGap + endGap + 1)
            return (a, b);
        return (new Point(a.X + dx / len * startGap, a.Y + dy / len * startGap), new Point(b.X - dx / len * endGap, b.Y - dy / len * endGap));
    }

    /// <summary>Eight positions around a point on a line, taking the first clear one that crosses no line.</summary>
    private static PlacedLabel? PlaceBeside(LabelPlacer placer, Point anchor, Size size, double gap)
    {
        foreach (var box in LabelPlacer.Candidates(anchor, size, gap))
        {
            if (placer.IsFree(box) && placer.SoftHits(box) == 0)
            {
                placer.Claim(box);
                return new PlacedLabel(box, anchor, false, anchor);
            }
        }
        return null;
    }

    /// <summary>Narrower than this (points), a map is a small one: a half-width or small figure.</summary>
    public const double SmallMapWidth = 320;

    /// <summary>
    /// A place's label, best first: its name wrapped to two lines; with a local name, "Name LocalName" on one line
    /// when it fits the width, then the name with the local name under it.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>> LabelLines(MapPlace place, ChartFont font, double wrap)
    {
        var names = place.Names;
        if (names.Count == 1)
            return [TextWrap.Wrap(names[0], font, wrap, 2)];
        IReadOnlyList<string> stacked = [TextWrap.Fit(names[0], font, wrap), TextWrap.Fit(names[1], font, wrap)];
        var joined = names[0] + " " + names[1];
        return font.Width(joined) <= wrap ? [[joined], stacked] : [stacked];
    }

    private static Size SizeOf(IReadOnlyList<string> lines, ChartFont font) => new(lines.Max(font.Width), lines.Count * font.LineHeight);

    /// <summary>
    /// A country's name at the visible point deepest inside it (farthest from its borders and the
    /// frame), trying one line then two, and any spot clear of other labels and markers.
    /// </summary>
    private static MapCountryLabel? CountryLabel(MapShape shape, string countryName, Rect frame, LabelPlacer placer, ChartStyle style)
    {
        var font = shape.Highlighted ? MapLayout.HighlightFont(style) : MapLayout.CountryFont(style);
        var name = countryName.ToUpperInvariant();

        // Candidate anchors: a grid over the frame, kept where inside the country, best-buried first.
        const int n = 22;
        var outline = new RingIndex(shape.Rings);
        var inner = new Rect(frame.X + 6, frame.Y + 6, frame.Width - 12, frame.Height - 12);
        var candidates = new List<(Point P, double Depth)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var p = new Point(inner.X + inner.Width * (i + 0.5) / n, inner.Y + inner.Height * (j + 0.5) / n);
                if (!outline.Contains(p))
                    continue;
                var edge = Math.Min(Math.Min(p.X - frame.Left, frame.Right - p.X), Math.Min(p.Y - frame.Top, frame.Bottom - p.Y));
                candidates.Add((p, Math.Min(outline.DistanceToEdges(p), edge)));
            }
        }
        if (candidates.Count == 0)
            return null;
        candidates.Sort((a, b) => b.Depth.CompareTo(a.Depth));

        var options = new List<IReadOnlyList<string>> { new[] { name } };
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1)
        {
            var half = words.Length / 2;
            options.Add(new[] { string.Join(' ', words.Take(half)), string.Join(' ', words.Skip(half)) });
        }
        var lineHeight = font.LineHeight;
        foreach (var strict in new[] { true, false })
        {
            foreach (var lines in options)
            {
                var size = new Size(lines.Max(l => font.Width(l)), lines.Count * lineHeight);
                foreach (var (p, _) in candidates)
                {
                    var box = new Rect(p.X - size.Width / 2, p.Y - size.Height / 2, size.Width, size.Height);
                    if (!placer.IsFree(box))
                        continue;
                    if (strict && !(outline.Contains(box.TopLeft) && outline.Contains(box.TopRight())
                        && outline.Contains(box.BottomLeft()) && outline.Contains(box.BottomRight())))
                        continue;
                    return new MapCountryLabel(shape.Country, lines, box, p, shape.Highlighted);
                }
            }
        }
        return null;
    }
}
