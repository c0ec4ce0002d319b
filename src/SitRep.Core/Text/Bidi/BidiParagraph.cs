namespace SitRep.Text.Bidi;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one paragraph without explicit embeddings:
/// paragraph direction (P2, P3), weak types (W1–W7), bracket pairs and other neutrals (N0–N2),
/// implicit levels (I1, I2), and per line the reset of trailing whitespace (L1) and the reversal into
/// visual order (L2). Not implemented: explicit embeddings, overrides and isolates (X1–X8; their
/// characters are ignored, as X9 removes them). Mirroring of brackets (L4) is left to the shaper.
/// Levels are per UTF-16 code unit; the second half of a surrogate pair shares the level of the first.
/// </summary>
public sealed class BidiParagraph
{
    private readonly byte[] levels;
    private readonly BidiClass[] classes;

    private BidiParagraph(string text, int paragraphLevel, byte[] levels, BidiClass[] classes)
    {
        Text = text;
        ParagraphLevel = paragraphLevel;
        this.levels = levels;
        this.classes = classes;
    }

    public string Text { get; }

    /// <summary>0 for a left-to-right paragraph, 1 for a right-to-left one.</summary>
    public int ParagraphLevel { get; }

    public Direction Direction => ParagraphLevel == 0 ? Direction.LeftToRight : Direction.RightToLeft;

    /// <summary>The resolved embedding level of each code unit, before the line rules (L1).</summary>
    public ReadOnlySpan<byte> Levels => levels;

    /// <summary>True when every level is 0: nothing to reorder, the common case for Latin-script briefs.</summary>
    public bool IsLeftToRightOnly { get; private init; }

    /// <param name="paragraph">The paragraph direction; null finds it from the first strong letter (P2, P3), left to right if none.</param>
    public static BidiParagraph Analyze(string text, Direction? paragraph = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (paragraph != Direction.RightToLeft && HasNoRightToLeft(text))
            return new BidiParagraph(text, 0, new byte[text.Length], []) { IsLeftToRightOnly = true };

        var classes = Classify(text);
        var level = paragraph switch
        {
            Direction.LeftToRight => 0,
            Direction.RightToLeft => 1,
            _ => FirstStrongLevel(classes),
        };
        var resolved = Resolve(text, classes, level);
        return new BidiParagraph(text, level, resolved, classes)
        {
            IsLeftToRightOnly = level == 0 && !resolved.AsSpan().ContainsAnyExcept((byte)0),
        };
    }

    /// <summary>
    /// The line [lineStart, lineEnd) of this paragraph as runs of one level, in the order they are drawn
    /// from left to right. Each run's characters stay in logical order; a right-to-left run is shaped
    /// right to left, which puts its glyphs in visual order.
    /// </summary>
    public IReadOnlyList<BidiRun> RunsInVisualOrder(int lineStart, int lineEnd)
    {
        if (lineStart < 0 || lineEnd > Text.Length || lineStart > lineEnd)
            throw new ArgumentOutOfRangeException(nameof(lineStart), $"line [{lineStart}, {lineEnd}) is outside the paragraph of {Text.Length} characters");
        if (lineStart == lineEnd)
            return [];
        if (IsLeftToRightOnly)
            return [new BidiRun(lineStart, lineEnd - lineStart, 0)];

        var line = LineLevels(lineStart, lineEnd);
        var runs = new List<BidiRun>();
        var start = 0;
        for (var i = 1; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] == line[start])
                continue;
            runs.Add(new BidiRun(lineStart + start, i - start, line[start]));
            start = i;
        }

        ReverseByLevel(runs);
        return runs;
    }

    /// <summary>The level of each code unit of a line after L1: trailing whitespace and separators take the paragraph level.</summary>
    public byte[] LineLevels(int lineStart, int lineEnd)
    {
        var line = levels.AsSpan(lineStart, lineEnd - lineStart).ToArray();
        if (IsLeftToRightOnly)
            return line;
        var trailing = true;
        for (var i = line.Length - 1; i >= 0; i--)
        {
            var type = classes[lineStart + i];
            if (type is BidiClass.S or BidiClass.B)
            {
                line[i] = (byte)ParagraphLevel;
                trailing = true;
            }
            else if (trailing && IsWhitespaceForL1(type))
            {
                line[i] = (byte)ParagraphLevel;
            }
            else
            {
                trailing = false;
            }
        }

        return line;
    }

    private static bool IsWhitespaceForL1(BidiClass type) =>
        type is BidiClass.WS or BidiClass.BN or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI
            or BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF;

    /// <summary>L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.</summary>
    private static void ReverseByLevel(List<BidiRun> runs)
    {
        int highest = 0, lowestOdd = int.MaxValue;
        foreach (var run in runs)
        {
            highest = Math.Max(highest, run.Level);
            if ((run.Level & 1) == 1)
                lowestOdd = Math.Min(lowestOdd, run.Level);
        }

        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < runs.Count; i++)
            {
                if (runs[i].Level < level)
                    continue;
                var end = i;
                while (end + 1 < runs.Count && runs[end + 1].Level >= level)
                    end++;
                runs.Reverse(i, end - i + 1);
                i = end;
            }
        }
    }

    /// <summary>Below U+0590 nothing is R, AL or AN, so text without a right-to-left class needs no analysis in a left-to-right paragraph.</summary>
    private static bool HasNoRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c < '\u0590')
                continue;
            if (char.IsSurrogate(c) || !StaysLeftToRight(BidiClassTable.Of(c)))
                return false;
        }

        return true;
    }

    private static bool StaysLeftToRight(BidiClass type) =>
        type is not (BidiClass.R or BidiClass.AL or BidiClass.AN or BidiClass.RLE or BidiClass.RLO or BidiClass.RLI or BidiClass.FSI);

    private static BidiClass[] Classify(string text)
    {
        var classes = new BidiClass[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                classes[i] = BidiClassTable.Of(char.ConvertToUtf32(text[i], text[i + 1]));
                classes[++i] = BidiClass.BN;
            }
            else
            {
                classes[i] = BidiClassTable.Of(text[i]);
            }
        }

        return classes;
    }

    private static int FirstStrongLevel(BidiClass[] classes)
    {
        foreach (var type in classes)
        {
            if (type == BidiClass.L)
                return 0;
            if (type is BidiClass.R or BidiClass.AL)
                return 1;
        }

        return 0;
    }

    /// <summary>Resolves weak and neutral types and the implicit levels over the characters X9 keeps.</summary>
    private static byte[] Resolve(string text, BidiClass[] classes, int paragraphLevel)
    {
        var kept = new List<int>(classes.Length);
        for (var i = 0; i < classes.Length; i++)
        {
            if (!IsRemovedByX9(classes[i]))
                kept.Add(i);
        }

        var types = new BidiClass[kept.Count];
        for (var k = 0; k < kept.Count; k++)
            types[k] = classes[kept[k]] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : classes[kept[k]];

        var edge = paragraphLevel == 0 ? BidiClass.L : BidiClass.R;
        ResolveWeak(types, edge);
        BracketPairs.Resolve(text, kept.ToArray(), types, classes, edge);
        ResolveNeutral(types, edge);

        var levels = new byte[classes.Length];
        for (var k = 0; k < kept.Count; k++)
            levels[kept[k]] = (byte)ImplicitLevel(types[k], paragraphLevel);

        // A removed character takes the level of the character before it, or the paragraph's at the start.
        var previous = (byte)paragraphLevel;
        var next = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            if (next < kept.Count && kept[next] == i)
            {
                previous = levels[i];
                next++;
            }
            else
            {
                levels[i] = previous;
            }
        }

        return levels;
    }

    private static bool IsRemovedByX9(BidiClass type) =>
        type is BidiClass.BN or BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF;

    private static void ResolveWeak(BidiClass[] t, BidiClass sos)
    {
        // W1: a mark takes the type of the character before it.
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == BidiClass.NSM)
                t[i] = i == 0 ? sos : t[i - 1];
        }

        // W2: a European number after Arabic letters is an Arabic number. W3: AL becomes R.
        var lastStrong = sos;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL)
                lastStrong = t[i];
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.AL)
                t[i] = BidiClass.AN;
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == BidiClass.AL)
                t[i] = BidiClass.R;
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (var i = 1; i + 1 < t.Length; i++)
        {
            if (t[i] == BidiClass.ES && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN)
                t[i] = BidiClass.EN;
            else if (t[i] == BidiClass.CS && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN)
                t[i] = BidiClass.EN;
            else if (t[i] == BidiClass.CS && t[i - 1] == BidiClass.AN && t[i + 1] == BidiClass.AN)
                t[i] = BidiClass.AN;
        }

        // W5: terminators (%, currency signs) next to a European number belong to it.
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] != BidiClass.ET)
                continue;
            var end = i;
            while (end < t.Length && t[end] == BidiClass.ET)
                end++;
            if ((i > 0 && t[i - 1] == BidiClass.EN) || (end < t.Length && t[end] == BidiClass.EN))
                t.AsSpan(i, end - i).Fill(BidiClass.EN);
            i = end - 1;
        }

        // W6: the separators and terminators left are neutral. W7: a European number after L is L.
        lastStrong = sos;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS)
                t[i] = BidiClass.ON;
            else if (t[i] is BidiClass.L or BidiClass.R)
                lastStrong = t[i];
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.L)
                t[i] = BidiClass.L;
        }
    }

    /// <summary>N1: neutrals between two runs of the same direction take it (numbers count as R); N2: the rest take the embedding direction.</summary>
    /// <param name="embedding">The paragraph's direction, which is also the direction before the first and after the last character.</param>
    private static void ResolveNeutral(BidiClass[] t, BidiClass embedding)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (!IsNeutral(t[i]))
                continue;
            var end = i;
            while (end < t.Length && IsNeutral(t[end]))
                end++;
            var before = i == 0 ? embedding : StrongDirection(t[i - 1]);
            var after = end == t.Length ? embedding : StrongDirection(t[end]);
            t.AsSpan(i, end - i).Fill(before == after ? before : embedding);
            i = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass type) => type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON;

    private static BidiClass StrongDirection(BidiClass type) => type == BidiClass.L ? BidiClass.L : BidiClass.R;

    private static int ImplicitLevel(BidiClass type, int level)
    {
        if ((level & 1) == 0)
            return type switch { BidiClass.R => level + 1, BidiClass.AN or BidiClass.EN => level + 2, _ => level };
        return type is BidiClass.L or BidiClass.EN or BidiClass.AN ? level + 1 : level;
    }
}
