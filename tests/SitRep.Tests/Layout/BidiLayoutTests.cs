using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Layout.Elements;
using SitRep.Text;

namespace SitRep.Tests.Layout;

/// <summary>Bidi, font fallback and mirroring in the layout model: which fragment lands where, in which face and direction.</summary>
public class BidiLayoutTests
{
    private static IReadOnlyList<TextLine> Lines(LayoutKit kit, string text, double width = 400, TextAlignment alignment = TextAlignment.Left) =>
        kit.Breaker.Break([new StyledRun(text, LayoutKit.SerifStack, LayoutKit.Ink)], width, alignment, 1.4);

    [Fact]
    public void An_Arabic_name_inside_English_text_is_one_right_to_left_run_in_its_place()
    {
        using var kit = new LayoutKit();
        var line = Assert.Single(Lines(kit, "The town of كيدال الجديدة is in the north."));
        var texts = line.Fragments.Select(f => f.Text).ToList();
        Assert.Equal(["The", "town", "of", "الجديدة", "كيدال", "is", "in", "the", "north."], texts);
        var name = line.Fragments.Single(f => f.Text == "كيدال");
        Assert.Equal(TextDirection.RightToLeft, name.Run.Direction);
        Assert.Equal("Arab", name.Run.Script);
        Assert.Equal(EmbeddedFonts.NotoNaskhArabic, name.Font.Family);
        // The second Arabic word is read after the first, so it is drawn to its left.
        Assert.True(line.Fragments.Single(f => f.Text == "الجديدة").X < name.X);
        Assert.True(name.X > line.Fragments.Single(f => f.Text == "of").X);
        Assert.True(name.X < line.Fragments.Single(f => f.Text == "is").X);
        Assert.All(line.Fragments.Where(f => f.Text is "The" or "is"), f => Assert.Equal(TextDirection.LeftToRight, f.Run.Direction));
    }

    [Fact]
    public void Numbers_inside_Arabic_text_read_left_to_right_in_their_place()
    {
        using var kit = new LayoutKit(Direction.RightToLeft, "ar");
        var line = Assert.Single(Lines(kit, "وصل 2500 نازح"));
        var ordered = line.Fragments.OrderBy(f => f.X).Select(f => f.Text).ToList();
        Assert.Equal(["نازح", "2500", "وصل"], ordered);
        Assert.Equal(TextDirection.LeftToRight, line.Fragments.Single(f => f.Text == "2500").Run.Direction);
        Assert.Equal(TextDirection.RightToLeft, line.Fragments.Single(f => f.Text == "وصل").Run.Direction);
    }

    [Fact]
    public void Wrapped_right_to_left_lines_start_on_the_right_and_keep_the_reading_order()
    {
        using var kit = new LayoutKit(Direction.RightToLeft, "ar");
        var words = Enumerable.Range(1, 30).Select(i => "كلمة" + new string('ا', i % 3)).ToList();
        words[0] = "أولى";
        words[^1] = "أخيرة";
        var lines = Lines(kit, string.Join(' ', words), width: 120);
        Assert.True(lines.Count > 2);
        // The paragraph's first word is the rightmost of the first line, its last word on the last line.
        var first = lines[0].Fragments.MaxBy(f => f.X)!;
        Assert.Equal("أولى", first.Text);
        Assert.True(first.X + first.Width > 119 - 0.5, "the first line ends at the right edge");
        Assert.Contains(lines[^1].Fragments, f => f.Text == "أخيرة");
        Assert.Equal("أخيرة", lines[^1].Fragments.MinBy(f => f.X)!.Text);
        // A ragged last line is set against the right edge.
        Assert.True(lines[^1].Fragments.Max(f => f.X + f.Width) > 119 - 0.5);
    }

    [Fact]
    public void Each_character_falls_back_to_the_first_face_of_the_stack_that_has_it()
    {
        using var kit = new LayoutKit();
        var line = Assert.Single(Lines(kit, "about ≈ 12 944 people, كيدال"));
        Assert.Equal(EmbeddedFonts.NotoSansMath, line.Fragments.Single(f => f.Text == "≈").Font.Family);
        Assert.Equal(EmbeddedFonts.NotoNaskhArabic, line.Fragments.Single(f => f.Text == "كيدال").Font.Family);
        Assert.Equal("Noto Serif", line.Fragments.Single(f => f.Text == "about").Font.Family);
        Assert.Equal("Noto Serif", line.Fragments.Single(f => f.Text == "12").Font.Family);
    }

    [Fact]
    public void A_right_to_left_list_hangs_its_marker_on_the_right()
    {
        using var kit = new LayoutKit(Direction.RightToLeft, "ar");
        var marker = new TextElement(kit.Breaker, [new StyledRun("•", LayoutKit.SerifStack, LayoutKit.Ink)], TextAlignment.Left, 1.4);
        var item = new ListItemElement(marker, kit.Paragraph("نص البند الأول", font: LayoutKit.SerifStack), 15, rightToLeft: true);
        var canvas = new RecordingCanvas(0);
        item.Draw(canvas, new Rect(0, 0, 300, 100));
        var bullet = canvas.Texts.Single(t => t.Text == "•");
        Assert.True(bullet.X > 285, $"marker at {bullet.X}");
        Assert.All(canvas.Texts.Where(t => t.Text != "•"), t => Assert.True(t.X + t.Width <= 285 + 0.01));
    }

    [Fact]
    public void A_mirrored_box_draws_its_bar_on_the_right()
    {
        using var kit = new LayoutKit(Direction.RightToLeft, "ar");
        var bar = new Rgb(1, 2, 3);
        var box = new BoxElement(kit.Paragraph("اقتباس", font: LayoutKit.SerifStack), new BoxStyle(new Insets(4, 6, 4, 12), null, bar, 2.5) { Mirrored = true });
        var canvas = new RecordingCanvas(0);
        box.Draw(canvas, new Rect(10, 0, 300, 100));
        var drawn = canvas.Rectangles.Single(r => r.Color == bar);
        Assert.Equal(310 - 2.5, drawn.Area.Left, 3);
        var text = Assert.Single(canvas.Texts);
        Assert.True(text.X + text.Width <= 310 - 12 + 0.01);
    }
}
