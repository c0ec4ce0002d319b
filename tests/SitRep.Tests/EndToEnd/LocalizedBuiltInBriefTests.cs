using System.Text.RegularExpressions;
using SitRep.Pipeline;
using SitRep.Tests.Support;

namespace SitRep.Tests.EndToEnd;

/// <summary>
/// The French and Arabic test situations built with each built-in template: the country, the header and footer,
/// figures, estimative terms, actor and sector headings and the map's notes are in the brief's language, the Arabic
/// brief writes the numbers SitRep formats in Arabic-Indic digits, and no English furniture is left.
/// </summary>
public sealed class LocalizedBuiltInBriefTests : IClassFixture<LocalizedBuiltInBriefTests.Briefs>
{
    public sealed class Briefs : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), $"sitrep-localized-builtins-{Guid.NewGuid():N}");

        public Briefs()
        {
            Directory.CreateDirectory(folder);
            foreach (var situation in new[] { "fr-crue-karbou", "ar-wadi-amal" })
            {
                foreach (var template in new[] { "analyst", "executive", "humanitarian" })
                {
                    var path = Path.Combine(folder, $"{situation}-{template}.pdf");
                    BriefBuilder.Build(new BuildRequest(Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Situations", situation), template, path));
                    Texts[(situation, template)] = Normalised(Poppler.Text(path));
                    Paths[(situation, template)] = path;
                }
            }
        }

        public Dictionary<(string Situation, string Template), string> Texts { get; } = new();

        public Dictionary<(string Situation, string Template), string> Paths { get; } = new();

        /// <summary>pdftotext's text without the direction marks it adds around right-to-left lines, no-break spaces as spaces.</summary>
        private static string Normalised(string text) =>
            Regex.Replace(Regex.Replace(text, "[\u202A-\u202E\u200E\u200F]", ""), "[\u00A0\u202F]", " ");

        public void Dispose() => Directory.Delete(folder, true);
    }

    private readonly Briefs briefs;

    public LocalizedBuiltInBriefTests(Briefs briefs) => this.briefs = briefs;

    public static TheoryData<string> Templates => new() { "analyst", "executive", "humanitarian" };

    /// <summary>Words SitRep once printed in English in every brief, whatever its language.</summary>
    private static readonly string[] EnglishFurniture =
    [
        "Page 1 of", "as of", "As of", "Situation brief", "analyst brief", "executive brief", "situation report", "Situation Report",
        "Sources:", "Source:", "Figure 1:", "Boundaries:", "The boundaries and names", "people", "about ", "sources differ",
        "State forces", "People quoted", "International forces", "Outlet not named", "“", "”",
        "exact date", "~ approximate", "Mar ", "Sep ",
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_French_briefs_carry_no_english_furniture(string template)
    {
        var text = briefs.Texts[("fr-crue-karbou", template)];
        foreach (var english in EnglishFurniture)
            Assert.False(text.Contains(english, StringComparison.Ordinal), $"the French {template} brief prints '{english}'");
        Assert.Contains("Page 1 sur ", text);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_Arabic_briefs_carry_no_english_furniture_and_name_the_country_in_arabic(string template)
    {
        var text = briefs.Texts[("ar-wadi-amal", template)];
        foreach (var english in EnglishFurniture.Append("Sudan").Append("SUDAN").Append("Page "))
            Assert.False(text.Contains(english, StringComparison.Ordinal), $"the Arabic {template} brief prints '{english}'");
        Assert.Contains("السودان", text);
    }

    [Theory]
    [InlineData("analyst", "SitRep · note d'analyse", "Note de situation · au 20 septembre 2026")]
    [InlineData("executive", "SitRep · note de synthèse", "Note de synthèse · au 20 septembre 2026")]
    [InlineData("humanitarian", "SitRep · rapport de situation humanitaire", "Rapport de situation — au 20 septembre 2026")]
    public void The_French_header_and_footer_are_in_French(string template, string footer, string header)
    {
        var text = briefs.Texts[("fr-crue-karbou", template)];
        Assert.Contains(footer, text);
        if (Regex.Matches(text, "Page \\d+ sur").Count > 1)
            Assert.Contains(header, text);
    }

    [Theory]
    [InlineData("analyst", "موجز تحليلي")]
    [InlineData("executive", "موجز تنفيذي")]
    [InlineData("humanitarian", "تقرير الوضع الإنساني")]
    public void The_Arabic_footer_is_in_Arabic(string template, string footer) =>
        Assert.Contains(footer, briefs.Texts[("ar-wadi-amal", template)]);

    [Fact]
    public void The_French_analyst_brief_writes_figures_terms_and_headings_in_French()
    {
        var text = briefs.Texts[("fr-crue-karbou", "analyst")];
        Assert.Contains("Figure 1 : ", text);
        Assert.Contains("Frontières : Natural Earth ; positions des lieux approximatives.", text);
        Assert.Contains("environ 15 000 personnes", text);
        Assert.Contains("12 944 personnes", text);
        Assert.Contains("Forces de l'État", text);
        Assert.Contains("Personnes citées ou nommées", text);
        Assert.Contains("« Niger : la crue submerge Karbou, des milliers de sinistrés »", text);
        Assert.Contains("Probable.", text);
        Assert.Contains("Confiance faible.", text);
    }

    [Fact]
    public void The_French_situation_report_heads_its_sectors_in_French_and_prints_the_un_disclaimer_in_French()
    {
        var text = briefs.Texts[("fr-crue-karbou", "humanitarian")];
        Assert.Contains("Réponse et lacunes par secteur", text);
        foreach (var sector in new[] { "Abris", "Logistique", "Éducation" })
            Assert.Matches($"(?m)^{sector}$", text);
        Assert.Contains("Les frontières, les noms et les désignations employés sur cette carte", text);
        Assert.Contains("Sinistrés selon la mairie : 12 944 personnes", text);
    }

    [Fact]
    public void The_Arabic_analyst_brief_writes_the_numbers_it_formats_in_arabic_indic_digits()
    {
        var text = briefs.Texts[("ar-wadi-amal", "analyst")];
        // The background item's year, the dates, citations and list numbers: no Western digit is left in what SitRep writes.
        Assert.Matches(@"\.?٢٠٢٦\.?\s*سجّ?\s*لت", text);
        Assert.DoesNotContain("2026", text);
        Assert.Matches(@"٣٠٬٠٠٠\s*شخص", text);
        Assert.Matches(@"[\[\]][١٢][\[\]]", text);
        Assert.DoesNotMatch(@"[\[\]][0-9]+[\[\]]", text);
        Assert.Matches(@"مرجّ\s?ح جد", text);   // pdftotext may cut after a shadda
        Assert.Contains("ثقة متوسطة", text);
        Assert.Contains("القوات والشركاء الدوليون", text);
        Assert.Contains("الأمم المتحدة تحذر من نقص الغذاء في وادي الأمل»", text);
    }

    [Fact]
    public void The_Arabic_situation_report_heads_its_sectors_in_Arabic()
    {
        var text = briefs.Texts[("ar-wadi-amal", "humanitarian")];
        Assert.Contains("الاستجابة والثغرات حسب القطاع", text);
        Assert.Contains("الصحة", text);
        Assert.Contains("المياه والصرف الصحي والنظافة", text);
        Assert.Contains("الغذاء", text);
        Assert.Contains("والتسميات المستخدمة في هذه الخريطة لا تعني", text);
        Assert.Contains("من جانب الأمم المتحدة", text);
    }

    [Fact]
    public void The_French_charts_write_dates_numbers_and_legends_in_French()
    {
        var text = briefs.Texts[("fr-crue-karbou", "analyst")];
        Assert.Contains("15 sept. La crue submerge", text);   // a timeline label: its short date, then its words
        Assert.Contains("date exacte", text);
        Assert.Contains("~15 000", text);                      // a bar's value, with its narrow no-break space
        Assert.Contains("~ approximatif", text);
        Assert.Matches(@"(?m)^\d+ km$", text);                 // the map's scale
    }

    [Fact]
    public void The_Arabic_charts_write_dates_numbers_and_legends_in_Arabic_and_copy_in_logical_order()
    {
        var text = briefs.Texts[("ar-wadi-amal", "analyst")];
        // As typed, in logical order; pdftotext may move the space after a number out of the right-to-left run, as in the body.
        Assert.Matches(@"٩\s?مارس إغلاق الطريق", text);       // the date opens the label, in Arabic-Indic digits
        Assert.Contains("تاريخ دقيق", text);
        Assert.Matches(@"(?m)^\s?[٠-٩]+\s?كم$", text);          // the map's scale and distance: "٥٠ كم", not "km 50"
        Assert.DoesNotMatch(@"كم\s?[٠-٩]", text);
        Assert.Matches(@"(?m)^\s?٣٠٬٠٠٠\s?$", text);            // the bar's value and last tick
        Assert.DoesNotContain("km", text);
    }

    [Fact]
    public void The_Arabic_bar_chart_is_mirrored_its_label_at_the_right_its_value_at_the_bars_left_end_and_zero_at_the_right()
    {
        var words = Poppler.Words(briefs.Paths[("ar-wadi-amal", "analyst")]);
        var lines = words.GroupBy(w => (w.Page, Math.Round(w.Top, 1))).Select(g => g.ToArray()).ToArray();
        // The bar's row: its label's words and its value, without the unit the figures table adds ("٣٠٬٠٠٠ شخص").
        var row = Assert.Single(lines, l => l.Any(w => w.Is("عاجلة")) && l.Any(w => w.Is("٣٠٬٠٠٠")) && !l.Any(w => w.Is("شخص")));
        var value = row.Single(w => w.Is("٣٠٬٠٠٠"));
        var label = row.Where(w => !w.Is("٣٠٬٠٠٠")).ToArray();
        Assert.Equal(5, label.Length);
        Assert.True(label.Min(w => w.Left) > value.Right + 200, "the category label is not right of the bar and its value");
        // The label is aligned right, with the figure's source line below it.
        var source = words.Where(w => w.Page == value.Page && w.Top > value.Top && w.Is("المصدر:")).MinBy(w => w.Top)!;
        Assert.Equal(source.Right, label.Max(w => w.Right), 0);

        var ticks = Assert.Single(lines, l => l.Any(w => w.Is("٥٬٠٠٠")));
        var zero = ticks.Single(w => w.Is("٠"));
        Assert.Equal(ticks.Max(w => w.Right), zero.Right, 6);
        Assert.Equal(ticks.Min(w => w.Left), ticks.Single(w => w.Is("٣٠٬٠٠٠")).Left, 6);
        Assert.True(zero.Right < label.Min(w => w.Left), "zero is not at the plot's right, left of the labels");
    }
}
