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
internal sealed class SkiaPage(SKCanvas canvas, SubsetTypefaces typefaces, ChartStyle chartStyle) : IDisposable
{
    private readonly List<(ShapedText Text, double X)> pending = new();
    // Reused from one run of text to the next: a long brief draws hundreds of thousands.
    private readonly List<PlacedGlyph> glyphs = new();
    private readonly List<(int Start, int End)> segments = new();
    private byte[] text = new byte[256];
    private int textLength;
    private readonly SKTextBlobBuilder blobs = new();
    private readonly SKPaint fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private FontSpec pendingFont;
    private Rgb pendingColor;
    private double pendingBaseline;
    private double pendingEnd;
    private bool pendingRightToLeft;

    public void Paint(PageRecording page)
    {
        var texts = page.Texts;
        var next = 0;
        foreach (var (textsBefore, operation) in page.Operations)
        {
            for (; next < textsBefore; next++)
                DrawText(texts[next]);
            Flush();
            switch (operation)
            {
                case PageRecording.Fill area:
                    canvas.DrawRect(Sk(area.Area), Fill(area.Color));
                    break;
                case PageRecording.Line line:
                    stroke.Color = Sk(line.Color);
                    stroke.StrokeWidth = (float)line.Thickness;
                    canvas.DrawLine((float)line.From.X, (float)line.From.Y, (float)line.To.X, (float)line.To.Y, stroke);
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

        for (; next < texts.Count; next++)
            DrawText(texts[next]);
        Flush();
    }

    /// <summary>
    /// Words that continue one another on a line (same font, colour and baseline) are drawn as one run, with
    /// a space glyph where the layout left a gap: smaller PDF, and the space survives copy and paste.
    /// </summary>
    private void DrawText(in PageRecording.Text text)
    {
        var shaped = text.Shaped;
        var rightToLeft = text.Direction == TextDirection.RightToLeft;
        var continues = pending.Count > 0 && !rightToLeft && !pendingRightToLeft && text.Font == pendingFont && text.Color == pendingColor
            && Math.Abs(text.Baseline - pendingBaseline) < 0.001 && text.X >= pendingEnd - 0.01;
        if (!continues)
        {
            Flush();
            (pendingFont, pendingColor, pendingBaseline) = (text.Font, text.Color, text.Baseline);
        }

        pendingRightToLeft = rightToLeft;
        pending.Add((shaped, text.X));
        pendingEnd = text.X + text.Width;
    }

    private readonly record struct PlacedGlyph(ushort Glyph, double X, double Y, int Cluster, int Nominal);

    private void Flush()
    {
        if (pending.Count == 0)
            return;
        var face = pending[0].Text.Face;
        var scale = pending[0].Text.Scale(pendingFont.Size);
        glyphs.Clear();
        textLength = 0;
        double previousEnd = double.NaN;
        foreach (var (shaped, x) in pending)
        {
            if (!double.IsNaN(previousEnd) && x - previousEnd > 0.01)
            {
                glyphs.Add(new PlacedGlyph(face.SpaceGlyph, previousEnd, pendingBaseline, textLength, face.SpaceAdvance));
                AppendText(" ");
            }

            var pen = x;
            var clusterBytes = shaped.ClusterBytes;
            for (var i = 0; i < shaped.Glyphs.Length; i++)
            {
                var cluster = textLength + clusterBytes[i];
                glyphs.Add(new PlacedGlyph(shaped.Glyphs[i], pen + shaped.OffsetsX[i] * scale, pendingBaseline - shaped.OffsetsY[i] * scale, cluster, shaped.Nominal[i]));
                pen += shaped.Advances[i] * scale;
            }

            AppendText(pendingRightToLeft ? Text.ClusterText.ReversedWithinClusters(shaped.Text, shaped.Clusters) : shaped.Text);
            previousEnd = pen;
        }

        pending.Clear();
        var font = typefaces.Font(face, pendingFont.Size);
        var paint = Fill(pendingColor);
        FindSegments(font, face);
        foreach (var (start, end) in segments)
            DrawSegment(start, end, font, face, paint);
    }

    /// <summary>Adds a piece's text to the run's, in UTF-8 (what a text blob carries).</summary>
    private void AppendText(string piece)
    {
        var needed = textLength + Encoding.UTF8.GetMaxByteCount(piece.Length);
        if (needed > text.Length)
            Array.Resize(ref text, Math.Max(needed, text.Length * 2));
        textLength += Encoding.UTF8.GetBytes(piece, text.AsSpan(textLength));
    }

    /// <summary>
    /// Splits a line's glyphs where they leave the font's own advances (a kerning pair, a stretched space):
    /// each piece is drawn from its first glyph's position, with glyph positions computed in single precision the way
    /// Skia's PDF backend adds up advances, so it writes the piece as one string rather than one position per glyph.
    /// </summary>
    private void FindSegments(SKFont font, FontFace face)
    {
        segments.Clear();
        var start = 0;
        var advanceScale = font.Size / face.UnitsPerEm;
        // Where Skia expects glyph i of the piece that starts at 'start': its advances added up in single precision.
        var expected = 0f;
        for (var i = 1; i < glyphs.Count; i++)
        {
            if (glyphs[i].Cluster < glyphs[i - 1].Cluster)
            {
                // Right to left: clusters run backwards, and the run is drawn as one piece with its text.
                segments.Add((0, glyphs.Count));
                return;
            }

            var origin = glyphs[start];
            expected += advanceScale * glyphs[i - 1].Nominal;
            var onAdvance = Math.Abs(glyphs[i].X - origin.X - expected) < 0.002 && glyphs[i].Y == origin.Y;
            var clusterBoundary = glyphs[i].Cluster > glyphs[i - 1].Cluster;
            if (!onAdvance && clusterBoundary)
            {
                segments.Add((start, i));
                start = i;
                expected = 0f;
            }
        }

        segments.Add((start, glyphs.Count));
    }

    private void DrawSegment(int start, int end, SKFont font, FontFace face, SKPaint paint)
    {
        var origin = glyphs[start];
        var count = end - start;
        var firstByte = int.MaxValue;
        var highest = 0;
        for (var i = start; i < end; i++)
            (firstByte, highest) = (Math.Min(firstByte, glyphs[i].Cluster), Math.Max(highest, glyphs[i].Cluster));
        // The piece's text ends where the next cluster starts. Pieces of a left-to-right line keep their clusters
        // in order, so that cluster is after the piece; a right-to-left line is one piece.
        var lastByte = textLength;
        for (var i = end; i < glyphs.Count; i++)
        {
            if (glyphs[i].Cluster > highest)
            {
                lastByte = glyphs[i].Cluster;
                break;
            }
        }

        var run = blobs.AllocatePositionedTextRun(font, count, lastByte - firstByte, null);
        var ids = run.Glyphs;
        var positions = run.Positions;
        var clusters = run.Clusters;
        var advanceScale = font.Size / face.UnitsPerEm;
        var pen = 0f;
        for (var i = 0; i < count; i++)
        {
            var glyph = glyphs[start + i];
            ids[i] = glyph.Glyph;
            var onAdvance = Math.Abs(glyph.X - origin.X - pen) < 0.002 && glyph.Y == origin.Y;
            positions[i] = onAdvance ? new SKPoint(pen, 0) : new SKPoint((float)(glyph.X - origin.X), (float)(glyph.Y - origin.Y));
            clusters[i] = (uint)(glyph.Cluster - firstByte);
            pen = (onAdvance ? pen : positions[i].X) + advanceScale * glyph.Nominal;
        }

        text.AsSpan(firstByte, lastByte - firstByte).CopyTo(run.Text);
        using var blob = blobs.Build();
        canvas.DrawText(blob, (float)origin.X, (float)origin.Y, paint);
    }

    private void DrawImage(PageRecording.Image image)
    {
        using var decoded = LogoImage.Decode(image.Bytes);
        var scale = Math.Min(image.Area.Width / decoded.Width, image.Area.Height / decoded.Height);
        var target = SKRect.Create((float)image.Area.Left, (float)image.Area.Top, (float)(decoded.Width * scale), (float)(decoded.Height * scale));
        canvas.DrawImage(decoded, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }

    private SKPaint Fill(Rgb color)
    {
        fill.Color = Sk(color);
        return fill;
    }

    private static SKColor Sk(Rgb color) => new(color.R, color.G, color.B);

    /// <summary>A layout rectangle in Skia's terms: the one conversion every drawing of the PDF stage uses.</summary>
    internal static SKRect Sk(Rect area) => SKRect.Create((float)area.Left, (float)area.Top, (float)area.Width, (float)area.Height);

    public void Dispose()
    {
        blobs.Dispose();
        fill.Dispose();
        stroke.Dispose();
    }
}
