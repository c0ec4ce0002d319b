using SitRep.Charts;
using SitRep.Document;
using SitRep.Drawing;
using SitRep.Layout;
using SitRep.Templates;
using SkiaSharp;

namespace SitRep.Tests.Layout;

/// <summary>
/// Blocks laid out on the analyst template's pages, with figures whose charts draw nothing but take the height
/// a test gives them: what the placement and page-break tests paginate.
/// </summary>
internal sealed class AnalystPages : IDisposable
{
    private readonly Dictionary<string, IChart> charts = new();
    private readonly DocumentLayouter layouter;

    public AnalystPages()
    {
        var template = BriefTemplate.Load("analyst");
        Content = PageGeometry.From(template.Theme).Content;
        layouter = new DocumentLayouter(new LayoutStyles(template.Theme), Kit.Measurer, Content.Height, id => charts[id]);
    }

    public LayoutKit Kit { get; } = new();

    public Rect Content { get; }

    public void Dispose() => Kit.Dispose();

    public static IReadOnlyList<Inline> Text(string text) => [new TextInline(text)];

    /// <summary>Figure <paramref name="number"/>, its chart as tall as <paramref name="height"/> of the width it is given.</summary>
    public FigureBlock Figure(int number, Func<double, double> height, string caption)
    {
        charts[$"chart-{number}"] = new BlankChart(height);
        return new FigureBlock($"chart-{number}", number, "a chart", Text(caption), Text("Source: test"));
    }

    public IChart Chart(int number) => charts[$"chart-{number}"];

    public RecordedDocument Paginate(IReadOnlyList<Block> blocks) => Paginate(blocks, Content);

    public RecordedDocument Paginate(IReadOnlyList<Block> blocks, Rect content) => RecordedDocument.Paginate(layouter.Build(blocks), content);

    private sealed class BlankChart(Func<double, double> height) : IChart
    {
        public double HeightFor(double width) => height(width);

        public IEnumerable<string> Texts => [];

        public void Draw(SKCanvas canvas, SKRect area, ChartStyle style)
        {
        }
    }
}
