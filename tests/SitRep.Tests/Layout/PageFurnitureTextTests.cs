using SitRep.Document;
using SitRep.Layout;
using SitRep.Localization;
using SitRep.Templates;

namespace SitRep.Tests.Layout;

/// <summary>Header and footer patterns: {t:KEY} is a string of the locale files in the brief's language.</summary>
public sealed class PageFurnitureTextTests
{
    private static string Expand(string pattern, string language, int page = 2, int pages = 3)
    {
        using var kit = new LayoutKit();
        var info = new DocumentInfo("Titre", "", "SitRep", [], language, new DateOnly(2026, 9, 20), "20 septembre 2026");
        var furniture = new PageFurniture(new LayoutStyles(BriefTemplate.Load("analyst").Theme), kit.Breaker, info, false, Locales.ForBrief(language, null));
        return furniture.Expand(pattern, page, pages);
    }

    [Theory]
    [InlineData("en", "SitRep · analyst brief", "Situation brief · as of 20 September 2026")]
    [InlineData("fr", "SitRep · note d'analyse", "Note de situation · au 20 septembre 2026")]
    [InlineData("ar", "SitRep · موجز تحليلي", "موجز الوضع · حتى ٢٠ سبتمبر ٢٠٢٦")]
    public void Locale_keys_in_header_and_footer_are_in_the_brief_language(string language, string footer, string header)
    {
        Assert.Equal(footer, Expand("SitRep · {t:analyst_brief_name}", language));
        Assert.Equal(header, Expand("{t:situation_brief} · {as_of_text}", language));
    }

    [Fact]
    public void An_unknown_key_is_left_as_written() =>
        Assert.Equal("{t:no_such_key} · Page 2 sur 3", Expand("{t:no_such_key} · {page_of}", "fr"));
}
