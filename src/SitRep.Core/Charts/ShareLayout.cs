using SitRep.Drawing;

namespace SitRep.Charts;

/// <summary>A text run placed at a box (top-left), with its colour role.</summary>
internal sealed record PlacedText(string Text, Rect Box, bool Bold, TextRole Role);

internal enum TextRole { Ink, Muted, OnDark }

/// <summary>One group's row: its texts, the part and rest segments.</summary>
internal sealed record ShareRowLayout(ShareGroup Group, IReadOnlyList<PlacedText> Texts, Rect Part, Rect Rest);

/// <summary>The geometry of a <see cref="ShareChart"/>, in points from its top-left.</summary>
internal sealed record ShareLayout(Rect Bounds, PlacedText AsOf, IReadOnlyList<ShareRowLayout> Rows, PlacedText? Footnote)
{
    private const double Pad = 4;

    public static ShareLayout Compute(IReadOnlyList<ShareGroup> groups, string asOfLabel, double width, ChartStyle style, ChartText? text = null)
    {
        text ??= ChartText.English;
        var font = style.Regular;
        var bold = style.BoldFont;
        var lineHeight = font.LineHeight;
        var y = 0.0;

        var asOfText = text.AsOf(asOfLabel);
        asOfText = asOfText.Length == 0 ? "" : TextWrap.Fit(asOfText, font, width);
        var asOfWidth = font.Width(asOfText);
        var asOf = new PlacedText(asOfText, new Rect(width - asOfWidth, 0, asOfWidth, asOfText.Length == 0 ? 0 : lineHeight), false, TextRole.Muted);
        if (asOfText.Length > 0)
            y = lineHeight * 1.3;

        var barHeight = style.FontSize * 2.0;
        var rows = new List<ShareRowLayout>();
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            var texts = new List<PlacedText>();
            // "Hospitals still working" (bold), then "~12 of 40 (Hospitals before the war)" at the right or below.
            var title = TextWrap.Fit(g.Label, bold, width);
            var titleWidth = bold.Width(title);
            texts.Add(new PlacedText(title, new Rect(0, y, titleWidth, lineHeight), true, TextRole.Ink));
            var counts = CountsText(g, text);
            var countsWidth = font.Width(counts);
            if (titleWidth + 12 + countsWidth <= width)
            {
                texts.Add(new PlacedText(counts, new Rect(width - countsWidth, y, countsWidth, lineHeight), false, TextRole.Muted));
                y += lineHeight + 2;
            }
            else
            {
                counts = TextWrap.Fit(counts, font, width);
                countsWidth = font.Width(counts);
                texts.Add(new PlacedText(counts, new Rect(0, y + lineHeight, countsWidth, lineHeight), false, TextRole.Muted));
                y += 2 * lineHeight + 2;
            }

            var share = g.Part / g.Total;
            var part = new Rect(0, y, width * share, barHeight);
            var rest = new Rect(part.Right, y, width - part.Width, barHeight);
            var mark = g.Approximate ? ChartText.ApproximateMark : "";
            var partText = mark + text.Percent(share);
            var restText = mark + text.Percent(1 - share);
            var textTop = y + (barHeight - lineHeight) / 2;
            var pw = bold.Width(partText);
            var rw = bold.Width(restText);
            Rect? partBox = null;
            if (share > 0)
            {
                if (pw + 2 * Pad <= part.Width)
                    partBox = new Rect(part.Left + Pad, textTop, pw, lineHeight);
                else if (pw + 2 * Pad <= rest.Width - rw - Pad)
                    partBox = new Rect(part.Right + Pad, textTop, pw, lineHeight);
                if (partBox is { } b)
                    texts.Add(new PlacedText(partText, b, true, b.Left < part.Right ? TextRole.OnDark : TextRole.Ink));
            }
            if (share < 1 && rw + 2 * Pad <= rest.Width && (partBox is not { } pb || pb.Right + Pad < rest.Right - rw - Pad))
                texts.Add(new PlacedText(restText, new Rect(rest.Right - Pad - rw, textTop, rw, lineHeight), true, TextRole.Ink));

            rows.Add(new ShareRowLayout(g, texts, part, rest));
            y += barHeight + (i < groups.Count - 1 ? lineHeight * 1.1 : 0);
        }

        PlacedText? footnote = null;
        if (groups.Any(g => g.Approximate))
        {
            var approximate = text.Approximate;
            footnote = new PlacedText(approximate, new Rect(0, y + 4, font.Width(approximate), lineHeight), false, TextRole.Muted);
            y = footnote.Box.Bottom;
        }
        var layout = new ShareLayout(new Rect(0, 0, width, y), asOf, rows, footnote);
        return style.IsRightToLeft ? layout.Mirrored(new Mirror(0, width)) : layout;
    }

    /// <summary>
    /// The layout for a right-to-left brief: each title at the right and its counts at the left, the part
    /// growing leftwards from the right with its share on it, the date at the left, the footnote at the right.
    /// </summary>
    private ShareLayout Mirrored(Mirror mirror)
    {
        PlacedText Placed(PlacedText t) => t with { Box = mirror.Box(t.Box) };
        return this with
        {
            AsOf = Placed(AsOf),
            Rows = Rows.Select(r => r with { Texts = r.Texts.Select(Placed).ToArray(), Part = mirror.Box(r.Part), Rest = mirror.Box(r.Rest) }).ToArray(),
            Footnote = Footnote is null ? null : Placed(Footnote),
        };
    }

    /// <summary>"~6,500 of 12,944 (Peacekeepers at the start)": the part as the source gives it, of the named total.</summary>
    public static string CountsText(ShareGroup g, ChartText? text = null)
    {
        text ??= ChartText.English;
        return text.PartOf(text.Count(g.Part, g.Approximate), text.Count(g.Total)) + (g.TotalLabel.Trim().Length > 0 ? $" ({g.TotalLabel.Trim()})" : "");
    }
}
