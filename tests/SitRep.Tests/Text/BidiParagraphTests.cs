using SitRep.Text;
using SitRep.Text.Bidi;

namespace SitRep.Tests.Text;

public class BidiParagraphTests
{
    /// <summary>
    /// Cases in the manner of Unicode's BidiCharacterTest.txt: text, paragraph direction (auto, L, R),
    /// resolved paragraph level, the level of each character after L1, and the visual order of the
    /// character indices (checked against GNU FriBidi while writing them). None uses explicit embeddings,
    /// which are not implemented.
    /// </summary>
    [Theory]
    [InlineData("The town of كيدال is north.", "auto", 0, "000000000000111110000000000", "0 1 2 3 4 5 6 7 8 9 10 11 16 15 14 13 12 17 18 19 20 21 22 23 24 25 26")]
    [InlineData("قتل ١٢ شخصا في 2023.", "auto", 1, "11112211111111122221", "19 15 16 17 18 14 13 12 11 10 9 8 7 6 4 5 3 2 1 0")]
    [InlineData("بلغ العدد 12,944 شخصا", "auto", 1, "111111111122222211111", "20 19 18 17 16 10 11 12 13 14 15 9 8 7 6 5 4 3 2 1 0")]
    [InlineData("نزح 25,000 شخص من UNHCR اليوم", "auto", 1, "11112222221111111122222111111", "28 27 26 25 24 23 18 19 20 21 22 17 16 15 14 13 12 11 10 4 5 6 7 8 9 3 2 1 0")]
    [InlineData("שלום עולם 123 abc", "auto", 1, "11111111112221222", "14 15 16 13 10 11 12 9 8 7 6 5 4 3 2 1 0")]
    [InlineData("abc 45% def", "R", 1, "22222222222", "0 1 2 3 4 5 6 7 8 9 10")]
    [InlineData("ا - ب", "L", 0, "11111", "4 3 2 1 0")]
    [InlineData("From كيدال - غاو by road", "auto", 0, "000001111111111100000000", "0 1 2 3 4 15 14 13 12 11 10 9 8 7 6 5 16 17 18 19 20 21 22 23")]
    [InlineData("٤٥٪ من السكان", "auto", 1, "2211111111111", "12 11 10 9 8 7 6 5 4 3 2 0 1")]
    [InlineData("مُدن", "auto", 1, "1111", "3 2 1 0")]
    [InlineData("$20 فقط", "auto", 1, "2221111", "6 5 4 3 0 1 2")]
    [InlineData("123", "auto", 0, "000", "0 1 2")]
    [InlineData("שלום abc  ", "R", 1, "1111122211", "9 8 5 6 7 4 3 2 1 0")]
    [InlineData("abc\tשלום", "auto", 0, "00001111", "0 1 2 3 7 6 5 4")]
    [InlineData("a 1.5 ب", "auto", 0, "0000001", "0 1 2 3 4 5 6")]
    [InlineData("ب 1.5 a", "auto", 1, "1122212", "6 5 2 3 4 1 0")]
    [InlineData("ب 1,2,3 ج", "auto", 1, "112222211", "8 7 2 3 4 5 6 1 0")]
    [InlineData("ب -5 ج", "auto", 1, "111211", "5 4 3 2 1 0")]
    [InlineData("Kidal (كيدال وغاو) ≈ 110 km", "auto", 0, "000000011111111110000222000", "0 1 2 3 4 5 6 16 15 14 13 12 11 10 9 8 7 17 18 19 20 21 22 23 24 25 26")]
    [InlineData("نزح 25,000 شخص (تقديرات)", "auto", 1, "111122222211111111111111", "23 22 21 20 19 18 17 16 15 14 13 12 11 10 4 5 6 7 8 9 3 2 1 0")]
    [InlineData("في (UN) اليوم", "auto", 1, "1111221111111", "12 11 10 9 8 7 6 4 5 3 2 1 0")]
    [InlineData("a (b) ج", "auto", 0, "0000001", "0 1 2 3 4 5 6")]
    [InlineData("ب (c) d", "auto", 1, "1112112", "6 5 4 3 2 1 0")]
    [InlineData("Kidal (كيدال) 2023", "auto", 0, "000000011111002222", "0 1 2 3 4 5 6 11 10 9 8 7 12 13 14 15 16 17")]
    [InlineData("ب [a (c] d) ه", "auto", 1, "1112222112111", "12 11 10 9 8 7 3 4 5 6 2 1 0")]
    [InlineData("(a)", "R", 1, "121", "2 1 0")]
    [InlineData("قال (WFP: 30,000) اليوم", "auto", 1, "11111222222222221111111", "22 21 20 19 18 17 16 5 6 7 8 9 10 11 12 13 14 15 4 3 2 1 0")]
    public void Resolves_levels_and_visual_order_like_the_reference(string text, string direction, int paragraphLevel, string levels, string order)
    {
        var paragraph = BidiParagraph.Analyze(text, direction switch
        {
            "L" => Direction.LeftToRight,
            "R" => Direction.RightToLeft,
            _ => null,
        });

        Assert.Equal(paragraphLevel, paragraph.ParagraphLevel);
        Assert.Equal(levels, string.Concat(paragraph.LineLevels(0, text.Length).Select(l => l.ToString())));
        Assert.Equal(order, string.Join(' ', VisualOrder(paragraph, 0, text.Length)));
    }

    [Fact]
    public void An_arabic_name_inside_english_is_one_right_to_left_run_in_place()
    {
        const string text = "Fighting near كيدال continued.";
        var paragraph = BidiParagraph.Analyze(text);

        var runs = paragraph.RunsInVisualOrder(0, text.Length);

        Assert.Equal(Direction.LeftToRight, paragraph.Direction);
        Assert.Equal(["Fighting near ", "كيدال", " continued."], runs.Select(r => text.Substring(r.Start, r.Length)));
        Assert.Equal([Direction.LeftToRight, Direction.RightToLeft, Direction.LeftToRight], runs.Select(r => r.Direction));
    }

    [Fact]
    public void Numbers_inside_arabic_read_left_to_right_and_sit_where_they_are_read()
    {
        const string text = "نزح 25,000 شخص";
        var paragraph = BidiParagraph.Analyze(text);

        var runs = paragraph.RunsInVisualOrder(0, text.Length);

        // Drawn from the left: the last word, the number (left to right), then the first word at the right edge.
        Assert.Equal([" شخص", "25,000", "نزح "], runs.Select(r => text.Substring(r.Start, r.Length)));
        Assert.Equal([1, 2, 1], runs.Select(r => r.Level));
        Assert.Equal("صخش 25,000 حزن", VisualText(paragraph, 0, text.Length));
    }

    [Fact]
    public void Neutrals_between_runs_of_one_direction_take_it_and_between_two_directions_take_the_paragraphs()
    {
        const string text = "Roads كيدال - غاو and Gao";
        var levels = BidiParagraph.Analyze(text).LineLevels(0, text.Length);

        Assert.Equal(1, levels[text.IndexOf('-')]);               // between two Arabic names: right to left
        Assert.Equal(0, levels[text.IndexOf(" and", StringComparison.Ordinal)]);   // between Arabic and English: the paragraph's
    }

    [Fact]
    public void Wrapped_lines_are_reordered_one_line_at_a_time()
    {
        const string text = "أعلن الجيش المالي يوم 14 نوفمبر أنه سيطر على كيدال";
        var paragraph = BidiParagraph.Analyze(text);
        var breakAt = text.IndexOf("أنه", StringComparison.Ordinal);

        var first = VisualText(paragraph, 0, breakAt);
        var second = VisualText(paragraph, breakAt, text.Length);

        // The first line keeps its trailing space at the paragraph level and reads from the right: the space is drawn at the far left.
        Assert.Equal(" ربمفون 14 موي يلاملا شيجلا نلعأ", first);
        Assert.Equal("لاديك ىلع رطيس هنأ", second);
        Assert.Single(paragraph.RunsInVisualOrder(breakAt, text.Length));
    }

    [Fact]
    public void A_right_to_left_paragraph_found_from_its_first_strong_letter_even_after_digits_and_latin_punctuation()
    {
        Assert.Equal(Direction.RightToLeft, BidiParagraph.Analyze("2023 - غاو").Direction);
        Assert.Equal(Direction.LeftToRight, BidiParagraph.Analyze("« Kidal » كيدال").Direction);
        Assert.Equal(Direction.LeftToRight, BidiParagraph.Analyze("12 944").Direction);
    }

    [Fact]
    public void Latin_text_takes_the_fast_path_and_one_run_per_line()
    {
        const string text = "Le 14 novembre, l’armée a repris Kidal : « une victoire ».";
        var paragraph = BidiParagraph.Analyze(text);

        Assert.True(paragraph.IsLeftToRightOnly);
        Assert.Equal([new BidiRun(0, text.Length, 0)], paragraph.RunsInVisualOrder(0, text.Length));
        Assert.False(BidiParagraph.Analyze("Kidal (كيدال)").IsLeftToRightOnly);
        Assert.False(BidiParagraph.Analyze("Kidal", Direction.RightToLeft).IsLeftToRightOnly);
    }

    [Fact]
    public void A_character_beyond_the_basic_plane_keeps_its_two_code_units_together()
    {
        const string text = "ب 𝑥 ج";   // U+1D465, mathematical italic x: L
        var paragraph = BidiParagraph.Analyze(text);
        var x = text.IndexOf('\uD835');

        Assert.Equal(paragraph.Levels[x], paragraph.Levels[x + 1]);
        Assert.Equal(2, paragraph.Levels[x]);
    }

    [Fact]
    public void Rejects_a_line_outside_the_paragraph()
    {
        var paragraph = BidiParagraph.Analyze("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => paragraph.RunsInVisualOrder(1, 4));
    }

    internal static IEnumerable<int> VisualOrder(BidiParagraph paragraph, int start, int end) =>
        paragraph.RunsInVisualOrder(start, end).SelectMany(run => run.Direction == Direction.RightToLeft
            ? Enumerable.Range(run.Start, run.Length).Reverse()
            : Enumerable.Range(run.Start, run.Length));

    /// <summary>The characters in the order they are drawn from left to right (marks and mirroring aside).</summary>
    internal static string VisualText(BidiParagraph paragraph, int start, int end) =>
        string.Concat(VisualOrder(paragraph, start, end).Select(i => paragraph.Text[i]));
}
