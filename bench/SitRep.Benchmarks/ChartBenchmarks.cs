using BenchmarkDotNet.Attributes;
using SitRep.Extracts;
using SitRep.Pipeline;
using SitRep.Templates;

namespace SitRep.Benchmarks;

/// <summary>What the charts add to a warm build: the same brief with and without its four figures.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private Situation situation = null!;
    private BriefTemplate withCharts = null!;
    private BriefTemplate withoutCharts = null!;

    [GlobalSetup]
    public void Setup()
    {
        situation = BriefBuilder.LoadChecked(Paths.Kidal).Situation;
        withCharts = BriefTemplate.Load("analyst");
        withoutCharts = new BriefTemplate
        {
            Files = withCharts.Files,
            Manifest = withCharts.Manifest,
            Theme = withCharts.Theme,
            Partials = withCharts.Partials,
            Logo = withCharts.Logo,
            Entry = WithoutCharts(withCharts.Entry),
        };
    }

    private static ParsedFile WithoutCharts(ParsedFile entry)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(entry.Text, @"\{\{ chart [^}]*\}\}", "");
        return entry with { Text = text, Template = Scriban.Template.Parse(text, entry.Display) };
    }

    [Benchmark(Baseline = true, Description = "analyst brief with charts")]
    public long WithCharts() => Compose(withCharts);

    [Benchmark(Description = "analyst brief without charts")]
    public long WithoutCharts() => Compose(withoutCharts);

    private long Compose(BriefTemplate template)
    {
        using var pdf = new MemoryStream();
        BriefBuilder.Compose(situation, template, pdf);
        return pdf.Length;
    }
}
