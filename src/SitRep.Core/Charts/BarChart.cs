namespace SitRep.Charts;

// A stand-in until the ScottPlot charts land: a thin frame with the chart's labels, so the PDF stage
// can be built and tested against the IChart seam. The constructor keeps the data checks.
public sealed class BarChart : PlaceholderChart
{
    private readonly IReadOnlyList<BarDatum> bars;
    private readonly string? unitLabel;

    public BarChart(IReadOnlyList<BarDatum> bars, string? unitLabel = null)
    {
        Guard.NotEmpty(bars, nameof(bars), "bar chart data");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i] ?? throw new ArgumentException($"bar chart data: bar {i} is null", nameof(bars));
            Guard.Text(b.Label, nameof(bars), $"bar chart data: the label of bar {i}");
            Guard.NonNegative(b.Value, nameof(bars), $"bar chart data: the value of bar {i} ('{b.Label}')");
        }
        this.bars = bars.OrderByDescending(b => b.Value).ToArray();
        this.unitLabel = unitLabel;
    }

    protected override double Aspect => 0.2 + 0.05 * bars.Count;

    public override IEnumerable<string> Texts => bars.Select(b => $"{b.Label}: {NumberFormat.Count(b.Value)}").Append(unitLabel ?? "");
}
