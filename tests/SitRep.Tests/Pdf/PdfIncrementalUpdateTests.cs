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
            var entries = objects.Where(v => v.TryGetProperty("/Parent", out _) && v.TryGetProperty("/Title", out _)).ToList();
            Assert.Equal(["u:Première partie", "u:Détail", "u:Second (part)"], entries.Select(v => v.GetProperty("/Title").GetString()));
            Assert.Equal(["/o1", "/o2", "/o3"], entries.Select(v => v.GetProperty("/Dest").GetString()));
            Assert.Equal(1, entries[0].GetProperty("/Count").GetInt32());
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
        using var pdf = new MemoryStream(ClassicPdf("<< /Type /Catalog /Pages 2 0 R /Outlines 3 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", "<< /Type /Outlines /Count 0 >>"));
        var error = Assert.Throws<InvalidOperationException>(() => PdfIncrementalUpdate.Append(pdf, [], "en", Stamp));
        Assert.Contains("/Outlines", error.Message);
    }

    [Fact]
    public void Strings_holding_dictionary_brackets_do_not_end_the_dictionary_early()
    {
        using var pdf = new MemoryStream();
        pdf.Write(ClassicPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", "<< /Title (a >> b \\) c) /Subject <FEFF0041> >>"));
        PdfIncrementalUpdate.Append(pdf, [], "en", Stamp);
        var text = Encoding.Latin1.GetString(pdf.ToArray());
        Assert.Contains("3 0 obj\n<< /Title (a >> b \\) c) /Subject <FEFF0041>  /CreationDate (D:20231114221320+00'00') /ModDate (D:20231114221320+00'00') >>", text);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(4 * 1024)]
    [InlineData(70 * 1024)]
    [InlineData(1100 * 1024)]
    public void A_dictionary_longer_than_the_first_windows_is_read_whole(int keywordsLength)
    {
        // Long keywords make a long information dictionary: it is read in growing windows, up to the rest of the file.
        var keywords = string.Concat(Enumerable.Range(0, keywordsLength / 8 + 1).Select(i => $"k{i:D5}, "))[..keywordsLength];
        using var pdf = new MemoryStream();
        pdf.Write(ClassicPdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", $"<< /Keywords ({keywords}) /Title (t) >>"));
        PdfIncrementalUpdate.Append(pdf, [], "en", Stamp);
        var text = Encoding.Latin1.GetString(pdf.ToArray());
        Assert.Contains($"3 0 obj\n<< /Keywords ({keywords}) /Title (t)  /CreationDate (D:20231114221320+00'00')", text);
    }

    /// <summary>A PDF with a classic cross-reference table: object 1 is the catalog, object 3 the document information.</summary>
    private static byte[] ClassicPdf(params string[] objects)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            text.Append($"{offset:D10} 00000 n \n");
        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
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
