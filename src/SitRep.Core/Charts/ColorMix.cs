using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>Opaque colour blending, so tints need no PDF transparency.</summary>
internal static class ColorMix
{
    /// <summary>Mixes <paramref name="a"/> toward <paramref name="b"/> by <paramref name="t"/> (0 = a, 1 = b).</summary>
    public static XColor Mix(XColor a, XColor b, double t) => XColor.FromArgb(
        Channel(a.R, b.R, t), Channel(a.G, b.G, t), Channel(a.B, b.B, t));

    public static XColor Tint(XColor c, double whiteShare) => Mix(c, XColors.White, whiteShare);

    /// <summary>Relative luminance (0 dark … 1 light), for choosing text colour on a fill.</summary>
    public static double Luminance(XColor c) => (0.2126 * c.R + 0.7152 * c.G + 0.0722 * c.B) / 255.0;

    private static int Channel(byte x, byte y, double t) => (int)Math.Round(x + (y - x) * Math.Clamp(t, 0, 1));
}
