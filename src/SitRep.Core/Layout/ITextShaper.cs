using SitRep.Text;

namespace SitRep.Layout;

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}

/// <summary>
/// Text the shaper handles in one go: one font, one script (ISO 15924, e.g. "Latn"), one direction, one language
/// (BCP 47). Splitting a paragraph into such runs (bidi, script changes, font fallback) happens before shaping.
/// </summary>
public readonly record struct ShapingRun(string Text, FontSpec Font, string Script, TextDirection Direction, string Language);

/// <summary>Shapes text exactly as it will be drawn; the PDF stage implements it with HarfBuzz and the brief's fonts.</summary>
internal interface ITextShaper
{
    /// <summary>The advance width in points of the shaped run (kerning and ligatures included).</summary>
    double Width(ShapingRun run);

    /// <summary>Distance from the baseline up to the font's ascender and down to its descender, in points.</summary>
    (double Ascent, double Descent) VerticalMetrics(FontSpec font);

    /// <summary>The families of <paramref name="font"/> (a <see cref="FontStacks"/> key), with what each can draw, in its style.</summary>
    FontStack Stack(FontSpec font);
}
