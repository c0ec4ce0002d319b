using System.Runtime.InteropServices;
using SitRep.Text;
using SitRep.Text.Bidi;

namespace SitRep.Layout;

/// <summary>
/// Breaks styled runs into lines on the logical (typed) text, then orders each line for drawing. The paragraph
/// is analysed once with the bidirectional algorithm in the brief's direction; each word is cut into pieces of
/// one face, script and level (font fallback per character), shaped in its own direction; each line's pieces
/// and spaces are reversed by level (UAX #9, L2) and alignment follows the paragraph's direction. Breaks fall
/// at spaces; a word made of several runs stays whole; a word wider than the line is cut by characters.
/// </summary>
internal sealed class LineBreaker(TextMeasurer measurer)
{
    // A long brief breaks hundreds of thousands of words: a paragraph's pieces and words are values in lists reused
    // from one paragraph to the next, a word being a range of the pieces, a line a range of the words.
    private readonly record struct Piece(StyledRun Run, ShapingRun Shaping, int Start, int Level, double Width);

    private struct Word(int firstPiece)
    {
        public int FirstPiece = firstPiece;
        public int PieceCount;
        public double Width;
        public double SpaceAfter;
        public int SpaceLevel;
        public bool HardBreakAfter;
    }

    private readonly List<Piece> pieces = new();
    private readonly List<Word> allWords = new();
    private readonly List<Unit> units = new();

    public IReadOnlyList<TextLine> Break(IReadOnlyList<StyledRun> runs, double width, TextAlignment alignment, double lineHeightFactor)
    {
        pieces.Clear();
        allWords.Clear();
        var (words, paragraph) = SplitWords(runs, width);
        var lines = new List<TextLine>();
        var first = 0;
        double currentWidth = 0;

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var widthWithWord = i == first ? word.Width : currentWidth + words[i - 1].SpaceAfter + word.Width;
            if (i > first && widthWithWord > width + 0.01)
            {
                lines.Add(Compose(words, first, i - first, paragraph, width, alignment, lineHeightFactor, isLast: false));
                first = i;
                widthWithWord = word.Width;
            }

            currentWidth = widthWithWord;
            if (word.HardBreakAfter)
            {
                lines.Add(Compose(words, first, i + 1 - first, paragraph, width, alignment, lineHeightFactor, isLast: true));
                first = i + 1;
                currentWidth = 0;
            }
        }

        if (first < words.Count)
            lines.Add(Compose(words, first, words.Count - first, paragraph, width, alignment, lineHeightFactor, isLast: true));
        return lines;
    }

    /// <summary>One text on one line (a page number, a list marker), in the brief's direction.</summary>
    public TextLine Single(string text, FontSpec font, Drawing.Rgb color) =>
        Break([new StyledRun(text, font, color)], double.PositiveInfinity, TextAlignment.Left, 1) is [var line] ? line : new TextLine([], 0, 0, 0);

    /// <summary>A piece of the line as drawn: a piece of a word (its index), or the space after a word (-1).</summary>
    private readonly record struct Unit(int Piece, double Width, int Level);

    /// <summary>Sets the words [first, first + count) as one line.</summary>
    private TextLine Compose(List<Word> words, int first, int count, BidiParagraph paragraph, double width, TextAlignment alignment, double lineHeightFactor, bool isLast)
    {
        double natural = 0;
        var pieceCount = 0;
        for (var i = first; i < first + count; i++)
        {
            natural += words[i].Width + (i < first + count - 1 ? words[i].SpaceAfter : 0);
            pieceCount += words[i].PieceCount;
        }

        var rightToLeft = paragraph.ParagraphLevel == 1;
        if (rightToLeft)
            alignment = alignment switch { TextAlignment.Left => TextAlignment.Right, TextAlignment.Right => TextAlignment.Left, _ => alignment };
        double offset = alignment switch
        {
            TextAlignment.Center => Math.Max(0, (width - natural) / 2),
            TextAlignment.Right => Math.Max(0, width - natural),
            TextAlignment.Justify when rightToLeft && (isLast || count < 2) && !double.IsInfinity(width) => Math.Max(0, width - natural),
            _ => 0,
        };
        if (double.IsInfinity(width))
            offset = 0;
        var stretch = alignment == TextAlignment.Justify && !isLast && count > 1
            ? Math.Max(0, (width - natural) / (count - 1))
            : 0;

        units.Clear();
        for (var i = first; i < first + count; i++)
        {
            var word = words[i];
            for (var p = word.FirstPiece; p < word.FirstPiece + word.PieceCount; p++)
                units.Add(new Unit(p, pieces[p].Width, pieces[p].Level));
            if (i < first + count - 1)
                units.Add(new Unit(-1, word.SpaceAfter + stretch, word.SpaceLevel));
        }

        if (!paragraph.IsLeftToRightOnly)
            ReorderByLevel(units);

        var fragments = new LineFragment[pieceCount];
        var next = 0;
        double ascent = 0, descent = 0, size = 0;
        (FontSpec Font, double Ascent, double Descent) metrics = default;
        var x = offset;
        foreach (var unit in units)
        {
            if (unit.Piece >= 0)
            {
                var piece = pieces[unit.Piece];
                fragments[next++] = new LineFragment(piece.Shaping, piece.Run.Color, piece.Run.Link, x, piece.Width);
                if (next == 1 || piece.Shaping.Font != metrics.Font)
                {
                    var (fontAscent, fontDescent) = measurer.VerticalMetrics(piece.Shaping.Font);
                    metrics = (piece.Shaping.Font, fontAscent, fontDescent);
                }

                var (a, d) = (metrics.Ascent, metrics.Descent);
                ascent = Math.Max(ascent, a);
                descent = Math.Max(descent, d);
                size = Math.Max(size, piece.Run.Font.Size);
            }

            x += unit.Width;
        }

        var height = Math.Max(size * lineHeightFactor, ascent + descent);
        var baseline = (height - (ascent + descent)) / 2 + ascent;
        return new TextLine(fragments, alignment == TextAlignment.Justify && !isLast ? width : natural, height, baseline);
    }

    /// <summary>UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above.</summary>
    private static void ReorderByLevel(List<Unit> units)
    {
        if (units.Count == 0)
            return;
        var highest = units.Max(u => u.Level);
        var lowestOdd = units.Where(u => (u.Level & 1) == 1).Select(u => u.Level).DefaultIfEmpty(int.MaxValue).Min();
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (units[i].Level < level)
                    continue;
                var end = i;
                while (end < units.Count && units[end].Level >= level)
                    end++;
                units.Reverse(i, end - i);
                i = end;
            }
        }
    }

    private (List<Word>, BidiParagraph) SplitWords(IReadOnlyList<StyledRun> runs, double width)
    {
        var paragraph = BidiParagraph.Analyze(runs.Count == 1 ? runs[0].Text : string.Concat(runs.Select(r => r.Text)), measurer.Direction);
        var words = allWords;
        var word = new Word(0);
        var runStart = 0;
        // The space after a word is measured in the font of its last piece, nearly always the one before.
        (ShapingRun Run, double Width) space = default;
        foreach (var run in runs)
        {
            var text = run.Text;
            var stack = measurer.Stack(run.Font);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var atEnd = i == text.Length;
                var c = atEnd ? '\0' : text[i];
                if (!atEnd && c != ' ' && c != '\n')
                    continue;
                if (i > start)
                    AddPieces(ref word, run, stack, paragraph, runStart + start, runStart + i);
                if (!atEnd)
                {
                    if (word.PieceCount > 0)
                    {
                        var spaceRun = pieces[^1].Shaping with { Text = " " };
                        if (spaceRun != space.Run)
                            space = (spaceRun, measurer.Width(spaceRun));
                        word.SpaceAfter = space.Width;
                        word.SpaceLevel = paragraph.Levels[runStart + i];
                        word.HardBreakAfter = c == '\n';
                        words.Add(word);
                        word = new Word(pieces.Count);
                    }
                    else if (c == '\n' && words.Count > 0)
                    {
                        CollectionsMarshal.AsSpan(words)[^1].HardBreakAfter = true;
                    }
                }

                start = i + 1;
            }

            runStart += text.Length;
        }

        if (word.PieceCount > 0)
            words.Add(word);
        return (SplitOverlongWords(words, paragraph, width), paragraph);
    }

    /// <summary>Adds the characters [start, end) of the paragraph to a word, one piece per face, script and level.</summary>
    private void AddPieces(ref Word word, StyledRun run, FontStack stack, BidiParagraph paragraph, int start, int end)
    {
        if (TextItems.TryPlain(paragraph, stack, start, end, out var plain))
        {
            AddPiece(ref word, run, stack, paragraph, plain);
            return;
        }

        var items = TextItems.Logical(paragraph, stack, start, end);
        for (var i = 0; i < items.Count; i++)
            AddPiece(ref word, run, stack, paragraph, items[i]);
    }

    private void AddPiece(ref Word word, StyledRun run, FontStack stack, BidiParagraph paragraph, TextItem item)
    {
        var shaping = measurer.Run(paragraph.Text, run.Font, stack, item);
        var pieceWidth = measurer.Width(shaping);
        pieces.Add(new Piece(run, shaping, item.Start, item.Level, pieceWidth));
        word.PieceCount++;
        word.Width += pieceWidth;
    }

    // A loop, not TrueForAll with a lambda: this runs for every paragraph at every width, and the lambda's capture was an allocation each time.
    private static bool HasWordWiderThan(List<Word> words, double width)
    {
        foreach (var word in words)
        {
            if (word.Width > width)
                return true;
        }

        return false;
    }

    /// <summary>Cuts each word wider than the line by characters; the parts' pieces are added at the end of the paragraph's pieces.</summary>
    private List<Word> SplitOverlongWords(List<Word> words, BidiParagraph paragraph, double width)
    {
        if (!HasWordWiderThan(words, width))
            return words;
        var result = new List<Word>();
        foreach (var word in words)
        {
            if (word.Width <= width)
            {
                result.Add(word);
                continue;
            }

            var part = new Word(pieces.Count);
            for (var p = word.FirstPiece; p < word.FirstPiece + word.PieceCount; p++)
            {
                var piece = pieces[p];
                var start = piece.Start;
                var end = piece.Start + piece.Shaping.Text.Length;
                while (start < end)
                {
                    var take = LongestPrefixThatFits(piece, paragraph.Text, start, end, width - part.Width);
                    if (take == 0 && part.PieceCount > 0)
                    {
                        result.Add(part);
                        part = new Word(pieces.Count);
                        continue;
                    }

                    take = Math.Max(1, take);
                    var shaping = piece.Shaping with { Text = paragraph.Text.Substring(start, take) };
                    var pieceWidth = measurer.Width(shaping);
                    pieces.Add(new Piece(piece.Run, shaping, start, piece.Level, pieceWidth));
                    part.PieceCount++;
                    part.Width += pieceWidth;
                    start += take;
                    if (start < end)
                    {
                        result.Add(part);
                        part = new Word(pieces.Count);
                    }
                }
            }

            part.SpaceAfter = word.SpaceAfter;
            part.SpaceLevel = word.SpaceLevel;
            part.HardBreakAfter = word.HardBreakAfter;
            result.Add(part);
        }

        return result;
    }

    private int LongestPrefixThatFits(Piece piece, string text, int start, int end, double room)
    {
        int low = 0, high = end - start;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (measurer.Width(piece.Shaping with { Text = text.Substring(start, mid) }) <= room)
                low = mid;
            else
                high = mid - 1;
        }

        return low;
    }
}
