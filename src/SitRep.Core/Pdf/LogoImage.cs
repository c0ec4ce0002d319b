using SitRep.Diagnostics;
using SkiaSharp;

namespace SitRep.Pdf;

/// <summary>Decodes a template's logo (PNG or JPEG) with Skia; a file it cannot decode is the template's error.</summary>
public static class LogoImage
{
    /// <summary>Throws an input error naming <paramref name="display"/> when the bytes are not an image Skia can decode.</summary>
    public static void Check(byte[] bytes, string display)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        using var bitmap = codec is null ? null : SKBitmap.Decode(codec);
        if (bitmap is null || bitmap.Width == 0 || bitmap.Height == 0)
            throw new InputException(SourceLocation.Of(display), "the logo cannot be decoded; give a valid PNG or JPEG file", "template");
    }

    internal static SKImage Decode(byte[] bytes) =>
        SKImage.FromEncodedData(bytes) ?? throw new InvalidOperationException("the logo was checked but cannot be decoded");
}
