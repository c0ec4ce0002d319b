using System.Text.Json;
using SitRep.Tests.Support;

namespace SitRep.Tests.EndToEnd;

public sealed class DefaultBriefTests(DefaultBriefFixture brief) : IClassFixture<DefaultBriefFixture>
{
    [Fact]
    public void Brief_has_between_four_and_ten_pages()
    {
        var pages = Poppler.PageCount(brief.PdfPath);
        Assert.InRange(pages, 4, 10);
        Assert.Equal(brief.Result.PageCount, pages);
    }

    [Theory]
    [InlineData("Mali: The Fall of Kidal")]
    [InlineData("As of 22 November 2023")]
    [InlineData("Summary")]
    [InlineData("Background")]
    [InlineData("Timeline")]
    [InlineData("Actors")]
    [InlineData("Humanitarian situation")]
    [InlineData("Outlook")]
    [InlineData("Sources")]
    public void Brief_has_every_section(string heading) => Assert.Contains(heading, brief.Text);

    [Theory]
    [InlineData("14 November 2023")]
    [InlineData("~25,000")]
    [InlineData("12,944")]
    [InlineData("Ersane")]
    [InlineData("Anéfis")]
    [InlineData("Ménaka")]
    [InlineData("Assimi Goïta")]
    [InlineData("31 October 2023")]
    [InlineData("8 November 2023")]
    public void Brief_states_the_key_facts(string fact) => Assert.Contains(fact, brief.Text);

    [Theory]
    [InlineData("The CSP movements could find a modus operandi with the Jnim")]
    [InlineData("The ceasefire is a must.")]
    [InlineData("Boubacar Ba")]
    [InlineData("Omar Mariko")]
    public void Brief_carries_the_outlook_quotes_with_speakers(string fragment) => Assert.Contains(fragment, brief.Text);

    [Fact]
    public void Brief_lists_every_source_with_outlet_title_and_date()
    {
        Assert.Contains("What security and social strategy for the Malian army in Kidal?", brief.Text);
        Assert.Contains("Mali: Is Kidal's recapture a step toward peace?", brief.Text);
        Assert.Contains("Mali - The Battle of Kidal", brief.Text);
        Assert.Contains("Fall of Kidal in Mali: Local and Regional Implications", brief.Text);
        Assert.Contains("https://p.dw.com/p/4Yxkb", brief.Text);
        Assert.Contains("17 November 2023", brief.Text);
    }

    [Fact]
    public void Brief_tells_the_reader_where_sources_differ()
    {
        Assert.Contains("Sources differ", brief.Text);
        Assert.Contains("Cadre Strategique Permanent", brief.Text);
        Assert.Contains("13,000", brief.Text);
    }

    [Fact]
    public void Every_font_is_embedded_and_only_noto_is_used()
    {
        var rows = Poppler.Fonts(brief.PdfPath).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Contains("Noto", row);
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);

            // name … emb sub uni objectId generation: "emb" is the fifth column from the end.
            Assert.Equal("yes", columns[^5]);
        }
    }

    [Fact]
    public void Metadata_names_title_subject_author_keywords_and_language()
    {
        var info = Poppler.Info(brief.PdfPath);
        Assert.Contains("Title:           Mali: The Fall of Kidal", info);
        Assert.Contains("Author:          SitRep", info);
        Assert.Matches(@"Subject:\s+.*situation brief", info);
        Assert.Matches(@"Keywords:\s+Mali, Kidal", info);
        var catalog = Catalog();
        Assert.Equal("(en)", catalog.GetProperty("/Lang").GetString() is { } lang ? "(" + lang.TrimStart('u', ':') + ")" : "");
    }

    [Fact]
    public void Outline_has_a_bookmark_for_each_section()
    {
        Assert.Contains("Background", brief.Result.Bookmarks);
        Assert.Contains("Outlook", brief.Result.Bookmarks);
        var catalog = Catalog();
        Assert.True(catalog.TryGetProperty("/Outlines", out _), "the catalog has no /Outlines");
        var json = QpdfJson();
        var outlineTitles = json.RootElement.GetProperty("qpdf")[1].EnumerateObject()
            .Select(o => o.Value.TryGetProperty("value", out var v) ? v : default)
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Title", out _))
            .Select(v => v.GetProperty("/Title").GetString())
            .ToList();
        Assert.Contains(outlineTitles, t => t!.Contains("Timeline", StringComparison.Ordinal));
        Assert.True(outlineTitles.Count >= 8, $"only {outlineTitles.Count} outline entries");
    }

    [Fact]
    public void Citations_and_urls_are_links()
    {
        var annotations = QpdfJson().RootElement.GetProperty("qpdf")[1].EnumerateObject()
            .Select(o => o.Value.TryGetProperty("value", out var v) ? v : default)
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link")
            .ToList();
        Assert.Contains(annotations, a => a.TryGetProperty("/Dest", out _));
        Assert.Contains(annotations, a => a.TryGetProperty("/A", out var action) && action.ToString().Contains("p.dw.com", StringComparison.Ordinal));
        Assert.True(annotations.Count > 50, $"only {annotations.Count} links");
    }

    [Fact]
    public void Every_page_has_running_footer_with_page_n_of_m()
    {
        var pages = brief.Result.PageCount;
        for (var page = 1; page <= pages; page++)
            Assert.Contains($"Page {page} of {pages}", brief.Text);
    }

    [Fact]
    public void Charts_and_map_are_vector_graphics_not_images()
    {
        var rows = Poppler.Run("pdfimages", "-list", brief.PdfPath).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Empty(rows);
        Assert.Contains("Figure 1:", brief.Text);
        Assert.Contains("Figure 4:", brief.Text);
        Assert.Contains("Boundaries: Natural Earth", brief.Text);
    }

    private JsonElement Catalog()
    {
        var objects = QpdfJson().RootElement.GetProperty("qpdf")[1];
        return objects.EnumerateObject()
            .Select(o => o.Value.TryGetProperty("value", out var v) ? v : default)
            .First(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Type", out var t) && t.GetString() == "/Catalog");
    }

    [Fact]
    public void The_map_labels_places_with_their_arabic_names_and_pdftotext_returns_them()
    {
        // pdftotext brackets right-to-left text with embedding controls.
        var text = System.Text.RegularExpressions.Regex.Replace(brief.Text, "[\u202A-\u202E]", "");
        Assert.Contains("كيدال", text);
        Assert.Contains("Kidal كيدال", text);
        Assert.Contains("Tessalit تساليت", text);
        Assert.Contains("NotoSansArabic", Poppler.Fonts(brief.PdfPath));
    }

    private JsonDocument QpdfJson() => JsonDocument.Parse(Poppler.Run("qpdf", "--json=2", brief.PdfPath));
}
