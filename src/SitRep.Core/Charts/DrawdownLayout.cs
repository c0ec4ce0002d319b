using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>A text run placed at a box (top-left), with its colour role.</summary>
internal sealed record PlacedText(string Text, XRect Box, bool Bold, TextRole Role);

internal enum TextRole { Ink, Muted, OnDark }

/// <summary>One group's row: title texts, the departed and remaining segments and their share labels.</summary>
internal sealed record DrawdownRowLayout(DrawdownGroup Group, IReadOnlyList<PlacedText> Texts, XRect Departed, XRect Remaining);

/// <summary>The geometry of a <see cref="DrawdownChart"/>, in page points.</summary>
internal sealed record DrawdownLayout(
    XRect Bounds,
    IReadOnlyList<(XRect Swatch, PlacedText Text, bool IsDeparted)> Legend,
    PlacedText AsOf,
    IReadOnlyList<DrawdownRowLayout> Rows,
    PlacedText? Footnote)
{
    public static DrawdownLayout Compute(IReadOnlyList<DrawdownGroup> groups, string asOfLabel, XPoint origin, double width, ChartStyle style)
    {
        var font = ChartText.Font(style.FontFamily, style.FontSize);
        var bold = ChartText.Font(style.FontFamily, style.FontSize, bold: true);
        var lineHeight = ChartText.LineHeight(font);
        var left = origin.X;
        var right = origin.X + width;
        var y = origin.Y;

        // Legend (left) and "As of …" (right) share the first row, or take two rows if narrow.
        var legend = new List<(XRect, PlacedText, bool)>();
        var x = left;
        var swatch = style.FontSize * 0.95;
        foreach (var (text, departed) in new[] { ("Departed", true), ("Remaining", false) })
        {
            var box = new XRect(x, y + (lineHeight - swatch) / 2, swatch, swatch);
            var label = new PlacedText(text, new XRect(box.Right + 3, y, ChartText.Width(text, font), lineHeight), false, TextRole.Muted);
            legend.Add((box, label, departed));
            x = label.Box.Right + 10;
        }
        var asOfText = string.IsNullOrWhiteSpace(asOfLabel) ? ""
            : asOfLabel.TrimStart().StartsWith("as of", StringComparison.OrdinalIgnoreCase) ? asOfLabel.Trim() : "As of " + asOfLabel.Trim();
        asOfText = asOfText.Length == 0 ? "" : TextWrap.Fit(asOfText, font, width);
        var asOfWidth = ChartText.Width(asOfText, font);
        var asOfTop = asOfWidth <= right - x ? y : y + lineHeight;
        var asOf = new PlacedText(asOfText, new XRect(right - asOfWidth, asOfTop, asOfWidth, lineHeight), false, TextRole.Muted);
        y = asOf.Box.Bottom + lineHeight * 0.6;

        var barHeight = style.FontSize * 2.0;
        var rows = new List<DrawdownRowLayout>();
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var texts = new List<PlacedText>();
            var counts = $"{NumberFormat.Count(g.Departed, g.Approximate)} departed of {NumberFormat.Count(g.Total)}";
            var countsWidth = ChartText.Width(counts, font);
            var title = TextWrap.Fit(g.Label, bold, width);
            var titleWidth = ChartText.Width(title, bold);
            texts.Add(new PlacedText(title, new XRect(left, y, titleWidth, lineHeight), true, TextRole.Ink));
            if (titleWidth + 12 + countsWidth <= width)
            {
                texts.Add(new PlacedText(counts, new XRect(right - countsWidth, y, countsWidth, lineHeight), false, TextRole.Muted));
                y += lineHeight + 2;
            }
            else
            {
                counts = TextWrap.Fit(counts, font, width);
                countsWidth = ChartText.Width(counts, font);
                texts.Add(new PlacedText(counts, new XRect(left, y + lineHeight, countsWidth, lineHeight), false, TextRole.Muted));
                y += 2 * lineHeight + 2;
            }

            var share = g.Total > 0 ? g.Departed / g.Total : 0;
            var departed = new XRect(left, y, width * share, barHeight);
            var remaining = new XRect(departed.Right, y, width - departed.Width, barHeight);
            var mark = g.Approximate ? NumberFormat.ApproximateMark : "";
            var departedText = mark + NumberFormat.Percent(share);
            var remainingText = mark + NumberFormat.Percent(1 - share);
            var textTop = y + (barHeight - lineHeight) / 2;
            var dw = ChartText.Width(departedText, bold);
            var rw = ChartText.Width(remainingText, bold);
            const double pad = 4;
            var departedBox = XRect.Empty;
            if (share > 0)
            {
                if (dw + 2 * pad <= departed.Width)
                {
                    departedBox = new XRect(departed.Left + pad, textTop, dw, lineHeight);
                    texts.Add(new PlacedText(departedText, departedBox, true, TextRole.OnDark));
                }
                else if (dw + 2 * pad <= remaining.Width - rw - pad)
                {
                    departedBox = new XRect(departed.Right + pad, textTop, dw, lineHeight);
                    texts.Add(new PlacedText(departedText, departedBox, true, TextRole.Ink));
                }
            }
            if (share < 1 && rw + 2 * pad <= remaining.Width && (departedBox.IsEmpty || departedBox.Right + pad < remaining.Right - rw - pad))
                texts.Add(new PlacedText(remainingText, new XRect(remaining.Right - pad - rw, textTop, rw, lineHeight), true, TextRole.Ink));

            rows.Add(new DrawdownRowLayout(g, texts, departed, remaining));
            y += barHeight + (i < groups.Count - 1 ? lineHeight * 1.1 : 0);
        }

        PlacedText? footnote = null;
        if (groups.Any(g => g.Approximate))
        {
            var text = NumberFormat.ApproximateMark + " approximate";
            footnote = new PlacedText(text, new XRect(left, y + 4, ChartText.Width(text, font), lineHeight), false, TextRole.Muted);
            y = footnote.Box.Bottom;
        }
        return new DrawdownLayout(new XRect(left, origin.Y, width, y - origin.Y), legend, asOf, rows, footnote);
    }
}
