namespace SitRep.Tests.Extracts;

/// <summary>Dates against sources and events; evidence from the wrong source; quote findings at the word that differs.</summary>
public sealed class DateAndEvidenceTests : IDisposable
{
    private readonly TinySituation tiny = new();

    public void Dispose() => tiny.Dispose();

    [Fact]
    public void A_figure_as_of_after_its_source_was_published_is_an_error()
    {
        tiny.Figure("displaced", """
            value: 500000
            unit: people
            as_of: 2025-05-03
            evidence: "The agency counts 500,000 people displaced"
            """, source: "agency");
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("is as of 3 May 2025, after its source 'agency' was published (2 May 2025)", error.Message);
        Assert.Equal(8, error.Location.Line);
    }

    [Fact]
    public void A_situation_as_of_before_the_events_it_reports_is_an_error()
    {
        tiny.Write("situation.yaml", File.ReadAllText(Path.Combine(tiny.Root, "situation.yaml")).Replace("as_of: 2025-05-04", "as_of: 2025-05-01", StringComparison.Ordinal));
        tiny.Write("timeline.yaml", """
            timeline:
              - { id: ev-toll, date: 2025-05-03, precision: day, text: "Officials give the toll.", source: news, evidence: "officials said on 3 May 2025" }
            """);
        var error = Assert.Single(tiny.Errors());
        Assert.EndsWith("situation.yaml", error.Location.File);
        Assert.Equal((4, 8), (error.Location.Line, error.Location.Column));
        Assert.Contains("as_of 1 May 2025 is earlier than event 'ev-toll' (3 May 2025", error.Message);
    }

    [Fact]
    public void Evidence_copied_from_another_source_names_the_source_it_is_in()
    {
        tiny.Figure("displaced", """
            value: 500000
            unit: people
            evidence: "The agency counts 500,000 people displaced"
            """, source: "news");
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("is not in source 'news': the passage is in source 'agency'", error.Message);
        Assert.Contains("agency.txt:1:1", error.Message);
    }

    [Fact]
    public void A_quote_that_differs_is_reported_at_the_word_that_differs()
    {
        tiny.Write("quotes.yaml", """
            quotes:
              - id: q-farmer
                speaker: "Amara Diallo-Nguyễn"
                role: farmer
                section: reaction
                text: "We have never seen water climb so fast in our village"
                source: news
            """);
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("the source has 'rise' where the evidence has 'climb'", error.Message);
        // Line 6 holds the text; "climb" starts at column 37, the opening quotation mark is at column 11.
        Assert.Equal((6, 37), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_quote_folded_over_lines_is_still_reported_at_the_word()
    {
        tiny.Write("quotes.yaml", """
            quotes:
              - id: q-farmer
                speaker: "Amara Diallo-Nguyễn"
                role: farmer
                text: >-
                  We have never seen water rise
                  so quickly in our village
                source: news
            """);
        var error = Assert.Single(tiny.Errors());
        Assert.Equal((7, 10), (error.Location.Line, error.Location.Column));
    }
}
