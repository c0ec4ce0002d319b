using System.Text;
using System.Text.Json;
using SitRep.Pdf;
using SitRep.Tests.Support;
using SkiaSharp;

namespace SitRep.Tests.Pdf;

/// <summary>
/// The outline and /Lang are appended to Skia's PDF as an incremental update: Skia's bytes stay as they were,
/// qpdf accepts the result, and anything but a classic cross-reference table is refused.
/// </summary>
public sealed class PdfIncrementalUpdateTests
{
    private static readonly DateTimeOffset Stamp = new(2023, 11, 14, 22, 13, 20, TimeSpan.Zero);

    [Fact]
    public void The_update_leaves_skias_bytes_untouched_and_qpdf_reads_outline_and_language()
    {
        var original = TwoPagePdf();
        using var pdf = new MemoryStream();
        pdf.Write(original);
        PdfIncrementalUpdate.Append(pdf, [new OutlineEntry(1, "Première partie", "o1"), new OutlineEntry(2, "Détail", "o2"), new OutlineEntry(1, "Second (part)", "o3")], "fr", Stamp);
        var updated = pdf.ToArray();
        Assert.Equal(original, updated[..original.Length]);

        var path = Path.Combine(Path.GetTempPath(), $"sitrep-outline-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, updated);
            Poppler.Run("qpdf", "--check", path);
            var info = Poppler.Run("pdfinfo", "-isodates", path);
            Assert.Contains("CreationDate:    2023-11-14T22:13:20Z", info, StringComparison.Ordinal);
            Assert.Contains("ModDate:         2023-11-14T22:13:20Z", info, StringComparison.Ordinal);
            Assert.Contains("Title:           A (small) test", info, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(Poppler.Run("qpdf", "--json=2", path));
            var objects = json.RootElement.GetProperty("qpdf")[1].EnumerateObject()
                .Select(o => o.Value.TryGetProperty("value", out var v) ? v : default)
                .Where(v => v.ValueKind == JsonValueKind.Object).ToList();
            var catalog = objects.Single(v => v.TryGetProperty("/Type", out var t) && t.GetString() == "/Catalog");
            Assert.Equal("u:fr", catalog.GetProperty("/Lang").GetString());
            Assert.Equal("/UseOutlines", catalog.GetProperty("/PageMode").GetString());
            Assert.True(catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());
            var root = objects.Single(v => v.TryGetProperty("/Type", out var t) && t.GetString() == "/Outlines");
            Assert.Equal(3, root.GetProperty("/Count").GetInt32());
            var titles = objects.Where(v => v.TryGetProperty("/Title", out _)).Select(v => v.GetProperty("/Title").GetString()).ToList();
            Assert.Equal(["u:Première partie", "u:Détail", "Second (part)"], titles);
            Assert.All(objects.Where(v => v.TryGetProperty("/Title", out _)), v => Assert.StartsWith("/o", v.GetProperty("/Dest").GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Two_updates_of_the_same_bytes_are_identical()
    {
        var original = TwoPagePdf();
        byte[] Update()
        {
            using var pdf = new MemoryStream();
            pdf.Write(original);
            PdfIncrementalUpdate.Append(pdf, [new OutlineEntry(1, "One", "o1")], "en", Stamp);
            return pdf.ToArray();
        }

        Assert.Equal(Update(), Update());
    }

    [Fact]
    public void A_cross_reference_stream_is_refused_loudly()
    {
        var body = "%PDF-1.5\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
        var xref = Encoding.ASCII.GetByteCount(body);
        var text = body + $"3 0 obj\n<< /Type /XRef /Size 4 /Root 1 0 R /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n";
        using var pdf = new MemoryStream(Encoding.ASCII.GetBytes(text).ToArray());
        var error = Assert.Throws<InvalidOperationException>(() => PdfIncrementalUpdate.Append(pdf, [], "en", Stamp));
        Assert.Contains("classic cross-reference table", error.Message);
    }

    [Fact]
    public void A_catalog_that_already_has_an_outline_is_refused()
    {
        var text = Encoding.Latin1.GetString(TwoPagePdf()).Replace("/Type /Catalog", "/Type /Catalog /Outlines 9 0 R", StringComparison.Ordinal);
        using var pdf = new MemoryStream(Encoding.Latin1.GetBytes(text));
        var error = Assert.Throws<InvalidOperationException>(() => PdfIncrementalUpdate.Append(pdf, [], "en", Stamp));
        Assert.Contains("/Outlines", error.Message);
    }

    /// <summary>A small PDF as Skia writes it, with a named destination on each page.</summary>
    internal static byte[] TwoPagePdf()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = "A (small) test", Producer = "SitRep" }))
        {
            for (var page = 1; page <= 2; page++)
            {
                var canvas = document.BeginPage(200, 200);
                using var paint = new SKPaint { Color = SKColors.Black };
                canvas.DrawRect(10, 10, 50, 50, paint);
                canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), "o" + page);
                if (page == 2)
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 100), "o3");
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }
}
