using PdfSharp.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class DrawdownLayoutTests
{
    [Fact]
    public void Sample_shows_counts_shares_and_the_date()
    {
        var layout = ChartSamples.Drawdown().Layout(new XPoint(0, 0), 400, ChartStyle.Default);
        Assert.Equal("As of 10 Nov 2023", layout.AsOf.Text);
        var uniformed = layout.Rows[0].Texts.Select(t => t.Text).ToArray();
        Assert.Contains("~6,500 departed of 12,944", uniformed);
        Assert.Contains("~50%", uniformed);
        var civilians = layout.Rows[1].Texts.Select(t => t.Text).ToArray();
        Assert.Contains("196 departed of 737", civilians);
        Assert.Contains("27%", civilians);
        Assert.Contains("73%", civilians);
        Assert.Equal(400 * 196 / 737.0, layout.Rows[1].Departed.Width, 6);
        Assert.Equal(400, layout.Rows[1].Departed.Width + layout.Rows[1].Remaining.Width, 6);
        Assert.NotNull(layout.Footnote);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(150)]
    public void Texts_stay_inside_and_apart(double width)
    {
        var chart = new DrawdownChart(new[]
        {
            new DrawdownGroup("Uniformed personnel", 6_500, 12_944, true),
            new DrawdownGroup("Civilian personnel", 196, 737, false),
            new DrawdownGroup("Almost none left", 995, 1000, false),
            new DrawdownGroup("Barely started", 3, 1000, false),
        }, "As of 10 Nov 2023");
        var layout = chart.Layout(new XPoint(10, 10), width, ChartStyle.Default);
        Assert.Equal(chart.HeightFor(width), layout.Bounds.Height, 6);
        var texts = layout.Rows.SelectMany(r => r.Texts).Append(layout.AsOf).Concat(layout.Legend.Select(l => l.Text)).ToList();
        foreach (var t in texts)
            Assert.True(t.Box.Left >= layout.Bounds.Left - 1e-6 && t.Box.Right <= layout.Bounds.Right + 1e-6 && t.Box.Bottom <= layout.Bounds.Bottom + 1e-6, $"'{t.Text}' leaves the chart");
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
                Assert.False(Geometry.Overlaps(texts[i].Box, texts[j].Box), $"'{texts[i].Text}' overlaps '{texts[j].Text}'");
    }

    [Theory]
    [InlineData("10 Nov 2023", "As of 10 Nov 2023")]
    [InlineData("as of 10 Nov 2023", "as of 10 Nov 2023")]
    [InlineData("", "")]
    public void As_of_label_is_prefixed_once(string given, string shown)
    {
        var chart = new DrawdownChart(new[] { new DrawdownGroup("Civilian personnel", 196, 737, false) }, given);
        Assert.Equal(shown, chart.Layout(new XPoint(0, 0), 300, ChartStyle.Default).AsOf.Text);
    }
}
