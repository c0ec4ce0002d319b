using Scriban.Runtime;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Localization;
using SitRep.Pipeline;
using SitRep.Templates;
using SitRep.Tests.Support;

namespace SitRep.Tests.Localization;

/// <summary>
/// The words and numbers SitRep writes itself besides furniture: country names, figures (qualifier, scale, basis,
/// number), disputes, actor and sector headings, periods, punctuation, all in the brief's language.
/// </summary>
public class LocalizedWordsTests
{
    private static Locale Load(string language)
    {
        var diagnostics = new DiagnosticBag();
        var locale = Locales.ForLanguage(language, diagnostics);
        Assert.Empty(diagnostics.Items);
        return locale;
    }

    [Theory]
    [InlineData("fr", "729", "Soudan")]
    [InlineData("ar", "729", "السودان")]
    [InlineData("fr", "466", "Mali")]
    [InlineData("ar", "466", "مالي")]
    [InlineData("ar", "562", "النيجر")]
    [InlineData("fr", "12", "Algérie")]
    public void Countries_are_named_by_their_iso_code(string language, string code, string expected) =>
        Assert.Equal(expected, Load(language).CountryName(code));

    [Fact]
    public void A_code_the_file_does_not_name_has_no_name_and_english_names_none()
    {
        Assert.Null(Load("fr").CountryName("999"));
        Assert.Null(Load("en").CountryName("729"));
        Assert.Null(Load("fr").CountryName(null));
    }

    [Fact]
    public void A_country_code_that_is_not_a_number_is_a_warning_at_its_line()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = "language: de\nstrings:\n  summary: Zusammenfassung\ncountries:\n  \"276\": Deutschland\n  DE: Deutschland\n";
        var locale = Locales.Parse(yaml, "de.yaml", Locales.English, diagnostics);
        Assert.Equal("Deutschland", locale.CountryName("276"));
        Assert.Contains(diagnostics.Items, d => d.Location.Line == 6 && d.Message.Contains("'DE' is not an ISO 3166 numeric code"));
    }

    [Theory]
    [InlineData("en", 1.2, "1.2")]
    [InlineData("fr", 1.2, "1,2")]
    [InlineData("ar", 1.2, "١٫٢")]
    [InlineData("en", 12944, "12,944")]
    [InlineData("fr", 12944, "12\u202F944")]
    [InlineData("ar", 12944, "١٢٬٩٤٤")]
    [InlineData("en", 4.25, "4.25")]
    [InlineData("en", 4.10, "4.1")]
    public void Amounts_keep_the_decimals_they_have(string language, double value, string expected) =>
        Assert.Equal(expected, Load(language).Amount(value));

    private static Figure Figure(double? value = null, string qualifier = "exact", string unit = "", string? scale = null, string? basis = null, double[]? range = null) => new()
    {
        Id = "f",
        Label = "label",
        Value = value,
        Qualifier = qualifier,
        Unit = unit,
        Scale = scale,
        Basis = basis,
        Range = range?.ToList() ?? [],
    };

    [Theory]
    [InlineData("en", "about 15,000 people")]
    [InlineData("fr", "environ 15\u202F000 people")]
    [InlineData("ar", "نحو ١٥٬٠٠٠ people")]
    public void A_qualified_figure_takes_the_language_words_and_keeps_its_unit_as_typed(string language, string expected) =>
        Assert.Equal(expected, QuantityText.Format(Figure(15000, "about", "people"), Load(language)));

    [Theory]
    [InlineData("en", "at_least", "at least 312 cas")]
    [InlineData("fr", "at_least", "au moins 312 cas")]
    [InlineData("ar", "at_least", "٣١٢ على الأقل cas")]
    [InlineData("fr", "more_than", "plus de 312 cas")]
    [InlineData("fr", "up_to", "jusqu'à 312 cas")]
    [InlineData("fr", "fewer_than", "moins de 312 cas")]
    [InlineData("ar", "more_than", "أكثر من ٣١٢ cas")]
    public void Every_qualifier_has_its_words(string language, string qualifier, string expected) =>
        Assert.Equal(expected, QuantityText.Format(Figure(312, qualifier, "cas"), Load(language)));

    [Theory]
    [InlineData("en", 4.1, "US$ 4.1 billion")]
    [InlineData("fr", 4.1, "US$ 4,1 milliards")]
    [InlineData("fr", 1.2, "US$ 1,2 milliard")]
    [InlineData("ar", 4.1, "US$ ٤٫١ مليار")]
    public void Scales_take_the_language_word_and_its_plural(string language, double value, string expected) =>
        Assert.Equal(expected, QuantityText.Money("US$", value, "billion", Load(language)));

    [Theory]
    [InlineData("en", "between 200 and 300 maisons (verified)")]
    [InlineData("fr", "entre 200 et 300 maisons (vérifié)")]
    [InlineData("ar", "بين ٢٠٠ و٣٠٠ maisons (موثَّق)")]
    public void Ranges_and_bases_are_in_the_language(string language, string expected) =>
        Assert.Equal(expected, QuantityText.WithBasis(Figure(qualifier: "exact", unit: "maisons", basis: "verified", range: [200, 300]), Load(language)));

    [Theory]
    [InlineData("en", "12,944–15,000 personnes, sources differ")]
    [InlineData("fr", "12\u202F944–15\u202F000 personnes, les sources divergent")]
    [InlineData("ar", "١٢٬٩٤٤–١٥٬٠٠٠ personnes، تختلف المصادر")]
    public void A_dispute_reads_in_the_language(string language, string expected) =>
        Assert.Equal(expected, QuantityText.Disputed(12944, 15000, Figure(12944, unit: "personnes"), Load(language)));

    [Fact]
    public void English_figures_read_as_before()
    {
        Assert.Equal("about 1.2 million people", QuantityText.Format(Figure(1.2, "about", "people", "million")));
        Assert.Equal("at least 782 killed (verified)", QuantityText.WithBasis(Figure(782, "at_least", "killed", basis: "verified")));
        Assert.Equal("200–300", QuantityText.Number(Figure(range: [200, 300])));
    }

    [Theory]
    [InlineData("en", ": ", "; ", ", ", "“", "”")]
    [InlineData("fr", "\u202F: ", "\u202F; ", ", ", "«\u202F", "\u202F»")]
    [InlineData("ar", ": ", "؛ ", "، ", "«", "»")]
    public void Punctuation_follows_the_language(string language, string colon, string semicolon, string comma, string open, string close)
    {
        var locale = Load(language);
        Assert.Equal((colon, semicolon, comma, open, close),
            (locale.Text("colon"), locale.Text("semicolon"), locale.Text("comma"), locale.Text("quote_open"), locale.Text("quote_close")));
    }

    [Theory]
    [InlineData("en", "wash", "WASH (water, sanitation and hygiene)")]
    [InlineData("fr", "wash", "EHA (eau, hygiène et assainissement)")]
    [InlineData("ar", "wash", "المياه والصرف الصحي والنظافة")]
    [InlineData("fr", "food-security", "Sécurité alimentaire")]
    [InlineData("ar", "shelter", "المأوى")]
    [InlineData("fr", "education", "Éducation")]
    [InlineData("en", "food-security", "Food security")]
    [InlineData("fr", "mine-action", "Mine action")]
    public void Sector_headings_are_in_the_language(string language, string sector, string expected) =>
        Assert.Equal(expected, TemplateModel.SectorLabel(sector, Load(language)));

    [Theory]
    [InlineData("en", "2026", "2026")]
    [InlineData("ar", "2026", "٢٠٢٦")]
    [InlineData("ar", "2015-2023", "٢٠١٥–٢٠٢٣")]
    [InlineData("fr", "2023-11", "novembre 2023")]
    [InlineData("ar", "2023-11-14", "١٤ نوفمبر ٢٠٢٣")]
    [InlineData("ar", "over ten years, to 2023", "over ten years, to 2023")]
    public void A_period_that_is_a_date_is_written_by_the_locale_and_words_stay_as_typed(string language, string period, string expected) =>
        Assert.Equal(expected, TemplateModel.Period(period, Load(language)));

    private static ScriptObject Model(string situation, string? language = null)
    {
        var (loaded, _) = BriefBuilder.LoadChecked(Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Situations", situation));
        return TemplateModel.From(loaded, "analyst", new TemplateExtras(Load(language ?? loaded.Info.Language)));
    }

    private static ScriptObject Object(object? value) => Assert.IsType<ScriptObject>(value);

    private static List<ScriptObject> Items(object? value) => Assert.IsType<ScriptArray>(value).Cast<ScriptObject>().ToList();

    private static string Text(object? value) => Assert.IsType<string>(value);

    private static string Country(string situation, string? language = null) => Text(Object(Model(situation, language)["situation"])["country"]);

    [Fact]
    public void A_situation_without_a_country_name_takes_the_locale_name_for_its_code() =>
        Assert.Equal("السودان", Country("ar-wadi-amal"));

    [Fact]
    public void A_country_typed_in_the_situation_language_stays_and_another_language_takes_its_own_name()
    {
        Assert.Equal("Niger", Country("fr-crue-karbou"));
        Assert.Equal("النيجر", Country("fr-crue-karbou", "ar"));
        Assert.Equal("Mali", Country(Path.Combine("..", "..", "..", "seeds", "kidal")));
        Assert.Equal("مالي", Country(Path.Combine("..", "..", "..", "seeds", "kidal"), "ar"));
    }

    [Fact]
    public void Default_actor_categories_and_the_map_disclaimer_are_in_the_brief_language()
    {
        var model = Model("fr-crue-karbou");
        Assert.Equal(["Forces de l'État", "Personnes citées ou nommées"], Items(model["actor_groups"]).Select(g => Text(g["label"])));
        Assert.StartsWith("Les frontières, les noms", Text(Object(model["situation"])["map_disclaimer"]));
        Assert.Equal("القوات والشركاء الدوليون", Text(Assert.Single(Items(Model("ar-wadi-amal")["actor_groups"]))["label"]));
    }

    [Fact]
    public void Figure_texts_and_dispute_values_are_in_the_brief_language()
    {
        var model = Model("fr-crue-karbou");
        var figures = Items(model["figures"]).ToDictionary(f => Text(f["id"]), f => Text(f["value_text"]));
        Assert.Equal("environ 15\u202F000 personnes", figures["sinistres-protection-civile"]);
        Assert.Equal("12\u202F944 personnes", figures["sinistres-mairie"]);
        var dispute = Assert.Single(Items(model["discrepancies"]));
        Assert.Equal("12\u202F944–15\u202F000 personnes, les sources divergent", Text(dispute["range_text"]));
        Assert.Equal(["12\u202F944 personnes", "environ 15\u202F000 personnes"], Items(dispute["values"]).Select(v => Text(v["value"])));
        Assert.Equal("٣٠٬٠٠٠ شخص", Text(Items(Model("ar-wadi-amal")["figures"])[0]["value_text"]));
    }

    [Fact]
    public void Response_sectors_are_headed_in_the_brief_language()
    {
        Assert.Equal(["Abris", "Logistique", "Éducation"], Items(Model("fr-crue-karbou")["response_by_sector"]).Select(s => Text(s["label"])));
        Assert.Equal(["الصحة", "المياه والصرف الصحي والنظافة", "الغذاء"], Items(Model("ar-wadi-amal")["response_by_sector"]).Select(s => Text(s["label"])));
    }
}
