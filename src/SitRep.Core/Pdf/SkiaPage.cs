using System.Text;
using SitRep.Charts;
using SitRep.Drawing;
using SitRep.Layout;
using SkiaSharp;

namespace SitRep.Pdf;

/// <summary>
/// Paints one recorded page on a Skia PDF canvas. Text is drawn as HarfBuzz shaped it, in text blobs that
/// carry the original text and each glyph's cluster, so text copied from the PDF comes back as typed
/// (a ligature "ﬁ" copies as "fi").
/// </summary>
internal sealed class SkiaPage(SKCanvas canvas, HarfBuzzShaper shaper, TextMeasurer measurer, SubsetTypefaces typefaces, ChartStyle chartStyle)
{
    private readonly List<(ShapedText Text, double X)> pending = new();
    private FontSpec pendingFont;
    private Rgb pendingColor;
    private double pendingBaseline;
    private double pendingEnd;

    public void Paint(PageRecording page)
    {
        foreach (var operation in page.Operations)
        {
            if (operation is PageRecording.Text text)
            {
                DrawText(text);
                continue;
            }

            Flush();
            switch (operation)
            {
                case PageRecording.Fill fill:
                    using (var paint = Paint(fill.Color))
                        canvas.DrawRect(Sk(fill.Area), paint);
                    break;
                case PageRecording.Line line:
                    using (var paint = Paint(line.Color))
                    {
                        paint.Style = SKPaintStyle.Stroke;
                        paint.StrokeWidth = (float)line.Thickness;
                        canvas.DrawLine((float)line.From.X, (float)line.From.Y, (float)line.To.X, (float)line.To.Y, paint);
                    }

                    break;
                case PageRecording.Chart chart:
                    canvas.Save();
                    canvas.ClipRect(Sk(chart.Area));
                    chart.Value.Draw(canvas, Sk(chart.Area), chartStyle);
                    canvas.Restore();
                    break;
                case PageRecording.Image image:
                    DrawImage(image);
                    break;
            }
        }

        Flush();
    }

    /// <summary>
    /// Words that continue one another on a line (same font, colour and baseline) are drawn as one run, with
    /// a space glyph where the layout left a gap: smaller PDF, and the space survives copy and paste.
    /// </summary>
    private void DrawText(PageRecording.Text text)
    {
        var shaped = shaper.Shape(measurer.Run(text.Value, text.Font));
        var continues = pending.Count > 0 && text.Font == pendingFont && text.Color == pendingColor
            && Math.Abs(text.Baseline - pendingBaseline) < 0.001 && text.X >= pendingEnd - 0.01;
        if (!continues)
        {
            Flush();
            (pendingFont, pendingColor, pendingBaseline) = (text.Font, text.Color, text.Baseline);
        }

        pending.Add((shaped, text.X));
        pendingEnd = text.X + text.Width;
    }

    private void Flush()
    {
        if (pending.Count == 0)
            return;
        var face = pending[0].Text.Face;
        var scale = pending[0].Text.Scale(pendingFont.Size);
        var glyphs = new List<ushort>();
        var positions = new List<SKPoint>();
        var clusters = new List<uint>();
        var text = new StringBuilder();
        var y = pendingBaseline;
        var byteCount = 0;
        double previousEnd = double.NaN;
        foreach (var (shaped, x) in pending)
        {
            if (!double.IsNaN(previousEnd) && x - previousEnd > 0.01)
            {
                glyphs.Add(face.SpaceGlyph);
                positions.Add(new SKPoint((float)previousEnd, (float)y));
                clusters.Add((uint)byteCount);
                text.Append(' ');
                byteCount++;
            }

            var start = byteCount;
            var pen = x;
            for (var i = 0; i < shaped.Glyphs.Length; i++)
            {
                glyphs.Add(shaped.Glyphs[i]);
                positions.Add(new SKPoint((float)(pen + shaped.OffsetsX[i] * scale), (float)(y - shaped.OffsetsY[i] * scale)));
                clusters.Add((uint)(start + Encoding.UTF8.GetByteCount(shaped.Text.AsSpan(0, shaped.Clusters[i]))));
                pen += shaped.Advances[i] * scale;
            }

            text.Append(shaped.Text);
            byteCount += Encoding.UTF8.GetByteCount(shaped.Text);
            previousEnd = pen;
        }

        pending.Clear();
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(typefaces.Font(face, pendingFont.Size), glyphs.Count, bytes.Length, null);
        run.SetGlyphs(glyphs.ToArray());
        run.SetPositions(positions.ToArray());
        run.SetText(bytes);
        run.SetClusters(clusters.ToArray());
        using var blob = builder.Build();
        using var paint = Paint(pendingColor);
        canvas.DrawText(blob, 0, 0, paint);
    }

    private void DrawImage(PageRecording.Image image)
    {
        using var decoded = LogoImage.Decode(image.Bytes);
        var scale = Math.Min(image.Area.Width / decoded.Width, image.Area.Height / decoded.Height);
        var target = SKRect.Create((float)image.Area.Left, (float)image.Area.Top, (float)(decoded.Width * scale), (float)(decoded.Height * scale));
        canvas.DrawImage(decoded, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }

    private static SKPaint Paint(Rgb color) => new() { Color = new SKColor(color.R, color.G, color.B), IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKRect Sk(Rect area) => SKRect.Create((float)area.Left, (float)area.Top, (float)area.Width, (float)area.Height);
}
