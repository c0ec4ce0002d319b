using System.Text.RegularExpressions;
using SitRep.Diagnostics;
using SitRep.Extracts;

namespace SitRep.Theming;

/// <summary>
/// Reads theme.yaml and checks every value, reporting each problem at its line and column: unknown
/// keys (with "did you mean"), colours, sizes and margins out of range, page sizes, font families.
/// </summary>
public static partial class ThemeLoader
{
    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();

    private static readonly (string Key, double Min, double Max)[] SizeRanges =
    [
        ("body", 5, 24), ("line_height", 1, 3), ("small", 4, 16), ("title", 8, 60), ("h1", 6, 40), ("h2", 6, 40), ("h3", 5, 40), ("paragraph_spacing", 0, 30),
    ];

    public static Theme Load(string text, string display, IEnumerable<string> families, DiagnosticBag diagnostics)
    {
        var root = YamlRoot.Read(text, display, diagnostics);
        if (root is null)
            return new Theme();
        var binder = new YamlBinder(display, diagnostics);
        var theme = binder.BindRecord<Theme>(root, "theme.yaml") ?? new Theme();
        var lines = text.Split('\n');

        if (PageSizes.Parse(theme.PageSize, out var pageProblem) is null)
            diagnostics.Error(theme.Where("page_size"), pageProblem, "theme");
        else if (PageSizes.Parse(theme.PageSize, out _) is { } page)
        {
            var m = theme.Margins;
            foreach (var (key, value) in new[] { ("top", m.Top), ("right", m.Right), ("bottom", m.Bottom), ("left", m.Left) })
            {
                if (value is < 0 or > 100)
                    diagnostics.Error(m.Where(key), $"margin '{key}' is {value} mm; a margin must be from 0 to 100 mm", "theme");
            }

            var width = page.Width / PageSizes.PointsPerMillimetre - m.Left - m.Right;
            var height = page.Height / PageSizes.PointsPerMillimetre - m.Top - m.Bottom;
            if (width < 51 || height < 51)
                diagnostics.Error(theme.Where("margins"), $"the margins leave {Math.Min(width, height):0} mm for the text on a {theme.PageSize} page; leave at least 51 mm", "theme");
        }

        foreach (var (key, min, max) in SizeRanges)
        {
            var value = (double)theme.Sizes.YamlFields.First(f => f.Key == key).Value(theme.Sizes)!;
            if (value < min || value > max)
                diagnostics.Error(theme.Sizes.Where(key), $"size '{key}' is {value}; it must be from {min} to {max}{(key == "line_height" ? " (a multiple of the font size)" : " pt")}", "theme");
        }

        foreach (var field in theme.Colors.YamlFields)
        {
            CheckColour($"colors.{field.Key}", (string)field.Value(theme.Colors)!, theme.Colors.Where(field.Key), lines, diagnostics);
        }

        if (theme.Palette.Count == 0)
            diagnostics.Error(theme.Where("palette"), "the palette needs at least one colour", "theme");
        foreach (var colour in theme.Palette)
            CheckColour("palette", colour, theme.Where("palette"), lines, diagnostics);

        var known = families.Concat(theme.FontFiles.Select(f => f.Family)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (key, stack) in new[] { ("body", theme.Fonts.Body), ("heading", theme.Fonts.Heading) })
        {
            if (stack.Count == 0)
                diagnostics.Error(theme.Fonts.Where(key), $"'{key}' needs at least one font family", "theme");
            foreach (var family in stack)
            {
                if (!known.Contains(family, StringComparer.Ordinal))
                    diagnostics.Error(theme.Fonts.Where(key), $"font family '{family}' does not exist; the families are {string.Join(", ", known.Select(k => $"'{k}'"))}, or add your own with font_files" + YamlBinder.DidYouMean(family, known), "theme");
            }
        }

        if (theme.Fonts.Digits is { } digits && !Localization.DigitSets.TryParse(digits, out _))
            diagnostics.Error(theme.Fonts.Where("digits"), $"digits '{digits}' is not known; write 'western' (0-9) or 'arabic-indic' (٠-٩)", "theme");

        foreach (var font in theme.FontFiles)
        {
            if (string.IsNullOrWhiteSpace(font.Family))
                diagnostics.Error(font.Location, "each entry of font_files needs a 'family' name", "theme");
            if (string.IsNullOrWhiteSpace(font.File))
                diagnostics.Error(font.Location, "each entry of font_files needs a 'file' inside the template folder", "theme");
        }

        return theme;
    }

    private static void CheckColour(string key, string value, SourceLocation at, string[] lines, DiagnosticBag diagnostics)
    {
        if (Colour().IsMatch(value))
            return;
        if (value.Length == 0)
        {
            var line = at.Line - 1 < lines.Length && at.Line > 0 ? lines[at.Line - 1] : "";
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var written = hash >= 0 ? Regex.Match(line[hash..], "^#[0-9A-Za-z]*").Value : "";
            diagnostics.Error(at, written.Length > 1
                ? $"colour '{key}' is empty: YAML reads an unquoted '#' as the start of a comment; write \"{written}\" in quotes"
                : $"colour '{key}' is empty; write a colour such as \"#0b4f71\" (in quotes)", "theme");
            return;
        }

        diagnostics.Error(at, $"'{value}' is not a colour for '{key}'; write '#' and six hexadecimal digits (0-9, a-f), such as \"#0b4f71\"", "theme");
    }

}
