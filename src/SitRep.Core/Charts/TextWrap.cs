namespace SitRep.Charts;

/// <summary>Greedy word wrapping to a width and a line limit; what does not fit ends in an ellipsis.</summary>
internal static class TextWrap
{
    public const string Ellipsis = "…";

    public static IReadOnlyList<string> Wrap(string text, ChartFont font, double maxWidth, int maxLines)
    {
        if (maxLines < 1)
            throw new ArgumentOutOfRangeException(nameof(maxLines));
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = "";
        var i = 0;
        while (i < words.Length)
        {
            var candidate = current.Length == 0 ? words[i] : current + " " + words[i];
            if (font.Width(candidate) <= maxWidth)
            {
                current = candidate;
                i++;
                continue;
            }
            if (current.Length == 0)
            {
                // A single word wider than the line: it is cut.
                current = words[i];
                i++;
            }
            if (lines.Count == maxLines - 1)
                break;
            lines.Add(Fit(current, font, maxWidth, false));
            current = "";
        }

        var truncated = i < words.Length;
        if (current.Length > 0 || lines.Count == 0)
        {
            if (truncated)
                current = current.Length == 0 ? words[i] : current + " " + words[i];
            lines.Add(Fit(current, font, maxWidth, truncated));
        }
        else if (truncated)
        {
            lines[^1] = Fit(lines[^1], font, maxWidth, true);
        }
        return lines;
    }

    /// <summary>The text itself if it fits (and is not forced to show truncation), else its longest prefix plus an ellipsis.</summary>
    public static string Fit(string text, ChartFont font, double maxWidth, bool forceEllipsis = false)
    {
        if (!forceEllipsis && font.Width(text) <= maxWidth)
            return text;
        // Prefixes are measured from one shaping of the whole text; the cut chosen is then measured as itself.
        var prefix = font.PrefixWidths(text);
        var ellipsis = font.Width(Ellipsis);
        var lo = 0;
        var hi = text.Length - (forceEllipsis ? 0 : 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (prefix[text[..mid].TrimEnd().Length] + ellipsis <= maxWidth)
                lo = mid;
            else
                hi = mid - 1;
        }

        while (true)
        {
            var fitted = Cut(text, lo);
            if (lo == 0 || font.Width(fitted) <= maxWidth)
                return fitted;
            lo--;
        }
    }

    /// <summary>The first <paramref name="length"/> characters and an ellipsis, cut at a word boundary unless that throws away much.</summary>
    private static string Cut(string text, int length)
    {
        var space = text.LastIndexOf(' ', Math.Max(0, Math.Min(length, text.Length - 1)));
        var cut = space >= length * 0.6 && space > 0 ? space : length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '–') + Ellipsis;
    }
}
