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
