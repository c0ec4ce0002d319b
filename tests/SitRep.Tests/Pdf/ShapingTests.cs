using SitRep.Layout;
using SitRep.Pdf;

namespace SitRep.Tests.Pdf;

/// <summary>Text is shaped by HarfBuzz in the embedded fonts: kerning, ligatures, and Greek and Cyrillic glyphs.</summary>
public sealed class ShapingTests : IDisposable
{
    private readonly BriefFonts fonts = new();
    private readonly HarfBuzzShaper shaper;

    public ShapingTests() => shaper = new HarfBuzzShaper(fonts);

    public void Dispose() => fonts.Dispose();

    [Theory]
    [InlineData(BriefFonts.Sans)]
    [InlineData(BriefFonts.Serif)]
    public void Kerning_makes_AVA_narrower_than_its_letters_side_by_side(string family)
    {
        var font = new FontSpec(family, 12);
        var shaped = Width("AVA", font);
        var unshaped = Width("A", font) + Width("V", font) + Width("A", font);
        Assert.True(shaped < unshaped - 0.5, $"AVA shaped {shaped:0.00} pt, letters {unshaped:0.00} pt");
    }

    [Fact]
    public void The_serif_font_draws_fi_as_one_ligature_glyph_that_stands_for_two_characters()
    {
        var text = shaper.Shape(Run("fighters", new FontSpec(BriefFonts.Serif, 9.5)));
        Assert.Equal(7, text.Glyphs.Length);
        Assert.Equal([0, 2, 3, 4, 5, 6, 7], text.Clusters);
    }

    [Fact]
    public void Widths_are_not_rounded_to_whole_points()
    {
        var width = Width("Goïta", new FontSpec(BriefFonts.Sans, 12));
        Assert.NotEqual(Math.Round(width), width, 3);
    }

    [Theory]
    [InlineData("Αθήνα και Θεσσαλονίκη", "Grek")]
    [InlineData("Москва и Київ", "Cyrl")]
    [InlineData("Ménaka, Anéfis", "Latn")]
    public void Greek_Cyrillic_and_Latin_runs_get_their_script_and_real_glyphs(string text, string script)
    {
        var run = Run(text, new FontSpec(BriefFonts.Serif, 10));
        Assert.Equal(script, run.Script);
        var shaped = shaper.Shape(run);
        Assert.DoesNotContain((ushort)0, shaped.Glyphs);
        Assert.True(shaped.Advance > 0);
    }

    [Fact]
    public void The_layout_measures_exactly_what_the_shaper_draws()
    {
        var font = new FontSpec(BriefFonts.Serif, 9.5, Bold: true);
        var measurer = new TextMeasurer(shaper, "en");
        var shaped = shaper.Shape(Run("Wagner's", font));
        Assert.Equal(shaped.Advances.Sum() * font.Size / shaped.Face.UnitsPerEm, measurer.Width("Wagner's", font), 9);
    }

    private double Width(string text, FontSpec font) => shaper.Width(Run(text, font));

    private static ShapingRun Run(string text, FontSpec font) => new(text, font, SitRep.Text.ScriptRuns.Split(text)[0].ScriptTag, TextDirection.LeftToRight, "en");
}
