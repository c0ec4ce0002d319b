using SitRep.Drawing;
using SkiaSharp;

namespace SitRep.Charts;

/// <summary>
/// Shares of a total, one 100% bar per group: the part (palette colour 1) and the rest of the total
/// (a pale tint of it), shares printed on the segments, the counts and what the total is at the right
/// ("~6,500 of 12,944 (Peacekeepers at the start)") and the "As of …" date. In a right-to-left brief the
/// chart is mirrored: titles at the right, parts growing leftwards from the right, counts at the left.
/// Labels come from the data (the part's label heads its row), every other word and number from the
/// <see cref="ChartText"/>.
/// <c>asOfLabel</c> is the date text; "As of " (in the chart's language) is prefixed unless it already
/// starts with "as of"; an empty label shows no date.
/// </summary>
public sealed class ShareChart : IChart
{
    private readonly IReadOnlyList<ShareGroup> groups;
    private readonly string asOfLabel;
    private readonly ChartText text;

    /// <param name="groups">One row each.</param>
    /// <param name="asOfLabel">The date the figures hold for, or "as of …" in the chart's language; empty for none.</param>
    /// <param name="text">The language of numbers and words; English when null.</param>
    public ShareChart(IReadOnlyList<ShareGroup> groups, string asOfLabel, ChartText? text = null)
    {
        this.text = text ?? ChartText.English;
        Guard.NotEmpty(groups, nameof(groups), "share data");
        Guard.AtMost(groups, ChartBounds.MaxShareRows, nameof(groups), "share data: rows");
        Guard.Text(asOfLabel, nameof(asOfLabel), "share chart 'as of' label");
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i] ?? throw new ArgumentException($"share data: group {i} is null", nameof(groups));
            var name = $"share data: group {i} ('{g.Label}')";
            Guard.Text(g.Label, nameof(groups), $"share data: the label of group {i}");
            Guard.Text(g.TotalLabel, nameof(groups), $"{name}: the label of its total");
            Guard.NonNegative(g.Part, nameof(groups), $"{name} part");
            Guard.NonNegative(g.Total, nameof(groups), $"{name} total");
            if (g.Total == 0)
                throw new ArgumentException($"{name}: total is zero; a share needs a positive total", nameof(groups));
            if (g.Part > g.Total)
                throw new ArgumentException($"{name}: part ({g.Part}) exceeds total ({g.Total})", nameof(groups));
        }
        this.groups = groups.ToArray();
        this.asOfLabel = asOfLabel;
    }

    public double HeightFor(double width) => Layout(width, ChartStyle.Default).Bounds.Height;

    public IEnumerable<string> Texts => groups.SelectMany(g => new[] { g.Label, ShareLayout.CountsText(g, text) })
        .Concat(text.Words).Concat([text.AsOf(asOfLabel), TextWrap.Ellipsis]);

    internal ShareLayout Layout(double width, ChartStyle style) => ShareLayout.Compute(groups, asOfLabel, width, style, text);

    public void Draw(SKCanvas canvas, SKRect area, ChartStyle style)
    {
        var layout = Layout(area.Width, style);
        using var plot = new PointPlot(area.Width, layout.Bounds.Height, style);
        var partColour = style.Series(0);
        var restColour = partColour.Mix(new Rgb(255, 255, 255), 0.78);
        var onDark = Luminance(partColour) < 0.55 ? new Rgb(255, 255, 255) : style.Ink;

        if (layout.AsOf.Text.Length > 0)
            DrawText(plot, layout.AsOf, style, onDark);
        foreach (var row in layout.Rows)
        {
            if (row.Part.Width > 0)
                plot.Rectangle(row.Part, partColour);
            if (row.Rest.Width > 0)
                plot.Rectangle(row.Rest, restColour);
            if (row.Part.Width > 0 && row.Rest.Width > 0)
            {
                var edge = style.IsRightToLeft ? row.Part.Left : row.Part.Right;
                plot.Line(new(edge, row.Part.Top), new(edge, row.Part.Bottom), new Rgb(255, 255, 255), 0.75);
            }
            foreach (var text in row.Texts)
                DrawText(plot, text, style, onDark);
        }
        if (layout.Footnote is not null)
            DrawText(plot, layout.Footnote, style, onDark);
        plot.Draw(canvas, area);
    }

    private static void DrawText(PointPlot plot, PlacedText text, ChartStyle style, Rgb onDark)
    {
        var colour = text.Role switch { TextRole.Muted => style.Muted, TextRole.OnDark => onDark, _ => style.Ink };
        plot.Text(text.Text, text.Bold ? style.BoldFont : style.Regular, colour, text.Box.X, text.Box.Y);
    }

    internal static double Luminance(Rgb c) => (0.2126 * c.R + 0.7152 * c.G + 0.0722 * c.B) / 255.0;
}
