using System.Text;

namespace SitRep.Sources;

/// <summary>
/// The stated normalisation under which evidence is matched: runs of whitespace (line breaks and
/// non-breaking spaces included) become one space; curly quotes and guillemets become straight
/// quotes; dashes become hyphens; the ellipsis character becomes three dots. Nothing else changes.
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

    private static char Fold(char c) => c switch
    {
        '“' or '”' or '„' or '‟' or '«' or '»' or '″' => '"',
        '‘' or '’' or '‚' or '‛' or 'ʼ' or '′' => '\'',
        '–' or '—' or '‑' or '‒' or '―' or '−' => '-',
        _ => c,
    };
}
