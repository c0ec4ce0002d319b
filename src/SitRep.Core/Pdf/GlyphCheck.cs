using System.Globalization;
using System.Text;
using SitRep.Diagnostics;

namespace SitRep.Pdf;

/// <summary>Finds characters that the brief's fonts cannot draw, and says where they come from.</summary>
public static class GlyphCheck
{
    /// <param name="texts">Each text with the place it comes from (an extract field, or the template).</param>
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<(string Text, SourceLocation Where)> texts, IReadOnlyList<string> families, BriefFonts fonts)
    {
        var coverages = families.Distinct().Select(fonts.Coverage).ToList();
        var found = new List<Diagnostic>();
        var reported = new HashSet<(int, string)>();
        foreach (var (text, where) in texts)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                var value = rune.Value;
                if (value < 0x20 || coverages.All(c => c.Covers(value)) || !reported.Add((value, where.ToString())))
                    continue;
                var snippet = Snippet(text, rune);
                found.Add(new Diagnostic(Severity.Error, where,
                    $"character '{rune}' (U+{value:X4}, {CharUnicodeInfo.GetUnicodeCategory(value)}) is not in the embedded fonts ({string.Join(", ", families.Distinct())}), in \"{snippet}\"; transliterate it or add a font that has it to the template's theme",
                    "glyph"));
            }
        }

        return found;
    }

    private static string Snippet(string text, Rune rune)
    {
        var at = text.IndexOf(rune.ToString(), StringComparison.Ordinal);
        var start = Math.Max(0, at - 20);
        var end = Math.Min(text.Length, at + 20);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
