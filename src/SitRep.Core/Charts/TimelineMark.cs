namespace SitRep.Charts;

/// <summary>How much of a <see cref="TimelineMark.Date"/> is known: for Month and Year the rest is ignored.</summary>
public enum DatePrecision { Day, Month, Year }

/// <summary>An event on a timeline. A disputed mark is one whose date sources disagree on.</summary>
public sealed record TimelineMark(DateOnly Date, DatePrecision Precision, string Label, bool Disputed);
