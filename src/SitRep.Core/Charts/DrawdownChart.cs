namespace SitRep.Charts;

// A stand-in until the ScottPlot charts land: a thin frame with the chart's labels, so the PDF stage
// can be built and tested against the IChart seam. The constructor keeps the data checks.
public sealed class DrawdownChart : PlaceholderChart
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

    protected override double Aspect => 0.2 + 0.08 * groups.Count;

    public override IEnumerable<string> Texts => groups.Select(g => $"{g.Label}: {NumberFormat.Count(g.Departed)} of {NumberFormat.Count(g.Total)}").Append(asOfLabel);
}
