using System.Text;

namespace SitRep.Text;

/// <summary>The scripts a brief is set in; <see cref="Other"/> is any other script, which the shaper then guesses.</summary>
public enum Script
{
    /// <summary>Digits, punctuation, spaces and symbols, shared by all scripts.</summary>
    Common,

    /// <summary>Combining marks and joiners, which take the script of the letter they follow.</summary>
    Inherited,
    Latin,
    Greek,
    Cyrillic,
    Arabic,
    Hebrew,
    Tifinagh,
    Other,
}

public static class Scripts
{
    /// <summary>The ISO 15924 tag a shaper takes ("Latn", "Arab"); "Zyyy", "Zinh" and "Zzzz" for common, inherited and unknown.</summary>
    public static string Tag(Script script) => script switch
    {
        Script.Latin => "Latn",
        Script.Greek => "Grek",
        Script.Cyrillic => "Cyrl",
        Script.Arabic => "Arab",
        Script.Hebrew => "Hebr",
        Script.Tifinagh => "Tfng",
        Script.Common => "Zyyy",
        Script.Inherited => "Zinh",
        _ => "Zzzz",
    };

    /// <summary>The Script property of a code point for the scripts above (Unicode Scripts.txt, hand-kept ranges).</summary>
    public static Script Of(int c)
    {
        if (!Rune.IsValid(c))
            return Script.Common;
        if (c < 0x80)
            return c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? Script.Latin : Script.Common;
        return c switch
        {
            0xAA or 0xBA or >= 0xC0 and <= 0xD6 or >= 0xD8 and <= 0xF6 or >= 0xF8 and <= 0x2B8 => Script.Latin,
            >= 0x2B9 and <= 0x2FF => Script.Common,
            >= 0x300 and <= 0x36F or 0x485 or 0x486 or >= 0x64B and <= 0x655 or 0x670 => Script.Inherited,
            >= 0x370 and <= 0x3E1 or >= 0x3F0 and <= 0x3FF => c is 0x374 or 0x37E or 0x385 or 0x387 ? Script.Common : Script.Greek,
            >= 0x400 and <= 0x52F => Script.Cyrillic,
            >= 0x591 and <= 0x5F4 or >= 0xFB1D and <= 0xFB4F => Script.Hebrew,
            0x605 or 0x60C or 0x61B or 0x61F or 0x640 or 0x6DD or 0x8E2 => Script.Common,
            >= 0x600 and <= 0x6FF or >= 0x750 and <= 0x77F or >= 0x870 and <= 0x8FF => Script.Arabic,
            >= 0xFD3E and <= 0xFD3F => Script.Common,
            >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFC or >= 0x1EE00 and <= 0x1EEFF => Script.Arabic,
            >= 0x1AB0 and <= 0x1AFF or >= 0x1DC0 and <= 0x1DFF or 0x200C or 0x200D or >= 0x20D0 and <= 0x20F0 => Script.Inherited,
            >= 0xFE00 and <= 0xFE0F or >= 0xFE20 and <= 0xFE2D or >= 0xE0100 and <= 0xE01EF => Script.Inherited,
            >= 0x1C80 and <= 0x1C88 or 0x1D2B or >= 0x2DE0 and <= 0x2DFF or >= 0xA640 and <= 0xA69F => Script.Cyrillic,
            >= 0x1D26 and <= 0x1D2A or >= 0x1F00 and <= 0x1FFE or 0x2126 or 0xAB65 => c is 0x1FBD or >= 0x1FBF and <= 0x1FC1 or >= 0x1FCD and <= 0x1FCF or >= 0x1FDD and <= 0x1FDF or >= 0x1FED and <= 0x1FEF or 0x1FFD or 0x1FFE ? Script.Common : Script.Greek,
            >= 0x1D00 and <= 0x1D25 or >= 0x1D2C and <= 0x1D5C or >= 0x1D62 and <= 0x1D65 or >= 0x1D6B and <= 0x1D77 or >= 0x1D79 and <= 0x1DBE => Script.Latin,
            >= 0x1E00 and <= 0x1EFF or 0x2071 or 0x207F or >= 0x2090 and <= 0x209C or 0x212A or 0x212B or 0x2132 or 0x214E => Script.Latin,
            >= 0x2160 and <= 0x2188 or >= 0x2C60 and <= 0x2C7F or >= 0xA722 and <= 0xA787 or >= 0xA78B and <= 0xA7FF => Script.Latin,
            >= 0xAB30 and <= 0xAB5A or >= 0xAB5C and <= 0xAB64 or >= 0xFB00 and <= 0xFB06 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A => Script.Latin,
            >= 0x2D30 and <= 0x2D67 or 0x2D6F or 0x2D70 or 0x2D7F => Script.Tifinagh,
            _ => Rune.IsLetter(new Rune(c)) || Rune.GetUnicodeCategory(new Rune(c)) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                ? Script.Other
                : Script.Common,
        };
    }

    /// <summary>Characters drawn with no glyph (joiners, direction marks, variation selectors, soft hyphen): never "missing" from a font.</summary>
    public static bool IsDefaultIgnorable(int c) =>
        c is 0xAD or 0x34F or 0x61C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or >= 0x180B and <= 0x180F
            or >= 0x200B and <= 0x200F or >= 0x202A and <= 0x202E or >= 0x2060 and <= 0x206F
            or >= 0xFE00 and <= 0xFE0F or 0xFEFF or >= 0xE0000 and <= 0xE0FFF;
}
