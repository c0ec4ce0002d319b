using SitRep.Diagnostics;

namespace SitRep.Extracts;

/// <summary>Anything read from YAML: knows where it stands, and where each of its fields does.</summary>
public abstract class YamlRecord
{
    public SourceLocation Location { get; set; }

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
    [Required]
    public string Id { get; set; } = "";

    [Required]
    public string Source { get; set; } = "";

    [Required]
    public string Evidence { get; set; } = "";

    /// <summary>Items that describe the same thing share a key; their values are compared across sources.</summary>
    public string? Key { get; set; }
}

/// <summary>Marks a field that must be present and non-empty.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute
{
    /// <summary>What to write there, said when the field is left empty ("the date the brief is current to, YYYY-MM-DD").</summary>
    public string? Hint { get; init; }
}

/// <summary>The YAML key of a field whose property name says something else.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class YamlNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
