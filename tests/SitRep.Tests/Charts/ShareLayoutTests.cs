using SitRep.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class ShareLayoutTests
{
    [Fact]
    public void Sample_shows_counts_shares_and_the_date()
    {
        var layout = ChartSamples.Share().Layout(400, ChartStyle.Default);
        Assert.Equal("As of 10 Nov 2023", layout.AsOf.Text);
        var uniformed = layout.Rows[0].Texts.Select(t => t.Text).ToArray();
        Assert.Contains("Uniformed personnel departed", uniformed);
        Assert.Contains("~6,500 of 12,944 (Uniformed personnel in June)", uniformed);
        Assert.Contains("~50%", uniformed);
        var civilians = layout.Rows[1].Texts.Select(t => t.Text).ToArray();
        Assert.Contains("Civilian staff still in place", civilians);
        Assert.Contains("541 of 737 (Civilian staff in June)", civilians);
        Assert.Contains("73%", civilians);
        Assert.Contains("27%", civilians);
        Assert.Equal(400 * 541 / 737.0, layout.Rows[1].Part.Width, 6);
        Assert.Equal(400, layout.Rows[1].Part.Width + layout.Rows[1].Rest.Width, 6);
        Assert.NotNull(layout.Footnote);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(150)]
    public void Texts_stay_inside_and_apart(double width)
    {
        var chart = new ShareChart(new[]
        {
            new ShareGroup("Uniformed personnel departed", 6_500, "Uniformed personnel", 12_944, true),
            new ShareGroup("Hospitals still working", 3, "Hospitals before the war", 40, false),
            new ShareGroup("Almost all", 995, "Wells", 1000, false),
            new ShareGroup("Barely started", 3, "Schools", 1000, false),
        }, "As of 10 Nov 2023");
        var layout = chart.Layout(width, ChartStyle.Default);
        Assert.Equal(chart.HeightFor(width), layout.Bounds.Height, 6);
        var texts = layout.Rows.SelectMany(r => r.Texts).Append(layout.AsOf).ToList();
        foreach (var t in texts)
            Assert.True(t.Box.Left >= layout.Bounds.Left - 1e-6 && t.Box.Right <= layout.Bounds.Right + 1e-6 && t.Box.Bottom <= layout.Bounds.Bottom + 1e-6, $"'{t.Text}' leaves the chart");
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
                Assert.False(Geometry.Overlaps(texts[i].Box, texts[j].Box), $"'{texts[i].Text}' overlaps '{texts[j].Text}'");
    }

    [Fact]
    public void Every_word_comes_from_the_data()
    {
        var chart = new ShareChart(new[] { new ShareGroup("Hospitals still working", 1, "Hospitals before the siege", 3, false) }, "");
        var words = chart.Layout(400, ChartStyle.Default).Rows.SelectMany(r => r.Texts).Select(t => t.Text).ToArray();
        Assert.Equal(["Hospitals still working", "1 of 3 (Hospitals before the siege)", "33%", "67%"], words);
        Assert.DoesNotContain(chart.Texts, t => t.Contains("departed", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("10 Nov 2023", "As of 10 Nov 2023")]
    [InlineData("as of 10 Nov 2023", "as of 10 Nov 2023")]
    [InlineData("", "")]
    public void As_of_label_is_prefixed_once(string given, string shown)
    {
        var chart = new ShareChart(new[] { new ShareGroup("Civilian staff still in place", 541, "Civilian staff", 737, false) }, given);
        Assert.Equal(shown, chart.Layout(300, ChartStyle.Default).AsOf.Text);
    }
}
