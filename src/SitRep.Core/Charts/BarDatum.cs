namespace SitRep.Charts;

/// <summary>One bar: a label, a non-negative value, and whether the value is an estimate (shown as "~").</summary>
public sealed record BarDatum(string Label, double Value, bool Approximate);
