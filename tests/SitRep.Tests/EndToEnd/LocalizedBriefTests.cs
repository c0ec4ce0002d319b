using System.Text.RegularExpressions;
using SitRep.Pipeline;
using SitRep.Templates;
using SitRep.Tests.Support;
using UglyToad.PdfPig;

namespace SitRep.Tests.EndToEnd;

/// <summary>
/// The French and Arabic test situations built with a template that names no situation's ids: the words
/// SitRep prints itself come in the brief's language, and the Arabic text copies out as typed.
/// </summary>
public sealed class LocalizedBriefTests : IClassFixture<LocalizedBriefTests.Briefs>
{
    public sealed class Briefs : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), $"sitrep-localized-{Guid.NewGuid():N}");

        public Briefs()
        {
            Directory.CreateDirectory(folder);
            French = Build("fr-crue-karbou");
            Arabic = Build("ar-wadi-amal");
        }

        public string French { get; }

        public string Arabic { get; }

        private string Build(string situation)
        {
            var (loaded, _) = BriefBuilder.LoadChecked(Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Situations", situation));
            var template = BriefTemplate.Load(Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Templates", "any-situation"));
            var path = Path.Combine(folder, situation + ".pdf");
            BriefBuilder.Build(loaded, template, path, null);
            return path;
        }

        public void Dispose() => Directory.Delete(folder, true);
    }

    private readonly Briefs briefs;

    public LocalizedBriefTests(Briefs briefs) => this.briefs = briefs;

    /// <summary>pdftotext's text without the direction marks it adds around right-to-left lines.</summary>
    private static string Text(string pdf) => Regex.Replace(Poppler.Text(pdf), "[\u202A-\u202E]", "");

    [Fact]
    public void The_French_brief_prints_its_furniture_dates_and_captions_in_French()
    {
        var text = Text(briefs.French);
        var pages = Poppler.PageCount(briefs.French);
        Assert.Contains($"Page 1 sur {pages}", text);
        Assert.Contains("au 20 septembre 2026", text);
        // French sets a narrow no-break space before the colon; pdftotext writes it as a space.
        Assert.Contains("Figure 1 : ", text);
        Assert.Contains("Source : ", text);
        Assert.Contains("Sources : ", text);
        Assert.DoesNotContain("Page 1 of", text);
    }

    [Fact]
    public void The_Arabic_brief_prints_its_furniture_in_Arabic_with_Arabic_Indic_digits()
    {
        var text = Text(briefs.Arabic);
        Assert.Contains("الصفحة", text);
        Assert.Matches($@"الصفحة\s*١\s*من\s*{SitRep.Localization.DigitSets.Apply(Poppler.PageCount(briefs.Arabic).ToString(System.Globalization.CultureInfo.InvariantCulture), SitRep.Localization.DigitSet.ArabicIndic)}", text);
        Assert.Contains("حتى", text);
        Assert.Matches(@"١٤\s*مارس\s*٢٠٢٦", text);
        Assert.Contains("الشكل", text);
        Assert.Contains("المصدر", text);
        Assert.DoesNotContain("Page 1 of", text);
    }

    [Theory]
    [InlineData("إلى")]
    [InlineData("الأمل")]
    [InlineData("وادي")]
    [InlineData("للاختبار")]
    [InlineData("الأغذية")]
    public void Arabic_words_with_ligatures_copy_out_of_the_pdf_as_typed(string word)
    {
        Assert.Contains(word, Text(briefs.Arabic));
    }

    [Fact]
    public void PdfPig_reads_the_French_brief_in_the_words_typed()
    {
        using var document = PdfDocument.Open(briefs.French);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        Assert.Contains("septembre", words);
        Assert.Contains("sur", words);
    }

    [Fact]
    public void The_Arabic_brief_embeds_the_Arabic_faces_and_the_French_one_does_not()
    {
        Assert.Contains("NotoNaskhArabic", Poppler.Fonts(briefs.Arabic));
        Assert.Contains("NotoSansArabic", Poppler.Fonts(briefs.Arabic));
        Assert.DoesNotContain("Arabic", Poppler.Fonts(briefs.French));
        Assert.DoesNotContain("Hebrew", Poppler.Fonts(briefs.French));
    }
}
