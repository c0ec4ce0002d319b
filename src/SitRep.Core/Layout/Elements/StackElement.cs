using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>
/// Children one below the other, with space between them. Space is dropped at the top of a page.
/// An element that keeps with its successor moves to the next page when its successor cannot start here.
/// </summary>
internal sealed class StackElement : Element
{
    private readonly List<(Element Child, double SpaceBefore)> children = new();
    private int current;
    private bool currentStarted;

    public void Add(Element child, double spaceBefore)
    {
        children.Add((child, spaceBefore));
    }

    public int Count => children.Count;

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
            if (step.Kind == SpacePlanKind.Full)
            {
                current = step.Index + 1;
                currentStarted = false;
            }
            else
            {
                currentStarted = true;
            }
        }
    }

    private readonly record struct Step(int Index, double Top, SpacePlanKind Kind);

    private sealed record StackPlan(List<Step> Steps, double Height, bool Complete);

    private StackPlan Plan(double width, double height)
    {
        var steps = new List<Step>();
        double used = 0;
        for (var i = current; i < children.Count; i++)
        {
            var (child, spaceBefore) = children[i];
            var gap = steps.Count == 0 || (i == current && currentStarted) ? 0 : spaceBefore;
            if (child is PageBreakElement)
            {
                if (steps.Count == 0)
                {
                    steps.Add(new Step(i, used, SpacePlanKind.Full));
                    continue;
                }

                return new StackPlan(WithBreak(steps, i), used, false);
            }

            var plan = child.Measure(width, height - used - gap);
            if (plan.Kind == SpacePlanKind.Wrap)
                return new StackPlan(steps, used, false);

            if (plan.Kind == SpacePlanKind.Full && child.KeepWithNext && i + 1 < children.Count && steps.Count > 0)
            {
                var (nextChild, nextSpace) = children[i + 1];
                var nextPlan = nextChild.Measure(width, height - used - gap - plan.Height - nextSpace);
                if (nextPlan.Kind == SpacePlanKind.Wrap)
                    return new StackPlan(TrimKeptHeadings(steps), HeightOf(TrimKeptHeadings(steps), width, height), false);
            }

            steps.Add(new Step(i, used + gap, plan.Kind));
            used += gap + plan.Height;
            if (plan.Kind == SpacePlanKind.Partial)
                return new StackPlan(steps, used, false);
        }

        return new StackPlan(steps, used, true);
    }

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

    private double HeightOf(List<Step> steps, double width, double height)
    {
        if (steps.Count == 0)
            return 0;
        var last = steps[^1];
        return last.Top + children[last.Index].Child.Measure(width, height - last.Top).Height;
    }
}
