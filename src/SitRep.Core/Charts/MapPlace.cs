namespace SitRep.Charts;

/// <summary>
/// A place on a locator map. <see cref="Kind"/> is "capital", "town" or "area". <see cref="LocalName"/>, when given,
/// is its name in another script (Arabic, Tifinagh), set after <see cref="Name"/> or on a line of its own.
/// </summary>
public sealed record MapPlace(string Id, string Name, double Lat, double Lon, string Kind, bool IsFocus, string? LocalName = null)
{
    /// <summary>The label's texts: the name, then the local name if there is one.</summary>
    public IReadOnlyList<string> Names => string.IsNullOrWhiteSpace(LocalName) ? [Name] : [Name, LocalName.Trim()];
}

/// <summary>A distance from the focus place to <see cref="PlaceId"/>, drawn as a dashed line with <see cref="Label"/> (e.g. "about 110 km").</summary>
public sealed record MapDistance(string PlaceId, string Label);
