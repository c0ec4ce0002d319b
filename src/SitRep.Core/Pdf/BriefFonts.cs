using SitRep.Diagnostics;
using SitRep.Layout;
using SitRep.Text;
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

    private readonly Dictionary<(string Family, bool Bold, bool Italic), Func<ReadOnlyMemory<byte>>> sources = new(new FaceKeyComparer());
    private readonly Dictionary<(string Family, bool Bold, bool Italic), FontFace> faces = new(new FaceKeyComparer());
    private readonly Dictionary<(string Key, bool Bold, bool Italic), FontStack> stacks = new();
    private readonly HashSet<string> templateFamilies = new(StringComparer.OrdinalIgnoreCase);

    public BriefFonts(IEnumerable<FontData>? templateFonts = null)
    {
        foreach (var family in EmbeddedFonts.Families)
        {
            // Only the styles a family ships; a missing one is synthesised from the regular face.
            foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true), (true, true) })
            {
                var (b, i) = (bold, italic);
                if (EmbeddedFonts.HasStyle(family, b, i))
                    sources[(family, b, i)] = () => EmbeddedFonts.Face(family, b, i)!.Value;
            }
        }

        foreach (var font in templateFonts ?? [])
        {
            var bytes = font.Bytes;
            sources[(font.Family, font.Bold, font.Italic)] = () => bytes;
            templateFamilies.Add(font.Family);
        }
    }

    public bool HasFamily(string family) => sources.Keys.Any(k => string.Equals(k.Family, family, StringComparison.OrdinalIgnoreCase));

    internal FontFace Face(FontSpec spec) => Face(spec.Family, spec.Bold, spec.Italic);

    /// <summary>The face of a family in a style, made once: charts laid out on other threads ask for faces too.</summary>
    internal FontFace Face(string family, bool bold, bool italic)
    {
        lock (faces)
            return FaceLocked(family, bold, italic);
    }

    private FontFace FaceLocked(string family, bool bold, bool italic)
    {
        if (faces.TryGetValue((family, bold, italic), out var face))
            return face;
        if (sources.TryGetValue((family, bold, italic), out var source))
            face = new FontFace(family, bold, italic, source(), false, false);
        else if (bold && italic && sources.TryGetValue((family, true, false), out var boldFace))
            face = new FontFace(family, bold, italic, boldFace(), false, Slants(family));
        else if (sources.TryGetValue((family, false, false), out var regular))
            face = new FontFace(family, bold, italic, regular(), bold, italic && Slants(family));
        else
            throw new InputException(SourceLocation.Of("theme.yaml"), $"font family '{family}' is neither embedded ({string.Join(", ", EmbeddedFonts.Families)}) nor one of the template's font_files", "theme");
        faces[(family, bold, italic)] = face;
        return face;
    }

    /// <summary>
    /// The stack named by <paramref name="key"/> (families joined by ", ", see <see cref="FontStacks"/>) in one style,
    /// with what each face can draw. Coverage is read from the font files; no face is embedded until a character uses it.
    /// </summary>
    public FontStack Stack(string key, bool bold = false, bool italic = false)
    {
        lock (faces)
            return StackLocked(key, bold, italic);
    }

    private FontStack StackLocked(string key, bool bold, bool italic)
    {
        if (!stacks.TryGetValue((key, bold, italic), out var stack))
        {
            var families = FontStacks.Families(key);
            // An embedded family's coverage is read once per process, without opening a face this brief may never use.
            stack = new FontStack(families, families.Select(f => templateFamilies.Contains(f) || !EmbeddedFonts.Has(f)
                ? FaceLocked(f, bold, italic).Coverage
                : EmbeddedFonts.Coverage(f, bold, italic)!).ToArray());
            stacks[(key, bold, italic)] = stack;
        }

        return stack;
    }

    /// <summary>
    /// Reads what the embedded families of a theme's body and heading stacks cover, in the regular, bold and italic
    /// styles, into the cache <see cref="Stack"/> reads once per process. A build calls it on a free core before it
    /// lays out; anything that goes wrong here is met again, and reported, when the layout reads the same coverage.
    /// </summary>
    public static void ReadCoverage(Theme theme)
    {
        try
        {
            foreach (var family in FontStacks.Of(theme).SelectMany(stack => stack).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                foreach (var (bold, italic) in new[] { (false, false), (true, false), (false, true) })
                    EmbeddedFonts.Coverage(family, bold, italic);
            }
        }
        catch (Exception)
        {
            // Nothing is lost: the layout reads the same coverage itself, and reports there what failed here.
        }
    }

    /// <summary>Arabic, Hebrew and Tifinagh have no italic tradition: the embedded faces of those scripts stay upright.</summary>
    private static bool Slants(string family) =>
        !EmbeddedFonts.Has(family) || family.Equals(Sans, StringComparison.OrdinalIgnoreCase) || family.Equals(Serif, StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        lock (faces)
        {
            foreach (var face in faces.Values)
                face.Dispose();
            faces.Clear();
        }
    }

    private sealed class FaceKeyComparer : IEqualityComparer<(string Family, bool Bold, bool Italic)>
    {
        public bool Equals((string Family, bool Bold, bool Italic) x, (string Family, bool Bold, bool Italic) y) =>
            x.Bold == y.Bold && x.Italic == y.Italic && string.Equals(x.Family, y.Family, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Family, bool Bold, bool Italic) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Family), key.Bold, key.Italic);
    }
}
