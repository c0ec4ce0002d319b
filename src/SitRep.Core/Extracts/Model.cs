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
    [Required(Hint = "the country's name")] public string Name { get; set; } = "";
    [Required(Hint = "the country's ISO 3166 numeric code, in quotes, e.g. \"404\" (it picks the map outline)")] public string IsoN3 { get; set; } = "";
}

public sealed class Statement : SourcedItem
{
    [Required] public string Text { get; set; } = "";
}

public sealed class SituationInfo : YamlRecord
{
    [Required(Hint = "a short id for the situation, e.g. cyclone-2026")] public string Id { get; set; } = "";
    [Required(Hint = "the brief's title, e.g. \"Country: what happened\"")] public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    [Required(Hint = "the country, e.g. { name: Kenya, iso_n3: \"404\" }")] public Country Country { get; set; } = new();
    public string? Focus { get; set; }
    [Required(Hint = "the date the brief is current to, YYYY-MM-DD")] public string AsOf { get; set; } = "";
    public string Language { get; set; } = "en";
    public string Author { get; set; } = "SitRep";
    public List<string> Keywords { get; set; } = [];
    public List<Statement> Summary { get; set; } = [];

    /// <summary>The figure ids to show first, in this order ("key figures").</summary>
    public List<string> KeyFigures { get; set; } = [];

    /// <summary>The situation's own actor categories, in order; the default set when empty.</summary>
    public List<ActorCategory> ActorCategories { get; set; } = [];

    /// <summary>The period the report covers (OCHA "reporting period").</summary>
    public Period? Period { get; set; }

    /// <summary>When the next report is due, "on or around" (a date).</summary>
    public string? NextUpdate { get; set; }

    public List<Contact> Contacts { get; set; } = [];

    /// <summary>The text printed under maps; the UN standard disclaimer unless the situation gives its own.</summary>
    public string MapDisclaimer { get; set; } = Vocabulary.StandardMapDisclaimer;
}

public sealed class ActorCategory : YamlRecord
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Heading { get; set; } = "";
}

public sealed class Period : YamlRecord
{
    [Required] public string From { get; set; } = "";
    [Required] public string To { get; set; } = "";
}

public sealed class Contact : YamlRecord
{
    [Required] public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Email { get; set; }
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

    public string? Topic { get; set; }
    public string? Status { get; set; }
    public string? Confidence { get; set; }
}

public sealed class Actor : SourcedItem
{
    [Required] public string Name { get; set; } = "";
    public string? Short { get; set; }
    [Required] public string Category { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Role { get; set; }
    public string? Status { get; set; }
    public string? Confidence { get; set; }
}

public sealed class Figure : SourcedItem
{
    [Required] public string Label { get; set; } = "";

    /// <summary>The number as the source writes it (1.2 for "1.2 million"); required unless <see cref="Range"/> is given.</summary>
    public double? Value { get; set; }

    /// <summary>[low, high] for "between 200 and 300".</summary>
    public List<double> Range { get; set; } = [];

    /// <summary>How the source bounds the number: exact, about, at_least, more_than, up_to, fewer_than, between.</summary>
    public string Qualifier { get; set; } = "exact";

    /// <summary>thousand, million or billion: the word written after the number.</summary>
    public string? Scale { get; set; }

    /// <summary>Free words printed after the number ("people", "%", "km").</summary>
    public string Unit { get; set; } = "";

    /// <summary>Printed before the number ("US$").</summary>
    public string? Currency { get; set; }

    /// <summary>verified, reported or estimated.</summary>
    public string? Basis { get; set; }

    public string? Sector { get; set; }
    public string? Topic { get; set; }
    [Required] public string Category { get; set; } = "";
    public string? AsOf { get; set; }
    public string? Of { get; set; }

    /// <summary>For a distance: the place (a places.yaml id) it measures to from the focus.</summary>
    public string? Place { get; set; }

    public string? Status { get; set; }
    public string? Confidence { get; set; }

    /// <summary>The schema before qualifiers: read as <c>qualifier: about</c>.</summary>
    [YamlName("approximate")]
    public bool? LegacyApproximate { get; set; }

    /// <summary>True for an estimate ("about"); bounds and ranges are not estimates.</summary>
    public bool Approximate => Qualifier == "about";

    /// <summary>The number with its scale applied (1.2 million is 1,200,000); the low end of a range.</summary>
    public double? Amount => (Value ?? (Range.Count > 0 ? Range[0] : null)) is { } v ? Quantities.Scaled(v, Scale) : null;

    /// <summary>The high end of a range, scaled; the amount otherwise.</summary>
    public double? HighAmount => Range.Count == 2 ? Quantities.Scaled(Range[1], Scale) : Amount;
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
    public string? Topic { get; set; }
    public string? Sector { get; set; }
    public string? Status { get; set; }
    public string? Confidence { get; set; }
}

public sealed class Judgment : SourcedItem
{
    [Required] public string Text { get; set; } = "";
    [Required] public string Likelihood { get; set; } = "";
    [Required] public string Confidence { get; set; } = "";

    /// <summary>A judgment that leads the brief ("key judgments"), in file order.</summary>
    public bool Lead { get; set; }

    public string? Topic { get; set; }
    public string? Sector { get; set; }
}

public sealed class Place : YamlRecord
{
    [Required] public string Id { get; set; } = "";
    [Required] public string Name { get; set; } = "";
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string Kind { get; set; } = "town";
    public string? Status { get; set; }
    public string? Confidence { get; set; }
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

/// <summary>Funding of an appeal as one source reports it (OCHA: requirement, received, per cent funded).</summary>
public sealed class Funding : SourcedItem
{
    [Required] public string Label { get; set; } = "";
    public double? Requirement { get; set; }
    public double? Received { get; set; }
    public double? PercentFunded { get; set; }
    [Required] public string Currency { get; set; } = "";

    /// <summary>thousand, million or billion, applying to requirement and received.</summary>
    public string? Scale { get; set; }

    public string? AsOf { get; set; }
}

/// <summary>What responders do in a sector, or what is missing there (response and gaps).</summary>
public sealed class SectorItem : SourcedItem
{
    [Required] public string Sector { get; set; } = "";
    [Required] public string Text { get; set; } = "";
}
