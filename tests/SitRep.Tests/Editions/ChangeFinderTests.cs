using SitRep.Editions;

namespace SitRep.Tests.Editions;

/// <summary>Changes between two snapshots, by id and by key.</summary>
public sealed class ChangeFinderTests
{
    private static readonly EditionRef Since = new(1, "2023-11-20");

    private static ExtractSnapshot.Data Snapshot(params (string Kind, string Id, (string Field, string Value)[] Fields)[] items)
    {
        var data = new ExtractSnapshot.Data();
        foreach (var (kind, id, fields) in items)
        {
            if (!data.TryGetValue(kind, out var byId))
                data[kind] = byId = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            byId[id] = fields.ToDictionary(f => f.Field, f => f.Value, StringComparer.Ordinal);
        }

        return data;
    }

    [Fact]
    public void A_figure_restated_by_another_source_under_a_new_id_is_matched_by_key_with_both_sources()
    {
        var older = Snapshot(("figures", "displaced-un", [("label", "Displaced"), ("value", "25000"), ("unit", "people"), ("key", "displaced"), ("source", "un")]));
        var newer = Snapshot(("figures", "displaced-gov", [("label", "Displaced people"), ("value", "31000"), ("unit", "people"), ("key", "displaced"), ("source", "gov"), ("as_of", "2023-11-21")]));

        var changes = ChangeFinder.Compare(older, newer, Since);

        var figure = Assert.Single(changes.FiguresChanged);
        Assert.Equal("displaced-gov", figure.Id);
        Assert.Equal("displaced-un", figure.PreviousId);
        Assert.Equal(["value", "as_of"], figure.Changed);
        Assert.Equal(("un", 25000d, "25,000 people"), (figure.Old.Source, figure.Old.Value!.Value, figure.Old.Text));
        Assert.Equal(("gov", 31000d, "31,000 people", "2023-11-21"), (figure.New.Source, figure.New.Value!.Value, figure.New.Text, figure.New.AsOf));
    }

    [Fact]
    public void Bounds_are_the_range_and_the_qualifier_and_the_old_approximate_flag_reads_as_about()
    {
        var older = Snapshot(
            ("figures", "a", [("value", "600"), ("approximate", "true"), ("unit", "people"), ("source", "s")]),
            ("figures", "b", [("range", "[\"200\",\"300\"]"), ("qualifier", "between"), ("unit", "km"), ("source", "s")]),
            ("figures", "c", [("value", "1.2"), ("scale", "million"), ("currency", "US$"), ("source", "s")]));
        var newer = Snapshot(
            ("figures", "a", [("value", "600"), ("qualifier", "about"), ("unit", "people"), ("source", "s")]), // same bounds, new spelling
            ("figures", "b", [("range", "[\"250\",\"300\"]"), ("qualifier", "between"), ("unit", "km"), ("source", "s")]),
            ("figures", "c", [("value", "1.2"), ("scale", "million"), ("qualifier", "more_than"), ("currency", "US$"), ("source", "s")]));

        var changes = ChangeFinder.Compare(older, newer, Since);

        Assert.Equal(["b", "c"], changes.FiguresChanged.Select(f => f.Id));
        var range = changes.FiguresChanged[0];
        Assert.Equal(["bounds"], range.Changed);
        Assert.Equal((200d, 300d, "between 200 and 300 km"), (range.Old.Low!.Value, range.Old.High!.Value, range.Old.Text));
        Assert.Equal("between 250 and 300 km", range.New.Text);
        var qualified = changes.FiguresChanged[1];
        Assert.Equal(["bounds"], qualified.Changed);
        Assert.Equal(("exact", "more_than"), (qualified.Old.Qualifier, qualified.New.Qualifier));
        Assert.Equal("more than US$ 1.2 million", qualified.New.Text);
    }

    [Fact]
    public void Quotes_are_new_or_withdrawn_sources_and_events_are_added_and_judgments_change_likelihood_or_confidence()
    {
        var older = Snapshot(
            ("quotes", "q-old", [("speaker", "A"), ("role", "r"), ("text", "gone"), ("source", "s1")]),
            ("quotes", "q-kept", [("speaker", "B"), ("role", "r"), ("text", "kept"), ("source", "s1")]),
            ("sources", "s1", [("outlet", "O1"), ("title", "T1"), ("published", "2023-11-01")]),
            ("timeline", "ev-1", [("date", "2023-11-01"), ("text", "first"), ("source", "s1"), ("key", "k")]),
            ("judgments", "j-1", [("text", "J"), ("likelihood", "likely"), ("confidence", "low"), ("source", "s1")]),
            ("judgments", "j-2", [("text", "K"), ("likelihood", "unlikely"), ("confidence", "low"), ("source", "s1")]));
        var newer = Snapshot(
            ("quotes", "q-kept", [("speaker", "B"), ("role", "r"), ("text", "kept"), ("source", "s1")]),
            ("quotes", "q-new", [("speaker", "C"), ("role", "r"), ("text", "new"), ("source", "s2")]),
            ("sources", "s1", [("outlet", "O1"), ("title", "T1"), ("published", "2023-11-01")]),
            ("sources", "s2", [("outlet", "O2"), ("title", "T2"), ("published", "2023-11-02")]),
            ("timeline", "ev-1-restated", [("date", "2023-11-01"), ("text", "first, again"), ("source", "s2"), ("key", "k")]),
            ("timeline", "ev-2", [("date", "2023-11-02"), ("text", "second"), ("source", "s2")]),
            ("judgments", "j-1", [("text", "J"), ("likelihood", "likely"), ("confidence", "high"), ("source", "s1")]),
            ("judgments", "j-2", [("text", "K"), ("likelihood", "unlikely"), ("confidence", "low"), ("source", "s1")]));

        var changes = ChangeFinder.Compare(older, newer, Since);

        Assert.Equal(["q-new"], changes.QuotesAdded.Select(q => q.Id));
        Assert.Equal(["q-old"], changes.QuotesWithdrawn.Select(q => q.Id));
        Assert.Equal(["s2"], changes.SourcesAdded.Select(s => s.Id));
        Assert.Equal(["ev-2"], changes.EventsAdded.Select(e => e.Id)); // the restated event shares its key
        var judgment = Assert.Single(changes.JudgmentsChanged);
        Assert.Equal(("j-1", "low", "high"), (judgment.Id, judgment.OldConfidence, judgment.NewConfidence));
        Assert.Equal(["confidence"], judgment.Changed);
        Assert.Equal(5, changes.Count);
        Assert.Equal(Since, changes.Since);
    }

    [Fact]
    public void The_template_model_is_plain_dictionaries_lists_and_primitives_keyed_as_the_json()
    {
        var older = Snapshot(("figures", "a", [("label", "L"), ("value", "1"), ("source", "s")]), ("quotes", "q", [("speaker", "S"), ("role", "r"), ("text", "t"), ("source", "s")]));
        var newer = Snapshot(("figures", "a", [("label", "L"), ("value", "2"), ("source", "s")]));
        var changes = ChangeFinder.Compare(older, newer, Since);

        var model = changes.ToModel();
        AssertPlain(model);
        Assert.Equal(2, model["count"]);
        var since = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(model["since"]);
        Assert.Equal((1, "2023-11-20"), ((int)since["number"]!, (string)since["date"]!));
        var figure = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<object?>>(model["figures_changed"])));
        Assert.Equal(2, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(figure["new"])["value"]);
        Assert.Equal("q", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<object?>>(model["quotes_withdrawn"])))["id"]);

        var edition = new Edition(2, "2023-11-22", "2023-11-22", 1, "2023-11-20").ToModel();
        AssertPlain(edition);
        Assert.Equal([("number", 2), ("date", "2023-11-22"), ("as_of", "2023-11-22"), ("previous_number", 1), ("previous_date", "2023-11-20"), ("is_first", false)],
            edition.Select(p => (p.Key, p.Value)));
    }

    private static void AssertPlain(object? value)
    {
        switch (value)
        {
            case null or string or int or long or double or bool:
                return;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var item in map.Values)
                    AssertPlain(item);
                return;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                    AssertPlain(item);
                return;
            default:
                Assert.Fail($"not a plain value: {value.GetType()}");
                return;
        }
    }
}
