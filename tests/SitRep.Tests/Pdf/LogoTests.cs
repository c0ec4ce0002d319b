using SitRep.Tests.Templates;
using SkiaSharp;

namespace SitRep.Tests.Pdf;

/// <summary>A template's logo is decoded by Skia; one it cannot decode is the template's error, naming the file.</summary>
[Collection(TemplateCollection.Name)]
public sealed class LogoTests
{
    [Fact]
    public void A_logo_that_cannot_be_decoded_is_an_error_naming_the_file()
    {
        using var template = new TemplateFolder("# Brief\n", ("theme.yaml", "logo: logo.png\n"));
        File.WriteAllBytes(Path.Combine(template.Root, "logo.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8]);
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.EndsWith("logo.png", error.Location.File);
        Assert.Contains("cannot be decoded", error.Message);
    }

    [Fact]
    public void A_valid_logo_is_drawn_on_the_first_page()
    {
        using var template = new TemplateFolder("# Brief\n\nText.\n", ("theme.yaml", "logo: logo.png\n"));
        using (var bitmap = new SKBitmap(40, 16))
        {
            bitmap.Erase(new SKColor(0x0b, 0x4f, 0x71));
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(template.Root, "logo.png"), png.ToArray());
        }

        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "brief.pdf");
        TemplateTestSupport.Build(template.Root, pdf);
        var images = TemplateTestSupport.Run("pdfimages", "-list", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        var image = Assert.Single(images);
        Assert.StartsWith("1 ", image.TrimStart());
    }
}
