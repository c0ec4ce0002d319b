namespace SitRep.Charts;

/// <summary>A place on a locator map. <see cref="Kind"/> is "capital", "town" or "area".</summary>
public sealed record MapPlace(string Id, string Name, double Lat, double Lon, string Kind, bool IsFocus);

/// <summary>A distance from the focus place to <see cref="PlaceId"/>, drawn as a dashed line with <see cref="Label"/> (e.g. "about 110 km").</summary>
public sealed record MapDistance(string PlaceId, string Label);
