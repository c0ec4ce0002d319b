using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class ChartDrawingTests
{
    public static TheoryData<string, double, double> Areas => new()
    {
        { "bars", 120, 40 }, { "bars", 800, 600 },
        { "drawdown", 90, 30 }, { "drawdown", 800, 100 },
        { "timeline", 160, 60 }, { "timeline", 800, 400 },
        { "map", 100, 300 }, { "map", 700, 120 },
    };

    [Theory]
    [MemberData(nameof(Areas))]
    public void Draws_into_awkward_areas_without_failing(string name, double width, double height)
    {
        IChart chart = name switch
        {
            "bars" => ChartSamples.Bars(),
            "drawdown" => ChartSamples.Drawdown(),
            "timeline" => ChartSamples.Timeline(),
            _ => ChartSamples.Map(),
        };
        Assert.True(chart.HeightFor(width) > 0);
        var doc = new PdfDocument();
        var page = doc.AddPage();
        page.Width = XUnit.FromPoint(width + 20);
        page.Height = XUnit.FromPoint(height + 20);
        using (var gfx = XGraphics.FromPdfPage(page))
            chart.Draw(gfx, new XRect(10, 10, width, height), ChartStyle.Default);
        using var stream = new MemoryStream();
        doc.Save(stream, closeStream: false);
        Assert.True(stream.Length > 1000);
    }

    [Fact]
    public void Custom_styles_are_honoured()
    {
        var style = ChartStyle.Default with { FontFamily = SitRep.Pdf.FontLibrary.Serif, FontSize = 9, Palette = new[] { XColor.FromArgb(0x33, 0x66, 0x99) } };
        var small = ChartSamples.Bars().Layout(new XPoint(0, 0), 400, ChartStyle.Default);
        var large = ChartSamples.Bars().Layout(new XPoint(0, 0), 400, style);
        Assert.True(large.Bounds.Height > small.Bounds.Height);
        var doc = new PdfDocument();
        using var gfx = XGraphics.FromPdfPage(doc.AddPage());
        foreach (IChart chart in new IChart[] { ChartSamples.Bars(), ChartSamples.Drawdown(), ChartSamples.Timeline(), ChartSamples.Map() })
            chart.Draw(gfx, new XRect(20, 20, 400, chart.HeightFor(400)), style);
    }
}
