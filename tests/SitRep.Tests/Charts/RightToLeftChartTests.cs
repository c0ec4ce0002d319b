using SitRep.Charts;
using SitRep.Drawing;
using SitRep.Localization;
using SitRep.Tests.Support;
using Xunit;
using Direction = SitRep.Text.Direction;

namespace SitRep.Tests.Charts;

/// <summary>
/// In a right-to-left brief the bar and share charts are laid out as Arabic publications lay them out: the
/// left-to-right layout seen in a mirror, labels and titles at the right, bars growing leftwards from zero at the
/// right. Left to right nothing moves.
/// </summary>
public sealed class RightToLeftChartTests
{
    private const double Width = 400;
    private static readonly ChartStyle LeftToRight = ChartStyle.Default;
    private static readonly ChartStyle RightToLeft = ChartStyle.Default with { Direction = Direction.RightToLeft, Language = "ar" };
    private static readonly ChartText Arabic = new(Locales.ForBrief("ar", null));

    private static BarChart ArabicBars() => new(
    [
        new BarDatum("سكان منطقة كيدال", 68_000, true),
        new BarDatum("النازحون عند الحدود الجزائرية في المخيمات والمدارس والمساجد وعند الأسر المضيفة", 25_000, true),
        new BarDatum("مدنيون أُعدموا", 17, false),
    ], "أشخاص", Arabic);

    /// <summary>That <paramref name="rtl"/> is where <paramref name="ltr"/> is when the chart is seen in a mirror.</summary>
    private static void AssertMirrored(Rect ltr, Rect rtl, string what)
    {
        Assert.True(Math.Abs(Width - ltr.Right - rtl.Left) < 1e-6, $"{what}: left {rtl.Left}, not {Width - ltr.Right}");
        Assert.Equal(ltr.Top, rtl.Top, 6);
        Assert.Equal(ltr.Width, rtl.Width, 6);
        Assert.Equal(ltr.Height, rtl.Height, 6);
    }

    [Fact]
    public void Right_to_left_bar_labels_sit_in_a_right_column_and_bars_grow_leftwards_from_zero_at_the_right()
    {
        var layout = ArabicBars().Layout(Width, RightToLeft);
        var zero = layout.Ticks[0];
        Assert.Equal(0, zero.Value);
        Assert.Equal(layout.Plot.Right, zero.X, 6);
        for (var i = 1; i < layout.Ticks.Count; i++)
        {
            Assert.True(layout.Ticks[i].X < layout.Ticks[i - 1].X, $"tick {layout.Ticks[i].Text} is not left of {layout.Ticks[i - 1].Text}");
            Assert.True(layout.Ticks[i].TextBox.Right < layout.Ticks[i - 1].TextBox.Left, "tick labels overlap");
        }
        Assert.Equal(layout.Plot.Right - layout.Plot.Width * 68_000 / layout.AxisMax, layout.Rows[0].Bar.Left, 6);

        Assert.Equal(["~٦٨٬٠٠٠", "~٢٥٬٠٠٠", "١٧"], layout.Rows.Select(r => r.ValueText));
        Assert.Equal(2, layout.Rows[1].LabelLines.Count);
        foreach (var row in layout.Rows)
        {
            Assert.Equal(Width, row.LabelBox.Right, 6);
            Assert.True(row.LabelBox.Left > layout.Plot.Right, $"label '{row.Datum.Label}' is not right of the plot");
            Assert.Equal(zero.X, row.Bar.Right, 6);
            Assert.True(row.ValueBox.Right < row.Bar.Left, $"value {row.ValueText} is not beyond its bar's left end");
            Assert.True(row.ValueBox.Left >= 0, $"value {row.ValueText} leaves the chart");
        }
        Assert.True(layout.Rows[2].Bar.Width >= 0.75, "a tiny value keeps its stub");
        Assert.Equal(Width, layout.UnitBox.Right, 6);
        Assert.Equal("~ تقريبي", layout.Footnote);
        Assert.Equal(Width, layout.FootnoteBox.Right, 6);
    }

    [Fact]
    public void A_right_to_left_bar_layout_is_the_left_to_right_one_in_a_mirror_and_left_to_right_is_unchanged()
    {
        var chart = ArabicBars();
        var ltr = chart.Layout(Width, LeftToRight);
        var rtl = chart.Layout(Width, RightToLeft);

        // Left to right: labels at the left, zero at the left, values right of their bars.
        Assert.Equal(0, ltr.Ticks[0].X - ltr.Plot.Left, 6);
        Assert.All(ltr.Rows, r => Assert.Equal(0, r.LabelBox.Left, 6));
        Assert.All(ltr.Rows, r => Assert.True(r.ValueBox.Left > r.Bar.Right));
        Assert.Equal(0, ltr.FootnoteBox.Left, 6);

        Assert.Equal(ltr.Bounds, rtl.Bounds);
        Assert.Equal(chart.HeightFor(Width), rtl.Bounds.Height, 6);
        AssertMirrored(ltr.Plot, rtl.Plot, "plot");
        AssertMirrored(ltr.UnitBox, rtl.UnitBox, "unit");
        AssertMirrored(ltr.FootnoteBox, rtl.FootnoteBox, "footnote");
        for (var i = 0; i < ltr.Rows.Count; i++)
        {
            Assert.Equal(ltr.Rows[i].LabelLines, rtl.Rows[i].LabelLines);
            AssertMirrored(ltr.Rows[i].LabelBox, rtl.Rows[i].LabelBox, "label");
            AssertMirrored(ltr.Rows[i].Bar, rtl.Rows[i].Bar, "bar");
            AssertMirrored(ltr.Rows[i].ValueBox, rtl.Rows[i].ValueBox, "value");
        }
        for (var i = 0; i < ltr.Ticks.Count; i++)
        {
            Assert.Equal(Width - ltr.Ticks[i].X, rtl.Ticks[i].X, 6);
            AssertMirrored(ltr.Ticks[i].TextBox, rtl.Ticks[i].TextBox, $"tick {ltr.Ticks[i].Text}");
        }
    }

    private static ShareChart ArabicShare() => new(
    [
        new ShareGroup("الأفراد النظاميون الذين غادروا", 6_500, "الأفراد النظاميون في يونيو", 12_944, true),
        new ShareGroup("مستشفيات تعمل", 1, "مستشفيات قبل الحرب", 50, false),
    ], "١٠ نوفمبر ٢٠٢٣", Arabic);

    [Fact]
    public void Right_to_left_share_titles_are_at_the_right_counts_at_the_left_and_parts_grow_leftwards()
    {
        var chart = ArabicShare();
        var layout = chart.Layout(Width, RightToLeft);
        Assert.Equal("حتى ١٠ نوفمبر ٢٠٢٣", layout.AsOf.Text);
        Assert.Equal(0, layout.AsOf.Box.Left, 6);
        foreach (var row in layout.Rows)
        {
            var title = row.Texts.Single(t => t.Text == row.Group.Label);
            Assert.Equal(Width, title.Box.Right, 6);
            var counts = row.Texts.Single(t => t.Text == ShareLayout.CountsText(row.Group, Arabic));
            Assert.Equal(0, counts.Box.Left, 6);
            Assert.Equal(title.Box.Top, counts.Box.Top, 6);

            Assert.Equal(Width, row.Part.Right, 6);
            Assert.Equal(Width * row.Group.Part / row.Group.Total, row.Part.Width, 6);
            Assert.Equal(row.Part.Left, row.Rest.Right, 6);
            Assert.Equal(0, row.Rest.Left, 6);
        }

        // Half the personnel: its share on the part, near the part's start at the right; the rest's at the far left.
        var personnel = layout.Rows[0];
        var onPart = personnel.Texts.Single(t => t.Role == TextRole.OnDark);
        Assert.Equal("~٥٠٪", onPart.Text);
        Assert.True(onPart.Box.Left > personnel.Part.Left && onPart.Box.Right < personnel.Part.Right);
        Assert.True(personnel.Part.Right - onPart.Box.Right < 5, "the part's share is not at its start");
        var rest = personnel.Texts.Single(t => t.Text == "~٥٠٪" && t.Role == TextRole.Ink);
        Assert.True(rest.Box.Left - personnel.Rest.Left < 5, "the rest's share is not at its far end");
        // One hospital in fifty: the part is too narrow, so its share sits just left of it.
        var hospitals = layout.Rows[1];
        var beside = hospitals.Texts.Single(t => t.Text == "٢٪");
        Assert.True(beside.Box.Right < hospitals.Part.Left && hospitals.Part.Left - beside.Box.Right < 5);

        Assert.NotNull(layout.Footnote);
        Assert.Equal(Width, layout.Footnote.Box.Right, 6);
    }

    [Fact]
    public void A_right_to_left_share_layout_is_the_left_to_right_one_in_a_mirror_and_left_to_right_is_unchanged()
    {
        var chart = ArabicShare();
        var ltr = chart.Layout(Width, LeftToRight);
        var rtl = chart.Layout(Width, RightToLeft);
        Assert.Equal(Width, ltr.AsOf.Box.Right, 6);
        Assert.All(ltr.Rows, r => Assert.Equal(0, r.Part.Left, 6));
        Assert.All(ltr.Rows, r => Assert.Equal(0, r.Texts[0].Box.Left, 6));
        Assert.Equal(0, ltr.Footnote!.Box.Left, 6);

        Assert.Equal(ltr.Bounds, rtl.Bounds);
        AssertMirrored(ltr.AsOf.Box, rtl.AsOf.Box, "date");
        AssertMirrored(ltr.Footnote.Box, rtl.Footnote!.Box, "footnote");
        for (var i = 0; i < ltr.Rows.Count; i++)
        {
            AssertMirrored(ltr.Rows[i].Part, rtl.Rows[i].Part, "part");
            AssertMirrored(ltr.Rows[i].Rest, rtl.Rows[i].Rest, "rest");
            Assert.Equal(ltr.Rows[i].Texts.Select(t => (t.Text, t.Bold, t.Role)), rtl.Rows[i].Texts.Select(t => (t.Text, t.Bold, t.Role)));
            for (var j = 0; j < ltr.Rows[i].Texts.Count; j++)
                AssertMirrored(ltr.Rows[i].Texts[j].Box, rtl.Rows[i].Texts[j].Box, $"'{ltr.Rows[i].Texts[j].Text}'");
        }
    }

    [Fact]
    public void A_right_to_left_share_title_too_long_for_its_counts_puts_them_below_at_the_right()
    {
        var chart = new ShareChart([new ShareGroup("الأفراد النظاميون في بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار", 6_500, "الأفراد النظاميون في يونيو", 12_944, false)], "", Arabic);
        var row = chart.Layout(250, RightToLeft).Rows[0];
        Assert.Equal(250, row.Texts[0].Box.Right, 6);
        Assert.Equal(250, row.Texts[1].Box.Right, 6);
        Assert.True(row.Texts[1].Box.Top > row.Texts[0].Box.Top, "the counts are not below the title");
    }

    [Fact]
    public void A_right_to_left_bar_charts_wrapped_label_is_drawn_aligned_right_line_by_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-rtl-bars-{Guid.NewGuid():N}.pdf");
        try
        {
            ChartPdf.Render(ArabicBars(), path, ChartPdf.Style() with { Direction = Direction.RightToLeft, Language = "ar" });
            var words = Poppler.Words(path);
            var lines = words.GroupBy(w => Math.Round(w.Top, 1)).Select(g => g.ToArray()).ToArray();
            var right = ChartPdf.Margin + ChartPdf.Width;
            double RightOf(string word) => lines.Single(l => l.Any(w => w.Is(word))).Max(w => w.Right);
            Assert.Equal(right, RightOf("النازحون"), 0);   // the label's first line
            Assert.Equal(right, RightOf("المضيفة"), 0);    // and its second, shorter one
            Assert.Equal(right, RightOf("أشخاص"), 0);      // the unit
            // The footnote "~ تقريبي", its mark leading at the right.
            var mark = words.Single(w => w.Text == ChartText.ApproximateMark);
            Assert.Equal(right, mark.Right, 0);
            Assert.True(words.Single(w => w.Is("تقريبي")).Right < mark.Left);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
