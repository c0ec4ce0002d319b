using SitRep.Sources;

namespace SitRep.Tests.Sources;

public class ArabicNormalizationTests
{
    [Theory]
    [InlineData("كـــيـدال", "كيدال")]                 // tatweel
    [InlineData("مُدُنٌ", "مدن")]                        // vowel marks
    [InlineData("فارسی", "فارسي")]                      // Persian yeh
    [InlineData("على", "علي")]                          // alef maksura
    [InlineData("کیدال", "كيدال")]                      // keheh and Persian yeh
    [InlineData("أحمد إلى آخر", "احمد الي اخر")]          // hamza seats, madda
    [InlineData("٢٥٬٠٠٠ و۱۲٫۵٪", "25,000 و12.5%")]       // Arabic-Indic and extended digits, separators, percent
    [InlineData("\u200Fكيدال\u200E 2023", "كيدال 2023")] // direction marks
    public void Folds_the_arabic_variants_evidence_is_matched_under(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Keeps_ta_marbuta_and_heh_apart()
    {
        Assert.NotEqual(TextNormalizer.Normalize("مدرسة"), TextNormalizer.Normalize("مدرسه"));
    }

    [Fact]
    public void Evidence_typed_without_tatweel_or_hamza_is_found_in_the_source()
    {
        var source = new SourceText("test.txt", "قالت المفوضيّة إنّ أكثر من ٢٥٬٠٠٠ شخص فرّوا إلى الحـدود.");

        Assert.True(source.Contains("اكثر من 25,000 شخص فروا الى الحدود"));
        Assert.False(source.Contains("اكثر من 26,000 شخص"));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_past_dropped_characters()
    {
        const string text = "كـيدال ٢٠٢٣";
        var normalized = TextNormalizer.Normalize(text, out var offsets);

        Assert.Equal("كيدال 2023", normalized);
        Assert.Equal(text.IndexOf('ي'), offsets[1]);
        Assert.Equal(text.IndexOf('٢'), offsets[6]);
    }
}
