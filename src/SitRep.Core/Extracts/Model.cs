namespace SitRep.Extracts;

public sealed class SourceEntry : YamlRecord
{
    [Required] public string Id { get; set; } = "";
    [Required] public string File { get; set; } = "";
    [Required] public string Outlet { get; set; } = "";
    [Required] public string Title { get; set; } = "";
    public string? Author { get; set; }
    [Required] public string Published { get; set; } = "";
    public string PublishedPrecision { get; set; } = "day";
    public string? Url { get; set; }
    public string Language { get; set; } = "en";
    public string? Note { get; set; }
}

public sealed class Country : YamlRecord
{
    [Required] public string Name { get; set; } = "";
    [Required] public string IsoN3 { get; set; } = "";
}

public sealed class Statement : SourcedItem
{
    [Required] public string Text { get; set; } = "";
}

public sealed class SituationInfo : YamlRecord
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    [Required] public Country Country { get; set; } = new();
    public string? Focus { get; set; }
    [Required] public string AsOf { get; set; } = "";
    public string Language { get; set; } = "en";
    public string Author { get; set; } = "SitRep";
    public List<string> Keywords { get; set; } = [];
    public List<Statement> Summary { get; set; } = [];
}

public sealed class BackgroundItem : SourcedItem
{
    public string? Period { get; set; }
    public string Topic { get; set; } = "history";
    [Required] public string Text { get; set; } = "";
}

public sealed class TimelineEvent : SourcedItem
{
    [Required] public string Date { get; set; } = "";
    [Required] public string Precision { get; set; } = "";
    [Required] public string Text { get; set; } = "";

    /// <summary>A short label for the timeline chart; the text, shortened, when absent.</summary>
    public string? Label { get; set; }
}

public sealed class Actor : SourcedItem
{
    [Required] public string Name { get; set; } = "";
    public string? Short { get; set; }
    [Required] public string Category { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Role { get; set; }
}

public sealed class Figure : SourcedItem
{
    [Required] public string Label { get; set; } = "";
    public double? Value { get; set; }
    [Required] public string Unit { get; set; } = "";
    public bool Approximate { get; set; }
    [Required] public string Category { get; set; } = "";
    public string? AsOf { get; set; }
    public string? Of { get; set; }

    /// <summary>For a distance: the place (a places.yaml id) it measures to from the focus.</summary>
    public string? Place { get; set; }
}

public sealed class Quote : YamlRecord
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Speaker { get; set; } = "";
    [Required] public string Role { get; set; } = "";
    public string Section { get; set; } = "context";
    [Required] public string Text { get; set; } = "";
    [Required] public string Source { get; set; } = "";
    public string? Context { get; set; }
}

public sealed class Judgment : SourcedItem
{
    [Required] public string Text { get; set; } = "";
    [Required] public string Likelihood { get; set; } = "";
    [Required] public string Confidence { get; set; } = "";
}

public sealed class Place : YamlRecord
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Name { get; set; } = "";
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string Kind { get; set; } = "town";
}

public sealed class ChartSpec : YamlRecord
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Type { get; set; } = "";
    [Required] public string Title { get; set; } = "";
    public string Caption { get; set; } = "";
    [Required] public string Alt { get; set; } = "";
    public List<string> Items { get; set; } = [];
}
