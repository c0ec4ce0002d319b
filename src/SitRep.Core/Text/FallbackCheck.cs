using System.Globalization;
using System.Text;
using SitRep.Diagnostics;

namespace SitRep.Text;

/// <summary>
/// Finds characters that no family of a brief's font stacks has, and says where they were typed:
/// with fallback, a character is an error only when the whole stack lacks it.
/// </summary>
public static class FallbackCheck
{
    /// <param name="texts">Each text with the place it comes from (an extract field, or the template).</param>
    /// <param name="stacks">The stacks the texts are set in (body, headings); a character must be in every one.</param>
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<(string Text, SourceLocation Where)> texts, IReadOnlyList<FontStack> stacks)
    {
        var found = new List<Diagnostic>();
        var reported = new HashSet<(int, SourceLocation)>();
        foreach (var (text, where) in texts)
        {
            foreach (var stack in stacks)
            {
                foreach (var missing in stack.Missing(text))
                {
                    if (!reported.Add((missing.CodePoint, where)))
                        continue;
                    found.Add(new Diagnostic(Severity.Error, where,
                        $"character '{char.ConvertFromUtf32(missing.CodePoint)}' ({missing.Code}, {CharUnicodeInfo.GetUnicodeCategory(missing.CodePoint)}) is in no font of the stack ({string.Join(", ", stack.Families)}), in \"{Snippet(text, missing.Index)}\"; transliterate it or add a font that has it to the template's theme",
                        "glyph"));
                }
            }
        }

        return found;
    }

    private static string Snippet(string text, int at)
    {
        var start = Math.Max(0, at - 20);
        var end = Math.Min(text.Length, at + 20);
        if (start > 0 && char.IsLowSurrogate(text[start]))
            start--;
        if (end < text.Length && char.IsLowSurrogate(text[end]))
            end++;
        return new StringBuilder(text, start, end - start, end - start + 1).ToString().ReplaceLineEndings(" ");
    }
}
