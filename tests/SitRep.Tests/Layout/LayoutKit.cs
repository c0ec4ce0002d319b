using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Layout.Elements;
using SitRep.Pdf;

namespace SitRep.Tests.Layout;

/// <summary>Small builders shared by the layout tests: real Noto fonts, paragraphs, text boxes.</summary>
internal sealed class LayoutKit : IDisposable
{
    private readonly BriefFonts fonts = new();

    public static readonly FontSpec Serif = new(BriefFonts.Serif, 9.5);
    public static readonly FontSpec Sans = new(BriefFonts.Sans, 9.5);
    public static readonly Rgb Ink = Rgb.Black;

    public const double LineHeightFactor = 1.42;

    /// <summary>The default body stack: Noto Serif, then the Arabic, Hebrew, Tifinagh and mathematical faces.</summary>
    public static readonly FontSpec SerifStack = new(FontStacks.Key(FontStacks.Body([BriefFonts.Serif])), 9.5);

    public LayoutKit(SitRep.Text.Direction direction = SitRep.Text.Direction.LeftToRight, string language = "en")
    {
        Measurer = new TextMeasurer(new HarfBuzzShaper(fonts), language, direction);
        Breaker = new LineBreaker(Measurer);
    }

    public TextMeasurer Measurer { get; }

    public void Dispose() => fonts.Dispose();

    public LineBreaker Breaker { get; }

    public TextElement Paragraph(string text, TextAlignment alignment = TextAlignment.Left, FontSpec? font = null) =>
        new(Breaker, [new StyledRun(text, font ?? Serif, Ink)], alignment, LineHeightFactor);

    public HeadingElement Heading(string title, string anchor, int level = 2) =>
        new(new TextElement(Breaker, [new StyledRun(title, Sans.WithSize(12).WithStyle(true, false), Ink)], TextAlignment.Left, 1.2), level, title, anchor);

    /// <summary>Height of one body line, as the line breaker computes it.</summary>
    public double BodyLineHeight => Breaker.Break([new StyledRun("x", Serif, Ink)], 500, TextAlignment.Left, LineHeightFactor)[0].Height;

    /// <summary>The ink box of a drawn piece of text: its advance width, from ascent above to descent below the baseline.</summary>
    public Rect Box(DrawnText text)
    {
        var (ascent, descent) = Measurer.VerticalMetrics(text.Font);
        return new Rect(text.X, text.Baseline - ascent, text.Width, ascent + descent);
    }

    /// <summary>Words "p{paragraph}w{word}" so every word of a test text is unique and says where it belongs.</summary>
    public static string Words(int paragraph, int count) =>
        string.Join(' ', Enumerable.Range(1, count).Select(w => $"p{paragraph:D3}w{w:D3}"));

    public static bool Overlap(Rect a, Rect b, double tolerance = 0.01) =>
        a.Left < b.Right - tolerance && b.Left < a.Right - tolerance &&
        a.Top < b.Bottom - tolerance && b.Top < a.Bottom - tolerance;

    public static bool Inside(Rect inner, Rect outer, double tolerance = 0.01) =>
        inner.Left >= outer.Left - tolerance && inner.Right <= outer.Right + tolerance &&
        inner.Top >= outer.Top - tolerance && inner.Bottom <= outer.Bottom + tolerance;
}
