using System.Text.RegularExpressions;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Tests.Inputs;

namespace SitRep.Tests.Extracts;

/// <summary><c>sitrep new</c>, <c>sitrep check</c> on what it makes, and both shipped situations through the checker.</summary>
[Collection(InputsCollection.Name)]
public sealed class ScaffoldAndSeedTests : IDisposable
{
    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    private static (Situation Situation, List<Diagnostic> Findings) Load(string seed)
    {
        var diagnostics = new DiagnosticBag();
        var situation = SituationLoader.Load(Path.Combine(Sandbox.RepoRoot, "seeds", seed), diagnostics);
        if (!diagnostics.HasErrors)
            SituationValidator.Validate(situation, diagnostics);
        return (situation, diagnostics.Items.ToList());
    }

    [Fact]
    public void New_scaffolds_a_folder_and_check_explains_what_to_fill_in_first()
    {
        var made = box.Run(["new", "flood-2026"]);
        Assert.True(made.ExitCode == 0, made.ToString());
        var folder = Path.Combine(box.Dir, "flood-2026");
        foreach (var file in new[] { "situation.yaml", "sources.yaml", "figures.yaml", "quotes.yaml", "timeline.yaml", "actors.yaml", "judgments.yaml", "places.yaml", "charts.yaml", "response.yaml", "background.yaml" })
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        Assert.True(Directory.Exists(Path.Combine(folder, "sources")));
        Assert.Contains("# ", File.ReadAllText(Path.Combine(folder, "figures.yaml")));
        Assert.Contains("qualifier:", File.ReadAllText(Path.Combine(folder, "figures.yaml")));

        var check = box.Run(["check", "--situation", "flood-2026"]);
        Assert.Equal(1, check.ExitCode);
        Sandbox.AssertNoStackTrace(check);
        var lines = check.StdOut.Split('\n');
        Assert.Contains("flood-2026/situation.yaml:4:8: error: 'title' is empty; fill in the brief's title, e.g. \"Country: what happened\"", lines);
        Assert.Contains(lines, l => l.StartsWith("flood-2026/situation.yaml:7:8: error: 'as_of' is empty; fill in the date the brief is current to", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("flood-2026/sources.yaml:1:1: error: no sources yet: save each source text", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public void New_refuses_a_folder_that_is_not_empty_and_a_name_that_is_not_an_id()
    {
        Directory.CreateDirectory(Path.Combine(box.Dir, "taken"));
        File.WriteAllText(Path.Combine(box.Dir, "taken", "notes.txt"), "mine");
        var taken = box.Run(["new", "taken"]);
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("exists and is not empty", taken.StdErr);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(box.Dir, "taken", "notes.txt")));

        var bad = box.Run(["new", "Bad Name!"]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("cannot name a situation", bad.StdErr);
    }

    [Fact]
    public void Kidal_is_clean_after_migration_with_its_roles()
    {
        var (situation, findings) = Load("kidal");
        Assert.DoesNotContain(findings, d => d.Severity != Severity.Info);
        Assert.DoesNotContain(findings, d => d.Code == "approximate");
        Assert.Equal("pop-kidal-area", situation.KeyFigures[0].Id);
        Assert.Equal("more than 1,500 km", QuantityText.Format(situation.Figures.Single(f => f.Id == "bamako-distance")));
        Assert.Equal("about 68,000 people", QuantityText.Format(situation.Figures.Single(f => f.Id == "pop-kidal-area")));
        Assert.Equal("12,944–13,000 soldiers, sources differ", situation.Discrepancies.Single(d => d.Key == "minusma-strength").RangeText);
        Assert.Equal("un", situation.Actors.Single(a => a.Id == "minusma").Category);
        Assert.Equal(2, situation.LeadJudgments.Count);
    }

    [Fact]
    public void The_earthquake_situation_is_clean_and_says_every_quantity_as_its_sources_do()
    {
        var (situation, findings) = Load("ancash-earthquake");
        Assert.DoesNotContain(findings, d => d.Severity != Severity.Info);
        string Say(string id) => QuantityText.WithBasis(situation.Figures.Single(f => f.Id == id));
        Assert.Equal("at least 312 killed (verified)", Say("deaths-bulletin"));
        Assert.Equal("more than 280 killed (reported)", Say("deaths-andes-wire"));
        Assert.Equal("about 1.2 million people", Say("affected-population"));
        Assert.Equal("between 200 and 300 aftershocks", Say("aftershocks"));
        Assert.Equal("up to 40 per cent", Say("households-no-water"));
        Assert.Equal("3 hospitals", Say("hospitals-damaged"));
        Assert.Equal("about US$ 2.5 billion (estimated)", Say("reconstruction-cost"));
        Assert.Equal("3 million euros", Say("eu-aid"));
        Assert.Equal("280–312 killed, sources differ", situation.Discrepancies.Single(d => d.Key == "deaths").RangeText);
        Assert.Equal("45,000–60,000 people, sources differ", situation.Discrepancies.Single(d => d.Key == "displaced").RangeText);

        var appeal = situation.Funding.Single(f => f.Id == "flash-appeal");
        Assert.Equal("US$ 48.5 million", QuantityText.Money(appeal.Currency, appeal.Requirement!.Value, appeal.Scale));
        Assert.Equal(25, appeal.PercentFunded);
        Assert.Equal(["health", "shelter", "wash", "wash", "food", "protection"], situation.Response.Select(r => r.Sector));
        Assert.Equal(3, situation.Gaps.Count);
        Assert.Equal("2026-03-12", situation.Info.NextUpdate);
        Assert.Equal(("2026-03-05", "2026-03-08"), (situation.Info.Period!.From, situation.Info.Period.To));
        Assert.Equal(2, situation.Info.Contacts.Count);
        Assert.Equal(Vocabulary.StandardMapDisclaimer, situation.Info.MapDisclaimer);
        Assert.Equal(["deaths-bulletin", "affected-population", "displaced-bulletin", "injured", "missing", "reconstruction-cost"], situation.KeyFigures.Select(f => f.Id));
        Assert.Equal(["j-cold-illness", "j-aftershocks"], situation.LeadJudgments.Select(j => j.Id));
        Assert.Equal(["government", "un", "ngo", "donor", "person"], situation.Actors.Select(a => a.Category).Distinct());
        Assert.Contains(situation.Quotes, q => q.Section == "outlook");
        Assert.Contains(situation.Quotes, q => q.Section == "reaction");
        Assert.Equal(["bar", "share", "timeline", "map"], situation.Charts.Select(c => c.Type));
    }

    [Fact]
    public void The_earthquake_sources_are_marked_test_material_and_share_no_word_with_kidal()
    {
        var folder = Path.Combine(Sandbox.RepoRoot, "seeds", "ancash-earthquake");
        foreach (var source in Directory.EnumerateFiles(Path.Combine(folder, "sources")))
        {
            var text = File.ReadAllText(source);
            Assert.StartsWith("TEST MATERIAL.", text);
            var words = Regex.Matches(text, @"\w+").Count;
            Assert.InRange(words, 300, 700);
        }

        Assert.Contains("TEST MATERIAL", File.ReadAllText(Path.Combine(folder, "sources.yaml")));
        Assert.Contains("fiction", File.ReadAllText(Path.Combine(folder, "README.md")));
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var word in new[] { "Kidal", "Mali", "Malian", "Sahel", "Wagner", "MINUSMA" })
                Assert.False(Regex.IsMatch(text, $@"\b{word}\b", RegexOptions.IgnoreCase), $"{file} names '{word}'");
        }
    }

    [Fact]
    public void Check_locates_an_unknown_key_figure_with_a_suggestion()
    {
        box.Replace("situation.yaml", "key_figures: [pop-kidal-area,", "key_figures: [pop-kidal-aera,");
        var result = box.Run(["check", "--situation", box.Situation]);
        Assert.Equal(1, result.ExitCode);
        var line = box.LineOf("situation.yaml", "key_figures:");
        Assert.Contains($"situation.yaml:{line}:15: error: key_figures: 'pop-kidal-aera' is not a figure id in figures.yaml (did you mean 'pop-kidal-area'?)", result.StdOut);
    }

    [Fact]
    public void Check_notes_a_qualifier_its_evidence_does_not_carry_at_the_qualifier()
    {
        box.Replace("figures.yaml", "value: 17\n    unit: killed\n", "value: 17\n    unit: killed\n    qualifier: about\n");
        var result = box.Run(["check", "--situation", box.Situation]);
        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(box.PathOf("figures.yaml"));
        var line = text[..text.IndexOf("value: 17", StringComparison.Ordinal)].Count(c => c == '\n') + 3;
        Assert.Contains($"figures.yaml:{line}:16: info: figure 'ersane-civilians-executed' is 'about' but its evidence has no such word just before 17", result.StdOut);
    }

    [Fact]
    public void Check_reports_a_figure_dated_after_its_source_with_exit_1()
    {
        box.Replace("figures.yaml", "as_of: 2023-11-10\n    key: minusma-strength", "as_of: 2023-12-10\n    key: minusma-strength");
        var result = box.Run(["check", "--situation", box.Situation]);
        Assert.Equal(1, result.ExitCode);
        var line = box.LineOf("figures.yaml", "as_of: 2023-12-10");
        Assert.Contains($"figures.yaml:{line}:12: error: figure 'minusma-strength-uniformed' is as of 10 December 2023, after its source 'ict' was published (November 2023)", result.StdOut);
    }
}
