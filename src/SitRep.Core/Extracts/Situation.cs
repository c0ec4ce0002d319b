using SitRep.Sources;

namespace SitRep.Extracts;

/// <summary>A situation folder, loaded: its manifest, source texts and every extract.</summary>
public sealed class Situation
{
    public required string Directory { get; init; }
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

    public SourceEntry? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);

    public IEnumerable<SourcedItem> AllSourcedItems() =>
        Info.Summary.Cast<SourcedItem>().Concat(Background).Concat(Timeline).Concat(Actors).Concat(Figures).Concat(Judgments);
}
