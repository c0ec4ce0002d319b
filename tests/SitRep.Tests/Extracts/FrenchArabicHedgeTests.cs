using SitRep.Extracts;

namespace SitRep.Tests.Extracts;

/// <summary>The evidence check reads hedges, scale words and decimal commas as French and Arabic sources write them.</summary>
public class FrenchArabicHedgeTests
{
    [Theory]
    [InlineData("environ 15 000 personnes ont perdu leur logement", 15000, "about")]
    [InlineData("près de 2 000 familles", 2000, "about")]
    [InlineData("au moins 12 morts", 12, "at_least")]
    [InlineData("pas moins de 40 villages", 40, "at_least")]
    [InlineData("plus de 300 maisons", 300, "more_than")]
    [InlineData("pas plus de 300 maisons", 300, "up_to")]
    [InlineData("jusqu’à 5 000 déplacés", 5000, "up_to")]
    [InlineData("moins de 10 écoles", 10, "fewer_than")]
    [InlineData("وصل نحو ٢٥٬٠٠٠ نازح", 25000, "about")]
    [InlineData("قدّرت بحوالي 400 أسرة", 400, "about")]
    [InlineData("ما لا يقل عن ١٢ قتيلاً", 12, "at_least")]
    [InlineData("اكثر من 300 منزل", 300, "more_than")]
    [InlineData("أكثر من 300 منزل", 300, "more_than")]
    [InlineData("أقل من 10 مدارس", 10, "fewer_than")]
    [InlineData("selon la mairie, 12 944 personnes", 12944, "exact")]
    [InlineData("إن 30,000 شخص", 30000, "exact")]
    public void The_word_before_a_number_gives_its_qualifier(string evidence, double value, string qualifier)
    {
        var number = Assert.Single(NumberEvidence.Find(evidence));
        Assert.Equal(value, number.Value);
        Assert.Equal(qualifier, number.Qualifier);
    }

    [Theory]
    [InlineData("1,5 million de personnes", 1.5, "million", 1_500_000)]
    [InlineData("2,3 milliards de francs CFA", 2.3, "billion", 2_300_000_000)]
    [InlineData("12 944,5 tonnes", 12944.5, null, 12944.5)]
    [InlineData("1,500 people", 1500, null, 1500)]
    [InlineData("١٫٢ مليون شخص", 1.2, "million", 1_200_000)]
    [InlineData("٣ ملايين نازح", 3, "million", 3_000_000)]
    [InlineData("١٥ ألف لاجئ", 15, "thousand", 15_000)]
    public void Decimal_commas_and_scale_words_are_read(string evidence, double value, string? scale, double amount)
    {
        var number = Assert.Single(NumberEvidence.Find(evidence));
        Assert.Equal(value, number.Value);
        Assert.Equal(scale, number.Scale);
        Assert.Equal(amount, number.Amount);
    }

    [Fact]
    public void A_list_of_small_numbers_is_not_read_as_decimals()
    {
        var numbers = NumberEvidence.Find("les 1, 2 et 3 mars");
        Assert.Equal([1d, 2d, 3d], numbers.Select(n => n.Value));
    }
}
