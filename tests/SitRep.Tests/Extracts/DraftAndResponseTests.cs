using SitRep.Extracts;

namespace SitRep.Tests.Extracts;

/// <summary>Draft extract files are checked like curated ones and never reach a brief; OCHA parts are optional and checked.</summary>
public sealed class DraftAndResponseTests : IDisposable
{
    private readonly TinySituation tiny = new();

    public void Dispose() => tiny.Dispose();

    [Fact]
    public void Drafts_are_checked_under_their_own_file_and_kept_out_of_the_brief()
    {
        tiny.Write("figures.draft.yaml", """
            figures:
              - { id: d-killed, label: "Killed", value: 782, qualifier: at_least, unit: killed, category: casualties, source: news, evidence: "at least 782 people", status: draft, confidence: high }
              - { id: d-bad, label: "Displaced", value: 700000, unit: people, category: displaced, source: news, evidence: "more than 600,000 have left their homes", status: draft, confidence: medium }
            """);
        var (situation, findings) = tiny.Check();
        var error = Assert.Single(findings, d => d.Severity == Diagnostics.Severity.Error);
        Assert.EndsWith("figures.draft.yaml", error.Location.File);
        Assert.Contains("figure 'd-bad' is 700,000", error.Message);
        Assert.Empty(situation.Figures);
        Assert.Equal(2, situation.Drafts.Figures.Count);
    }

    [Fact]
    public void A_draft_needs_status_and_confidence()
    {
        tiny.Write("quotes.draft.yaml", """
            quotes:
              - { id: q-d, speaker: "Director", role: "director", text: "The next weeks will decide whether disease follows the water", source: agency, confidence: sure }
            """);
        var errors = tiny.Errors();
        Assert.Contains(errors, e => e.Message.Contains("needs 'status: draft'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'sure' is not a valid confidence", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.EndsWith("quotes.draft.yaml", e.Location.File));
    }

    [Fact]
    public void A_draft_left_in_a_curated_file_is_an_error()
    {
        tiny.Figure("killed", """
            value: 782
            qualifier: at_least
            unit: killed
            status: draft
            evidence: "at least 782 people"
            """);
        var error = Assert.Single(tiny.Errors());
        Assert.Contains("still a draft: review it and remove status", error.Message);
        Assert.Equal(9, error.Location.Line);
    }

    [Fact]
    public void Funding_response_and_gaps_are_read_from_response_yaml_and_checked()
    {
        tiny.Write("response.yaml", """
            funding:
              - id: appeal
                label: "Appeal"
                requirement: 4.1
                received: 1.03
                percent_funded: 25
                currency: US$
                scale: billion
                as_of: 2025-05-03
                source: news
                evidence: "The appeal seeks US$ 4.1 billion; donors have given US$ 1.03 billion, or 25 per cent."
            response:
              - { id: r-health, sector: health, text: "Hospitals are closed.", source: news, evidence: "Three hospitals are closed." }
            gaps:
              - { id: g-wash, sector: wash, text: "Wells are contaminated.", source: news, evidence: "Up to 25 % of wells are contaminated" }
            """);
        File.AppendAllText(Path.Combine(tiny.Root, "situation.yaml"), """
            period: { from: 2025-05-01, to: 2025-05-03 }
            next_update: 2025-05-07
            contacts:
              - { name: "Test Person", role: "Head of Office", email: test@example.org }

            """);
        var (situation, findings) = tiny.Check();
        Assert.DoesNotContain(findings, d => d.Severity != Diagnostics.Severity.Info);
        var funding = Assert.Single(situation.Funding);
        Assert.Equal("US$ 4.1 billion", QuantityText.Money(funding.Currency, funding.Requirement!.Value, funding.Scale));
        Assert.Equal("health", Assert.Single(situation.Response).Sector);
        Assert.Equal("wash", Assert.Single(situation.Gaps).Sector);
        Assert.Equal("2025-05-07", situation.Info.NextUpdate);
        Assert.Equal(Vocabulary.StandardMapDisclaimer, situation.Info.MapDisclaimer);
        Assert.StartsWith("The boundaries and names shown", situation.Info.MapDisclaimer);
    }

    [Fact]
    public void A_funding_amount_missing_from_its_evidence_and_a_bad_email_are_errors()
    {
        tiny.Write("response.yaml", """
            funding:
              - { id: appeal, label: "Appeal", requirement: 4.2, currency: US$, scale: billion, source: news, evidence: "The appeal seeks US$ 4.1 billion" }
            """);
        File.AppendAllText(Path.Combine(tiny.Root, "situation.yaml"), "contacts:\n  - { name: \"X\", email: not-an-address }\n");
        var errors = tiny.Errors();
        Assert.Contains(errors, e => e.Message.Contains("requirement 4.2 billion is not in its evidence", StringComparison.Ordinal) && e.Location.File.EndsWith("response.yaml", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'not-an-address' is not an e-mail address", StringComparison.Ordinal));
    }

    [Fact]
    public void The_map_disclaimer_may_be_replaced()
    {
        File.AppendAllText(Path.Combine(tiny.Root, "situation.yaml"), "map_disclaimer: \"Boundaries are indicative.\"\n");
        Assert.Equal("Boundaries are indicative.", tiny.Check().Situation.Info.MapDisclaimer);
    }
}
