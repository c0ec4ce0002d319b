using SitRep.Files;
using SitRep.Sources;

namespace SitRep.Extracts;

/// <summary>A situation folder, loaded: its manifest, source texts and every extract.</summary>
public sealed class Situation
{
    public required string Directory { get; init; }

    /// <summary>The folder the situation was read through; records every file read and its hash.</summary>
    public InputFolder? Folder { get; init; }

    public required SituationInfo Info { get; init; }
    public required IReadOnlyList<SourceEntry> Sources { get; init; }
    public required IReadOnlyDictionary<string, SourceText> Texts { get; init; }
    public IReadOnlyList<BackgroundItem> Background { get; init; } = [];
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];
    public IReadOnlyList<Actor> Actors { get; init; } = [];
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<Judgment> Judgments { get; init; } = [];
    public IReadOnlyList<Place> Places { get; init; } = [];
    public IReadOnlyList<ChartSpec> Charts { get; init; } = [];

    /// <summary>response.yaml: appeal funding as each source reports it.</summary>
    public IReadOnlyList<Funding> Funding { get; init; } = [];

    /// <summary>response.yaml: what responders do, by sector.</summary>
    public IReadOnlyList<SectorItem> Response { get; init; } = [];

    /// <summary>response.yaml: what is missing, by sector.</summary>
    public IReadOnlyList<SectorItem> Gaps { get; init; } = [];

    /// <summary>The <c>*.draft.yaml</c> files: checked, never built into a brief.</summary>
    public DraftExtracts Drafts { get; init; } = new();

    /// <summary>The text of each YAML file read, by the path messages show, to point inside a value.</summary>
    public IReadOnlyDictionary<string, string> YamlTexts { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The tree of each YAML file read, by its name in the folder ("timeline.yaml"), kept for the editions snapshot
    /// and let go once it is taken (the trees of a long brief weigh more than its model).
    /// </summary>
    internal Dictionary<string, YamlDotNet.RepresentationModel.YamlMappingNode> YamlRoots { get; init; } = new();

    /// <summary>The citation number of a source: its position in the manifest, from 1.</summary>
    public int SourceNumber(string id)
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            if (Sources[i].Id == id)
                return i + 1;
        }

        return 0;
    }

    public SourceEntry? FindSource(string id)
    {
        // Asked for every extract of a long situation, often several times: a loop, with no closure to allocate.
        for (var i = 0; i < Sources.Count; i++)
        {
            if (Sources[i].Id == id)
                return Sources[i];
        }

        return null;
    }

    public IEnumerable<SourcedItem> AllSourcedItems() =>
        Info.Summary.Cast<SourcedItem>().Concat(Background).Concat(Timeline).Concat(Actors).Concat(Figures).Concat(Judgments)
            .Concat(Funding).Concat(Response).Concat(Gaps);

    /// <summary>The actor categories in use: the situation's own when it declares them, else the default set.</summary>
    public IReadOnlyList<(string Id, string Heading)> ActorCategories => Info.ActorCategories.Count > 0
        ? Info.ActorCategories.Select(c => (c.Id, c.Heading)).ToList()
        : Vocabulary.DefaultActorCategories;

    /// <summary>The heading of an actor category ("UN agencies and missions").</summary>
    public string CategoryHeading(string category) =>
        ActorCategories.FirstOrDefault(c => c.Id == category).Heading ?? category;

    /// <summary>The key figures in the order situation.yaml lists them (unknown ids left out; the checker reports them).</summary>
    public IReadOnlyList<Figure> KeyFigures => Info.KeyFigures
        .Select(id => Figures.FirstOrDefault(f => f.Id == id))
        .OfType<Figure>()
        .ToList();

    /// <summary>The judgments marked <c>lead: true</c>, in file order.</summary>
    public IReadOnlyList<Judgment> LeadJudgments => Judgments.Where(j => j.Lead).ToList();

    public IReadOnlyList<Quote> QuotesIn(string section) => Quotes.Where(q => q.Section == section).ToList();

    /// <summary>Where the sources differ on a figure's key, the dispute; null when they agree or it has no key.</summary>
    public Discrepancy? DisputeOf(SourcedItem item) =>
        item.Key is { Length: > 0 } key ? Discrepancies.FirstOrDefault(d => d.Key == key) : null;

    /// <summary>Every point on which sources differ.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies => discrepancies ??= Discrepancy.FindAll(this);

    private IReadOnlyList<Discrepancy>? discrepancies;
}

/// <summary>Extracts proposed by a tool and not yet reviewed (<c>&lt;kind&gt;.draft.yaml</c>).</summary>
public sealed class DraftExtracts
{
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];
    public IReadOnlyList<Place> Places { get; init; } = [];
    public IReadOnlyList<Actor> Actors { get; init; } = [];

    public bool IsEmpty => Figures.Count + Quotes.Count + Timeline.Count + Places.Count + Actors.Count == 0;
}
