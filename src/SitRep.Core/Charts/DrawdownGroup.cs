namespace SitRep.Charts;

/// <summary>A group being withdrawn: how many of <see cref="Total"/> have <see cref="Departed"/>.</summary>
public sealed record DrawdownGroup(string Label, double Departed, double Total, bool Approximate);
