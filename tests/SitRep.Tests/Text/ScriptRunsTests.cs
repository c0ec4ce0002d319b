using SitRep.Text;
using SitRep.Text.Bidi;

namespace SitRep.Tests.Text;

public class ScriptRunsTests
{
    [Fact]
    public void An_arabic_name_in_french_splits_into_three_runs_and_the_brackets_go_with_the_french()
    {
        const string text = "Kidal (كيدال) est au nord.";

        var runs = ScriptRuns.Split(text);

        Assert.Equal(["Kidal (", "كيدال", ") est au nord."], runs.Select(r => text[r.Start..r.End]));
        Assert.Equal(["Latn", "Arab", "Latn"], runs.Select(r => r.ScriptTag));
        Assert.Equal([Direction.LeftToRight, Direction.RightToLeft, Direction.LeftToRight], runs.Select(r => r.Direction));
    }

    [Fact]
    public void An_english_acronym_inside_arabic_is_a_latin_run_read_left_to_right()
    {
        const string text = "قالت UNHCR إن ٢٥ ألف شخص نزحوا";

        var runs = ScriptRuns.Split(text);

        Assert.Equal(["قالت ", "UNHCR", " إن ", "٢٥", " ألف شخص نزحوا"], runs.Select(r => text[r.Start..r.End]));
        Assert.Equal(["Arab", "Latn", "Arab", "Arab", "Arab"], runs.Select(r => r.ScriptTag));
        Assert.Equal([1, 2, 1, 2, 1], runs.Select(r => r.Level));
    }

    [Fact]
    public void Marks_and_punctuation_join_the_letters_around_them()
    {
        const string text = "مُدُنٌ، وقرى";   // damma and tanwin are inherited; the Arabic comma is common

        var runs = ScriptRuns.Split(text);

        Assert.Equal(Script.Arabic, Assert.Single(runs).Script);
    }

    [Fact]
    public void Greek_cyrillic_hebrew_and_tifinagh_each_get_their_script()
    {
        const string text = "Αθήνα, Москва, ירושלים ⵜⴰⵎⴰⵣⵉⵖⵜ";
        var paragraph = BidiParagraph.Analyze(text);

        var runs = ScriptRuns.Split(paragraph, 0, text.Length);

        Assert.Equal(["Grek", "Cyrl", "Hebr", "Tfng"], runs.Where(r => text[r.Start..r.End].Trim(' ', ',').Length > 0).Select(r => r.ScriptTag));
        Assert.Equal(" ⵜⴰⵎⴰⵣⵉⵖⵜ", text[runs[^1].Start..runs[^1].End]);
    }

    [Fact]
    public void Text_with_no_letters_is_one_common_run()
    {
        var run = Assert.Single(ScriptRuns.Split("12 944 – 25 %"));
        Assert.Equal(Script.Common, run.Script);
    }

    [Theory]
    [InlineData('A', Script.Latin)]
    [InlineData('é', Script.Latin)]
    [InlineData('ß', Script.Latin)]
    [InlineData('\u0301', Script.Inherited)]
    [InlineData('λ', Script.Greek)]
    [InlineData('ж', Script.Cyrillic)]
    [InlineData('ش', Script.Arabic)]
    [InlineData('ک', Script.Arabic)]
    [InlineData('٣', Script.Arabic)]
    [InlineData('\u064E', Script.Inherited)]
    [InlineData('ـ', Script.Common)]
    [InlineData('،', Script.Common)]
    [InlineData('א', Script.Hebrew)]
    [InlineData('ⵣ', Script.Tifinagh)]
    [InlineData('7', Script.Common)]
    [InlineData('\u202F', Script.Common)]
    [InlineData('≈', Script.Common)]
    [InlineData('中', Script.Other)]
    public void Knows_the_script_of_a_character(char c, Script script) => Assert.Equal(script, Scripts.Of(c));
}
