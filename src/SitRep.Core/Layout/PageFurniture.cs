using SitRep.Drawing;
using SitRep.Document;
using SitRep.Theming;

namespace SitRep.Layout;

/// <summary>Running header, footer, page numbers and the handling marking, drawn once the page count is known.</summary>
internal sealed class PageFurniture(LayoutStyles styles, LineBreaker breaker, DocumentInfo info, bool rightToLeft = false, Localization.Locale? locale = null)
{
    // Most of the furniture reads the same on every page: each text is set once, each pattern's words looked up once.
    private readonly Dictionary<(string, FontSpec, Rgb), TextLine> lines = new();
    private readonly Dictionary<string, string> localized = new(StringComparer.Ordinal);

    public void Draw(ICanvas canvas, Rect page, Rect content, int pageNumber, int pageCount)
    {
        var font = styles.Sans.WithSize(styles.Theme.Sizes.Small);
        var headerBaseline = content.Top - 10;
        var footerBaseline = content.Bottom + 16;

        if (pageNumber > 1)
        {
            DrawLine(canvas, styles.Theme.Header, font, content, headerBaseline, pageNumber, pageCount);
            canvas.DrawLine(new Point(content.Left, headerBaseline + 4), new Point(content.Right, headerBaseline + 4), styles.Rule, 0.5);
        }

        canvas.DrawLine(new Point(content.Left, footerBaseline - 9), new Point(content.Right, footerBaseline - 9), styles.Rule, 0.5);
        DrawLine(canvas, styles.Theme.Footer, font, content, footerBaseline, pageNumber, pageCount);

        if (!string.IsNullOrWhiteSpace(styles.Theme.Marking))
        {
            var marking = styles.Theme.Marking.Trim();
            var bold = font.WithStyle(true, false).WithSize(font.Size + 0.5);
            var line = Line(marking, bold, styles.Marking);
            var x = page.Left + (page.Width - line.Width) / 2;
            line.Draw(canvas, x, page.Top + 14);
            line.Draw(canvas, x, page.Bottom - 8);
        }
    }

    private void DrawLine(ICanvas canvas, PageText text, FontSpec font, Rect content, double baseline, int page, int pages)
    {
        // Mirrored in a right-to-left brief: what leads the line (the title) sits on the right.
        Place(canvas, text.Left, font, content, baseline, page, pages, rightToLeft ? 1 : 0);
        Place(canvas, text.Center, font, content, baseline, page, pages, 0.5);
        Place(canvas, text.Right, font, content, baseline, page, pages, rightToLeft ? 0 : 1);
    }

    private void Place(ICanvas canvas, string? pattern, FontSpec font, Rect content, double baseline, int page, int pages, double align)
    {
        if (string.IsNullOrWhiteSpace(pattern))
            return;
        var text = Expand(pattern, page, pages);
        var line = Line(text, font, styles.Muted);
        line.Draw(canvas, content.Left + (content.Width - line.Width) * align, baseline);
    }

    /// <summary>
    /// Fills a header or footer pattern. <c>{t:KEY}</c> is the string KEY of the locale files in the brief's language
    /// (<c>{t:situation_brief}</c> is "Situation brief", "Note de situation"); an unknown key is left as written. <c>{page_of}</c> and <c>{as_of_text}</c> are "Page N of M" and "as of date" in the
    /// brief's language; the English wordings "Page {page} of {pages}" and "as of {as_of}" a theme writes are read as them,
    /// so an English theme prints a French or Arabic brief's furniture in French or Arabic.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex LocaleKey = new(@"\{t:([a-z0-9_]+)\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public string Expand(string pattern, int page, int pages)
    {
        var words = locale ?? Localization.Locales.English;
        return Localized(pattern, words)
            .Replace("{title}", info.Title, StringComparison.Ordinal)
            .Replace("{page_of}", words.PageOf(page, pages), StringComparison.Ordinal)
            .Replace("{as_of_text}", words.AsOf(info.AsOf), StringComparison.Ordinal)
            .Replace("{as_of}", info.AsOfText, StringComparison.Ordinal)
            .Replace("{page}", words.Number(page), StringComparison.Ordinal)
            .Replace("{pages}", words.Number(pages), StringComparison.Ordinal);
    }

    private string Localized(string pattern, Localization.Locale words)
    {
        if (localized.TryGetValue(pattern, out var done))
            return done;
        var text = pattern;
        if (words.Language != "en")
        {
            text = text
                .Replace("Page {page} of {pages}", "{page_of}", StringComparison.Ordinal)
                .Replace("as of {as_of}", "{as_of_text}", StringComparison.OrdinalIgnoreCase);
        }

        text = LocaleKey.Replace(text, m => words.Has(m.Groups[1].Value) ? words.Text(m.Groups[1].Value) : m.Value);
        localized[pattern] = text;
        return text;
    }

    private TextLine Line(string text, FontSpec font, Rgb color)
    {
        if (!lines.TryGetValue((text, font, color), out var line))
            lines[(text, font, color)] = line = breaker.Single(text, font, color);
        return line;
    }
}
