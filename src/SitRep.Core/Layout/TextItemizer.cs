using System.Globalization;
using System.Text;

namespace SitRep.Layout;

/// <summary>
/// Splits text in one font into shaping runs. Today every run is left to right and takes the script of its
/// first letter (Latin, Greek, Cyrillic); bidi and right-to-left scripts split here, without touching callers.
/// </summary>
internal static class TextItemizer
{
    public static ShapingRun Single(string text, FontSpec font, string language) =>
        new(text, font, ScriptOf(text), TextDirection.LeftToRight, language);

    private static string ScriptOf(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
                continue;
            return rune.Value switch
            {
                >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF => "Grek",
                >= 0x0400 and <= 0x052F or >= 0x2DE0 and <= 0x2DFF or >= 0xA640 and <= 0xA69F => "Cyrl",
                _ => "Latn",
            };
        }

        return "Latn";
    }

    /// <summary>The language tag a shaper expects ("en", "fr"); an empty or odd tag becomes "und".</summary>
    public static string Language(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? "und" : tag.Trim().ToLower(CultureInfo.InvariantCulture);
}
