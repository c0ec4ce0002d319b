using System.Collections.Concurrent;
using SitRep.Files;

namespace SitRep.Text;

/// <summary>The font families shipped inside this assembly (assets/fonts), by family name and style.</summary>
public static class EmbeddedFonts
{
    public const string NotoSerif = "Noto Serif";
    public const string NotoSans = "Noto Sans";
    public const string NotoNaskhArabic = "Noto Naskh Arabic";
    public const string NotoSansArabic = "Noto Sans Arabic";
    public const string NotoSansHebrew = "Noto Sans Hebrew";
    public const string NotoSansTifinagh = "Noto Sans Tifinagh";
    public const string NotoSansMath = "Noto Sans Math";

    private static readonly Dictionary<string, string> Files = new(StringComparer.OrdinalIgnoreCase)
    {
        [NotoSerif] = "NotoSerif",
        [NotoSans] = "NotoSans",
        [NotoNaskhArabic] = "NotoNaskhArabic",
        [NotoSansArabic] = "NotoSansArabic",
        [NotoSansHebrew] = "NotoSansHebrew",
        [NotoSansTifinagh] = "NotoSansTifinagh",
        [NotoSansMath] = "NotoSansMath",
    };

    private static readonly ConcurrentDictionary<string, Lazy<ReadOnlyMemory<byte>?>> Bytes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, FaceCoverage> Coverages = new(StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Families => Files.Keys;

    public static bool Has(string family) => Files.ContainsKey(family);

    /// <summary>
    /// The bytes of a face. A family without the style asked for gives its nearest face, as the PDF
    /// stage would (bold italic, then bold or italic, then regular); null for a family not embedded.
    /// </summary>
    public static ReadOnlyMemory<byte>? Face(string family, bool bold = false, bool italic = false)
    {
        if (!Files.TryGetValue(family, out var file))
            return null;
        foreach (var style in Styles(bold, italic))
        {
            var name = $"fonts/{file}-{style}.ttf";
            if (Bytes.GetOrAdd(name, key => new Lazy<ReadOnlyMemory<byte>?>(() => EmbeddedResource.Read(typeof(EmbeddedFonts).Assembly, key))).Value is { } bytes)
                return bytes;
        }

        return null;
    }

    /// <summary>True when the family ships a face of exactly this style (Noto Naskh Arabic has no italic).</summary>
    public static bool HasStyle(string family, bool bold, bool italic)
    {
        if (!Files.TryGetValue(family, out var file))
            return false;
        var style = (bold, italic) switch { (true, true) => "BoldItalic", (true, false) => "Bold", (false, true) => "Italic", _ => "Regular" };
        return typeof(EmbeddedFonts).Assembly.GetManifestResourceInfo($"fonts/{file}-{style}.ttf") is not null;
    }

    /// <summary>The coverage of a face, read once per process.</summary>
    public static FaceCoverage? Coverage(string family, bool bold = false, bool italic = false)
    {
        if (!Files.ContainsKey(family))
            return null;
        return Coverages.GetOrAdd($"{family}#{bold}#{italic}", _ => FaceCoverage.Read(Face(family, bold, italic)!.Value.Span));
    }

    private static IEnumerable<string> Styles(bool bold, bool italic)
    {
        if (bold && italic)
            yield return "BoldItalic";
        if (bold)
            yield return "Bold";
        if (italic)
            yield return "Italic";
        yield return "Regular";
    }
}
