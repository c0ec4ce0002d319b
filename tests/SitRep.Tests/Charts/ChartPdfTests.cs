using System.Text.RegularExpressions;
using SitRep.Charts;
using SitRep.Tests.Support;
using Xunit;

namespace SitRep.Tests.Charts;

/// <summary>Each chart drawn by ScottPlot on a Skia PDF page: vectors, its labels once each, its own fonts.</summary>
public sealed class ChartPdfTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("sitrep-chart-pdf-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    public static TheoryData<string> Charts => new(ChartSamples.Names);

    /// <summary>Labels each sample chart must show, each exactly once.</summary>
    private static string[] Expected(string name) => name switch
    {
        "bars" => ["Kidal area population", "~68,000", "Civilians executed at Ersane", "17", "~ approximate"],
        "share" => ["Uniformed personnel departed", "~6,500 of 12,944 (Uniformed personnel in June)", "Civilian staff still in place", "541 of 737 (Civilian staff in June)", "73%", "27%", "As of 10 Nov 2023"],
        "timeline" => ["Independence", "Drone strikes", "Army takes Kidal", "exact date", "date disputed between sources (?)"],
        "map" => ["Kidal", "Anéfis", "Ménaka", "Bamako", "about 110 km", "MALI"],
        "zoomed-map" => ["Kidal", "Anéfis", "Tessalit", "about 110 km", "about 200 km"],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private string Render(string name)
    {
        var pdf = Path.Combine(work, name + ".pdf");
        ChartPdf.Render(ChartSamples.Make(name), pdf);
        return pdf;
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_is_vector_with_each_label_once(string name)
    {
        var pdf = Render(name);
        var images = Poppler.Run("pdfimages", "-list", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, images.Length); // the header lines only
        var text = Poppler.Text(pdf);
        foreach (var label in Expected(name))
            Assert.True(Regex.Matches(text, Regex.Escape(label)).Count == 1, $"'{label}' should appear once in chart '{name}':\n{text}");
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_uses_only_the_typefaces_it_is_given(string name)
    {
        var fonts = Poppler.Fonts(Render(name)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToArray();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"^[A-Z]{6}\+NotoSans-(Regular|Bold|Italic)\s", line));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Texts_cover_every_character_drawn(string name)
    {
        var chart = ChartSamples.Make(name);
        var known = string.Concat(chart.Texts).EnumerateRunes().Select(r => r.Value).ToHashSet();
        var drawn = Poppler.Text(Render(name)).EnumerateRunes().Where(r => r.Value > 0x7e).Select(r => r.Value);
        Assert.All(drawn, r => Assert.Contains(r, known));
    }

    [Fact]
    public void A_larger_type_size_makes_a_taller_chart_and_still_draws()
    {
        var small = ChartSamples.Bars().Layout(400, ChartPdf.Style());
        var large = ChartSamples.Bars().Layout(400, ChartPdf.Style(fontSize: 10));
        Assert.True(large.Bounds.Height > small.Bounds.Height);
        var pdf = Path.Combine(work, "large.pdf");
        ChartPdf.Render(ChartSamples.Bars(), pdf, ChartPdf.Style(fontSize: 10));
        Assert.Contains("Kidal area population", Poppler.Text(pdf));
    }

    public static TheoryData<string, float, float> Areas => new()
    {
        { "bars", 120, 40 }, { "bars", 800, 600 },
        { "share", 90, 30 }, { "share", 800, 100 },
        { "timeline", 160, 60 }, { "timeline", 800, 400 },
        { "map", 100, 300 }, { "map", 700, 120 },
    };

    [Theory]
    [MemberData(nameof(Areas))]
    public void Draws_into_awkward_areas_without_failing(string name, float width, float height)
    {
        var chart = ChartSamples.Make(name);
        Assert.True(chart.HeightFor(width) > 0);
        var pdf = Path.Combine(work, "awkward.pdf");
        ChartPdf.Render(chart, pdf, width: width, height: height);
        Assert.Equal(1, Poppler.PageCount(pdf));
    }
}
