using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// A withdrawal in progress: one 100% bar per group, split into departed (palette colour 1) and
/// remaining (a pale tint of it), with shares printed on the segments, counts above each bar
/// ("~6,500 departed of 12,944"), a legend and the "As of …" date. <c>asOfLabel</c> is the date
/// text (e.g. "10 Nov 2023"); "As of " is prefixed unless the text already starts with "as of";
/// an empty label shows no date.
/// </summary>
public sealed class DrawdownChart : IChart
{
    private readonly IReadOnlyList<DrawdownGroup> groups;
    private readonly string asOfLabel;

    public DrawdownChart(IReadOnlyList<DrawdownGroup> groups, string asOfLabel)
    {
        Guard.NotEmpty(groups, nameof(groups), "drawdown data");
        Guard.Text(asOfLabel, nameof(asOfLabel), "drawdown 'as of' label");
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i] ?? throw new ArgumentException($"drawdown data: group {i} is null", nameof(groups));
            var name = $"drawdown data: group {i} ('{g.Label}')";
            Guard.Text(g.Label, nameof(groups), $"drawdown data: the label of group {i}");
            Guard.NonNegative(g.Departed, nameof(groups), $"{name} departed");
            Guard.NonNegative(g.Total, nameof(groups), $"{name} total");
            if (g.Total == 0)
                throw new ArgumentException($"{name}: total is zero; a drawdown needs a positive total", nameof(groups));
            if (g.Departed > g.Total)
                throw new ArgumentException($"{name}: departed ({g.Departed}) exceeds total ({g.Total})", nameof(groups));
        }
        this.groups = groups.ToArray();
        this.asOfLabel = asOfLabel;
    }

    public double HeightFor(double width) => Layout(new XPoint(0, 0), width, ChartStyle.Default).Bounds.Height;

    internal DrawdownLayout Layout(XPoint origin, double width, ChartStyle style) =>
        DrawdownLayout.Compute(groups, asOfLabel, origin, width, style);

    public void Draw(XGraphics gfx, XRect area, ChartStyle style)
    {
        var layout = Layout(area.TopLeft, area.Width, style);
        using var _ = ChartCanvas.Begin(gfx, area, layout.Bounds.Height);
        var departedColor = style.Series(0);
        var remainingColor = ColorMix.Tint(departedColor, 0.78);
        var onDark = ColorMix.Luminance(departedColor) < 0.55 ? XColors.White : style.Ink;

        foreach (var (swatch, text, isDeparted) in layout.Legend)
        {
            gfx.DrawRectangle(ChartCanvas.Brush(isDeparted ? departedColor : remainingColor), swatch);
            DrawText(gfx, text, style, onDark);
        }
        if (layout.AsOf.Text.Length > 0)
            DrawText(gfx, layout.AsOf, style, onDark);

        var divider = ChartCanvas.Pen(XColors.White, 0.75);
        foreach (var row in layout.Rows)
        {
            if (row.Departed.Width > 0)
                gfx.DrawRectangle(ChartCanvas.Brush(departedColor), row.Departed);
            if (row.Remaining.Width > 0)
                gfx.DrawRectangle(ChartCanvas.Brush(remainingColor), row.Remaining);
            if (row.Departed.Width > 0 && row.Remaining.Width > 0)
                gfx.DrawLine(divider, row.Departed.Right, row.Departed.Top, row.Departed.Right, row.Departed.Bottom);
            foreach (var text in row.Texts)
                DrawText(gfx, text, style, onDark);
        }
        if (layout.Footnote is not null)
            DrawText(gfx, layout.Footnote, style, onDark);
    }

    private static void DrawText(XGraphics gfx, PlacedText text, ChartStyle style, XColor onDark)
    {
        var font = ChartText.Font(style.FontFamily, style.FontSize, bold: text.Bold);
        var color = text.Role switch { TextRole.Muted => style.Muted, TextRole.OnDark => onDark, _ => style.Ink };
        ChartText.Draw(gfx, text.Text, font, color, text.Box.X, text.Box.Y);
    }
}
