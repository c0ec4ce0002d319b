using System.Collections.Concurrent;
using System.Reflection;
using SitRep.Diagnostics;
using SitRep.Layout;
using SitRep.Theming;

namespace SitRep.Pdf;

/// <summary>
/// The fonts one brief may use: the Noto families embedded in this assembly and the template's own files.
/// Nothing is process-wide, so one template's fonts never reach another brief; system fonts are never asked.
/// </summary>
public sealed class BriefFonts : IDisposable
{
    public const string Sans = "Noto Sans";
    public const string Serif = "Noto Serif";

    /// <summary>The embedded files' bytes, read once: they are the same for every brief.</summary>
    private static readonly ConcurrentDictionary<string, byte[]> Embedded = new(StringComparer.Ordinal);

    private readonly Dictionary<(string Family, bool Bold, bool Italic), Func<byte[]>> sources = new(new FaceKeyComparer());
    private readonly Dictionary<(string Family, bool Bold, bool Italic), FontFace> faces = new(new FaceKeyComparer());

    public BriefFonts(IEnumerable<FontData>? templateFonts = null)
    {
        foreach (var (family, file) in new[] { (Sans, "NotoSans"), (Serif, "NotoSerif") })
        {
            sources[(family, false, false)] = () => ReadEmbedded($"{file}-Regular.ttf");
            sources[(family, true, false)] = () => ReadEmbedded($"{file}-Bold.ttf");
            sources[(family, false, true)] = () => ReadEmbedded($"{file}-Italic.ttf");
            sources[(family, true, true)] = () => ReadEmbedded($"{file}-BoldItalic.ttf");
        }

        foreach (var font in templateFonts ?? [])
        {
            var bytes = font.Bytes;
            sources[(font.Family, font.Bold, font.Italic)] = () => bytes;
        }
    }

    public bool HasFamily(string family) => sources.Keys.Any(k => string.Equals(k.Family, family, StringComparison.OrdinalIgnoreCase));

    internal FontFace Face(FontSpec spec) => Face(spec.Family, spec.Bold, spec.Italic);

    internal FontFace Face(string family, bool bold, bool italic)
    {
        if (faces.TryGetValue((family, bold, italic), out var face))
            return face;
        if (sources.TryGetValue((family, bold, italic), out var source))
            face = new FontFace(family, bold, italic, source(), false, false);
        else if (sources.TryGetValue((family, false, false), out var regular))
            face = new FontFace(family, bold, italic, regular(), bold, italic);
        else
            throw new InputException(SourceLocation.Of("theme.yaml"), $"font family '{family}' is neither embedded ({Sans}, {Serif}) nor one of the template's font_files", "theme");
        faces[(family, bold, italic)] = face;
        return face;
    }

    /// <summary>Which characters the family's regular face can draw.</summary>
    public FontCoverage Coverage(string family) => Face(family, false, false).Coverage;

    public void Dispose()
    {
        foreach (var face in faces.Values)
            face.Dispose();
        faces.Clear();
    }

    private static byte[] ReadEmbedded(string file) => Embedded.GetOrAdd(file, static name =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"fonts/{name}")
            ?? throw new InvalidOperationException($"embedded font '{name}' is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private sealed class FaceKeyComparer : IEqualityComparer<(string Family, bool Bold, bool Italic)>
    {
        public bool Equals((string Family, bool Bold, bool Italic) x, (string Family, bool Bold, bool Italic) y) =>
            x.Bold == y.Bold && x.Italic == y.Italic && string.Equals(x.Family, y.Family, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Family, bool Bold, bool Italic) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Family), key.Bold, key.Italic);
    }
}
