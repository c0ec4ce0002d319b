using SitRep.Text;
using SitRep.Text.Bidi;

namespace SitRep.Tests.Text;

public class FontStackTests
{
    private static readonly FontStack Serif = FontStack.Embedded(FontStack.Serif);

    [Theory]
    [InlineData("a", "Noto Serif")]
    [InlineData("é", "Noto Serif")]
    [InlineData("ك", "Noto Naskh Arabic")]
    [InlineData("٢", "Noto Naskh Arabic")]
    [InlineData("ש", "Noto Sans Hebrew")]
    [InlineData("ⵜ", "Noto Sans Tifinagh")]
    [InlineData("≈", "Noto Sans Math")]
    [InlineData("≤", "Noto Sans Math")]
    [InlineData("𝑥", "Noto Sans Math")]
    [InlineData("(", "Noto Serif")]
    public void Each_character_is_set_in_the_first_family_that_has_it(string character, string family) =>
        Assert.Equal(family, Serif.Families[Serif.FamilyFor(char.ConvertToUtf32(character, 0))]);

    [Fact]
    public void The_sans_stack_takes_the_sans_arabic()
    {
        var sans = FontStack.Embedded(FontStack.Sans, bold: true);
        Assert.Equal("Noto Sans Arabic", sans.Families[sans.FamilyFor('د')]);
        Assert.Equal("Noto Sans", sans.Families[sans.FamilyFor('K')]);
    }

    [Fact]
    public void A_character_in_no_family_is_reported_once_with_its_code()
    {
        var missing = Serif.Missing("Kidal 中 ≈ 中 😀");

        Assert.Equal(["U+4E2D", "U+1F600"], missing.Select(m => m.Code));
        Assert.Equal(6, missing[0].Index);
        Assert.Equal("'中' (U+4E2D)", missing[0].ToString());
        Assert.Empty(Serif.Missing("Kidal (كيدال) ≈ 25\u202F000 ⵜⴰⵎⴰⵣⵉⵖⵜ\u200D\n"));
    }

    [Theory]
    [InlineData("plain ASCII from first to last, with digits 0123456789 and ~", "")]
    [InlineData("a long plain prefix before a late one: 中", "U+4E2D@39")]
    [InlineData("𝑥 ≈ 2 and 😀 then 😀", "U+1F600@11")]        // a supplementary character a family has, and one none has
    [InlineData("lone \\uD800 surrogate, then 中", "U+4E2D@23")]  // read as U+FFFD (which the serif has), one character long
    [InlineData("tab\\tand\\nnewline\\u200Bjoined", "")]        // controls and default-ignorable characters are never missing
    public void Missing_characters_are_found_wherever_they_are_in_the_text(string escaped, string expected)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);

        var missing = Serif.Missing(text);

        Assert.Equal(expected, string.Join(" ", missing.Select(m => $"{m.Code}@{m.Index}")));
    }

    [Fact]
    public void A_stack_without_latin_letters_reports_each_one_it_lacks()
    {
        var arabic = FontStack.Embedded([EmbeddedFonts.NotoNaskhArabic]);

        var missing = arabic.Missing("كيدال Kidal");

        Assert.Equal(["U+004B", "U+0069", "U+0064", "U+0061", "U+006C"], missing.Select(m => m.Code));
        Assert.Equal(6, missing[0].Index);
    }

    [Fact]
    public void Items_split_by_direction_script_and_font_and_spaces_stay_with_the_arabic()
    {
        const string text = "Kidal (كيدال وغاو) est à ≈ 110 km";
        var paragraph = BidiParagraph.Analyze(text);

        var items = TextItems.Logical(paragraph, Serif, 0, text.Length);

        Assert.Equal(["Kidal (", "كيدال وغاو", ") est à ", "≈", " 110 km"], items.Select(i => text[i.Start..i.End]));
        Assert.Equal(["Noto Serif", "Noto Naskh Arabic", "Noto Serif", "Noto Sans Math", "Noto Serif"], items.Select(i => Serif.Families[i.Family]));
    }

    [Fact]
    public void Western_digits_inside_arabic_take_the_arabic_face_and_brackets_it_lacks_fall_back()
    {
        const string text = "نزح 25,000 شخص (تقديرات)";
        var paragraph = BidiParagraph.Analyze(text);

        var items = TextItems.Logical(paragraph, Serif, 0, text.Length);

        Assert.Equal(["نزح ", "25,000", " شخص ", "(", "تقديرات", ")"], items.Select(i => text[i.Start..i.End]));
        Assert.Equal([1, 1, 1, 0, 1, 0], items.Select(i => i.Family));
    }

    [Theory]
    [InlineData("Le 14 novembre, l’armée a repris Kidal.", 1)]
    [InlineData("Kidal ≈ 25 000", 3)]             // the Latin fast path gives way when the first face lacks a character
    [InlineData("12 944 – 25 %", 1)]
    public void Plain_latin_lines_are_one_item_unless_a_character_needs_another_face(string text, int count)
    {
        var items = TextItems.Logical(BidiParagraph.Analyze(text), Serif, 0, text.Length);

        Assert.Equal(count, items.Count);
        Assert.Equal(text.Length, items.Sum(i => i.Length));
        Assert.All(items, i => Assert.Equal(0, i.Level));
    }

    [Fact]
    public void Items_in_visual_order_reverse_the_items_of_a_right_to_left_run()
    {
        const string text = "قالت UNHCR إن";
        var paragraph = BidiParagraph.Analyze(text);

        var items = TextItems.InVisualOrder(paragraph, Serif, 0, text.Length);

        Assert.Equal([" إن", "UNHCR", "قالت "], items.Select(i => text[i.Start..i.End]));
        Assert.Equal([Direction.RightToLeft, Direction.LeftToRight, Direction.RightToLeft], items.Select(i => i.Direction));
    }

    [Fact]
    public void Coverage_reads_the_cmap_of_each_face()
    {
        var naskh = FaceCoverage.Read(EmbeddedFonts.Face("Noto Naskh Arabic")!.Value.Span);
        var math = FaceCoverage.Read(EmbeddedFonts.Face("Noto Sans Math")!.Value.Span);

        Assert.True(naskh.Has('ب'));
        Assert.True(naskh.Has('٫'));
        Assert.False(naskh.Has('('));
        Assert.False(naskh.Has('A'));
        Assert.True(math.Has(0x1D465));    // format 12: beyond the basic plane
        Assert.False(math.Has(0x1F600));
        Assert.Equal(1122, naskh.Count);
    }

    [Fact]
    public void A_damaged_font_is_invalid_data_not_a_crash()
    {
        var font = EmbeddedFonts.Face("Noto Sans Hebrew")!.Value;
        Assert.Throws<InvalidDataException>(() => FaceCoverage.Read(font.Span[..400]));
        Assert.Throws<InvalidDataException>(() => FaceCoverage.Read(new byte[64]));
    }
}
