using SkiaSharp;

namespace SitRep.Charts;

/// <summary>The Noto Sans faces embedded in SitRep.Core, used to measure charts before a page exists.</summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<ChartFonts> SansFonts = new(() => new ChartFonts(
        Load(false, false), Load(true, false), Load(false, true)));

    public static ChartFonts Sans => SansFonts.Value;

    private static unsafe SKTypeface Load(bool bold, bool italic)
    {
        var bytes = Text.EmbeddedFonts.Face(Text.EmbeddedFonts.NotoSans, bold, italic)
            ?? throw new InvalidOperationException("the embedded Noto Sans is missing from SitRep.Core");
        // The bytes live as long as the process (Text.EmbeddedFonts keeps them), so Skia may read them in place.
        var handle = bytes.Pin();
        using var data = SKData.Create((IntPtr)handle.Pointer, bytes.Length);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("the embedded Noto Sans cannot be read");
    }
}
