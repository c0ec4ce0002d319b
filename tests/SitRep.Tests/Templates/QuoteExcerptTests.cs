using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Templates;

public sealed class QuoteExcerptTests
{
    private const string Mariko = "Because the ceasefire is absolutely necessary (...) it is a war that takes us away from the strategic political goals of unity nationally, the stability of the state and democracy. The carnage that will follow, whether on the military forces or mainly on civilians, only distances us from a complete solution to the war situation (...) and the insecurity that Mali is currently experiencing. The ceasefire is a must.";

    [Fact]
    public void A_quote_that_fits_is_left_as_it_is()
    {
        Assert.Equal(Mariko, QuoteExcerpt.Shorten(Mariko, Mariko.Length));
    }

    [Fact]
    public void Middle_sentences_are_dropped_and_the_cut_is_marked()
    {
        var excerpt = QuoteExcerpt.Shorten(Mariko, 220);
        Assert.Equal("Because the ceasefire is absolutely necessary (...) it is a war that takes us away from the strategic political goals of unity nationally, the stability of the state and democracy. (...) The ceasefire is a must.", excerpt);
    }

    [Fact]
    public void An_elision_inside_a_sentence_is_not_a_sentence_boundary()
    {
        var sentences = QuoteExcerpt.Sentences(Mariko);
        Assert.Equal(3, sentences.Count);
        Assert.StartsWith("Because the ceasefire", sentences[0].Sentence);
    }

    [Fact]
    public void An_elision_before_a_capital_is_a_sentence_boundary_and_is_kept()
    {
        const string ba = "The CSP rebels withdrew to the Tinzaouatine area bordering Algeria and to the Timetrine region with the mountains (...) The CSP movements could find a modus operandi with the Jnim because they still have bridges to try to resist and retake the city of Kidal.";
        var sentences = QuoteExcerpt.Sentences(ba);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(ba, QuoteExcerpt.Shorten(ba, 400));
        Assert.Equal("The CSP rebels withdrew to the Tinzaouatine area bordering Algeria and to the Timetrine region with the mountains (...)", QuoteExcerpt.Shorten(ba, 120));
    }

    [Fact]
    public void A_long_first_sentence_is_never_cut_inside()
    {
        var excerpt = QuoteExcerpt.Shorten(Mariko, 10);
        Assert.StartsWith("Because the ceasefire is absolutely necessary (...) it is a war", excerpt);
        Assert.EndsWith("democracy. (...)", excerpt);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(120)]
    [InlineData(200)]
    [InlineData(300)]
    [InlineData(380)]
    public void Every_word_kept_is_the_speaker_s_in_order(int max)
    {
        var excerpt = QuoteExcerpt.Shorten(Mariko, max);
        var position = 0;
        foreach (var piece in excerpt.Split(QuoteExcerpt.Ellipsis, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = Mariko.IndexOf(piece, position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{piece}' is not in the original after position {position}");
            position = at + piece.Length;
        }
    }
}
