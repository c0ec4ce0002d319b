using System.Text;

namespace SitRep.Text;

/// <summary>
/// An ordered list of font families, one style of each. A character is set in the first family
/// that has it, so each script, punctuation mark or symbol falls back on its own; common characters
/// and marks prefer the family of the letters around them (see <see cref="TextItems"/>).
/// </summary>
public sealed class FontStack
{
    /// <summary>The default body stack: the serif, then Arabic, Hebrew, Tifinagh and mathematical symbols.</summary>
    public static readonly IReadOnlyList<string> Serif =
        [EmbeddedFonts.NotoSerif, EmbeddedFonts.NotoNaskhArabic, EmbeddedFonts.NotoSansHebrew, EmbeddedFonts.NotoSansTifinagh, EmbeddedFonts.NotoSansMath];

    /// <summary>The default heading stack, with the sans Arabic beside the sans Latin.</summary>
    public static readonly IReadOnlyList<string> Sans =
        [EmbeddedFonts.NotoSans, EmbeddedFonts.NotoSansArabic, EmbeddedFonts.NotoSansHebrew, EmbeddedFonts.NotoSansTifinagh, EmbeddedFonts.NotoSansMath];

    private readonly FaceCoverage[] coverages;

    // Every character some family of the stack has in the Basic Multilingual Plane: Missing asks only whether any
    // family has a character, and a long brief asks it of millions.
    private readonly ulong[] basicPlane = new ulong[0x10000 / 64];
    private readonly bool hasPrintableAscii;

    public FontStack(IReadOnlyList<string> families, IReadOnlyList<FaceCoverage> coverages)
    {
        if (families.Count == 0 || families.Count != coverages.Count)
            throw new ArgumentException("a font stack needs at least one family, and one coverage per family", nameof(coverages));
        Families = families.ToArray();
        this.coverages = coverages.ToArray();
        foreach (var coverage in this.coverages)
            coverage.AddBasicPlaneTo(basicPlane);
        hasPrintableAscii = Enumerable.Range(0x20, 0x7F - 0x20).All(InBasicPlane);
    }

    /// <summary>A stack of embedded families in one style.</summary>
    public static FontStack Embedded(IReadOnlyList<string> families, bool bold = false, bool italic = false) =>
        new(families, families.Select(f => EmbeddedFonts.Coverage(f, bold, italic)
            ?? throw new ArgumentException($"font family '{f}' is not embedded", nameof(families))).ToArray());

    public IReadOnlyList<string> Families { get; }

    /// <summary>The index of the first family that has the character, or -1 when none has it.</summary>
    public int FamilyFor(int codePoint)
    {
        for (var i = 0; i < coverages.Length; i++)
        {
            if (coverages[i].Has(codePoint))
                return i;
        }

        return -1;
    }

    public bool Has(int family, int codePoint) => coverages[family].Has(codePoint);

    /// <summary>The characters of a text that no family of the stack has, each once, in order of first appearance.</summary>
    public IReadOnlyList<MissingCharacter> Missing(string text)
    {
        var span = text.AsSpan();
        // Most texts of a brief are printable ASCII from their first character to their last: one vectorised scan.
        var index = hasPrintableAscii ? span.IndexOfAnyExceptInRange(' ', '~') : 0;
        if (index < 0)
            return [];

        // Nearly every text has all its characters: the lists are made only for one that does not.
        List<MissingCharacter>? missing = null;
        HashSet<int>? seen = null;
        while (index < span.Length)
        {
            // An unpaired surrogate reads as U+FFFD, one character long, as when enumerating runes.
            Rune.DecodeFromUtf16(span[index..], out var rune, out var length);
            var c = rune.Value;
            if (c >= 0x20 && c != 0x7F && !Covers(c) && !Scripts.IsDefaultIgnorable(c) && (seen ??= []).Add(c))
                (missing ??= []).Add(new MissingCharacter(index, c));
            index += length;
        }

        return missing ?? (IReadOnlyList<MissingCharacter>)[];
    }

    private bool Covers(int codePoint) => codePoint < 0x10000 ? InBasicPlane(codePoint) : FamilyFor(codePoint) >= 0;

    private bool InBasicPlane(int codePoint) => (basicPlane[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;
}

/// <summary>A character no font of a stack has, at a UTF-16 offset of its text.</summary>
public readonly record struct MissingCharacter(int Index, int CodePoint)
{
    /// <summary>"U+2248", the way errors name the character.</summary>
    public string Code => $"U+{CodePoint:X4}";

    public override string ToString() => $"'{new Rune(CodePoint)}' ({Code})";
}
