using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>
/// Children one below the other, with space between them. Space is dropped at the top of a page.
/// An element that keeps with its successor moves to the next page when its successor cannot start here.
/// A figure that does not fit where a large part of the page would stay empty is deferred: the blocks after it
/// fill the page, and it opens the next one. Figures keep their order (a figure after a deferred one waits too),
/// and a figure right under its heading moves with the heading instead.
/// A list does not leave its last item alone on the next page, and the document does not end on a page that holds
/// only a line or two: the block before goes along (see <see cref="KeepsLastTwo"/> and <see cref="MinTailHeight"/>).
/// </summary>
internal sealed class StackElement : Element
{
    /// <summary>A figure is deferred only when moving it would leave more than this share of the page empty.</summary>
    public const double DeferWhenEmptyShare = 0.25;

    private enum Progress
    {
        Pending,
        Started,
        Done,
    }

    private readonly List<(Element Child, double SpaceBefore)> children = new();
    private readonly List<Progress> progress = new();
    private int current;

    public void Add(Element child, double spaceBefore)
    {
        children.Add((child, spaceBefore));
        progress.Add(Progress.Pending);
    }

    public int Count => children.Count;

    /// <summary>A list's rule: a break never leaves only the last child for the next page.</summary>
    public bool KeepsLastTwo { get; init; }

    /// <summary>The document's rule: the children left after a break, drawn together, are at least this tall.</summary>
    public double MinTailHeight { get; init; }

    /// <summary>A full page's height, to know that a stack moved whole to the next page will fit there.</summary>
    public double PageContentHeight { get; init; } = double.PositiveInfinity;

    public override SpacePlan Measure(double width, double height)
    {
        var plan = Plan(width, height);
        if (plan.Steps.Count == 0)
            return current >= children.Count ? SpacePlan.Full(0) : SpacePlan.Wrap;
        return plan.Complete ? SpacePlan.Full(plan.Height) : SpacePlan.Partial(plan.Height);
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        var plan = Plan(area.Width, area.Height);
        foreach (var step in plan.Steps)
        {
            children[step.Index].Child.Draw(canvas, new Rect(area.Left, area.Top + step.Top, area.Width, area.Height - step.Top));
            progress[step.Index] = step.Kind == SpacePlanKind.Full ? Progress.Done : Progress.Started;
        }

        while (current < children.Count && progress[current] == Progress.Done)
            current++;
    }

    private readonly record struct Step(int Index, double Top, SpacePlanKind Kind);

    private sealed record StackPlan(List<Step> Steps, double Height, bool Complete);

    private StackPlan Plan(double width, double height)
    {
        var steps = new List<Step>();
        double used = 0;
        int? deferred = null;
        for (var i = current; i < children.Count; i++)
        {
            if (progress[i] == Progress.Done)
                continue;
            var (child, spaceBefore) = children[i];
            var gap = GapBefore(i, steps);
            if (child is PageBreakElement)
            {
                if (steps.Count == 0)
                {
                    steps.Add(new Step(i, used, SpacePlanKind.Full));
                    continue;
                }

                return new StackPlan(WithBreak(steps, i), used, false);
            }

            // While a figure waits for the next page, a later figure waits behind it.
            if (deferred is not null && child.Floats)
                continue;

            var plan = child.Measure(width, height - used - gap);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                if (CanDefer(child, steps, deferred, height - used, height))
                {
                    deferred = i;
                    continue;
                }

                if (deferred is null && Widowless(steps, i, width) is { } kept)
                    return new StackPlan(kept, HeightOf(kept, width, height), false);
                return new StackPlan(steps, used, false);
            }

            if (plan.Kind == SpacePlanKind.Full && child.KeepWithNext && i + 1 < children.Count && steps.Count > 0)
            {
                // Under a heading whose figure will wait behind a deferred one, what follows the figure must start here.
                var next = i + 1;
                if (deferred is not null && children[next].Child.Floats)
                    next++;
                var nextPlan = next >= children.Count || (deferred is not null && children[next].Child.Floats)
                    ? SpacePlan.Wrap
                    : children[next].Child.Measure(width, height - used - gap - plan.Height - children[next].SpaceBefore);
                if (nextPlan.Kind == SpacePlanKind.Wrap)
                {
                    var trimmed = TrimKeptHeadings(steps);
                    if (deferred is null && trimmed.Count > 0 && Widowless(trimmed, trimmed[^1].Index + 1, width) is { } kept)
                        trimmed = kept;
                    return new StackPlan(trimmed, HeightOf(trimmed, width, height), false);
                }
            }

            steps.Add(new Step(i, used + gap, plan.Kind));
            used += gap + plan.Height;
            if (plan.Kind == SpacePlanKind.Partial)
                return new StackPlan(steps, used, false);
        }

        return new StackPlan(steps, used, deferred is null);
    }

    /// <summary>
    /// No space at the top of a page. Only a figure drawn out of order can stand above the rest of a started
    /// child; it keeps its own space below it, and so does a block after it. A block that follows a deferred
    /// figure takes the smaller of its space and the figure's (under a heading, the heading's space).
    /// </summary>
    private double GapBefore(int index, List<Step> steps)
    {
        if (steps.Count == 0)
            return 0;
        var previous = steps[^1].Index;
        var own = children[index].SpaceBefore;
        if (progress[index] == Progress.Started)
            return children[previous].SpaceBefore;
        if (index == previous + 1)
            return own;
        if (children[previous].Child.Floats)
            return Math.Max(own, children[previous].SpaceBefore);
        return children[index - 1].Child.Floats && progress[index - 1] != Progress.Done ? Math.Min(own, children[index - 1].SpaceBefore) : own;
    }

    /// <summary>
    /// A figure that does not fit is deferred when something stands above it on this page (not its own heading),
    /// no other figure is waiting, and moving it would leave much of the page empty.
    /// </summary>
    private bool CanDefer(Element child, List<Step> steps, int? deferred, double room, double pageHeight) =>
        child.Floats && deferred is null && steps.Count > 0
        && !children[steps[^1].Index].Child.KeepWithNext
        && room > DeferWhenEmptyShare * pageHeight;

    private static List<Step> WithBreak(List<Step> steps, int breakIndex)
    {
        // The break itself is consumed on the page it ends.
        steps.Add(new Step(breakIndex, steps.Count == 0 ? 0 : steps[^1].Top, SpacePlanKind.Full));
        return steps;
    }

    /// <summary>A run of headings before a moved heading moves with it (e.g. H2 directly above an H3).</summary>
    private List<Step> TrimKeptHeadings(List<Step> steps)
    {
        while (steps.Count > 1 && steps[^1].Kind == SpacePlanKind.Full && children[steps[^1].Index].Child.KeepWithNext)
            steps.RemoveAt(steps.Count - 1);
        return steps;
    }

    /// <summary>
    /// The steps to draw here when the break before child <paramref name="next"/> would leave a widow: the last
    /// step goes to the next page too. Null when there is no widow or nothing may move. A list moves whole only
    /// when all of it fits on a page; the document keeps at least one block here and moves no block taller than a
    /// third of a page.
    /// </summary>
    private List<Step>? Widowless(List<Step> steps, int next, double width)
    {
        if (steps.Count == 0 || steps[^1].Kind != SpacePlanKind.Full || progress[steps[^1].Index] == Progress.Started)
            return null;
        var last = steps[^1].Index;
        if (KeepsLastTwo && next == children.Count - 1 && last == next - 1)
        {
            var kept = steps.GetRange(0, steps.Count - 1);
            return kept.Count > 0 || (progress.All(p => p != Progress.Started) && HeightFrom(current, width, PageContentHeight) <= PageContentHeight) ? kept : null;
        }

        if (MinTailHeight > 0 && steps.Count > 1 && HeightFrom(next, width, MinTailHeight) < MinTailHeight
            && children[last].Child.Measure(width, PageContentHeight).Height <= PageContentHeight / 3)
        {
            var kept = TrimKeptHeadings(steps.GetRange(0, steps.Count - 1));
            return kept.Count > 0 && !children[kept[^1].Index].Child.KeepWithNext ? kept : null;
        }

        return null;
    }

    /// <summary>
    /// The height of children <paramref name="from"/> to the end drawn together on a fresh page, summed only until it
    /// passes <paramref name="enough"/>; infinite when one of them does not fit a page whole.
    /// </summary>
    private double HeightFrom(int from, double width, double enough)
    {
        double used = 0;
        for (var i = from; i < children.Count && used <= enough; i++)
        {
            var plan = children[i].Child.Measure(width, PageContentHeight);
            used += plan.Kind == SpacePlanKind.Full ? plan.Height + (i == from ? 0 : children[i].SpaceBefore) : double.PositiveInfinity;
        }

        return used;
    }

    private double HeightOf(List<Step> steps, double width, double height)
    {
        if (steps.Count == 0)
            return 0;
        var last = steps[^1];
        return last.Top + children[last.Index].Child.Measure(width, height - last.Top).Height;
    }
}
