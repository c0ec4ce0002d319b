using SitRep.Text;

namespace SitRep.Layout;

/// <summary>Measures text as the shaper will draw it; caches one width per shaping run for the build.</summary>
internal sealed class TextMeasurer(ITextShaper shaper, string language = "en", Direction direction = Direction.LeftToRight)
{
    private readonly Dictionary<ShapingRun, double> widths = new();
    private readonly Dictionary<FontSpec, (double, double)> verticals = new();
    private readonly Dictionary<FontSpec, FontStack> stacks = new();
    private readonly Dictionary<string, string> pieces = new(StringComparer.Ordinal);

    public string Language => language;

    /// <summary>The direction of every paragraph of the brief: right to left for an Arabic, Hebrew, Persian or Urdu brief.</summary>
    public Direction Direction => direction;

    public bool IsRightToLeft => direction == Direction.RightToLeft;

    public double Width(ShapingRun run)
    {
        if (run.Text.Length == 0)
            return 0;
        if (!widths.TryGetValue(run, out var width))
        {
            width = shaper.Width(run);
            widths[run] = width;
        }

        return width;
    }

    /// <summary>The width of a text set on one line in a font stack (bidi, scripts and fallback included).</summary>
    public double Width(string text, FontSpec font)
    {
        if (text.Length == 0)
            return 0;
        var paragraph = Text.Bidi.BidiParagraph.Analyze(text, direction);
        double total = 0;
        foreach (var item in TextItems.Logical(paragraph, Stack(font), 0, text.Length))
            total += Width(Run(text, font, item));
        return total;
    }

    /// <summary>The shaping run of one item of a text set in the stack <paramref name="font"/>.</summary>
    public ShapingRun Run(string text, FontSpec font, TextItem item) => Run(text, font, Stack(font), item);

    /// <summary>The shaping run of one item of a text set in <paramref name="stack"/>, the stack of <paramref name="font"/>.</summary>
    public ShapingRun Run(string text, FontSpec font, FontStack stack, TextItem item)
    {
        var family = stack.Families[Math.Max(0, item.Family)];
        return new ShapingRun(
            item.Start == 0 && item.Length == text.Length ? text : Piece(text.AsSpan(item.Start, item.Length)),
            family == font.Family ? font : font with { Family = family },
            item.ScriptTag,
            item.Direction == Direction.RightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight,
            language);
    }

    /// <summary>
    /// The text of a piece, one string for all its occurrences: a brief repeats its words many times over, and each
    /// would otherwise be cut from its paragraph anew.
    /// </summary>
    private string Piece(ReadOnlySpan<char> text)
    {
        var lookup = pieces.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var piece))
        {
            piece = text.ToString();
            pieces[piece] = piece;
        }

        return piece;
    }

    public FontStack Stack(FontSpec font)
    {
        var key = font with { Size = 0 };
        if (!stacks.TryGetValue(key, out var stack))
            stacks[key] = stack = shaper.Stack(key);
        return stack;
    }

    /// <summary>Distance from the top of a line box to the baseline, and the box height, for a font.</summary>
    public (double Ascent, double Descent) VerticalMetrics(FontSpec font)
    {
        if (!verticals.TryGetValue(font, out var metrics))
            verticals[font] = metrics = shaper.VerticalMetrics(font with { Family = FontStacks.Families(font.Family)[0] });
        return metrics;
    }
}
