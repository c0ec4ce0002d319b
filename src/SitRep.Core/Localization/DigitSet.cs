namespace SitRep.Localization;

/// <summary>The digits numbers and dates are written with.</summary>
public enum DigitSet
{
    /// <summary>0123456789</summary>
    Western,

    /// <summary>٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669), as in most Arabic-speaking countries east of Libya.</summary>
    ArabicIndic,

    /// <summary>۰۱۲۳۴۵۶۷۸۹ (U+06F0–U+06F9), as in Persian and Urdu.</summary>
    ExtendedArabicIndic,
}

public static class DigitSets
{
    /// <summary>The names a locale file or a theme uses: western, arabic-indic, extended-arabic-indic.</summary>
    public static bool TryParse(string? name, out DigitSet digits)
    {
        (var found, digits) = name?.Trim().ToLowerInvariant() switch
        {
            "western" or "latin" => (true, DigitSet.Western),
            "arabic-indic" or "arabic" => (true, DigitSet.ArabicIndic),
            "extended-arabic-indic" or "persian" => (true, DigitSet.ExtendedArabicIndic),
            _ => (false, DigitSet.Western),
        };
        return found;
    }

    /// <summary>Rewrites the ASCII digits of a text in the given set; every other character is kept.</summary>
    public static string Apply(string text, DigitSet digits)
    {
        if (digits == DigitSet.Western)
            return text;
        var zero = digits == DigitSet.ArabicIndic ? '\u0660' : '\u06F0';
        return string.Create(text.Length, (text, zero), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = c is >= '0' and <= '9' ? (char)(state.zero + (c - '0')) : c;
            }
        });
    }
}
