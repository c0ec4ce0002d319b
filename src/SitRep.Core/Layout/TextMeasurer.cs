namespace SitRep.Layout;

/// <summary>Measures text as the shaper will draw it; caches one width per word and font for the build.</summary>
internal sealed class TextMeasurer(ITextShaper shaper, string language = "en")
{
    private readonly Dictionary<(FontSpec, string), double> widths = new();
    private readonly Dictionary<FontSpec, (double, double)> verticals = new();

    /// <summary>The shaping run the canvas draws for <paramref name="text"/>; measuring and drawing share it.</summary>
    public ShapingRun Run(string text, FontSpec font) => TextItemizer.Single(text, font, language);

    public double Width(string text, FontSpec font)
    {
        if (text.Length == 0)
            return 0;
        if (!widths.TryGetValue((font, text), out var width))
        {
            width = shaper.Width(Run(text, font));
            widths[(font, text)] = width;
        }

        return width;
    }

    /// <summary>Distance from the top of a line box to the baseline, and the box height, for a font.</summary>
    public (double Ascent, double Descent) VerticalMetrics(FontSpec font)
    {
        if (!verticals.TryGetValue(font, out var metrics))
            verticals[font] = metrics = shaper.VerticalMetrics(font);
        return metrics;
    }
}
