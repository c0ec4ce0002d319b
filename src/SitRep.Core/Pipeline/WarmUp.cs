using SitRep.Charts;

namespace SitRep.Pipeline;

/// <summary>
/// One-time costs every build pays whatever its situation, started on another core while the first one reads the
/// situation: loading Skia's and HarfBuzz's native libraries and the world outlines of the locator map.
/// </summary>
public static class WarmUp
{
    public static Task Start() => Task.Run(static () =>
    {
        using (var buffer = new HarfBuzzSharp.Buffer())
            buffer.AddUtf16("a");
        using (var stream = new SkiaSharp.SKDynamicMemoryWStream())
            stream.Write8(0);
        _ = GeoWorld.Default.Countries.Count;
    });
}
