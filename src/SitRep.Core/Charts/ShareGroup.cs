namespace SitRep.Charts;

/// <summary>
/// A part of a total, both named by the data: <see cref="Label"/> says what the part is
/// ("Hospitals still working"), <see cref="TotalLabel"/> what it is a share of ("Hospitals before the war").
/// </summary>
public sealed record ShareGroup(string Label, double Part, string TotalLabel, double Total, bool Approximate);
