namespace SitRep.Charts;

/// <summary>Argument checks shared by chart constructors; messages name the offending item.</summary>
internal static class Guard
{
    public static void NotEmpty<T>(IReadOnlyList<T>? items, string paramName, string what)
    {
        if (items is null)
            throw new ArgumentNullException(paramName, $"{what}: the list is null");
        if (items.Count == 0)
            throw new ArgumentException($"{what}: at least one item is required, got none", paramName);
    }

    /// <summary>A chart of more than <paramref name="max"/> items is refused (<see cref="ChartBounds"/>).</summary>
    public static void AtMost<T>(IReadOnlyList<T> items, int max, string paramName, string what)
    {
        if (items.Count > max)
            throw new ArgumentException($"{what}: {items.Count:N0} given; at most {max:N0} can be drawn in one chart", paramName);
    }

    public static void NonNegative(double value, string paramName, string what)
    {
        if (double.IsNaN(value))
            throw new ArgumentException($"{what} is NaN; a number is required", paramName);
        if (double.IsInfinity(value))
            throw new ArgumentException($"{what} is infinite; a finite number is required", paramName);
        if (value < 0)
            throw new ArgumentException($"{what} is negative ({value}); values must be zero or more", paramName);
    }

    public static void Text(string? text, string paramName, string what)
    {
        if (text is null)
            throw new ArgumentNullException(paramName, $"{what} is null");
    }
}
