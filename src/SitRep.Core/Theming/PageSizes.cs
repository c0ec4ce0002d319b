using System.Globalization;
using System.Text.RegularExpressions;

namespace SitRep.Theming;

/// <summary>
/// The page sizes a theme may name (A3, A4, A5, Letter, Legal) or a custom size in millimetres
/// written "WIDTHxHEIGHTmm" (e.g. "170x240mm"); sizes are in points (1/72 inch).
/// </summary>
public static partial class PageSizes
{
    public const double PointsPerMillimetre = 72 / 25.4;
    public const double MinMillimetres = 90;
    public const double MaxMillimetres = 1000;

    private static readonly Dictionary<string, (double Width, double Height)> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A3"] = (841.89, 1190.551),
        ["A4"] = (595.276, 841.89),
        ["A5"] = (419.528, 595.276),
        ["Letter"] = (612.0, 792.0),
        ["Legal"] = (612.0, 1008.0),
    };

    public static IReadOnlyList<string> Names { get; } = ["A3", "A4", "A5", "Letter", "Legal"];

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*mm\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Custom();

    /// <summary>The size in points, or null with <paramref name="problem"/> saying why, in the author's words.</summary>
    public static (double Width, double Height)? Parse(string text, out string problem)
    {
        problem = "";
        if (Named.TryGetValue(text.Trim(), out var size))
            return size;
        if (Custom().Match(text) is { Success: true } custom)
        {
            var width = double.Parse(custom.Groups[1].Value, CultureInfo.InvariantCulture);
            var height = double.Parse(custom.Groups[2].Value, CultureInfo.InvariantCulture);
            if (width is >= MinMillimetres and <= MaxMillimetres && height is >= MinMillimetres and <= MaxMillimetres)
                return (width * PointsPerMillimetre, height * PointsPerMillimetre);
            problem = $"page size '{text}' is out of range: width and height must each be from {MinMillimetres} to {MaxMillimetres} mm";
            return null;
        }

        problem = $"unknown page size '{text}'; use {string.Join(", ", Names)} or a size in millimetres such as \"170x240mm\""
            + Extracts.YamlBinder.DidYouMean(text, Names);
        return null;
    }

    /// <summary>The size in points; the theme was checked when it was loaded, so an unknown size here is a bug.</summary>
    public static (double Width, double Height) Of(string text) =>
        Parse(text, out var problem) ?? throw new InvalidOperationException(problem);
}
