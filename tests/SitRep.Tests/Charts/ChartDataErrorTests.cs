using SitRep.Diagnostics;
using SitRep.Pipeline;
using SitRep.Tests.Support;

namespace SitRep.Tests.Charts;

/// <summary>Bad chart data in a situation is an error naming the chart and the item; nothing crashes.</summary>
public sealed class ChartDataErrorTests : IDisposable
{
    private readonly string situation = Directory.CreateTempSubdirectory("sitrep-chart-errors-").FullName;

    public ChartDataErrorTests() => TestFiles.CopyDirectory(RepoPaths.KidalSituation, situation);

    public void Dispose() => Directory.Delete(situation, recursive: true);

    [Fact]
    public void An_unknown_figure_id_names_the_chart_and_the_id()
    {
        Edit("charts.yaml", "items: [pop-kidal-area,", "items: [pop-kidal-aera,");
        var message = Failure();
        Assert.Contains("chart 'humanitarian-figures'", message);
        Assert.Contains("'pop-kidal-aera'", message);
        Assert.Contains("did you mean 'pop-kidal-area'", message);
    }

    [Fact]
    public void A_figure_without_a_value_names_the_figure()
    {
        Edit("figures.yaml", "    value: 68000\n", "");
        var message = Failure();
        Assert.Contains("figure 'pop-kidal-area' has no value", message);
    }

    [Fact]
    public void A_non_numeric_value_is_rejected_where_it_is_written()
    {
        Edit("figures.yaml", "    value: 68000\n", "    value: lots\n");
        var error = Assert.Throws<InputException>(() => BriefBuilder.LoadChecked(situation));
        var finding = Assert.Single(error.Diagnostics);
        Assert.EndsWith("figures.yaml", finding.Location.File);
        Assert.Contains("must be a number, not 'lots'", finding.Message);
    }

    [Fact]
    public void A_negative_count_is_rejected()
    {
        Edit("figures.yaml", "    value: 68000\n", "    value: -68000\n");
        Assert.Contains("figure 'pop-kidal-area' is negative", Failure());
    }

    [Fact]
    public void A_place_without_coordinates_names_the_place()
    {
        Edit("places.yaml", "    lat: 18.44\n", "");
        Assert.Contains("place 'kidal' has no coordinates", Failure());
    }

    [Fact]
    public void The_share_chart_takes_its_words_from_the_figures()
    {
        var (loaded, _) = BriefBuilder.LoadChecked(situation);
        var chart = Assert.IsType<SitRep.Charts.ShareChart>(new ChartFactory(loaded).Get("drawdown"));
        var texts = chart.Texts.ToArray();
        Assert.Contains("MINUSMA uniformed personnel who have left Mali", texts);
        Assert.Contains("196 of 737 (MINUSMA civilian staff on the mission)", texts);
        Assert.DoesNotContain(texts, t => t.Contains("departed", StringComparison.Ordinal));
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(situation, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
    }

    private string Failure()
    {
        var output = Path.Combine(situation, "brief.pdf");
        var error = Assert.Throws<InputException>(() => BriefBuilder.Build(new BuildRequest(situation, "analyst", output)));
        Assert.False(File.Exists(output));
        return string.Join("\n", error.Diagnostics.Select(d => d.ToString()));
    }
}
