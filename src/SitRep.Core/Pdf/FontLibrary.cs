using System.Collections.Concurrent;
using System.Reflection;
using PdfSharp.Fonts;

namespace SitRep.Pdf;

/// <summary>
/// The only source of fonts for PDFsharp: the Noto families embedded in this assembly,
/// plus TrueType files a template registers. System fonts are never consulted.
/// </summary>
public sealed class FontLibrary : IFontResolver
{
    public const string Sans = "Noto Sans";
    public const string Serif = "Noto Serif";

    private static readonly Lazy<FontLibrary> Shared = new(Install);

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> faces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> families = new(StringComparer.OrdinalIgnoreCase);

    private FontLibrary()
    {
        foreach (var (family, file) in new[] { (Sans, "NotoSans"), (Serif, "NotoSerif") })
        {
            RegisterEmbedded(family, false, false, $"{file}-Regular.ttf");
            RegisterEmbedded(family, true, false, $"{file}-Bold.ttf");
            RegisterEmbedded(family, false, true, $"{file}-Italic.ttf");
            RegisterEmbedded(family, true, true, $"{file}-BoldItalic.ttf");
        }
    }

    /// <summary>The process-wide library, installed as PDFsharp's font resolver on first use.</summary>
    public static FontLibrary Instance => Shared.Value;

    private static FontLibrary Install()
    {
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        var library = new FontLibrary();
        GlobalFontSettings.FontResolver = library;
        return library;
    }

    public bool HasFamily(string family) => families.ContainsKey(family);

    /// <summary>Registers a face from font bytes, e.g. a TTF shipped inside a template folder.</summary>
    public void Register(string family, bool bold, bool italic, byte[] fontData)
    {
        faces[FaceName(family, bold, italic)] = new Lazy<byte[]>(fontData);
        families[family] = true;
    }

    /// <summary>The raw TrueType bytes of a face, for glyph-coverage checks.</summary>
    public byte[] GetFaceBytes(string family, bool bold, bool italic)
    {
        var info = ResolveTypeface(family, bold, italic)
            ?? throw new InvalidOperationException($"font family '{family}' is not available");
        return GetFont(info.FaceName) ?? throw new InvalidOperationException($"font face '{info.FaceName}' is not available");
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (faces.ContainsKey(FaceName(familyName, bold, italic)))
            return new FontResolverInfo(FaceName(familyName, bold, italic));
        // A family without a bold or italic face: simulate from the regular one.
        if (faces.ContainsKey(FaceName(familyName, false, false)))
            return new FontResolverInfo(FaceName(familyName, false, false), bold, italic);
        return null;
    }

    public byte[]? GetFont(string faceName) => faces.TryGetValue(faceName, out var data) ? data.Value : null;

    private void RegisterEmbedded(string family, bool bold, bool italic, string file)
    {
        faces[FaceName(family, bold, italic)] = new Lazy<byte[]>(() => ReadResource($"fonts/{file}"));
        families[family] = true;
    }

    private static byte[] ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string FaceName(string family, bool bold, bool italic) =>
        $"{family}#{(bold ? "b" : "")}{(italic ? "i" : "")}";
}
