using SitRep.Extraction;
using SitRep.Extracts;

namespace SitRep.Tests.Extraction;

/// <summary>The rules one at a time, on the phrasings the issue names.</summary>
public sealed class ExtractionRuleTests
{
    private static SourceDocument Doc(string text, string published = "2023-11-14", string language = "en") =>
        new("t", "t.txt", text, PartialDate.TryParse(published, out var d) ? d : null, language);

    private static FoundFigure Figure(string text, string language = "en") =>
        Assert.Single(Extractor.ExtractOne(Doc(text, language: language)).Figures);

    [Theory]
    [InlineData("The mission had 12,944 uniformed personnel.", 12944, "uniformed personnel", "exact", null)]
    [InlineData("Anéfis lies 110 km to the south.", 110, "km", "exact", null)]
    [InlineData("Prices rose by about 25 per cent in a month.", 25, "per cent", "about", null)]
    [InlineData("Some 1.2 million people need aid.", 1.2, "people", "about", "million")]
    [InlineData("The army lost three hospitals to shelling.", 3, "hospitals", "exact", null)]
    [InlineData("At least 782 civilians were killed.", 782, "civilians", "at_least", null)]
    [InlineData("More than 600,000 people fled.", 600000, "people", "more_than", null)]
    [InlineData("Up to 5,000 fighters remain.", 5000, "fighters", "up_to", null)]
    [InlineData("Fewer than 100 doctors stayed.", 100, "doctors", "fewer_than", null)]
    [InlineData("Nearly 40% of wells are dry.", 40, "%", "about", null)]
    public void A_figure_has_its_value_qualifier_scale_and_unit(string text, double value, string unit, string qualifier, string? scale)
    {
        var figure = Figure(text);
        Assert.Equal((value, unit, qualifier, scale), (figure.Value!.Value, figure.Unit, figure.Qualifier, figure.Scale));
        Assert.Contains(figure.Evidence, text);
    }

    [Fact]
    public void A_range_is_one_figure_with_low_and_high()
    {
        var figure = Figure("Between 200 and 300 fighters attacked the town.");
        Assert.Equal((200.0, 300.0, "between", "fighters"), (figure.Low!.Value, figure.High!.Value, figure.Qualifier, figure.Unit));
        Assert.Null(figure.Value);
    }

    [Fact]
    public void A_currency_before_the_number_is_kept_apart_from_the_unit()
    {
        var figure = Figure("The appeal seeks US$ 5 million in funding.");
        Assert.Equal(("US$", 5.0, "million", "dollars"), (figure.Currency, figure.Value!.Value, figure.Scale, figure.Unit));
        Assert.Equal(5_000_000, figure.Resolved);
    }

    [Theory]
    [InlineData("Published on: November 21, 2023 – 11:12 p.m\n\n3 mins\n\nThe town was calm.")]
    [InlineData("1. Skip to content\n  2. Skip to main menu\n")]
    [InlineData("See the link: https://example.org/a/2023/11/13/story_6199883_3212.html for more.")]
    [InlineData("The operation began following Resolution 2085 of the UN Security Council.")]
    [InlineData("The report runs to 12 pages in all.")]
    [InlineData("The ceasefire is a must.\"12 Another line follows here.")]
    [InlineData("Drones of the type TB2 struck the town on 3 November.")]
    public void Dates_times_reading_times_list_numbers_addresses_identifiers_and_pages_are_not_figures(string text)
    {
        Assert.Empty(Extractor.ExtractOne(Doc(text)).Figures);
    }

    [Fact]
    public void A_number_with_no_words_of_its_own_counts_what_the_figure_before_it_counts()
    {
        var figures = Extractor.ExtractOne(Doc("About 68,000 people live in the area (about 30,000 in the city).")).Figures;
        Assert.Equal(["people", "people"], figures.Select(f => f.Unit));
        Assert.Equal([68000.0, 30000.0], figures.Select(f => f.Value!.Value));
    }

    [Theory]
    [InlineData("The column set off on Tuesday.", "2023-11-14", "day", Confidence.Low)]
    [InlineData("Rebels cut the network on Friday.", "2023-11-10", "day", Confidence.Low)]
    [InlineData("The column set off last week.", "2023-11", "month", Confidence.Low)]
    [InlineData("Fighting has gone on since the summer.", "2023-06", "month", Confidence.Low)]
    [InlineData("Minusma left its camp on October 31.", "2023-10-31", "day", Confidence.Medium)]
    [InlineData("The army entered the town on 14 November 2023.", "2023-11-14", "day", Confidence.High)]
    [InlineData("The army left in May 2014.", "2014-05", "month", Confidence.High)]
    [InlineData("The rebels took up arms again in August.", "2023-08", "month", Confidence.Medium)]
    [InlineData("A peace deal was signed in 2015.", "2015", "year", Confidence.High)]
    [InlineData("Their last meeting was last October.", "2023-10", "month", Confidence.Low)]
    [InlineData("L'armée est entrée dans la ville le 14 novembre 2023.", "2023-11-14", "day", Confidence.High)]
    [InlineData("Les combats ont repris mardi.", "2023-11-14", "day", Confidence.Low)]
    public void A_dated_sentence_becomes_an_event_with_its_precision_and_relative_dates_get_low_confidence(string text, string date, string precision, Confidence confidence)
    {
        var e = Assert.Single(Extractor.ExtractOne(Doc(text)).Events);
        Assert.Equal((date, precision, confidence), (e.Date, e.Precision, e.Confidence));
        Assert.Equal(text, e.Evidence);
    }

    [Fact]
    public void A_relative_date_without_a_publication_date_is_not_guessed()
    {
        Assert.Empty(Extractor.ExtractOne(Doc("The column set off on Tuesday.", published: "")).Events);
    }

    [Theory]
    [InlineData("“We will stay in the town,” said John Smith, the mayor of Kidal.", "John Smith", "the mayor of Kidal")]
    [InlineData("\"We will stay in the town,\" John Smith said.", "John Smith", null)]
    [InlineData("According to John Smith, \"we will stay in the town for now.\"", "John Smith", null)]
    [InlineData("John Smith, director of the Water Office, told reporters: \"We will stay in the town.\"", "John Smith", "director of the Water Office")]
    [InlineData("« Nous resterons dans la ville », a déclaré Jean Dupont, maire de la commune.", "Jean Dupont", "maire de la commune")]
    [InlineData("Selon Jean Dupont, « nous resterons dans la ville ».", "Jean Dupont", null)]
    [InlineData("‘We will stay in the town,’ said John Smith.", "John Smith", null)]
    public void A_quote_is_attributed_from_the_words_around_it(string text, string speaker, string? role)
    {
        var quote = Assert.Single(Extractor.ExtractOne(Doc(text)).Quotes);
        Assert.Equal(speaker, quote.Speaker);
        if (role is not null)
            Assert.Equal(role, quote.Role);
    }

    [Fact]
    public void A_pronoun_speaker_is_the_last_person_named()
    {
        var text = "Mary Jones runs the clinic. \"We have no medicine left at all,\" she said.";
        Assert.Equal("Mary Jones", Assert.Single(Extractor.ExtractOne(Doc(text)).Quotes).Speaker);
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_is_one_quote_and_one_over_two_paragraphs_too()
    {
        var interrupted = Assert.Single(Extractor.ExtractOne(Doc("\"We will stay,\" he told DW, Mary Jones having left. \"Nobody will move us from here.\"")).Quotes);
        Assert.Equal("We will stay (...) Nobody will move us from here.", interrupted.Text);

        var paragraphs = Assert.Single(Extractor.ExtractOne(Doc("“The first part of what I said runs on.\n\n“And the second paragraph ends it,” said Mary Jones.")).Quotes);
        Assert.StartsWith("The first part of what I said runs on.", paragraphs.Text, StringComparison.Ordinal);
        Assert.EndsWith("And the second paragraph ends it", paragraphs.Text, StringComparison.Ordinal);
        Assert.Equal("Mary Jones", paragraphs.Speaker);
    }

    [Fact]
    public void Scare_quotes_and_quoted_names_are_not_quotes()
    {
        Assert.Empty(Extractor.ExtractOne(Doc("The junta cited its \"failure\" and the 'Wagner Force' left.")).Quotes);
    }
}
