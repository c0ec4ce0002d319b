using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Templates;

/// <summary>Every built-in template builds from the Kidal seed into a PDF its readers would recognise.</summary>
[Collection(TemplateCollection.Name)]
public sealed class BuiltInTemplateTests
{
    [Fact]
    public void The_three_audience_templates_are_built_in()
    {
        var builtIns = EmbeddedTemplateFiles.BuiltIns();
        Assert.Contains("analyst", builtIns);
        Assert.Contains("executive", builtIns);
        Assert.Contains("humanitarian", builtIns);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("executive")]
    [InlineData("humanitarian")]
    public void Manifest_names_the_template_its_audience_and_entry(string name)
    {
        var template = BriefTemplate.Load(name);
        Assert.Equal(name, template.Manifest.Name);
        Assert.False(string.IsNullOrWhiteSpace(template.Manifest.Audience));
        Assert.False(string.IsNullOrWhiteSpace(template.Manifest.Description));
        Assert.Equal("brief.sbn", template.Manifest.Entry);
    }

    /// <summary>
    /// A cheap guard against typed facts: outside Scriban tags and comments, the audience
    /// templates hold headings, Markdown and notes on method — no numbers, no dates.
    /// </summary>
    [Theory]
    [InlineData("executive")]
    [InlineData("humanitarian")]
    public void Audience_templates_type_no_numbers_or_dates(string name)
    {
        var files = new EmbeddedTemplateFiles(name);
        var sbn = files.AllFiles().Where(f => f.EndsWith(".sbn", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sbn);
        foreach (var file in sbn)
        {
            var text = System.Text.Encoding.UTF8.GetString(files.ReadBytes(file));
            var typed = System.Text.RegularExpressions.Regex.Replace(text, @"\{\{.*?\}\}", " ", System.Text.RegularExpressions.RegexOptions.Singleline);
            Assert.False(typed.Any(char.IsDigit), $"{name}/{file} types a number outside the data: {typed.Trim()}");
        }
    }

    [Fact]
    public void Analyst_brief_builds_with_the_full_content()
    {
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "analyst.pdf");
        var result = TemplateTestSupport.Build("analyst", pdf);

        var pages = TemplateTestSupport.PageCount(pdf);
        Assert.Equal(result.PageCount, pages);
        Assert.InRange(pages, 3, 20);
        var text = TemplateTestSupport.Text(pdf);
        Assert.Contains("Mali: The Fall of Kidal", text);
        Assert.Contains("Timeline", text);
        Assert.Contains("Actors", text);
        Assert.Contains("modus operandi with the Jnim", text);
        Assert.Contains("Sources", text);
    }

    [Fact]
    public void Executive_brief_fits_on_two_pages_and_leads_with_the_bottom_line()
    {
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "executive.pdf");
        var result = TemplateTestSupport.Build("executive", pdf);

        var pages = TemplateTestSupport.PageCount(pdf);
        Assert.Equal(result.PageCount, pages);
        Assert.InRange(pages, 1, 2);
        var text = TemplateTestSupport.Text(pdf);
        Assert.Contains("Kidal", text);
        Assert.Contains("Bottom line up front", text);
        Assert.True(text.IndexOf("Bottom line up front", StringComparison.Ordinal) < text.IndexOf("What happened", StringComparison.Ordinal));
        Assert.Contains("Very likely.", text);
        Assert.Contains("Moderate confidence", text);
        Assert.Contains("about 68,000", text); // key figures now say the qualifier in words
        Assert.Contains("Kidal and northern Mali", text);
        Assert.Contains("MINUSMA drawdown", text);
        Assert.Contains("Boubacar Ba", text); // the first two outlook quotes, chosen by section (no longer Omar Mariko's, picked by id)
        Assert.Contains("Sources differ", text);
        Assert.Contains("Sources:", text);
    }

    [Fact]
    public void Executive_brief_shortens_the_outlook_quotes_only_at_sentence_boundaries()
    {
        using var output = new TempFolder();
        var result = TemplateTestSupport.Build("executive", Path.Combine(output.Path, "executive.pdf"));
        var (situation, _) = Pipeline.BriefBuilder.LoadChecked(TemplateTestSupport.Kidal);

        // The executive brief shows the first two outlook quotes, chosen by section, not by id.
        foreach (var id in situation.QuotesIn("outlook").Take(2).Select(q => q.Id))
        {
            var original = situation.Quotes.Single(q => q.Id == id).Text;
            var line = result.Markdown.Split('\n').Single(l => l.StartsWith("> “", StringComparison.Ordinal) && l.Contains(original[..30], StringComparison.Ordinal));
            var shown = line[3..line.LastIndexOf('”')];
            foreach (var piece in shown.Split(QuoteExcerpt.Ellipsis, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Assert.Contains(piece, original);
        }
    }

    [Fact]
    public void Humanitarian_report_reads_like_a_situation_report()
    {
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "humanitarian.pdf");
        var result = TemplateTestSupport.Build("humanitarian", pdf);

        var pages = TemplateTestSupport.PageCount(pdf);
        Assert.Equal(result.PageCount, pages);
        Assert.InRange(pages, 1, 6);
        var text = TemplateTestSupport.Text(pdf);
        Assert.Contains("Situation Report No. 1 — as of 22 November 2023", text);
        Assert.Contains("Highlights", text);
        // Sections are chosen by role now; "Protection concerns" and "Outlook for returns" picked Kidal's ids and are gone.
        string[] sections = ["Displacement and access", "Basic services", "Humanitarian figures", "Timeline", "Outlook", "Sources differ", "Sources"];
        var last = -1;
        foreach (var section in sections)
        {
            var at = text.IndexOf(section, last + 1, StringComparison.Ordinal);
            Assert.True(at > last, $"section '{section}' missing or out of order");
            last = at;
        }

        Assert.Contains("Ersane", text);
        Assert.Contains("reprisals", text);
        Assert.Contains("water, electricity and medical care", text);
        Assert.Contains("about 25,000", text);
    }

    [Fact]
    public void Humanitarian_report_citations_link_to_the_source_list()
    {
        using var output = new TempFolder();
        var result = TemplateTestSupport.Build("humanitarian", Path.Combine(output.Path, "humanitarian.pdf"));
        foreach (var id in new[] { "rfi", "sahel-security", "dw", "ict", "afp" })
        {
            Assert.Contains($"(cite:{id})", result.Markdown);
            Assert.Contains($"(anchor:source-{id})", result.Markdown);
        }
    }
}
