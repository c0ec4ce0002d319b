using SkiaSharp;

namespace SitRep.Theming;

/// <summary>
/// A logo as the PDF stage can draw it: any PNG or JPEG Skia decodes. A PNG that is not 8 bits per
/// channel (a 16-bit PNG, say) is re-encoded as an 8-bit PNG, so it is drawn rather than refused.
/// </summary>
public static class LogoImage
{
    public const int MaxPixels = 40_000_000;

    /// <summary>The bytes to draw, or null with <paramref name="problem"/> saying why the image cannot be used.</summary>
    public static byte[]? Prepare(byte[] bytes, out string problem)
    {
        problem = "";
        var png = bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G';
        var jpeg = bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8;
        if (!png && !jpeg)
        {
            problem = "the logo must be a PNG or JPEG file";
            return null;
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            problem = $"the logo cannot be decoded: the {(png ? "PNG" : "JPEG")} file is damaged or cut short";
            return null;
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            problem = $"the logo is {codec.Info.Width} × {codec.Info.Height} pixels; at most {MaxPixels / 1_000_000} million pixels";
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput) || result == SKCodecResult.IncompleteInput)
        {
            problem = $"the logo cannot be decoded: the {(png ? "PNG" : "JPEG")} file is damaged or cut short";
            return null;
        }

        if (jpeg || (png && bytes.Length > 24 && bytes[24] == 8))
            return bytes;
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }
}
