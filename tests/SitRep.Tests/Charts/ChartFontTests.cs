using System.Text.RegularExpressions;
using SitRep.Charts;
using SitRep.Tests.Support;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class ChartFontTests
{
    [Theory]
    [InlineData("Goïta")]
    [InlineData("AVA 1,500 km")]
    [InlineData("Ménaka — Côte d'Ivoire…")]
    public void Widths_are_the_advances_HarfBuzz_shapes(string text)
    {
        var bytes = SitRep.Text.EmbeddedFonts.Face(SitRep.Text.EmbeddedFonts.NotoSans)!.Value.ToArray();
        using var blob = HarfBuzzSharp.Blob.FromStream(new MemoryStream(bytes));
        using var face = new HarfBuzzSharp.Face(blob, 0);
        using var font = new HarfBuzzSharp.Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var expected = buffer.GlyphPositions.Sum(p => p.XAdvance) * 7.5 / face.UnitsPerEm;
        Assert.Equal(expected, ChartFont.Of(ChartPdf.Fonts.Regular, 7.5).Width(text), 6);
    }

    [Fact]
    public void No_chart_names_a_situation()
    {
        // Words of the seeded situation that would betray code written for it.
        string[] words = ["Kidal", "Mali", "MINUSMA", "Tessalit", "Anéfis", "Wagner", "Algerian", "466", "departed"];
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "SitRep.Core", "Charts"), "*.cs")
            .Append(Path.Combine(RepoPaths.Root, "src", "SitRep.Core", "Pipeline", "ChartFactory.cs"));
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (var word in words)
                Assert.False(Regex.IsMatch(text, $@"\b{word}\b", RegexOptions.IgnoreCase), $"{Path.GetFileName(file)} names '{word}'");
        }
    }
}
