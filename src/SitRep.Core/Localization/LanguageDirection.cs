using SitRep.Text;

namespace SitRep.Localization;

/// <summary>
/// Which languages are written right to left, so a brief in Hebrew, Persian or Urdu is set right to left
/// even before SitRep has a locale file for it (its own words then stay English).
/// </summary>
public static class LanguageDirection
{
    private static readonly HashSet<string> RightToLeft = new(StringComparer.Ordinal)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "pa-arab", "ps", "sd", "ug", "ur", "yi",
    };

    /// <summary>The direction of a BCP 47 tag ("ar", "fa-IR", "ku-Arab"); left to right for anything unknown.</summary>
    public static Direction Of(string? language)
    {
        var tag = (language ?? "").Trim().ToLowerInvariant().Replace('_', '-');
        var parts = tag.Split('-');
        if (parts.Length > 1 && RightToLeft.Contains($"{parts[0]}-{parts[1]}"))
            return Direction.RightToLeft;
        if (parts.Contains("arab") || parts.Contains("hebr"))
            return Direction.RightToLeft;
        return RightToLeft.Contains(parts[0]) && !parts.Contains("latn") && !parts.Contains("cyrl")
            ? Direction.RightToLeft
            : Direction.LeftToRight;
    }
}
