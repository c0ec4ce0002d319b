using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Tests.Support;
using SitRep.Text;

namespace SitRep.Tests.Situations;

/// <summary>The French and Arabic test situations (fictional, TEST MATERIAL) load, check and can be set in the default stacks.</summary>
public class TestSituationTests
{
    public static string French => Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Situations", "fr-crue-karbou");

    public static string Arabic => Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Situations", "ar-wadi-amal");

    private static (Situation Situation, DiagnosticBag Diagnostics) Checked(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var situation = SituationLoader.Load(directory, diagnostics);
        SituationValidator.Validate(situation, diagnostics);
        return (situation, diagnostics);
    }

    [Fact]
    public void The_french_situation_checks_clean_and_reports_its_conflicting_figures()
    {
        var (situation, diagnostics) = Checked(French);

        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);
        Assert.Equal("fr", situation.Info.Language);
        var discrepancy = Assert.Single(Discrepancy.FindAll(situation));
        Assert.Equal("sinistres", discrepancy.Key);
        Assert.Equal([12944.0, 15000.0], situation.Figures.Where(f => f.Key == "sinistres").Select(f => f.Value!.Value));
    }

    [Fact]
    public void The_french_sources_use_guillemets_and_narrow_no_break_spaces_before_high_punctuation()
    {
        var text = string.Concat(Directory.GetFiles(Path.Combine(French, "sources")).Select(File.ReadAllText));

        foreach (var mark in new[] { "\u202F;", "\u202F:", "\u202F!", "\u202F?", "«\u202F", "\u202F»", "12\u202F944" })
            Assert.Contains(mark, text);
        Assert.DoesNotContain(" ;", text);
        Assert.Contains("TEST MATERIAL", text);
    }

    [Fact]
    public void The_arabic_situation_checks_clean_with_evidence_typed_in_other_digits_and_without_hamza()
    {
        var (situation, diagnostics) = Checked(Arabic);

        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);
        Assert.Equal("ar", situation.Info.Language);
        var background = Assert.Single(situation.Background);
        var source = situation.Texts["nahar"];
        Assert.DoesNotContain(background.Evidence, source.Text);   // typed with Western digits, no hamza or shadda
        Assert.True(source.Contains(background.Evidence));          // found under the stated normalisation
    }

    [Fact]
    public void The_arabic_sources_mix_digit_sets_an_english_acronym_and_a_quote()
    {
        var (situation, _) = Checked(Arabic);
        var nahar = situation.Texts["nahar"].Text;
        var sawt = situation.Texts["sawt"].Text;

        Assert.Contains("٢٥٬٠٠٠", nahar);
        Assert.Contains("30,000", sawt);
        Assert.Contains("UNHCR", nahar);
        var quote = Assert.Single(situation.Quotes);
        Assert.Contains(quote.Text, nahar);
        Assert.Equal(Direction.RightToLeft, SitRep.Text.Bidi.BidiParagraph.Analyze(quote.Text).Direction);
    }

    [Theory]
    [InlineData("fr-crue-karbou")]
    [InlineData("ar-wadi-amal")]
    public void Every_shown_text_is_in_the_default_stacks_and_arabic_is_not_in_the_latin_faces_alone(string folder)
    {
        var (situation, _) = Checked(Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Situations", folder));
        var texts = ShownTexts(situation).ToList();

        var stacks = new[] { FontStack.Embedded(FontStack.Serif), FontStack.Embedded(FontStack.Sans, bold: true) };
        Assert.Empty(FallbackCheck.Check(texts, stacks));

        var latinOnly = new[] { FontStack.Embedded([EmbeddedFonts.NotoSerif]) };
        var findings = FallbackCheck.Check(texts, latinOnly);
        if (folder.StartsWith("ar", StringComparison.Ordinal))
            Assert.Contains(findings, d => d.Message.StartsWith("character 'و' (U+0648", StringComparison.Ordinal));
        else
            Assert.Empty(findings);
    }

    private static IEnumerable<(string, SourceLocation)> ShownTexts(Situation situation)
    {
        var where = SourceLocation.Of(situation.Directory);
        yield return (situation.Info.Title, where);
        yield return (situation.Info.Subtitle ?? "", where);
        foreach (var s in situation.Info.Summary)
            yield return (s.Text, where);
        foreach (var b in situation.Background)
            yield return (b.Text, where);
        foreach (var t in situation.Timeline)
            yield return (t.Text, where);
        foreach (var a in situation.Actors)
        {
            yield return (a.Name, where);
            yield return (a.Description, where);
        }

        foreach (var f in situation.Figures)
            yield return (f.Label, where);
        foreach (var q in situation.Quotes)
        {
            yield return (q.Text, where);
            yield return (q.Speaker, where);
            yield return (q.Role, where);
        }

        foreach (var p in situation.Places)
            yield return (p.Name, where);
        foreach (var c in situation.Charts)
        {
            yield return (c.Title, where);
            yield return (c.Caption, where);
        }
    }
}
