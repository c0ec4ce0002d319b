using System.Text.RegularExpressions;
using SitRep.Charts;
using SitRep.Tests.Support;
using SkiaSharp;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class ChartFontTests
{
    [Theory]
    [InlineData("Goïta")]
    [InlineData("AVA 1,500 km")]
    [InlineData("Ménaka — Côte d'Ivoire…")]
    public void Widths_are_the_ones_Skia_measures_for_ScottPlot(string text)
    {
        var face = ChartPdf.Fonts.Regular;
        using var font = new SKFont(face, 7.5f) { Subpixel = true, Hinting = SKFontHinting.Slight };
        Assert.Equal(font.MeasureText(text), ChartFont.Of(face, 7.5).Width(text), 3);
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
