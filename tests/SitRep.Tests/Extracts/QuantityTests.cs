using SitRep.Extracts;

namespace SitRep.Tests.Extracts;

/// <summary>Every form of quantity a crisis report needs: checked against its evidence and printed as the source says it.</summary>
public sealed class QuantityTests : IDisposable
{
    private readonly TinySituation tiny = new();

    public void Dispose() => tiny.Dispose();

    private Figure Clean(string id, string lines)
    {
        tiny.Figure(id, lines);
        var (situation, findings) = tiny.Check();
        Assert.DoesNotContain(findings, d => d.Severity != Diagnostics.Severity.Info);
        return Assert.Single(situation.Figures);
    }

    [Fact]
    public void One_point_two_million_is_a_value_with_a_scale()
    {
        var figure = Clean("affected", """
            value: 1.2
            scale: million
            qualifier: about
            unit: people
            evidence: "About 1.2 million people are affected"
            """);
        Assert.Equal(1_200_000, figure.Amount);
        Assert.Equal("about 1.2 million people", QuantityText.Format(figure));
    }

    [Fact]
    public void One_point_two_without_its_scale_is_an_error_that_names_the_scale()
    {
        tiny.Figure("affected", """
            value: 1.2
            qualifier: about
            unit: people
            evidence: "About 1.2 million people are affected"
            """);
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("add 'scale: million'", error.Message);
        Assert.EndsWith("figures.yaml", error.Location.File);
        Assert.Equal(6, error.Location.Line);
    }

    [Fact]
    public void The_full_number_for_a_scaled_source_passes_but_is_told_to_write_the_scale()
    {
        tiny.Figure("affected", """
            value: 1200000
            qualifier: about
            unit: people
            evidence: "About 1.2 million people are affected"
            """);
        var warning = Assert.Single(tiny.Problems());
        Assert.Contains("write value: 1.2 and scale: million", warning.Message);
    }

    [Theory]
    [InlineData("per cent", "40 per cent of schools", 40, "40 per cent")]
    [InlineData("%", "Up to 25 % of wells", 25, "up to 25 %")]
    public void Per_cent_keeps_its_unit(string unit, string evidence, double value, string printed)
    {
        var qualifier = printed.StartsWith("up to", StringComparison.Ordinal) ? "up_to" : "exact";
        var figure = Clean("share", $"""
            value: {value}
            qualifier: {qualifier}
            unit: "{unit}"
            evidence: "{evidence}"
            """);
        Assert.Equal(printed, QuantityText.Format(figure));
    }

    [Fact]
    public void At_least_is_a_lower_bound_not_an_estimate()
    {
        var figure = Clean("killed", """
            value: 782
            qualifier: at_least
            unit: killed
            basis: reported
            evidence: "killed at least 782 people"
            """);
        Assert.False(figure.Approximate);
        Assert.Equal("at least 782 killed", QuantityText.Format(figure));
        Assert.Equal("at least 782 killed (reported)", QuantityText.WithBasis(figure));
    }

    [Fact]
    public void At_least_written_as_approximate_is_told_the_right_qualifier()
    {
        tiny.Figure("killed", """
            value: 782
            approximate: true
            unit: killed
            evidence: "killed at least 782 people"
            """);
        var warning = Assert.Single(tiny.Problems());
        Assert.Contains("the source says 'at least 782'", warning.Message);
        Assert.Contains("set 'qualifier: at_least' (not 'about')", warning.Message);
    }

    [Fact]
    public void An_exact_figure_whose_source_hedges_is_a_warning()
    {
        tiny.Figure("left", """
            value: 600000
            unit: people
            evidence: "more than 600,000 have left their homes"
            """);
        var warning = Assert.Single(tiny.Problems());
        Assert.Contains("set 'qualifier: more_than'", warning.Message);
    }

    [Fact]
    public void More_than_prints_as_more_than()
    {
        var figure = Clean("left", """
            value: 600000
            qualifier: more_than
            unit: people
            evidence: "more than 600,000 have left their homes"
            """);
        Assert.Equal("more than 600,000 people", QuantityText.Format(figure));
    }

    [Fact]
    public void Between_is_a_range_and_both_ends_are_checked()
    {
        var figure = Clean("houses", """
            range: [200, 300]
            qualifier: between
            unit: houses
            evidence: "Between 200 and 300 houses collapsed"
            """);
        Assert.Equal("between 200 and 300 houses", QuantityText.Format(figure));
        Assert.Equal("200–300", QuantityText.Number(figure));

        tiny.Figure("houses", """
            range: [200, 350]
            unit: houses
            evidence: "Between 200 and 300 houses collapsed"
            """);
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("the high end 350 is not in its evidence", error.Message);
    }

    [Fact]
    public void Numbers_in_words_are_checked()
    {
        var figure = Clean("hospitals", """
            value: 3
            unit: hospitals
            evidence: "Three hospitals are closed."
            """);
        Assert.Equal("3 hospitals", QuantityText.Format(figure));

        tiny.Figure("hospitals", """
            value: 4
            unit: hospitals
            evidence: "Three hospitals are closed."
            """);
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("is 4 but its evidence says 3", error.Message);
    }

    [Fact]
    public void Money_prints_its_currency_and_scale()
    {
        var figure = Clean("appeal", """
            value: 4.1
            scale: billion
            currency: US$
            evidence: "The appeal seeks US$ 4.1 billion"
            """);
        Assert.Equal("US$ 4.1 billion", QuantityText.Format(figure));
        Assert.Equal(4.1e9, figure.Amount);
    }

    [Fact]
    public void Number_words_and_scale_words_are_found_in_text()
    {
        var numbers = NumberEvidence.Find("twelve thousand people, two million more, at least 5bn and US$ 3 m");
        Assert.Equal([(12, "thousand"), (2, "million"), (5, "billion"), (3, "million")], numbers.Select(n => (n.Value, n.Scale!)).ToList());
        Assert.Equal("at_least", numbers[2].Qualifier);
        Assert.Null(NumberEvidence.Find("a wall 5 m high").Single().Scale);
    }

    [Fact]
    public void An_unknown_qualifier_gets_a_suggestion()
    {
        tiny.Figure("killed", """
            value: 782
            qualifier: atleast
            unit: killed
            evidence: "killed at least 782 people"
            """);
        Assert.Contains(tiny.Errors(), e => e.Message.Contains("'atleast' is not a valid qualifier", StringComparison.Ordinal) && e.Message.Contains("did you mean 'at_least'", StringComparison.Ordinal));
    }
}
