using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace SitRep.Pdf;

/// <summary>
/// Makes PDFsharp's output reproducible: identical inputs give byte-identical files.
/// <para>
/// PDFsharp 6.5 puts five kinds of randomness or wall-clock time into a new document; each is
/// replaced here with a value derived from the document's own content:
/// </para>
/// <list type="bullet">
/// <item>the trailer <c>/ID</c> (<c>PdfTrailer.CreateNewDocumentIDs</c>, a <c>Guid.NewGuid()</c>),
/// set through <c>PdfDocument.Internals.FirstDocumentID</c>/<c>SecondDocumentID</c>;</item>
/// <item>the six-letter font subset tags (<c>PdfFontDescriptor.CreateEmbeddedFontSubsetName</c>, from a
/// <c>Guid.NewGuid()</c>), rewritten in the <c>/BaseFont</c> and <c>/FontName</c> entries of the font
/// dictionaries before saving;</item>
/// <item>each annotation's <c>/NM</c> (a <c>Guid</c>) and <c>/M</c> (<c>DateTime.Now</c>), set in
/// <c>PdfAnnotation</c>'s constructor and property setters, rewritten before saving;</item>
/// <item>the XMP packet's <c>xmpMM:DocumentID</c> and <c>xmpMM:InstanceID</c> (<c>PdfMetadata.GenerateXmp</c>,
/// two <c>Guid.NewGuid()</c>). PDFsharp creates that packet inside <c>Save</c>, after every public hook, and
/// writes it uncompressed, so the two UUIDs are replaced in the saved bytes with UUIDs of the same length
/// (the file's cross-reference offsets stay valid).</item>
/// </list>
/// <para>
/// The Producer (<c>PDFsharp 6.5.0 (AGPL license)</c>) and the trailing comment (<c>% Created with
/// PDFsharp 6.5.0 (CORE) under .NET 10.0</c>) are constants of the PDFsharp build, not of the machine.
/// </para>
/// </summary>
public static class PdfDeterminism
{
    /// <summary>
    /// Call after drawing and setting metadata, right before <c>Save</c>. Returns the 16-byte content
    /// digest that was used as the document ID; pass it to <see cref="FixSavedBytes"/> after saving.
    /// </summary>
    public static byte[] PrepareForSave(PdfDocument document, DateTimeOffset timestamp)
    {
        FixAnnotations(document, timestamp);
        var digest = ContentDigest(document, timestamp);
        FixFontSubsetTags(document, digest);
        var id = digest[..16];
        var raw = new string(id.Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = raw;
        document.Internals.SecondDocumentID = raw;
        return id;
    }

    /// <summary>Replaces the random UUIDs of the XMP packet in the saved file with ones derived from <paramref name="id"/>.</summary>
    public static void FixSavedBytes(MemoryStream pdf, byte[] id)
    {
        var uuid = new Guid(id).ToString("D");
        var buffer = pdf.GetBuffer();
        var length = (int)pdf.Length;
        var found = 0;
        foreach (var tag in new[] { "xmpMM:DocumentID>uuid:", "xmpMM:InstanceID>uuid:" })
        {
            var marker = Encoding.ASCII.GetBytes(tag);
            var at = buffer.AsSpan(0, length).IndexOf(marker);
            if (at < 0)
                continue;
            var start = at + marker.Length;
            if (start + 36 > length || buffer[start + 36] != (byte)'<')
                throw new InvalidOperationException($"unexpected XMP {tag} layout; the PDFsharp version changed and PdfDeterminism needs updating");
            Encoding.ASCII.GetBytes(uuid).CopyTo(buffer, start);
            found++;
        }

        if (found is not (0 or 2))
            throw new InvalidOperationException("the XMP packet has only one of DocumentID and InstanceID; the PDFsharp version changed and PdfDeterminism needs updating");
    }

    private static void FixAnnotations(PdfDocument document, DateTimeOffset timestamp)
    {
        for (var p = 0; p < document.Pages.Count; p++)
        {
            var page = document.Pages[p];
            if (!page.Elements.ContainsKey("/Annots")) // PdfPage.HasAnnotations is cached and turns false once Annotations was read
                continue;
            var annotations = page.Annotations;
            for (var a = 0; a < annotations.Count; a++)
            {
                var annotation = annotations[a];
                annotation.Elements.SetDateTime("/M", timestamp.UtcDateTime);
                annotation.Elements.SetString("/NM", string.Create(CultureInfo.InvariantCulture, $"sitrep-p{p + 1}-a{a + 1}"));
            }
        }
    }

    /// <summary>
    /// A digest of everything drawn and said about the document: the metadata, the timestamp, the font
    /// names (without their random tags) and every stream's bytes, in object order. Font programs are
    /// subset only inside <c>Save</c>; they follow from the content streams, which are included.
    /// </summary>
    private static byte[] ContentDigest(PdfDocument document, DateTimeOffset timestamp)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add("sitrep-pdf-v1");
        Add(timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        Add(document.Info.Title);
        Add(document.Info.Subject);
        Add(document.Info.Author);
        Add(document.Info.Keywords);
        Add(document.Info.Creator);
        Add(document.Language ?? "");
        Add(document.Pages.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary dictionary)
                continue;
            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                if (dictionary.Elements.GetName(key) is { Length: > 0 } name)
                    Add(key + "=" + Untagged(name));
            }

            if (dictionary.Stream?.Value is { } bytes)
            {
                hash.AppendData(bytes);
                hash.AppendData([0]);
            }
        }

        foreach (var page in document.Pages)
        {
            if (!page.Elements.ContainsKey("/Annots")) // PdfPage.HasAnnotations is cached and turns false once Annotations was read
                continue;
            var annotations = page.Annotations;
            for (var a = 0; a < annotations.Count; a++)
                Add(annotations[a].Elements.ToString() ?? "");
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Gives each subset font a tag derived from the content digest and its own name.</summary>
    private static void FixFontSubsetTags(PdfDocument document, byte[] digest)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary dictionary)
                continue;
            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                var name = dictionary.Elements.GetName(key);
                if (!IsTagged(name))
                    continue;
                var untagged = Untagged(name);
                if (!tags.TryGetValue(untagged, out var tag))
                {
                    tag = Tag(digest, untagged, used);
                    tags[untagged] = tag;
                }

                dictionary.Elements.SetName(key, "/" + tag + "+" + untagged);
            }
        }
    }

    private static string Tag(byte[] digest, string untagged, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{Convert.ToHexString(digest)}\0{untagged}\0{attempt}"));
            var tag = new string(bytes.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
            if (used.Add(tag))
                return tag;
        }
    }

    /// <summary>True for "/ABCDEF+Name": six upper-case letters and a plus sign (PDF 32000, 9.6.4).</summary>
    private static bool IsTagged(string name) =>
        name.Length > 8 && name[0] == '/' && name[7] == '+' && name.AsSpan(1, 6).IndexOfAnyExceptInRange('A', 'Z') < 0;

    private static string Untagged(string name) => IsTagged(name) ? name[8..] : name.TrimStart('/');
}
