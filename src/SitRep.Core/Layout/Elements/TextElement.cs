using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>
/// A paragraph of styled runs. Splits between lines across pages, keeping at least
/// two lines on each side of a break when the paragraph is long enough.
/// </summary>
internal sealed class TextElement(
    LineBreaker breaker,
    IReadOnlyList<StyledRun> runs,
    TextAlignment alignment,
    double lineHeightFactor) : Element
{
    private const int MinLinesAtBreak = 2;

    private IReadOnlyList<TextLine>? lines;
    private double linesWidth = double.NaN;
    private int next;
    // Once every line is drawn the lines are let go: a long brief would otherwise keep all of its lines to the end.
    private bool done;

    /// <summary>Called once, when the first line is drawn: where the paragraph starts on its page.</summary>
    public Action<ICanvas, double>? OnFirstDraw { get; init; }

    /// <summary>A lead-in ("The sources are:") stays on the page where what it introduces starts.</summary>
    public bool LeadsIn { get; init; }

    public override bool KeepWithNext => LeadsIn;

    public bool IsEmpty => runs.All(r => string.IsNullOrWhiteSpace(r.Text));

    public IReadOnlyList<TextLine> LinesFor(double width)
    {
        if (lines is null || Math.Abs(linesWidth - width) > 0.001)
        {
            lines = breaker.Break(runs, width, alignment, lineHeightFactor);
            linesWidth = width;
        }

        return lines;
    }

    public override SpacePlan Measure(double width, double height)
    {
        if (done)
            return SpacePlan.Full(0);
        var all = LinesFor(width);
        var (count, used) = LinesThatFit(all, height);
        if (next >= all.Count)
            return SpacePlan.Full(0);
        if (count == 0)
            return SpacePlan.Wrap;
        return next + count == all.Count ? SpacePlan.Full(used) : SpacePlan.Partial(used);
    }

    public override void Draw(ICanvas canvas, Rect area) => Draw(canvas, area, again: false);

    private void Draw(ICanvas canvas, Rect area, bool again)
    {
        if (done && !again)
            return;
        var all = LinesFor(area.Width);
        var (count, _) = LinesThatFit(all, area.Height);
        if (next == 0 && count > 0)
            OnFirstDraw?.Invoke(canvas, area.Top);

        var y = area.Top;
        for (var i = next; i < next + count; i++)
        {
            var line = all[i];
            line.Draw(canvas, area.Left, y + line.Ascent);
            foreach (ref readonly var fragment in line.Fragments.AsSpan())
            {
                if (fragment.Link is not null)
                    canvas.AddLink(new Rect(area.Left + fragment.X, y, fragment.Width, line.Height), fragment.Link);
            }

            y += line.Height;
        }

        next += count;
        if (next >= all.Count && !again)
        {
            done = true;
            lines = null;
        }
    }

    /// <summary>Draws the whole paragraph again without advancing it (a repeated table header).</summary>
    public void DrawAgain(ICanvas canvas, Rect area)
    {
        var saved = next;
        next = 0;
        Draw(canvas, area, again: true);
        next = saved;
    }

    private (int Count, double Height) LinesThatFit(IReadOnlyList<TextLine> all, double height)
    {
        var remaining = all.Count - next;
        var count = 0;
        double used = 0;
        while (count < remaining && used + all[next + count].Height <= height + 0.001)
        {
            used += all[next + count].Height;
            count++;
        }

        if (count < remaining && next == 0 && all.Count < 2 * MinLinesAtBreak)
        {
            // A short paragraph moves whole rather than leave one or two lines behind.
            count = 0;
        }
        else if (count < remaining && all.Count >= 2 * MinLinesAtBreak)
        {
            // No orphan: the first lines of a paragraph do not stand alone at a page's foot.
            if (next == 0 && count < MinLinesAtBreak)
                count = 0;

            // No widow: the last line does not stand alone at the next page's head.
            if (remaining - count < MinLinesAtBreak && count > 0)
                count = Math.Max(0, remaining - MinLinesAtBreak);
        }

        used = 0;
        for (var i = 0; i < count; i++)
            used += all[next + i].Height;
        return (count, used);
    }
}
