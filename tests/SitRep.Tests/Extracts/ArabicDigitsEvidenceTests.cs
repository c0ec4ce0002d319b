using SitRep.Extracts;

namespace SitRep.Tests.Extracts;

public class ArabicDigitsEvidenceTests
{
    [Theory]
    [InlineData("سجّلت فرق الإغاثة ٣١٢ حالة إسهال", 312)]
    [InlineData("وصل نحو ٢٥٬٠٠٠ نازح", 25000)]
    [InlineData("نحو ۱۲۰۰ أسرة", 1200)]
    [InlineData("معدل ٢٫٥ في المئة", 2.5)]
    public void Numbers_in_Arabic_Indic_and_Persian_digits_are_read_in_place(string evidence, double value)
    {
        var number = Assert.Single(NumberEvidence.Find(evidence));
        Assert.Equal(value, number.Value);
        Assert.True(char.IsDigit(evidence[number.Start]), "the number keeps its place in the typed text");
    }
}
