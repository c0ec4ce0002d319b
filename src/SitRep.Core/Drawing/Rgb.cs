using System.Globalization;

namespace SitRep.Drawing;

/// <summary>An opaque sRGB colour, the only colour type outside the PDF and chart stages.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb White => new(0xff, 0xff, 0xff);

    public static Rgb Black => new(0, 0, 0);

    public static Rgb FromHex(int rgb) => new((byte)((rgb >> 16) & 0xff), (byte)((rgb >> 8) & 0xff), (byte)(rgb & 0xff));

    /// <summary>Parses <c>#rrggbb</c> or <c>#rgb</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out Rgb colour)
    {
        colour = default;
        if (text is null || text.Length is not (4 or 7) || text[0] != '#')
            return false;
        var digits = text.Length == 4 ? string.Concat(text[1], text[1], text[2], text[2], text[3], text[3]) : text[1..];
        if (!int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            return false;
        colour = FromHex(value);
        return true;
    }

    /// <summary>Mixes this colour with <paramref name="other"/>; 0 keeps this one, 1 gives the other.</summary>
    public Rgb Mix(Rgb other, double amount) => new(
        (byte)Math.Round(R + (other.R - R) * amount),
        (byte)Math.Round(G + (other.G - G) * amount),
        (byte)Math.Round(B + (other.B - B) * amount));

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
