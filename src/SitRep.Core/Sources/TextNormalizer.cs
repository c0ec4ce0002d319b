using System.Text;

namespace SitRep.Sources;

/// <summary>
/// The stated normalisation under which evidence is matched: runs of whitespace (line breaks and
/// non-breaking spaces included) become one space; curly quotes and guillemets become straight
/// quotes; dashes become hyphens; the ellipsis character becomes three dots. In Arabic script, tatweel,
/// vowel marks and invisible direction marks are dropped, Persian and Arabic forms of the same letter
/// match, hamza seats on alef match bare alef, and Arabic-Indic digits match ASCII digits
/// (docs/extracts.md states each rule). Nothing else changes.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => Normalize(text, out _);

    /// <param name="offsets">For each character of the result, its offset in <paramref name="text"/>.</param>
    public static string Normalize(string text, out int[] offsets)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDropped(c))
                continue;
            if (IsSpace(c))
            {
                if (pendingSpace < 0)
                    pendingSpace = i;
                continue;
            }

            if (pendingSpace >= 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                    map.Add(pendingSpace);
                }

                pendingSpace = -1;
            }

            if (c == '…')
            {
                builder.Append("...");
                map.Add(i);
                map.Add(i);
                map.Add(i);
                continue;
            }

            builder.Append(Fold(c));
            map.Add(i);
        }

        offsets = map.ToArray();
        return builder.ToString();
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F' or '\u2007' or '\u200B' or '\uFEFF';

    /// <summary>Tatweel (U+0640), Arabic vowel and other optional marks, joiners and bidi marks: not part of the words.</summary>
    private static bool IsDropped(char c) =>
        c is '\u0640' or >= '\u064B' and <= '\u065F' or '\u0670' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C'
            or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static char Fold(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '\u066B' => '.',           // Arabic decimal separator
        '\u066C' => ',',           // Arabic thousands separator
        '\u066A' => '%',           // Arabic percent sign
        'ی' or 'ى' => 'ي',          // Persian yeh, alef maksura: Arabic yeh
        'ک' => 'ك',                 // keheh: Arabic kaf
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا', // alef with hamza above or below, with madda, wasla: bare alef
        '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
        '‘' or '’' or '‚' or '‛' or 'ʼ' or '′' => '\'',
        '–' or '—' or '‑' or '‒' or '―' or '−' => '-',
        _ => c,
    };
}
