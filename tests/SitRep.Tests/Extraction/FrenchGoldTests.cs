using SitRep.Extraction;
using SitRep.Tests.Support;
using Xunit.Abstractions;

namespace SitRep.Tests.Extraction;

/// <summary>The French rules on two short French test sources (fictional outlets) and their gold file.</summary>
public sealed class FrenchGoldTests(ITestOutputHelper output)
{
    public static string FrenchFolder => Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Extraction", "french");

    public static ExtractionResult ExtractFrench() =>
        Extractor.Extract(SourceSet.FromFiles(Directory.GetFiles(FrenchFolder, "*.txt").Order(StringComparer.Ordinal).ToList()).Documents, [], []);

    [Fact]
    public void French_sources_are_read_as_French_with_their_publication_date()
    {
        var result = ExtractFrench();
        Assert.All(result.Sources, s => Assert.Equal("fr", s.Document.Language));
        Assert.Equal("2023-11-21", result.Sources.Single(s => s.Document.Id == "gazette-2023-11-21").Document.Published?.Start.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void French_quotes_figures_and_dates_are_found_with_their_speakers_and_units()
    {
        var gold = GoldFile.Load(Path.Combine(ExtractionGoldTests.GoldFolder, "french.yaml"));
        var result = ExtractFrench();
        var scores = gold.Sources.Select(g => GoldScorer.Score(g, result.Sources.Single(s => s.Document.Id == g.Id))).ToList();
        var total = SetScore.Sum("french", scores);
        var table = GoldScorer.Table([total, .. scores]);
        output.WriteLine(table);

        Assert.Equal(1.0, total.Quotes.Recall);
        Assert.Equal(1.0, total.Quotes.Attribution);
        Assert.Equal(1.0, total.Figures.Recall);
        Assert.True(total.Figures.Precision >= 0.85, table);
        Assert.Equal(1.0, total.Events.Recall);
    }

    [Fact]
    public void French_numbers_keep_their_decimal_comma_and_spaced_thousands()
    {
        var figures = ExtractFrench().Sources.SelectMany(s => s.Figures).ToList();
        var million = Assert.Single(figures, f => f.Scale == "million");
        Assert.Equal(1.2, million.Value);
        Assert.Equal("personnes", million.Unit);
        var spaced = Assert.Single(figures, f => f.Value == 12944);
        Assert.Equal("about", spaced.Qualifier);
        var range = Assert.Single(figures, f => f.Low is not null);
        Assert.Equal((200.0, 300.0, "between", "morts"), (range.Low!.Value, range.High!.Value, range.Qualifier, range.Unit));
        Assert.Contains(figures, f => f.Value == 25 && f.Unit == "%" && f.Qualifier == "about");
    }

    [Fact]
    public void French_quotations_keep_their_guillemets_out_of_the_text_cut_inverted_attributions_and_resolve_elle()
    {
        var quotes = ExtractFrench().Sources.SelectMany(s => s.Quotes).ToList();
        var cut = Assert.Single(quotes, q => q.Text.StartsWith("Nos forces", StringComparison.Ordinal));
        Assert.Equal("Nos forces contrôlent désormais l'aéroport et le camp (...) Les habitants peuvent rentrer (...) mais la prudence reste de mise.", cut.Text);
        Assert.Equal(("Amadou Touré", "colonel, porte-parole de l'état-major"), (cut.Speaker, cut.Role));
        var inverted = Assert.Single(quotes, q => q.Text.StartsWith("Les convois", StringComparison.Ordinal));
        Assert.Equal("Fatoumata Keïta", inverted.Speaker);
        var narrow = Assert.Single(quotes, q => q.Speaker == "Mariam Diallo");
        Assert.Equal("la situation sanitaire est très préoccupante", narrow.Text);
        Assert.Equal("coordinatrice de l'ONG Terre d'accueil", narrow.Role);
        Assert.StartsWith("«\u202F", narrow.Passage, StringComparison.Ordinal);
    }
}
