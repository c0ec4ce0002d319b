namespace SitRep.Layout;

/// <summary>
/// Breaks styled runs into lines. Breaks fall at spaces; a word made of several runs
/// (e.g. "Goïta's" with a bold part) stays whole; a word wider than the line is cut by characters.
/// </summary>
internal sealed class LineBreaker(TextMeasurer measurer)
{
    private sealed record Piece(StyledRun Run, string Text, double Width);

    private sealed class Word
    {
        public List<Piece> Pieces { get; } = new();
        public double Width { get; set; }
        public double SpaceAfter { get; set; }
        public bool HardBreakAfter { get; set; }
    }

    public IReadOnlyList<TextLine> Break(IReadOnlyList<StyledRun> runs, double width, TextAlignment alignment, double lineHeightFactor)
    {
        var words = SplitWords(runs, width);
        var lines = new List<TextLine>();
        var current = new List<Word>();
        double currentWidth = 0;

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var widthWithWord = current.Count == 0 ? word.Width : currentWidth + current[^1].SpaceAfter + word.Width;
            if (current.Count > 0 && widthWithWord > width + 0.01)
            {
                lines.Add(Compose(current, width, alignment, lineHeightFactor, isLast: false));
                current.Clear();
                widthWithWord = word.Width;
            }

            current.Add(word);
            currentWidth = widthWithWord;
            if (word.HardBreakAfter)
            {
                lines.Add(Compose(current, width, alignment, lineHeightFactor, isLast: true));
                current.Clear();
                currentWidth = 0;
            }
        }

        if (current.Count > 0)
            lines.Add(Compose(current, width, alignment, lineHeightFactor, isLast: true));
        return lines;
    }

    private TextLine Compose(List<Word> words, double width, TextAlignment alignment, double lineHeightFactor, bool isLast)
    {
        double natural = 0;
        for (var i = 0; i < words.Count; i++)
            natural += words[i].Width + (i < words.Count - 1 ? words[i].SpaceAfter : 0);

        double offset = alignment switch
        {
            TextAlignment.Center => Math.Max(0, (width - natural) / 2),
            TextAlignment.Right => Math.Max(0, width - natural),
            _ => 0,
        };
        var stretch = alignment == TextAlignment.Justify && !isLast && words.Count > 1
            ? Math.Max(0, (width - natural) / (words.Count - 1))
            : 0;

        var fragments = new List<LineFragment>();
        double ascent = 0, descent = 0, size = 0;
        var x = offset;
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var piece in words[i].Pieces)
            {
                fragments.Add(new LineFragment(piece.Text, piece.Run.Font, piece.Run.Color, piece.Run.Link, x, piece.Width));
                x += piece.Width;
                var (a, d) = measurer.VerticalMetrics(piece.Run.Font);
                ascent = Math.Max(ascent, a);
                descent = Math.Max(descent, d);
                size = Math.Max(size, piece.Run.Font.Size);
            }

            if (i < words.Count - 1)
                x += words[i].SpaceAfter + stretch;
        }

        var height = Math.Max(size * lineHeightFactor, ascent + descent);
        var baseline = (height - (ascent + descent)) / 2 + ascent;
        return new TextLine(fragments, alignment == TextAlignment.Justify && !isLast ? width : natural, height, baseline);
    }

    private List<Word> SplitWords(IReadOnlyList<StyledRun> runs, double width)
    {
        var words = new List<Word>();
        var word = new Word();
        foreach (var run in runs)
        {
            var text = run.Text;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var atEnd = i == text.Length;
                var c = atEnd ? '\0' : text[i];
                if (!atEnd && c != ' ' && c != '\n')
                    continue;
                if (i > start)
                    AddPiece(word, run, text[start..i]);
                if (!atEnd)
                {
                    if (word.Pieces.Count > 0)
                    {
                        word.SpaceAfter = measurer.Width(" ", run.Font);
                        word.HardBreakAfter = c == '\n';
                        words.Add(word);
                        word = new Word();
                    }
                    else if (c == '\n' && words.Count > 0)
                    {
                        words[^1].HardBreakAfter = true;
                    }
                }

                start = i + 1;
            }
        }

        if (word.Pieces.Count > 0)
            words.Add(word);
        return SplitOverlongWords(words, width);
    }

    private void AddPiece(Word word, StyledRun run, string text)
    {
        var pieceWidth = measurer.Width(text, run.Font);
        word.Pieces.Add(new Piece(run, text, pieceWidth));
        word.Width += pieceWidth;
    }

    private List<Word> SplitOverlongWords(List<Word> words, double width)
    {
        if (words.TrueForAll(w => w.Width <= width))
            return words;
        var result = new List<Word>();
        foreach (var word in words)
        {
            if (word.Width <= width)
            {
                result.Add(word);
                continue;
            }

            var part = new Word();
            foreach (var piece in word.Pieces)
            {
                var text = piece.Text;
                while (text.Length > 0)
                {
                    var take = LongestPrefixThatFits(text, piece.Run.Font, width - part.Width);
                    if (take == 0 && part.Pieces.Count > 0)
                    {
                        result.Add(part);
                        part = new Word();
                        continue;
                    }

                    take = Math.Max(1, take);
                    AddPiece(part, piece.Run, text[..take]);
                    text = text[take..];
                    if (text.Length > 0)
                    {
                        result.Add(part);
                        part = new Word();
                    }
                }
            }

            part.SpaceAfter = word.SpaceAfter;
            part.HardBreakAfter = word.HardBreakAfter;
            result.Add(part);
        }

        return result;
    }

    private int LongestPrefixThatFits(string text, FontSpec font, double room)
    {
        int low = 0, high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (measurer.Width(text[..mid], font) <= room)
                low = mid;
            else
                high = mid - 1;
        }

        return low;
    }
}
