using BenchmarkDotNet.Attributes;
using SitRep.Extracts;
using SitRep.Pipeline;
using SitRep.Templates;

namespace SitRep.Benchmarks;

/// <summary>One build of the default brief in-process, warm: the whole pipeline, and its stages.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private Situation situation = null!;
    private BriefTemplate template = null!;

    [GlobalSetup]
    public void Setup()
    {
        situation = BriefBuilder.LoadChecked(Paths.Kidal).Situation;
        template = BriefTemplate.Load("analyst");
    }

    [Benchmark(Description = "load + check extracts")]
    public object LoadAndCheck() => BriefBuilder.LoadChecked(Paths.Kidal).Situation;

    [Benchmark(Description = "render template to Markdown")]
    public string Render() => TemplateRenderer.Render(template, situation);

    [Benchmark(Description = "template → document → layout → PDF")]
    public long Compose()
    {
        using var pdf = new MemoryStream();
        BriefBuilder.Compose(situation, template, pdf);
        return pdf.Length;
    }

    [Benchmark(Description = "whole build (as sitrep build)", Baseline = true)]
    public long WholeBuild()
    {
        using var pdf = new MemoryStream();
        var (loaded, _) = BriefBuilder.LoadChecked(Paths.Kidal);
        BriefBuilder.Compose(loaded, BriefTemplate.Load("analyst"), pdf);
        return pdf.Length;
    }
}
