using System.Text;
using ScottPlot;
using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// A ScottPlot plottable that draws one shaped label (ScottPlot's own text is neither shaped, reordered nor
/// fallen back). Each run becomes a text blob holding its glyphs at HarfBuzz's positions with the run's text
/// and each glyph's cluster, as the body's text is drawn, so text copied from the PDF comes back as typed.
/// </summary>
internal sealed class ChartLabel(ShapedLabel label, double size, SKColor colour, double left, double baseline) : IPlottable
{
    public bool IsVisible { get; set; } = true;
    public IAxes Axes { get; set; } = new Axes();
    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    public AxisLimits GetAxisLimits() => new(new Coordinates(left, baseline));

    public void Render(RenderPack rp)
    {
        var origin = Axes.GetPixel(new Coordinates(left, baseline));
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        var pen = 0.0;
        foreach (var run in label.Runs)
        {
            if (run.Glyphs.Length > 0)
                DrawRun(rp.Canvas, run, origin.X + (float)(pen * size), origin.Y, paint);
            pen += run.Advance;
        }
    }

    private void DrawRun(SKCanvas canvas, LabelRun run, float x, float y, SKPaint paint)
    {
        var face = run.Face;
        using var font = Pdf.SubsetTypefaces.NewFont(face.Typeface, size, face.SyntheticBold, face.SyntheticItalic);
        var count = run.Glyphs.Length;
        var positions = new SKPoint[count];
        var clusters = new uint[count];
        var clusterBytes = Text.ClusterText.Utf8Offsets(run.Text, run.Clusters);
        for (var i = 0; i < count; i++)
        {
            positions[i] = new SKPoint((float)(run.X[i] * size), (float)(run.Y[i] * size));
            clusters[i] = (uint)clusterBytes[i];
        }

        var text = Encoding.UTF8.GetBytes(run.RightToLeft ? Text.ClusterText.ReversedWithinClusters(run.Text, run.Clusters) : run.Text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, count, text.Length, null);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetPositions(positions);
        buffer.SetText(text);
        buffer.SetClusters(clusters);
        using var blob = builder.Build();
        canvas.DrawText(blob, x, y, paint);
    }
}
