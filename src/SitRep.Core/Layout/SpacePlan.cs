namespace SitRep.Layout;

public enum SpacePlanKind
{
    /// <summary>Nothing fits in the space offered; try again on the next page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything that remains fits.</summary>
    Full,
}

/// <summary>The answer of a measure: how much of an element fits and how tall that part is.</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, double Height)
{
    public static SpacePlan Wrap => new(SpacePlanKind.Wrap, 0);

    public static SpacePlan Partial(double height) => new(SpacePlanKind.Partial, height);

    public static SpacePlan Full(double height) => new(SpacePlanKind.Full, height);
}
