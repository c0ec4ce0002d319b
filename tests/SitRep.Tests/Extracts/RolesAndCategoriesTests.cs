using SitRep.Extracts;

namespace SitRep.Tests.Extracts;

/// <summary>Actor categories for any crisis, a situation's own categories, and the roles templates choose content by.</summary>
public sealed class RolesAndCategoriesTests : IDisposable
{
    private readonly TinySituation tiny = new();

    public void Dispose() => tiny.Dispose();

    private void Actor(string category) => tiny.Write("actors.yaml", $"""
        actors:
          - id: someone
            name: "Someone"
            category: {category}
            source: agency
            evidence: "The agency counts 500,000 people displaced"
        """);

    [Theory]
    [InlineData("paramilitary")]
    [InlineData("militia")]
    [InlineData("armed-group")]
    [InlineData("un")]
    [InlineData("ngo")]
    [InlineData("donor")]
    [InlineData("government")]
    public void The_default_categories_cover_more_than_one_crisis(string category)
    {
        Actor(category);
        Assert.Empty(tiny.Errors());
    }

    [Fact]
    public void Default_categories_have_headings()
    {
        var (situation, _) = tiny.Check();
        Assert.Equal("UN agencies and missions", situation.CategoryHeading("un"));
        Assert.Equal("Non-governmental organisations", situation.CategoryHeading("ngo"));
        Assert.Equal("Donors", situation.CategoryHeading("donor"));
    }

    [Fact]
    public void A_category_of_the_previous_schema_names_its_replacement()
    {
        Actor("coalition");
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("write 'armed-group'", error.Message);
        Assert.EndsWith("actors.yaml", error.Location.File);
        Assert.Equal((4, 15), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_situation_declares_its_own_categories_with_headings()
    {
        File.AppendAllText(Path.Combine(tiny.Root, "situation.yaml"), """
            actor_categories:
              - { id: clan, heading: "Clan militias" }
              - { id: relief, heading: "Relief agencies" }

            """);
        Actor("clan");
        var (situation, findings) = tiny.Check();
        Assert.DoesNotContain(findings, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("Clan militias", situation.CategoryHeading("clan"));

        Actor("un");
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("declared in situation.yaml", error.Message);
    }

    [Fact]
    public void Key_figures_are_ordered_and_an_unknown_id_is_located_with_a_suggestion()
    {
        tiny.Write("figures.yaml", """
            figures:
              - { id: killed, label: "Killed", value: 782, qualifier: at_least, unit: killed, category: casualties, source: news, evidence: "at least 782 people" }
              - { id: displaced, label: "Displaced", value: 500000, unit: people, category: displaced, source: agency, evidence: "The agency counts 500,000 people displaced" }
            """);
        File.AppendAllText(Path.Combine(tiny.Root, "situation.yaml"), "key_figures: [displaced, killed]\n");
        var (situation, findings) = tiny.Check();
        Assert.DoesNotContain(findings, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(["displaced", "killed"], situation.KeyFigures.Select(f => f.Id));

        tiny.Write("situation.yaml", File.ReadAllText(Path.Combine(tiny.Root, "situation.yaml")).Replace("key_figures: [displaced, killed]", "key_figures: [displaced, kiled]", StringComparison.Ordinal));
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("'kiled' is not a figure id", error.Message);
        Assert.Contains("did you mean 'killed'", error.Message);
        Assert.EndsWith("situation.yaml", error.Location.File);
        Assert.Equal((5, 26), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Lead_judgments_and_quote_sections_are_roles()
    {
        tiny.Write("judgments.yaml", """
            judgments:
              - { id: j-a, text: "Disease will follow.", likelihood: likely, confidence: low, source: agency, evidence: "disease follows the water" }
              - { id: j-b, text: "Water will fall.", likelihood: unlikely, confidence: low, lead: true, topic: hazard, source: agency, evidence: "disease follows the water" }
            """);
        tiny.Write("quotes.yaml", """
            quotes:
              - { id: q-a, speaker: "Director", role: "director", section: outlook, text: "The next weeks will decide whether disease follows the water", source: agency }
              - { id: q-b, speaker: "Amara Diallo-Nguyễn", role: "farmer", section: reaction, sector: livelihoods, text: "We have never seen water rise so fast in our village", source: news }
            """);
        var (situation, findings) = tiny.Check();
        Assert.DoesNotContain(findings, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(["j-b"], situation.LeadJudgments.Select(j => j.Id));
        Assert.Equal(["q-a"], situation.QuotesIn("outlook").Select(q => q.Id));
        Assert.Equal("livelihoods", situation.QuotesIn("reaction").Single().Sector);
    }

    [Fact]
    public void Disputed_figures_give_their_span_never_their_sum()
    {
        tiny.Write("figures.yaml", """
            figures:
              - { id: d-news, label: "Displaced", value: 600000, qualifier: more_than, unit: people, category: displaced, key: displaced, source: news, evidence: "more than 600,000 have left their homes" }
              - { id: d-agency, label: "Displaced", value: 500000, unit: people, basis: reported, category: displaced, key: displaced, source: agency, evidence: "The agency counts 500,000 people displaced" }
            """);
        var (situation, _) = tiny.Check();
        var dispute = Assert.Single(situation.Discrepancies);
        Assert.Equal("500,000–600,000 people, sources differ", dispute.RangeText);
        Assert.Equal((500000d, 600000d), (dispute.Low!.Value, dispute.High!.Value));
        Assert.Equal("news: more than 600,000 people; agency: 500,000 people (reported)", dispute.Attributed());
        Assert.Same(dispute, situation.DisputeOf(situation.Figures[0]));
    }
}
