using SitRep.Layout;
using SitRep.Pdf;
using SitRep.Text;

namespace SitRep.Tests.Pdf;

/// <summary>Arabic shaped right to left in Noto Naskh Arabic: letters take their joined forms.</summary>
public sealed class ArabicShapingTests : IDisposable
{
    private readonly BriefFonts fonts = new();
    private readonly HarfBuzzShaper shaper;

    public ArabicShapingTests() => shaper = new HarfBuzzShaper(fonts);

    public void Dispose() => fonts.Dispose();

    private ShapedText Shape(string text) =>
        shaper.Shape(new ShapingRun(text, new FontSpec(EmbeddedFonts.NotoNaskhArabic, 10), "Arab", TextDirection.RightToLeft, "ar"));

    [Fact]
    public void Letters_inside_a_word_take_joined_forms_not_their_isolated_ones()
    {
        const string Word = "كيدال";
        var joined = Shape(Word);
        var isolated = Word.Select(c => Shape(c.ToString()).Glyphs.Single()).ToArray();
        // Right to left: the glyphs come in visual order, so the first glyph is the word's last letter.
        Assert.Equal(Word.Length, joined.Glyphs.Length);
        Assert.Equal(Enumerable.Range(0, Word.Length).Reverse(), joined.Clusters);
        var differing = Enumerable.Range(0, Word.Length).Count(i => joined.Glyphs[Word.Length - 1 - i] != isolated[i]);
        // ك initial, ي medial, د final: three forms; ا after د and ل after ا do not join.
        Assert.True(differing >= 3, $"only {differing} letters changed form");
    }

    [Fact]
    public void Lam_followed_by_alef_takes_the_lam_alef_form()
    {
        var pair = Shape("لا");
        var lam = Shape("ل").Glyphs.Single();
        var alef = Shape("ا").Glyphs.Single();
        Assert.NotEqual([alef, lam], pair.Glyphs);
        Assert.Equal("لا", pair.Text);
    }
}
