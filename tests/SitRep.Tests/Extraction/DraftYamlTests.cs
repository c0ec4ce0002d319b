using System.Text.RegularExpressions;
using SitRep.Diagnostics;
using SitRep.Extraction;
using SitRep.Extracts;
using SitRep.Sources;
using SitRep.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SitRep.Tests.Extraction;

/// <summary>
/// The drafts `sitrep check` is to accept: they read back with the model's own YAML binder, and every
/// evidence and every part of every quote is cut verbatim from its source.
/// </summary>
public sealed class DraftYamlTests
{
    /// <summary>The draft fields SCHEMA.md adds to the model; until the model branch binds them they are the only keys it may not know.</summary>
    private static readonly HashSet<string> SchemaAdditions = ["status", "confidence", "qualifier", "range", "scale", "currency"];

    /// <summary>SCHEMA.md gives every draft item its source and evidence; a curated place has neither.</summary>
    private static readonly HashSet<string> DraftPlaceKeys = ["source", "evidence"];

    public static TheoryData<string> Sets => new() { "kidal", "french" };

    private static (ExtractionResult Result, IReadOnlyDictionary<string, SourceText> Texts) Extract(string set)
    {
        var result = set == "kidal"
            ? Extractor.Extract(SourceSet.FromSituation(RepoPaths.KidalSituation, []).Documents, [], [])
            : FrenchGoldTests.ExtractFrench();
        return (result, result.Sources.ToDictionary(s => s.Document.Id, s => new SourceText(s.Document.DisplayPath, s.Document.Text)));
    }

    private static List<T> Bind<T>(string yaml, string key, DiagnosticBag diagnostics)
        where T : YamlRecord, new()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = Assert.IsType<YamlMappingNode>(stream.Documents.Single().RootNode);
        Assert.Equal([key], root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        return new YamlBinder(key + ".draft.yaml", diagnostics).BindList<T>(root.Children[new YamlScalarNode(key)], key);
    }

    private static void AssertOnlySchemaAdditions(DiagnosticBag diagnostics, HashSet<string>? alsoAllowed = null)
    {
        foreach (var d in diagnostics.Items)
        {
            var key = Regex.Match(d.Message, "^unknown key '([a-z_]+)'").Groups[1].Value;
            Assert.True(d.Code == "unknown-key" && (SchemaAdditions.Contains(key) || alsoAllowed?.Contains(key) == true), d.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_draft_file_binds_into_the_model_and_every_evidence_is_verbatim_in_its_source(string set)
    {
        var (result, texts) = Extract(set);
        var files = DraftWriter.Render(result);
        Assert.Contains("figures", files.Keys);
        Assert.Contains("timeline", files.Keys);
        Assert.Contains("quotes", files.Keys);

        var diagnostics = new DiagnosticBag();
        var figures = Bind<Figure>(files["figures"], "figures", diagnostics);
        var events = Bind<TimelineEvent>(files["timeline"], "timeline", diagnostics);
        var quotes = Bind<Quote>(files["quotes"], "quotes", diagnostics);
        var actors = files.TryGetValue("actors", out var a) ? Bind<Actor>(a, "actors", diagnostics) : [];
        AssertOnlySchemaAdditions(diagnostics);
        var placeDiagnostics = new DiagnosticBag();
        var places = files.TryGetValue("places", out var p) ? Bind<Place>(p, "places", placeDiagnostics) : [];
        AssertOnlySchemaAdditions(placeDiagnostics, DraftPlaceKeys);

        Assert.Equal(result.Sources.Sum(s => s.Figures.Count), figures.Count);
        Assert.Equal(result.Sources.Sum(s => s.Events.Count), events.Count);
        Assert.Equal(result.Sources.Sum(s => s.Quotes.Count), quotes.Count);
        foreach (var item in figures.Cast<SourcedItem>().Concat(events).Concat(actors))
        {
            var source = texts[item.Source];
            // Cut from the source itself, so it matches even before the check's normalisation.
            Assert.True(source.Text.Contains(item.Evidence, StringComparison.Ordinal), $"{item.Id}: {item.Evidence}");
            Assert.True(source.Contains(item.Evidence), item.Id);
        }

        foreach (var figure in figures.Where(f => f.Value is not null && Regex.IsMatch(f.Evidence, @"\d")))
        {
            var digits = result.Sources.SelectMany(s => s.Figures).Where(f => f.Evidence == figure.Evidence && f.Value == figure.Value);
            Assert.NotEmpty(digits);
        }

        foreach (var e in events)
        {
            Assert.True(PartialDate.TryParse(e.Date, out var date), e.Id);
            Assert.Equal(date.Precision, e.Precision);
        }

        Assert.All(places.Concat<YamlRecord>(actors), r => Assert.NotEqual(default, r.Location));
        // Places carry no evidence field in the model; their drafted evidence is checked from the candidates.
        Assert.All(result.Names, n => Assert.Contains(n.Evidence, texts[n.Source].Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_part_of_every_quote_is_the_sources_own_characters_marks_and_apostrophes_included(string set)
    {
        var (result, texts) = Extract(set);
        var diagnostics = new DiagnosticBag();
        var quotes = Bind<Quote>(DraftWriter.Render(result)["quotes"], "quotes", diagnostics);
        foreach (var quote in quotes)
        {
            var source = OneSpaced(texts[quote.Source].Text);
            var at = 0;
            foreach (var part in quote.Text.Split("(...)", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var found = source.IndexOf(OneSpaced(part), at, StringComparison.Ordinal);
                Assert.True(found >= 0, $"{quote.Id}: \"{part}\" is not, in order, in {quote.Source}");
                at = found + part.Length;
            }
        }
    }

    [Fact]
    public void Draft_items_carry_status_and_confidence_and_differing_sources_share_a_key_with_a_note()
    {
        var (result, _) = Extract("kidal");
        var files = DraftWriter.Render(result);
        foreach (var (kind, yaml) in files)
        {
            var items = Regex.Matches(yaml, @"^  - id: ", RegexOptions.Multiline).Count;
            Assert.Equal(items, Regex.Matches(yaml, @"^    status: draft$", RegexOptions.Multiline).Count);
            Assert.Equal(items, Regex.Matches(yaml, @"^    confidence: (high|medium|low)$", RegexOptions.Multiline).Count);
            Assert.StartsWith("# Drafted by `sitrep extract`", yaml, StringComparison.Ordinal);
        }

        // AFP has MINUSMA leaving its Kidal camp on 31 October, ICT on 8 November: one key, and the draft says they differ.
        var events = result.Sources.SelectMany(s => s.Events).ToList();
        var afp = Assert.Single(events, e => e.Source == "afp" && e.Date == "2023-10-31");
        var ict = Assert.Single(events, e => e.Source == "ict" && e.Date == "2023-11-08");
        Assert.NotNull(afp.Key);
        Assert.Equal(afp.Key, ict.Key);
        Assert.Contains("sources differ on the date", afp.Note);
        Assert.Contains($"# {afp.Note}", files["timeline"]);

        // Both give Anéfis at 110 km: one key, no discrepancy.
        var distances = result.Sources.SelectMany(s => s.Figures).Where(f => f.Resolved == 110).ToList();
        Assert.Equal(2, distances.Select(f => f.Source).Distinct().Count());
        Assert.Single(distances.Select(f => f.Key).Distinct());
        Assert.All(distances, f => Assert.Null(f.Note));
    }

    [Fact]
    public void Known_places_and_actors_are_matched_and_only_new_names_become_candidates()
    {
        var set = SourceSet.FromSituation(RepoPaths.KidalSituation, []);
        var result = Extractor.Extract(set.Documents, set.Places, set.Actors);
        var anefis = Assert.Single(result.Names, n => n.Name == "Anéfis");
        Assert.Equal("anefis", anefis.KnownId);
        Assert.Contains(result.Names, n => TextKeys.Fold(n.Name) == "assimi goita" && n.KnownId == "goita");
        var files = DraftWriter.Render(result);
        Assert.DoesNotContain("name: \"Anéfis\"", files.GetValueOrDefault("places") ?? "");
        Assert.DoesNotContain("name: \"Kidal\"", files.GetValueOrDefault("places") ?? "");
        Assert.All(result.Names.Where(n => n.KnownId is null), n => Assert.True(n.Count >= NameCandidates.MinOccurrences));
    }

    private static string OneSpaced(string text) => Regex.Replace(text, @"[ \t\r\n]+", " ");
}
