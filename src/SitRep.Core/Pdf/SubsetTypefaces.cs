using System.Text;
using SkiaSharp;

namespace SitRep.Pdf;

/// <summary>
/// The typefaces a PDF is drawn with: each face used, subset to what the brief draws, loaded with
/// <see cref="SKTypeface.FromData"/>. Skia embeds a typeface's data whole, so the subset is what the file carries.
/// </summary>
internal sealed class SubsetTypefaces : IDisposable
{
    /// <summary>Kept in every subset, so labels and furniture never miss a common character.</summary>
    private static readonly int[] AlwaysKept = Enumerable.Range(0x20, 0x7F - 0x20)
        .Concat("\u00A0«»°±×·–—‘’‚“”„•…′″€£¥§©®™≈≤≥−".Select(c => (int)c))
        .ToArray();

    private readonly Dictionary<FontFace, (HashSet<int> CodePoints, HashSet<ushort> Glyphs)> usage = new();
    private readonly Dictionary<FontFace, SKTypeface> typefaces = new();
    private readonly Dictionary<(FontFace, double), SKFont> fonts = new();

    /// <summary>Adds a run's characters and glyphs; a run drawn many times (the shaper shares it) is added once.</summary>
    public void Add(ShapedText text)
    {
        if (text.AddedToSubset)
            return;
        text.AddedToSubset = true;
        var (codePoints, glyphs) = UsageOf(text.Face);
        foreach (var rune in text.Text.EnumerateRunes())
            codePoints.Add(rune.Value);
        glyphs.UnionWith(text.Glyphs);
    }

    /// <summary>Subsets <paramref name="face"/> even if no text uses it (charts get all three chart faces).</summary>
    public void Include(FontFace face) => UsageOf(face);

    public void Add(FontFace face, string text)
    {
        var (codePoints, _) = UsageOf(face);
        foreach (var rune in text.EnumerateRunes())
            codePoints.Add(rune.Value);
    }

    /// <summary>Subsets every face used; call once, after everything has been added.</summary>
    public void Build()
    {
        // Faces are subset side by side (each HarfBuzz face is only read); a failure is reported for the first face in order.
        var subsets = usage.Select(u => (Face: u.Key, Bytes: Task.Run(() => FontSubsetter.Subset(u.Key, u.Value.CodePoints.Order(), u.Value.Glyphs.Order())))).ToList();
        foreach (var (face, bytes) in subsets)
        {
            typefaces[face] = SKTypeface.FromData(SKData.CreateCopy(bytes.GetAwaiter().GetResult()))
                ?? throw new InvalidOperationException($"Skia cannot load the subset of {face}");
        }
    }

    /// <summary>The subset sizes in bytes, by face, for reports and tests.</summary>
    public IReadOnlyDictionary<string, long> Sizes => typefaces.ToDictionary(t => t.Key.ToString(), t =>
    {
        using var stream = t.Value.OpenStream();
        return (long)stream.Length;
    });

    public SKTypeface Typeface(FontFace face) =>
        typefaces.TryGetValue(face, out var typeface) ? typeface : throw new InvalidOperationException($"{face} was not subset");

    /// <summary>A font set up to draw at the advances HarfBuzz measured: no hinting, no rounding.</summary>
    public SKFont Font(FontFace face, double size)
    {
        if (fonts.TryGetValue((face, size), out var font))
            return font;
        font = NewFont(Typeface(face), size, face.SyntheticBold, face.SyntheticItalic);
        fonts[(face, size)] = font;
        return font;
    }

    /// <summary>A font that draws at the advances HarfBuzz measured, with a missing bold or italic face synthesised.</summary>
    internal static SKFont NewFont(SKTypeface typeface, double size, bool syntheticBold, bool syntheticItalic) =>
        new(typeface, (float)size)
        {
            Subpixel = true,
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
            Edging = SKFontEdging.Antialias,
            Embolden = syntheticBold,
            SkewX = syntheticItalic ? -0.2f : 0,
        };

    public void Dispose()
    {
        foreach (var font in fonts.Values)
            font.Dispose();
        foreach (var typeface in typefaces.Values)
            typeface.Dispose();
    }

    private (HashSet<int>, HashSet<ushort>) UsageOf(FontFace face)
    {
        if (!usage.TryGetValue(face, out var used))
        {
            used = (new HashSet<int>(AlwaysKept), new HashSet<ushort> { face.SpaceGlyph });
            usage[face] = used;
        }

        return used;
    }
}
