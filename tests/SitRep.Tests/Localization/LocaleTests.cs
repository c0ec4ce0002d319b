using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Localization;
using SitRep.Text;

namespace SitRep.Tests.Localization;

public class LocaleTests
{
    private static Locale Load(string language)
    {
        var diagnostics = new DiagnosticBag();
        var locale = Locales.ForLanguage(language, diagnostics);
        Assert.Empty(diagnostics.Items);   // the built-in files are complete
        return locale;
    }

    [Fact]
    public void English_french_and_arabic_are_built_in() =>
        Assert.Equal(["ar", "en", "fr"], Locales.BuiltIn);

    [Theory]
    [InlineData("en", "22 November 2023")]
    [InlineData("fr", "22 novembre 2023")]
    [InlineData("ar", "٢٢ نوفمبر ٢٠٢٣")]
    public void Dates_follow_the_language(string language, string expected) =>
        Assert.Equal(expected, Load(language).Date(new DateOnly(2023, 11, 22)));

    [Fact]
    public void Arabic_dates_take_western_digits_when_the_theme_asks()
    {
        var arabic = Load("ar").WithDigits(DigitSet.Western);
        Assert.Equal("22 نوفمبر 2023", arabic.Date(new DateOnly(2023, 11, 22)));
        Assert.Equal("٢ أغسطس ١٩٩٠", Load("ar").Date(new DateOnly(1990, 8, 2)));
    }

    [Fact]
    public void French_writes_the_first_of_the_month_as_1er_and_dates_of_lower_precision_without_a_day()
    {
        var french = Load("fr");
        Assert.Equal("1er août 2023", french.Date(new DateOnly(2023, 8, 1)));
        Assert.True(PartialDate.TryParse("2023-02", out var month));
        Assert.Equal("février 2023", french.Date(month));
        Assert.True(PartialDate.TryParse("2012", out var year));
        Assert.Equal("2012", french.Date(year));
        Assert.Equal("1 August 2023", Load("en").Date(new DateOnly(2023, 8, 1)));
    }

    [Fact]
    public void Every_month_has_its_name()
    {
        Assert.Equal(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], Load("en").Months);
        Assert.Equal(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], Load("fr").Months);
        Assert.Equal(["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"], Load("ar").Months);
    }

    [Theory]
    [InlineData("en", 12944, 0, "12,944")]
    [InlineData("fr", 12944, 0, "12\u202F944")]
    [InlineData("ar", 12944, 0, "١٢٬٩٤٤")]
    [InlineData("en", 1234567.891, 2, "1,234,567.89")]
    [InlineData("fr", 3.5, 1, "3,5")]
    [InlineData("ar", 3.5, 1, "٣٫٥")]
    [InlineData("en", 950, 0, "950")]
    [InlineData("fr", 1000, 0, "1\u202F000")]
    [InlineData("en", -25000, 0, "-25,000")]
    [InlineData("en", -0.001, 0, "0")]
    public void Numbers_follow_the_language(string language, double value, int decimals, string expected) =>
        Assert.Equal(expected, Load(language).Number(value, decimals));

    [Fact]
    public void Arabic_numbers_with_western_digits_take_western_separators()
    {
        var arabic = Load("ar").WithDigits(DigitSet.Western);
        Assert.Equal("12,944", arabic.Number(12944));
        Assert.Equal("3.5", arabic.Number(3.5, 1));
        Assert.Equal("45%", arabic.Percent(45));
    }

    [Theory]
    [InlineData("en", "45%")]
    [InlineData("fr", "45\u202F%")]
    [InlineData("ar", "٤٥٪")]
    public void Percentages_follow_the_language(string language, string expected) =>
        Assert.Equal(expected, Load(language).Percent(45));

    [Theory]
    [InlineData("en", "Page 3 of 8", "as of 22 November 2023", "Figure 2", "Sources differ")]
    [InlineData("fr", "Page 3 sur 8", "au 22 novembre 2023", "Figure 2", "Les sources divergent")]
    [InlineData("ar", "الصفحة ٣ من ٨", "حتى ٢٢ نوفمبر ٢٠٢٣", "الشكل ٢", "تختلف المصادر")]
    public void Furniture_and_captions_are_in_the_language(string language, string page, string asOf, string figure, string differ)
    {
        var locale = Load(language);
        Assert.Equal(page, locale.PageOf(3, 8));
        Assert.Equal(asOf, locale.AsOf(new DateOnly(2023, 11, 22)));
        Assert.Equal(figure, locale.Figure(2));
        Assert.Equal(differ, locale.Text("sources_differ"));
    }

    [Theory]
    [InlineData("en", "source", "Source")]
    [InlineData("en", "sources", "Sources")]
    [InlineData("en", "summary", "Summary")]
    [InlineData("en", "key_judgments", "Key judgments")]
    [InlineData("en", "humanitarian_figures", "Humanitarian figures")]
    [InlineData("fr", "source", "Source")]
    [InlineData("fr", "sources", "Sources")]
    [InlineData("fr", "summary", "Résumé")]
    [InlineData("fr", "background", "Contexte")]
    [InlineData("fr", "timeline", "Chronologie")]
    [InlineData("fr", "actors", "Acteurs")]
    [InlineData("fr", "outlook", "Perspectives")]
    [InlineData("fr", "key_judgments", "Jugements clés")]
    [InlineData("fr", "humanitarian_figures", "Chiffres humanitaires")]
    [InlineData("ar", "source", "المصدر")]
    [InlineData("ar", "sources", "المصادر")]
    [InlineData("ar", "summary", "الملخص")]
    [InlineData("ar", "background", "الخلفية")]
    [InlineData("ar", "timeline", "التسلسل الزمني")]
    [InlineData("ar", "actors", "الأطراف الفاعلة")]
    [InlineData("ar", "outlook", "التوقعات")]
    [InlineData("ar", "key_judgments", "التقديرات الرئيسية")]
    [InlineData("ar", "humanitarian_figures", "الأرقام الإنسانية")]
    public void Headings_and_captions_are_in_the_language(string language, string key, string expected) =>
        Assert.Equal(expected, Load(language).Text(key));

    [Theory]
    [InlineData("en", new[] { "almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely", "almost certain" }, new[] { "low confidence", "moderate confidence", "high confidence" })]
    [InlineData("fr", new[] { "quasiment exclu", "très peu probable", "peu probable", "chances à peu près égales", "probable", "très probable", "presque certain" }, new[] { "confiance faible", "confiance modérée", "confiance élevée" })]
    [InlineData("ar", new[] { "شبه مستحيل", "مستبعد جدًا", "مستبعد", "احتمال متكافئ تقريبًا", "مرجّح", "مرجّح جدًا", "شبه مؤكد" }, new[] { "ثقة منخفضة", "ثقة متوسطة", "ثقة عالية" })]
    public void Estimative_terms_cover_the_icd_203_scale(string language, string[] likelihoods, string[] confidences)
    {
        var locale = Load(language);
        Assert.Equal(likelihoods, Vocabulary.Likelihoods.Select(locale.Likelihood));
        Assert.Equal(confidences, Vocabulary.Confidences.Select(locale.Confidence));
    }

    [Fact]
    public void Every_language_has_every_english_key_and_its_placeholders()
    {
        var english = Load("en");
        foreach (var language in Locales.BuiltIn)
        {
            var locale = Load(language);
            Assert.Equal(english.Keys.Order(), locale.Keys.Order());
            foreach (var key in english.Keys.Where(k => english.Text(k).Contains('{')))
                Assert.Contains("{", locale.Text(key));
        }
    }

    [Fact]
    public void Arabic_is_right_to_left_and_a_regional_tag_finds_its_language()
    {
        Assert.Equal(Direction.RightToLeft, Load("ar").Direction);
        Assert.Equal(Direction.LeftToRight, Load("fr").Direction);
        Assert.Equal("fr", Load("fr-CA").Language);
        Assert.Equal("ar", Load("AR_eg").Language);
    }

    [Fact]
    public void A_language_without_a_file_falls_back_to_english_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var locale = Locales.ForLanguage("sw", diagnostics, new SourceLocation("situation.yaml", 7, 11));

        Assert.Equal("en", locale.Language);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("situation.yaml:7:11: warning: SitRep has no locale for language 'sw'", warning.ToString());
    }

    [Fact]
    public void A_user_file_with_missing_and_wrong_keys_falls_back_to_english_key_by_key_with_warnings()
    {
        const string yaml = """
            language: de
            name: Deutsch
            dates:
              months: [Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]
              day: "{day}. {month} {year}"
            numbers:
              group: "."
              decimal: ","
              percent: "{number} %"
            strings:
              page_of: "Seite {page}"
              sources: "Quellen"
              colour: "Farbe"
            """;
        var diagnostics = new DiagnosticBag();

        var german = Locales.Parse(yaml, "de.yaml", Locales.English, diagnostics);

        Assert.Equal("22. November 2023", german.Date(new DateOnly(2023, 11, 22)));
        Assert.Equal("12.944", german.Number(12944));
        Assert.Equal("Quellen", german.Text("sources"));
        Assert.Equal("Page 1 of 2", german.PageOf(1, 2));            // lacks {pages}: the English one
        Assert.Equal("Sources differ", german.Text("sources_differ"));
        Assert.Equal("November 2023", german.Date(2023, 11, 1, "month"));
        Assert.All(diagnostics.Items, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(diagnostics.Items, d => d.ToString() == "de.yaml:11:12: warning: strings.page_of lacks {pages}; using the English \"Page {page} of {pages}\"");
        Assert.Contains(diagnostics.Items, d => d.ToString().StartsWith("de.yaml:13:3: warning: strings.colour is not a key SitRep prints", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Message == "strings.sources_differ is missing; using the English \"Sources differ\"");
        Assert.Contains(diagnostics.Items, d => d.Message == "dates.month is missing or not a pattern; using the English one");
    }

    [Fact]
    public void A_broken_file_is_an_error_with_its_place()
    {
        var diagnostics = new DiagnosticBag();
        Locales.Parse("strings: [unclosed", "xx.yaml", Locales.English, diagnostics);
        Assert.Contains(diagnostics.Items, d => d.Severity == Severity.Error && d.Location.File == "xx.yaml" && d.Message.StartsWith("not valid YAML", StringComparison.Ordinal));

        diagnostics = new DiagnosticBag();
        Locales.Parse("dates: { months: [a, b] }\nnumbers: { digits: roman }", "yy.yaml", Locales.English, diagnostics);
        Assert.Contains(diagnostics.Items, d => d.ToString() == "yy.yaml:2:20: error: digits 'roman' is not western, arabic-indic or extended-arabic-indic");
        Assert.Contains(diagnostics.Items, d => d.Message.StartsWith("dates.months is missing or not a list of the twelve month names", StringComparison.Ordinal));
    }
}

public class LanguageDirectionTests
{
    [Theory]
    [InlineData("ar", Direction.RightToLeft)]
    [InlineData("he", Direction.RightToLeft)]
    [InlineData("fa-IR", Direction.RightToLeft)]
    [InlineData("ur", Direction.RightToLeft)]
    [InlineData("ku-Arab", Direction.RightToLeft)]
    [InlineData("ku", Direction.LeftToRight)]
    [InlineData("ug-Latn", Direction.LeftToRight)]
    [InlineData("fr", Direction.LeftToRight)]
    [InlineData("en", Direction.LeftToRight)]
    [InlineData("", Direction.LeftToRight)]
    public void Knows_the_right_to_left_languages(string tag, Direction direction) =>
        Assert.Equal(direction, LanguageDirection.Of(tag));

    [Fact]
    public void An_arabic_date_is_a_right_to_left_paragraph_with_its_numbers_left_to_right()
    {
        var date = Locales.ForLanguage("ar", new DiagnosticBag()).Date(new DateOnly(2023, 11, 22));
        var paragraph = SitRep.Text.Bidi.BidiParagraph.Analyze(date);

        Assert.Equal(Direction.RightToLeft, paragraph.Direction);
        Assert.Equal("22111111112222", string.Concat(paragraph.LineLevels(0, date.Length).Select(l => l.ToString())));
    }
}
