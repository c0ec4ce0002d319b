using SitRep.Text;

namespace SitRep.Charts;

/// <summary>
/// A chart's font stack in one style at a size, with the direction labels are read in. Widths are those of the
/// shaped label (bidi, fallback, kerning, joining), so a box laid out here is the box the label fills when drawn.
/// A line is <see cref="LineHeight"/> tall, measured on the stack's first face.
/// </summary>
internal sealed class ChartFont
{
    private readonly ChartTypeface typeface;

    internal ChartFont(ChartTypeface typeface, double size, Direction direction, string language)
    {
        this.typeface = typeface;
        Size = size;
        Direction = direction;
        Language = language;
        var primary = typeface.Primary;
        Ascent = primary.Ascent * size;
        LineHeight = (primary.Ascent + primary.Descent + primary.LineGap) * size;
    }

    public static ChartFont Of(ChartTypeface typeface, double size, Direction direction = Direction.LeftToRight, string language = "und") =>
        typeface.At(size, direction, language);

    public double Size { get; }
    public Direction Direction { get; }
    public string Language { get; }
    public double LineHeight { get; }

    /// <summary>From the top of a line's box down to its baseline.</summary>
    public double Ascent { get; }

    /// <summary>The advance width of <paramref name="text"/> set on one line.</summary>
    public double Width(string text) => text.Length == 0 ? 0 : Shape(text).Advance * Size;

    /// <summary>The width of each prefix of <paramref name="text"/> (see <see cref="ShapedLabel.PrefixAdvances"/>).</summary>
    public double[] PrefixWidths(string text)
    {
        var widths = Shape(text).PrefixAdvances();
        for (var i = 0; i < widths.Length; i++)
            widths[i] *= Size;
        return widths;
    }

    internal ShapedLabel Shape(string text) => typeface.Shape(text, Direction, Language);
}
