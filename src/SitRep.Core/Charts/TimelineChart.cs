namespace SitRep.Charts;

// A stand-in until the ScottPlot charts land: a thin frame with the chart's labels, so the PDF stage
// can be built and tested against the IChart seam. The constructor keeps the data checks.
public sealed class TimelineChart : PlaceholderChart
{
    private readonly IReadOnlyList<TimelineMark> marks;

    public TimelineChart(IReadOnlyList<TimelineMark> marks)
    {
        Guard.NotEmpty(marks, nameof(marks), "timeline data");
        for (var i = 0; i < marks.Count; i++)
        {
            var m = marks[i] ?? throw new ArgumentException($"timeline data: mark {i} is null", nameof(marks));
            Guard.Text(m.Label, nameof(marks), $"timeline data: the label of mark {i}");
            if (!Enum.IsDefined(m.Precision))
                throw new ArgumentException($"timeline data: mark {i} ('{m.Label}') has an unknown precision {(int)m.Precision}", nameof(marks));
        }
        this.marks = marks.ToArray();
    }

    protected override double Aspect => 0.45;

    public override IEnumerable<string> Texts => marks.Select(m => $"{m.Date:d MMM yyyy}{(m.Disputed ? " (disputed)" : "")}: {m.Label}");
}
