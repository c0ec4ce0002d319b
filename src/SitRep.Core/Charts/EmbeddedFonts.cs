using SkiaSharp;

namespace SitRep.Charts;

/// <summary>The Noto Sans faces embedded in SitRep.Core, used to measure charts before a page exists.</summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<ChartFonts> SansFonts = new(() => new ChartFonts(
        Load("NotoSans-Regular.ttf"), Load("NotoSans-Bold.ttf"), Load("NotoSans-Italic.ttf")));

    public static ChartFonts Sans => SansFonts.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream("fonts/" + file)
            ?? throw new InvalidOperationException($"embedded font '{file}' is missing from SitRep.Core");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"embedded font '{file}' cannot be read");
    }
}
