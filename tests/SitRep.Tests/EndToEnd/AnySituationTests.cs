using System.Text.RegularExpressions;
using SitRep.Extracts;
using SitRep.Templates;
using SitRep.Tests.Ci;
using SitRep.Tests.Support;

namespace SitRep.Tests.EndToEnd;

/// <summary>
/// The built-in templates work for any situation: both seeds build with every template, each brief states
/// its situation's key facts, and no word of one situation (ids, places, actors) reaches the templates or
/// the other situation's briefs.
/// </summary>
public sealed class AnySituationTests : IClassFixture<AnySituationTests.Briefs>
{
    public static readonly string[] Templates = ["analyst", "executive", "humanitarian"];
    private readonly Briefs briefs;

    public AnySituationTests(Briefs briefs) => this.briefs = briefs;

    /// <summary>Both seeds built with --all into one temp folder, once for the class.</summary>
    public sealed class Briefs : IDisposable
    {
        public Briefs()
        {
            TestFiles.CopyDirectory(Path.Combine(RepoPaths.Root, "seeds", "ancash-earthquake"), Path.Combine(workspace.Root, "seeds", "ancash-earthquake"));
            foreach (var seed in new[] { "kidal", "ancash-earthquake" })
                Runs[seed] = workspace.Run("build", "--all", "--situation", Path.Combine("seeds", seed));
        }

        private readonly CiWorkspace workspace = new();

        public string Root => workspace.Root;

        internal Dictionary<string, CliRun> Runs { get; } = [];

        public string Text(string seed, string template) =>
            Flat(Poppler.Text(Path.Combine(Root, "output", $"{seed}-{template}.pdf")));

        public void Dispose() => workspace.Dispose();
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Build_all_builds_every_built_in_for_both_situations()
    {
        foreach (var (seed, run) in briefs.Runs)
        {
            Assert.True(run.ExitCode == 0, $"{seed}: {run}");
            foreach (var template in Templates)
                Assert.True(File.Exists(Path.Combine(briefs.Root, "output", $"{seed}-{template}.pdf")), $"{seed}-{template}");
        }
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("executive")]
    [InlineData("humanitarian")]
    public void The_earthquake_briefs_state_its_key_facts_as_the_sources_say_them(string template)
    {
        var text = briefs.Text("ancash-earthquake", template);
        Assert.Contains("Peru: Áncash Earthquake", text, StringComparison.Ordinal);
        Assert.Contains("Situation Report No. 1", text, StringComparison.Ordinal);
        // The disputed death toll is a span across sources, never one source's number alone or a sum.
        // (Key figures sit in rows of boxes: pdftotext reads a row's values before its labels.)
        Assert.Contains("280–312", text, StringComparison.Ordinal);
        Assert.Contains("Deaths; sources differ", text, StringComparison.Ordinal);
        Assert.Contains("45,000–60,000", text, StringComparison.Ordinal);
        Assert.Contains("People displaced; sources differ", text, StringComparison.Ordinal);
        // A disputed figure cites each source beside its name, never a row of numbers after a list of names.
        Assert.DoesNotContain(" ,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[1][2]", text, StringComparison.Ordinal);
        Assert.Contains("about 1.2 million", text, StringComparison.Ordinal);
        Assert.Contains("about US$ 2.5 billion", text, StringComparison.Ordinal);
        Assert.Contains("Sources differ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Since the last edition", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_earthquake_analyst_brief_prints_bounds_ranges_and_marks_disputed_rows()
    {
        var text = briefs.Text("ancash-earthquake", "analyst");
        Assert.Contains("at least 312 killed (verified) †", text, StringComparison.Ordinal);
        Assert.Contains("more than 280 killed (reported) †", text, StringComparison.Ordinal);
        Assert.Contains("between 200 and 300 aftershocks", text, StringComparison.Ordinal);
        Assert.Contains("up to 40 per cent", text, StringComparison.Ordinal);
        Assert.Contains("† Sources differ on this figure", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disputed_mark_stays_on_the_line_of_the_value_it_marks()
    {
        foreach (var seed in new[] { "kidal", "ancash-earthquake" })
        {
            foreach (var template in Templates)
            {
                var words = Poppler.Words(Path.Combine(briefs.Root, "output", $"{seed}-{template}.pdf"));
                // Only the note under a table ("† Sources differ on this figure") starts a line with the mark.
                var notes = Regex.Count(briefs.Text(seed, template), "† Sources differ on this figure");
                var marksOpeningALine = words.Count(mark => mark.Text == "†"
                    && !words.Any(other => other != mark && other.Page == mark.Page && Math.Abs(other.Top - mark.Top) < 2 && other.Right <= mark.Left));

                Assert.True(notes == marksOpeningALine, $"{seed}-{template}: {marksOpeningALine} lines start with '†', {notes} of them notes");
            }
        }
    }

    [Fact]
    public void The_earthquake_situation_report_shows_the_OCHA_parts()
    {
        var text = briefs.Text("ancash-earthquake", "humanitarian");
        Assert.Contains("Period covered: 5 March 2026 to 8 March 2026", text, StringComparison.Ordinal);
        Assert.Contains("The next report will be issued on or around 12 March 2026.", text, StringComparison.Ordinal);
        Assert.Contains("Lucía Mendoza Quispe, Head of Office, lucia.mendoza@example.org", text, StringComparison.Ordinal);
        Assert.Contains("do not imply official endorsement or acceptance by the United Nations", text, StringComparison.Ordinal);
        Assert.Contains("Funding", text, StringComparison.Ordinal);
        Assert.Contains("US$ 48.5 million", text, StringComparison.Ordinal);
        Assert.Contains("US$ 12.1 million", text, StringComparison.Ordinal);
        Assert.Contains("25%", text, StringComparison.Ordinal);
        Assert.Contains("Response and gaps by sector", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Kidal_situation_report_leaves_out_the_OCHA_parts_it_has_no_data_for()
    {
        var text = briefs.Text("kidal", "humanitarian");
        Assert.Contains("Situation Report No. 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Funding", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Response and gaps", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Period covered", text, StringComparison.Ordinal);
        Assert.DoesNotContain("on or around", text, StringComparison.Ordinal);
        Assert.Contains("12,944–13,000", text, StringComparison.Ordinal);
        Assert.Contains("MINUSMA uniformed personnel on the mission; sources differ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kidal", "ancash-earthquake")]
    [InlineData("ancash-earthquake", "kidal")]
    public void No_word_of_one_situation_appears_in_the_other_situations_briefs(string owner, string other)
    {
        // Names both situations have (a donor, say) belong to neither.
        var shared = SpecificWords(Load(other)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = SpecificWords(Load(owner)).Where(w => w.Length > 3 && !shared.Contains(w)).ToList();
        Assert.NotEmpty(words);
        foreach (var template in Templates)
        {
            var text = briefs.Text(other, template);
            foreach (var word in words)
                Assert.False(Regex.IsMatch(text, $@"(?<![\p{{L}}\d-]){Regex.Escape(word)}(?![\p{{L}}\d-])", RegexOptions.IgnoreCase),
                    $"{other}-{template} contains '{word}' from {owner}");
        }
    }

    [Fact]
    public void No_built_in_template_names_an_id_or_a_place_of_either_situation()
    {
        var schemaWords = Vocabulary.ChartTypes.Concat(Vocabulary.Topics).Concat(Vocabulary.FigureCategories).Concat(Vocabulary.QuoteSections)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var seed in new[] { "kidal", "ancash-earthquake" })
        {
            var situation = Load(seed);
            // Ids and the crisis words are matched in any case; names as written ("IS" is a name, "is" a word).
            var forbidden = Ids(situation).Where(id => !schemaWords.Contains(id))
                .Concat(["kidal", "mali", "minusma", "wagner", "ancash", "áncash", "peru", "huaraz", "jnim"]).Select(w => (Word: w, Options: RegexOptions.IgnoreCase))
                .Concat(SpecificWords(situation).Select(w => (Word: w, Options: RegexOptions.None))).ToList();
            foreach (var name in EmbeddedTemplateFiles.BuiltIns())
            {
                var files = new EmbeddedTemplateFiles(name);
                foreach (var file in files.AllFiles())
                {
                    var text = System.Text.Encoding.UTF8.GetString(files.ReadBytes(file));
                    foreach (var (word, options) in forbidden)
                        Assert.False(Regex.IsMatch(text, $@"(?<![\p{{L}}\d_-]){Regex.Escape(word)}(?![\p{{L}}\d_-])", options),
                            $"built-in {name}/{file} names '{word}' of {seed}");
                }
            }
        }
    }

    private static Situation Load(string seed) => SituationLoader.Load(Path.Combine(RepoPaths.Root, "seeds", seed), new Diagnostics.DiagnosticBag());

    private static IEnumerable<string> Ids(Situation s) =>
        s.AllSourcedItems().Select(i => i.Id)
            .Concat(s.Quotes.Select(q => q.Id)).Concat(s.Places.Select(p => p.Id)).Concat(s.Charts.Select(c => c.Id)).Concat(s.Sources.Select(x => x.Id))
            .Append(s.Info.Id);

    /// <summary>Place names and actor names and short names: the words that belong to one situation.</summary>
    private static IEnumerable<string> SpecificWords(Situation s) =>
        s.Places.Select(p => p.Name).Concat(s.Actors.Select(a => a.Name)).Concat(s.Actors.Select(a => a.Short).OfType<string>())
            .Append(s.Info.Country.Name).Distinct(StringComparer.OrdinalIgnoreCase);
}
