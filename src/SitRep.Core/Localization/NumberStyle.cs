namespace SitRep.Localization;

/// <summary>How a language separates groups of thousands and decimals, and writes a percentage ("{number}%").</summary>
public sealed record NumberStyle(string Group, string Decimal, string Percent);
