using SitRep.Charts;
using SitRep.Drawing;
using SkiaSharp;
using Xunit;

namespace SitRep.Tests.Charts;

/// <summary>A chart laid out ahead (on another thread, while the fonts are subset) draws exactly what it draws unprepared.</summary>
public sealed class ChartPrepareTests
{
    private static readonly SKRect Area = SKRect.Create(40, 60, 480, 400);

    [Theory]
    [MemberData(nameof(Charts))]
    public void A_prepared_chart_writes_the_same_pdf_as_an_unprepared_one(string name)
    {
        var style = ChartStyle.Default;
        var unprepared = Pdf(ChartSamples.Make(name), style, prepare: false);
        var prepared = Pdf(ChartSamples.Make(name), style, prepare: true);
        Assert.True(unprepared.Length > 1000, $"{name}: nothing was drawn");
        Assert.Equal(unprepared, prepared);
    }

    [Fact]
    public void A_chart_prepared_for_another_size_or_style_is_laid_out_again()
    {
        var chart = ChartSamples.ZoomedMap();
        var style = ChartStyle.Default;
        chart.Prepare(SKRect.Create(0, 0, 200, 150), style with { FontSize = style.FontSize + 3 });
        Assert.Equal(Pdf(ChartSamples.ZoomedMap(), style, prepare: false), Pdf(chart, style, prepare: false));
    }

    [Fact]
    public void A_zoomed_map_paints_only_what_reaches_its_frame_and_fills_the_frame_as_the_whole_shapes_do()
    {
        var frame = new Rect(0, 0, Area.Width, Area.Height);
        var layout = ChartSamples.ZoomedMap().Layout(frame, ChartStyle.Default);
        var reach = frame.Inflate(MapLayout.DrawnMargin + 1e-6, MapLayout.DrawnMargin + 1e-6);
        Assert.All(layout.Drawn.SelectMany(s => s.Rings).SelectMany(r => r), p => Assert.True(reach.Contains(p), $"{p} is drawn beyond the frame"));
        var whole = layout.Shapes.Sum(s => s.Rings.Sum(r => r.Length));
        var drawn = layout.Drawn.Sum(s => s.Rings.Sum(r => r.Length));
        Assert.True(drawn < whole * 0.8, $"{drawn} of {whole} points drawn: the frame should cut most of the outlines");

        for (var x = frame.Left + 0.5; x < frame.Right; x += 7)
        {
            for (var y = frame.Top + 0.5; y < frame.Bottom; y += 7)
            {
                var point = new Point(x, y);
                foreach (var shape in layout.Shapes)
                {
                    var cut = layout.Drawn.SingleOrDefault(s => ReferenceEquals(s.Country, shape.Country));
                    Assert.Equal(Geometry.Contains(shape.Rings, point), cut is not null && Geometry.Contains(cut.Rings, point));
                }
            }
        }
    }

    public static TheoryData<string> Charts() => new(ChartSamples.Names);

    private static byte[] Pdf(IChart chart, ChartStyle style, bool prepare)
    {
        if (prepare)
            Task.Run(() => chart.Prepare(Area, style)).Wait();
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Creation = null, Modified = null }))
        {
            var canvas = document.BeginPage(600, 500);
            canvas.Save();
            canvas.ClipRect(Area);
            chart.Draw(canvas, Area, style);
            canvas.Restore();
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }
}
