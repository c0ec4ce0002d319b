namespace SitRep.Charts;

// A stand-in until the ScottPlot charts land: a thin frame with the chart's labels, so the PDF stage
// can be built and tested against the IChart seam. The constructor keeps the data checks.
public sealed class LocatorMap : PlaceholderChart
{
    private readonly GeoCountry country;
    private readonly GeoWorld world;
    private readonly IReadOnlyList<MapPlace> places;
    private readonly IReadOnlyList<MapDistance> distances;

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
            if (p.Kind is { Length: > 0 } kind && kind is not ("town" or "capital" or "area"))
                throw new ArgumentException($"{what}: unknown place kind '{kind}' (use town, capital or area)", nameof(places));
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

    protected override double Aspect => 0.7;

    public override IEnumerable<string> Texts => places.Select(p => p.Name).Concat(distances.Select(d => d.Label)).Append(country.Name);
}
