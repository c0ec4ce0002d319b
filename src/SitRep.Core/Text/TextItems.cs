using SitRep.Text.Bidi;

namespace SitRep.Text;

/// <summary>
/// Characters [Start, Start + Length) of a paragraph that are shaped together: one script, one bidi
/// level, one family of the font stack (<see cref="Family"/> is its index; -1 when no family has them).
/// </summary>
public readonly record struct TextItem(int Start, int Length, Script Script, int Level, int Family)
{
    public int End => Start + Length;

    public Direction Direction => (Level & 1) == 0 ? Direction.LeftToRight : Direction.RightToLeft;

    public string ScriptTag => Scripts.Tag(Script);
}

/// <summary>Splits a line of a paragraph into the items the shaper takes, by level, script and font.</summary>
public static class TextItems
{
    /// <summary>The items of a line in logical (typed) order: what line breaking and measuring use.</summary>
    public static IReadOnlyList<TextItem> Logical(BidiParagraph paragraph, FontStack fonts, int lineStart, int lineEnd)
    {
        var text = paragraph.Text;
        if (lineStart == lineEnd)
            return [];
        if (TryPlain(paragraph, fonts, lineStart, lineEnd, out var plain))
            return [plain];
        var levels = paragraph.LineLevels(lineStart, lineEnd);
        var scripts = ScriptRuns.ResolvedScripts(text, lineStart, lineEnd, levels);
        var families = Families(text, lineStart, lineEnd, levels, fonts);
        var items = new List<TextItem>();
        var start = 0;
        for (var i = 1; i <= levels.Length; i++)
        {
            if (i < levels.Length && (levels[i] == levels[start] && scripts[i] == scripts[start] && families[i] == families[start]
                    || char.IsLowSurrogate(text[lineStart + i])))
                continue;
            items.Add(new TextItem(lineStart + start, i - start, scripts[start], levels[start], families[start]));
            start = i;
        }

        return items;
    }

    /// <summary>
    /// The single item of text that is plain Latin, left to right, and drawn whole by the stack's first family: what
    /// <see cref="Logical"/> returns for most words of most briefs, here without a list for each word.
    /// </summary>
    public static bool TryPlain(BidiParagraph paragraph, FontStack fonts, int lineStart, int lineEnd, out TextItem item)
    {
        var text = paragraph.Text;
        if (lineStart < lineEnd && paragraph.IsLeftToRightOnly && ScriptRuns.IsPlainLatin(text, lineStart, lineEnd, out var script) && FirstFamilyHasAll(text, lineStart, lineEnd, fonts))
        {
            item = new TextItem(lineStart, lineEnd - lineStart, script, 0, 0);
            return true;
        }

        item = default;
        return false;
    }

    private static bool FirstFamilyHasAll(string text, int lineStart, int lineEnd, FontStack fonts)
    {
        foreach (var c in text.AsSpan(lineStart, lineEnd - lineStart))
        {
            if (c >= 0x20 && !fonts.Has(0, c) && !Scripts.IsDefaultIgnorable(c))
                return false;
        }

        return true;
    }

    /// <summary>The items of a line in the order they are drawn from left to right (UAX #9, L2).</summary>
    public static IReadOnlyList<TextItem> InVisualOrder(BidiParagraph paragraph, FontStack fonts, int lineStart, int lineEnd)
    {
        var logical = Logical(paragraph, fonts, lineStart, lineEnd);
        if (paragraph.IsLeftToRightOnly)
            return logical;
        var visual = new List<TextItem>(logical.Count);
        foreach (var run in paragraph.RunsInVisualOrder(lineStart, lineEnd))
        {
            var inRun = logical.Where(item => item.Start >= run.Start && item.End <= run.End);
            visual.AddRange(run.Direction == Direction.RightToLeft ? inRun.Reverse() : inRun);
        }

        return visual;
    }

    /// <summary>
    /// The family of each code unit. Letters take the first family that has them; common characters and
    /// marks keep the family of the letter before them in their level run (or after them, at its start)
    /// when that family has them, so a space or comma inside Arabic is set in the Arabic face and a mark
    /// stays with its letter. Otherwise they too take the first family that has them.
    /// </summary>
    private static int[] Families(string text, int lineStart, int lineEnd, byte[] levels, FontStack fonts)
    {
        var count = lineEnd - lineStart;
        var families = new int[count];
        var points = new int[count];
        var shared = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var at = lineStart + i;
            var c = char.IsHighSurrogate(text[at]) && at + 1 < lineEnd && char.IsLowSurrogate(text[at + 1])
                ? char.ConvertToUtf32(text[at], text[at + 1])
                : text[at];
            points[i] = c;
            shared[i] = c < 0x20 || Scripts.IsDefaultIgnorable(c) || Scripts.Of(c) is Script.Common or Script.Inherited;
            families[i] = shared[i] ? -2 : fonts.FamilyFor(c);
            if (c > 0xFFFF)
            {
                families[i + 1] = families[i];
                shared[i + 1] = shared[i];
                points[++i] = c;
            }
        }

        var resolved = (int[])families.Clone();
        for (var i = 0; i < count; i++)
        {
            if (!shared[i])
                continue;
            var neighbour = NeighbourFamily(families, levels, i);
            var c = points[i];
            var drawless = c < 0x20 || Scripts.IsDefaultIgnorable(c);
            resolved[i] = neighbour >= 0 && (drawless || fonts.Has(neighbour, c))
                ? neighbour
                : drawless ? Math.Max(0, fonts.FamilyFor(c)) : fonts.FamilyFor(c);
        }

        return resolved;
    }

    /// <summary>
    /// The family of the nearest letter before the character in its level run, else after it there, else the
    /// nearest letter on either side (so digits inside Arabic take the Arabic face). Only letters count:
    /// digits after "≈" go back to the text face, not the mathematical one.
    /// </summary>
    private static int NeighbourFamily(int[] families, byte[] levels, int i)
    {
        for (var j = i - 1; j >= 0 && levels[j] == levels[i]; j--)
        {
            if (families[j] >= 0)
                return families[j];
        }

        for (var j = i + 1; j < families.Length && levels[j] == levels[i]; j++)
        {
            if (families[j] >= 0)
                return families[j];
        }

        for (var distance = 1; distance < Math.Min(families.Length, 64); distance++)
        {
            if (i - distance >= 0 && families[i - distance] >= 0)
                return families[i - distance];
            if (i + distance < families.Length && families[i + distance] >= 0)
                return families[i + distance];
        }

        return -1;
    }
}
