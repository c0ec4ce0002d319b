using SitRep.Extracts;
using SitRep.Templates;
using Xunit;
using static SitRep.Tests.Templates.TemplateTestSupport;

namespace SitRep.Tests.Templates;

/// <summary>
/// A template's <c>language:</c> sets the whole brief's language, furniture and charts included, and a template adds
/// or rewords a language with one file, <c>locales/&lt;language&gt;.yaml</c>, read like SitRep's own.
/// </summary>
[Collection(TemplateCollection.Name)]
public sealed class TemplateLanguageTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Executive(string? language = null)
    {
        var template = Path.Combine(folder.Path, "tpl");
        Support.TestFiles.CopyDirectory(Path.Combine(RepoRoot, "templates", "executive"), template);
        if (language is not null)
            File.AppendAllText(Path.Combine(template, "template.yaml"), $"\nlanguage: {language}\n");
        return template;
    }

    private string BuiltText(string template)
    {
        var pdf = Path.Combine(folder.Path, "brief.pdf");
        Build(template, pdf);
        return TemplateTestSupport.Text(pdf);
    }

    [Fact]
    public void A_template_in_french_sets_the_furniture_dates_and_charts_of_an_english_situation_in_french()
    {
        var text = BuiltText(Executive("fr"));

        Assert.Contains("Page 1 sur 2", text);
        Assert.Contains("au 22 novembre 2023", text);
        Assert.DoesNotContain("Page 1 of", text);
        Assert.DoesNotContain("as of 22 November", text);
    }

    private const string Swahili = """
        language: sw
        name: Kiswahili
        direction: ltr
        dates:
          months: [Januari, Februari, Machi, Aprili, Mei, Juni, Julai, Agosti, Septemba, Oktoba, Novemba, Desemba]
          day: "{day} {month} {year}"
          month: "{month} {year}"
          year: "{year}"
        numbers:
          digits: western
          group: ","
          decimal: "."
          percent: "{number}%"
        strings:
          page_of: "Ukurasa {page} wa {pages}"
          as_of: "hadi {date}"
        """;

    [Fact]
    public void A_language_added_as_one_file_in_the_template_prints_its_words_and_falls_back_to_english_for_the_rest()
    {
        var template = Executive("sw");
        Directory.CreateDirectory(Path.Combine(template, "locales"));
        File.WriteAllText(Path.Combine(template, "locales", "sw.yaml"), Swahili);

        var text = BuiltText(template);

        Assert.Contains("Ukurasa 1 wa 2", text);
        Assert.Contains("hadi 22 Novemba 2023", text);
        Assert.Contains("Sources differ", text);

        var situation = BriefBuilderFor.Kidal();
        var findings = BriefLocale.Findings(situation, BriefTemplate.Load(template));
        Assert.Contains(findings, d => d.Location.File.EndsWith("locales/sw.yaml", StringComparison.Ordinal) && d.Message.Contains("sources_differ", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, d => d.Message.Contains("has no locale", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_file_rewords_a_built_in_language()
    {
        var template = Executive("fr");
        Directory.CreateDirectory(Path.Combine(template, "locales"));
        var french = File.ReadAllText(Path.Combine(RepoRoot, "assets", "locales", "fr.yaml"));
        File.WriteAllText(Path.Combine(template, "locales", "fr.yaml"), french.Replace("Page {page} sur {pages}", "Feuillet {page} sur {pages}", StringComparison.Ordinal));

        Assert.Contains("Feuillet 1 sur 2", BuiltText(template));
    }

    [Fact]
    public void A_broken_locale_file_in_the_template_is_an_error_at_its_line_and_nothing_is_written()
    {
        var template = Executive("sw");
        Directory.CreateDirectory(Path.Combine(template, "locales"));
        File.WriteAllText(Path.Combine(template, "locales", "sw.yaml"), Swahili.Replace("  months: [Januari", "  months: [[Januari", StringComparison.Ordinal));

        var error = BuildFails(template);

        Assert.EndsWith("locales/sw.yaml", error.Location.File);
        Assert.True(error.Location.Line >= 5, error.ToString());
    }

    [Fact]
    public void A_language_with_no_file_anywhere_is_a_warning_at_the_template_language_and_the_brief_stays_english()
    {
        var template = Executive("../../etc/passwd");

        var findings = BriefLocale.Findings(BriefBuilderFor.Kidal(), BriefTemplate.Load(template));

        var warning = Assert.Single(findings);
        Assert.EndsWith("template.yaml", warning.Location.File);
        Assert.Contains("has no locale for language '../../etc/passwd'", warning.Message);
        Assert.Contains("locales/<language>.yaml", warning.Message);
        Assert.Contains("Page 1 of 2", BuiltText(template));
    }
}

internal static class BriefBuilderFor
{
    public static Situation Kidal() => Pipeline.BriefBuilder.LoadChecked(TemplateTestSupport.Kidal).Situation;
}
