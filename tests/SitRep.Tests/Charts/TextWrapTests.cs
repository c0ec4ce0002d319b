using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class TextWrapTests
{
    private static readonly ChartFont Font = ChartStyle.Default.Regular;

    [Fact]
    public void Short_text_stays_on_one_line()
    {
        Assert.Equal(new[] { "Kidal city population" }, TextWrap.Wrap("Kidal city population", Font, 200, 2));
    }

    [Fact]
    public void Long_text_wraps_to_the_line_limit_and_ends_in_an_ellipsis()
    {
        const string text = "Internally displaced people sheltering in schools, mosques and host families across the Kidal region";
        var lines = TextWrap.Wrap(text, Font, 90, 2);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(Font.Width(l) <= 90 + 1e-6, $"'{l}' is wider than 90 pt"));
        Assert.EndsWith(TextWrap.Ellipsis, lines[1]);
        Assert.StartsWith("Internally", lines[0]);
    }

    [Fact]
    public void A_single_overlong_word_is_cut()
    {
        var lines = TextWrap.Wrap("Supercalifragilisticexpialidocious", Font, 40, 2);
        Assert.Single(lines);
        Assert.EndsWith(TextWrap.Ellipsis, lines[0]);
        Assert.True(Font.Width(lines[0]) <= 40);
    }
}
