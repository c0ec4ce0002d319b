using SitRep.Diagnostics;

namespace SitRep.Extracts;

/// <summary>Anything read from YAML: knows where it stands, and where each of its fields does.</summary>
public abstract class YamlRecord
{
    public SourceLocation Location { get; set; }

    /// <summary>The record's YAML keys, in declaration order: how each is read, and whether it is required.</summary>
    internal abstract IReadOnlyList<YamlField> YamlFields { get; }

    public Dictionary<string, SourceLocation> FieldLocations { get; } = new(StringComparer.Ordinal);

    /// <summary>The location of a field, or of the record when the field is absent.</summary>
    public SourceLocation Where(string field) => FieldLocations.TryGetValue(field, out var location) ? location : Location;

    /// <summary>The location of one entry of a list field, or of the field.</summary>
    public SourceLocation Where(string field, int index) =>
        FieldLocations.TryGetValue($"{field}[{index}]", out var location) ? location : Where(field);
}

/// <summary>An extract: an id, the source it cites and the verbatim evidence it rests on.</summary>
public abstract class SourcedItem : YamlRecord
{
    public string Id { get; set; } = "";

    public string Source { get; set; } = "";

    public string Evidence { get; set; } = "";

    /// <summary>Items that describe the same thing share a key; their values are compared across sources.</summary>
    public string? Key { get; set; }

    /// <summary>The fields every extract has, for the tables of the kinds that derive from it.</summary>
    private protected static readonly YamlField[] SourcedFields =
    [
        YamlField.Text<SourcedItem>("id", (r, v) => r.Id = v, r => r.Id, required: true),
        YamlField.Text<SourcedItem>("source", (r, v) => r.Source = v, r => r.Source, required: true),
        YamlField.Text<SourcedItem>("evidence", (r, v) => r.Evidence = v, r => r.Evidence, required: true),
        YamlField.Text<SourcedItem>("key", (r, v) => r.Key = v, r => r.Key),
    ];
}
