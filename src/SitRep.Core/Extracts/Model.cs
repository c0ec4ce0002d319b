namespace SitRep.Extracts;

public sealed class SourceEntry : YamlRecord
{
    public string Id { get; set; } = "";
    public string File { get; set; } = "";
    public string Outlet { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Author { get; set; }
    public string Published { get; set; } = "";
    public string PublishedPrecision { get; set; } = "day";
    public string? Url { get; set; }
    public string Language { get; set; } = "en";
    public string? Note { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<SourceEntry>("id", (r, v) => r.Id = v, r => r.Id, required: true),
        YamlField.Text<SourceEntry>("file", (r, v) => r.File = v, r => r.File, required: true),
        YamlField.Text<SourceEntry>("outlet", (r, v) => r.Outlet = v, r => r.Outlet, required: true),
        YamlField.Text<SourceEntry>("title", (r, v) => r.Title = v, r => r.Title, required: true),
        YamlField.Text<SourceEntry>("author", (r, v) => r.Author = v, r => r.Author),
        YamlField.Text<SourceEntry>("published", (r, v) => r.Published = v, r => r.Published, required: true),
        YamlField.Text<SourceEntry>("published_precision", (r, v) => r.PublishedPrecision = v, r => r.PublishedPrecision),
        YamlField.Text<SourceEntry>("url", (r, v) => r.Url = v, r => r.Url),
        YamlField.Text<SourceEntry>("language", (r, v) => r.Language = v, r => r.Language),
        YamlField.Text<SourceEntry>("note", (r, v) => r.Note = v, r => r.Note),
    ];
}

public sealed class Country : YamlRecord
{
    public string Name { get; set; } = "";
    public string IsoN3 { get; set; } = "";

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Country>("name", (r, v) => r.Name = v, r => r.Name, hint: "the country's name in the situation's language; left out, the locale's name for iso_n3"),
        YamlField.Text<Country>("iso_n3", (r, v) => r.IsoN3 = v, r => r.IsoN3, required: true, hint: "the country's ISO 3166 numeric code, in quotes, e.g. \"404\" (it picks the map outline)"),
    ];
}

public sealed class Statement : SourcedItem
{
    public string Text { get; set; } = "";

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Statement>("text", (r, v) => r.Text = v, r => r.Text, required: true),
        .. SourcedFields,
    ];
}

public sealed class SituationInfo : YamlRecord
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public Country Country { get; set; } = new();
    public string? Focus { get; set; }
    public string AsOf { get; set; } = "";
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

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<SituationInfo>("id", (r, v) => r.Id = v, r => r.Id, required: true, hint: "a short id for the situation, e.g. cyclone-2026"),
        YamlField.Text<SituationInfo>("title", (r, v) => r.Title = v, r => r.Title, required: true, hint: "the brief's title, e.g. \"Country: what happened\""),
        YamlField.Text<SituationInfo>("subtitle", (r, v) => r.Subtitle = v, r => r.Subtitle),
        YamlField.Record<SituationInfo, Country>("country", (r, v) => r.Country = v, r => r.Country, required: true, hint: "the country, e.g. { name: Kenya, iso_n3: \"404\" }"),
        YamlField.Text<SituationInfo>("focus", (r, v) => r.Focus = v, r => r.Focus),
        YamlField.Text<SituationInfo>("as_of", (r, v) => r.AsOf = v, r => r.AsOf, required: true, hint: "the date the brief is current to, YYYY-MM-DD"),
        YamlField.Text<SituationInfo>("language", (r, v) => r.Language = v, r => r.Language),
        YamlField.Text<SituationInfo>("author", (r, v) => r.Author = v, r => r.Author),
        YamlField.Texts<SituationInfo>("keywords", (r, v) => r.Keywords = v, r => r.Keywords),
        YamlField.Records<SituationInfo, Statement>("summary", (r, v) => r.Summary = v, r => r.Summary),
        YamlField.Texts<SituationInfo>("key_figures", (r, v) => r.KeyFigures = v, r => r.KeyFigures),
        YamlField.Records<SituationInfo, ActorCategory>("actor_categories", (r, v) => r.ActorCategories = v, r => r.ActorCategories),
        YamlField.OptionalRecord<SituationInfo, Period>("period", (r, v) => r.Period = v, r => r.Period),
        YamlField.Text<SituationInfo>("next_update", (r, v) => r.NextUpdate = v, r => r.NextUpdate),
        YamlField.Records<SituationInfo, Contact>("contacts", (r, v) => r.Contacts = v, r => r.Contacts),
        YamlField.Text<SituationInfo>("map_disclaimer", (r, v) => r.MapDisclaimer = v, r => r.MapDisclaimer),
    ];
}

public sealed class ActorCategory : YamlRecord
{
    public string Id { get; set; } = "";
    public string Heading { get; set; } = "";

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<ActorCategory>("id", (r, v) => r.Id = v, r => r.Id, required: true),
        YamlField.Text<ActorCategory>("heading", (r, v) => r.Heading = v, r => r.Heading, required: true),
    ];
}

public sealed class Period : YamlRecord
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Period>("from", (r, v) => r.From = v, r => r.From, required: true),
        YamlField.Text<Period>("to", (r, v) => r.To = v, r => r.To, required: true),
    ];
}

public sealed class Contact : YamlRecord
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string? Email { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Contact>("name", (r, v) => r.Name = v, r => r.Name, required: true),
        YamlField.Text<Contact>("role", (r, v) => r.Role = v, r => r.Role),
        YamlField.Text<Contact>("email", (r, v) => r.Email = v, r => r.Email),
    ];
}

public sealed class BackgroundItem : SourcedItem
{
    public string? Period { get; set; }
    public string Topic { get; set; } = "history";
    public string Text { get; set; } = "";

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<BackgroundItem>("period", (r, v) => r.Period = v, r => r.Period),
        YamlField.Text<BackgroundItem>("topic", (r, v) => r.Topic = v, r => r.Topic),
        YamlField.Text<BackgroundItem>("text", (r, v) => r.Text = v, r => r.Text, required: true),
        .. SourcedFields,
    ];
}

public sealed class TimelineEvent : SourcedItem
{
    public string Date { get; set; } = "";
    public string Precision { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>A short label for the timeline chart; the text, shortened, when absent.</summary>
    public string? Label { get; set; }

    public string? Topic { get; set; }
    public string? Status { get; set; }
    public string? Confidence { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<TimelineEvent>("date", (r, v) => r.Date = v, r => r.Date, required: true),
        YamlField.Text<TimelineEvent>("precision", (r, v) => r.Precision = v, r => r.Precision, required: true),
        YamlField.Text<TimelineEvent>("text", (r, v) => r.Text = v, r => r.Text, required: true),
        YamlField.Text<TimelineEvent>("label", (r, v) => r.Label = v, r => r.Label),
        YamlField.Text<TimelineEvent>("topic", (r, v) => r.Topic = v, r => r.Topic),
        YamlField.Text<TimelineEvent>("status", (r, v) => r.Status = v, r => r.Status),
        YamlField.Text<TimelineEvent>("confidence", (r, v) => r.Confidence = v, r => r.Confidence),
        .. SourcedFields,
    ];
}

public sealed class Actor : SourcedItem
{
    public string Name { get; set; } = "";
    public string? Short { get; set; }
    public string Category { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Role { get; set; }
    public string? Status { get; set; }
    public string? Confidence { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Actor>("name", (r, v) => r.Name = v, r => r.Name, required: true),
        YamlField.Text<Actor>("short", (r, v) => r.Short = v, r => r.Short),
        YamlField.Text<Actor>("category", (r, v) => r.Category = v, r => r.Category, required: true),
        YamlField.Text<Actor>("description", (r, v) => r.Description = v, r => r.Description),
        YamlField.Text<Actor>("role", (r, v) => r.Role = v, r => r.Role),
        YamlField.Text<Actor>("status", (r, v) => r.Status = v, r => r.Status),
        YamlField.Text<Actor>("confidence", (r, v) => r.Confidence = v, r => r.Confidence),
        .. SourcedFields,
    ];
}

public sealed class Figure : SourcedItem
{
    public string Label { get; set; } = "";

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
    public string Category { get; set; } = "";
    public string? AsOf { get; set; }
    public string? Of { get; set; }

    /// <summary>For a distance: the place (a places.yaml id) it measures to from the focus.</summary>
    public string? Place { get; set; }

    public string? Status { get; set; }
    public string? Confidence { get; set; }

    /// <summary>The schema before qualifiers: read as <c>qualifier: about</c>.</summary>
    public bool? LegacyApproximate { get; set; }

    /// <summary>True for an estimate ("about"); bounds and ranges are not estimates.</summary>
    public bool Approximate => Qualifier == "about";

    /// <summary>The number with its scale applied (1.2 million is 1,200,000); the low end of a range.</summary>
    public double? Amount => (Value ?? (Range.Count > 0 ? Range[0] : null)) is { } v ? Quantities.Scaled(v, Scale) : null;

    /// <summary>The high end of a range, scaled; the amount otherwise.</summary>
    public double? HighAmount => Range.Count == 2 ? Quantities.Scaled(Range[1], Scale) : Amount;

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Figure>("label", (r, v) => r.Label = v, r => r.Label, required: true),
        YamlField.OptionalNumber<Figure>("value", (r, v) => r.Value = v, r => r.Value),
        YamlField.Numbers<Figure>("range", (r, v) => r.Range = v, r => r.Range),
        YamlField.Text<Figure>("qualifier", (r, v) => r.Qualifier = v, r => r.Qualifier),
        YamlField.Text<Figure>("scale", (r, v) => r.Scale = v, r => r.Scale),
        YamlField.Text<Figure>("unit", (r, v) => r.Unit = v, r => r.Unit),
        YamlField.Text<Figure>("currency", (r, v) => r.Currency = v, r => r.Currency),
        YamlField.Text<Figure>("basis", (r, v) => r.Basis = v, r => r.Basis),
        YamlField.Text<Figure>("sector", (r, v) => r.Sector = v, r => r.Sector),
        YamlField.Text<Figure>("topic", (r, v) => r.Topic = v, r => r.Topic),
        YamlField.Text<Figure>("category", (r, v) => r.Category = v, r => r.Category, required: true),
        YamlField.Text<Figure>("as_of", (r, v) => r.AsOf = v, r => r.AsOf),
        YamlField.Text<Figure>("of", (r, v) => r.Of = v, r => r.Of),
        YamlField.Text<Figure>("place", (r, v) => r.Place = v, r => r.Place),
        YamlField.Text<Figure>("status", (r, v) => r.Status = v, r => r.Status),
        YamlField.Text<Figure>("confidence", (r, v) => r.Confidence = v, r => r.Confidence),
        YamlField.OptionalFlag<Figure>("approximate", (r, v) => r.LegacyApproximate = v, r => r.LegacyApproximate),
        .. SourcedFields,
    ];
}

public sealed class Quote : YamlRecord
{
    public string Id { get; set; } = "";
    public string Speaker { get; set; } = "";
    public string Role { get; set; } = "";
    public string Section { get; set; } = "context";
    public string Text { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Context { get; set; }
    public string? Topic { get; set; }
    public string? Sector { get; set; }
    public string? Status { get; set; }
    public string? Confidence { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Quote>("id", (r, v) => r.Id = v, r => r.Id, required: true),
        YamlField.Text<Quote>("speaker", (r, v) => r.Speaker = v, r => r.Speaker, required: true),
        YamlField.Text<Quote>("role", (r, v) => r.Role = v, r => r.Role, required: true),
        YamlField.Text<Quote>("section", (r, v) => r.Section = v, r => r.Section),
        YamlField.Text<Quote>("text", (r, v) => r.Text = v, r => r.Text, required: true),
        YamlField.Text<Quote>("source", (r, v) => r.Source = v, r => r.Source, required: true),
        YamlField.Text<Quote>("context", (r, v) => r.Context = v, r => r.Context),
        YamlField.Text<Quote>("topic", (r, v) => r.Topic = v, r => r.Topic),
        YamlField.Text<Quote>("sector", (r, v) => r.Sector = v, r => r.Sector),
        YamlField.Text<Quote>("status", (r, v) => r.Status = v, r => r.Status),
        YamlField.Text<Quote>("confidence", (r, v) => r.Confidence = v, r => r.Confidence),
    ];
}

public sealed class Judgment : SourcedItem
{
    public string Text { get; set; } = "";
    public string Likelihood { get; set; } = "";
    public string Confidence { get; set; } = "";

    /// <summary>A judgment that leads the brief ("key judgments"), in file order.</summary>
    public bool Lead { get; set; }

    public string? Topic { get; set; }
    public string? Sector { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Judgment>("text", (r, v) => r.Text = v, r => r.Text, required: true),
        YamlField.Text<Judgment>("likelihood", (r, v) => r.Likelihood = v, r => r.Likelihood, required: true),
        YamlField.Text<Judgment>("confidence", (r, v) => r.Confidence = v, r => r.Confidence, required: true),
        YamlField.Flag<Judgment>("lead", (r, v) => r.Lead = v, r => r.Lead),
        YamlField.Text<Judgment>("topic", (r, v) => r.Topic = v, r => r.Topic),
        YamlField.Text<Judgment>("sector", (r, v) => r.Sector = v, r => r.Sector),
        .. SourcedFields,
    ];
}

public sealed class Place : YamlRecord
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The place's name in the local language and script (e.g. Arabic), drawn beside <see cref="Name"/>.</summary>
    public string? LocalName { get; set; }

    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string Kind { get; set; } = "town";
    public string? Status { get; set; }
    public string? Confidence { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Place>("id", (r, v) => r.Id = v, r => r.Id, required: true),
        YamlField.Text<Place>("name", (r, v) => r.Name = v, r => r.Name, required: true),
        YamlField.Text<Place>("local_name", (r, v) => r.LocalName = v, r => r.LocalName),
        YamlField.OptionalNumber<Place>("lat", (r, v) => r.Lat = v, r => r.Lat),
        YamlField.OptionalNumber<Place>("lon", (r, v) => r.Lon = v, r => r.Lon),
        YamlField.Text<Place>("kind", (r, v) => r.Kind = v, r => r.Kind),
        YamlField.Text<Place>("status", (r, v) => r.Status = v, r => r.Status),
        YamlField.Text<Place>("confidence", (r, v) => r.Confidence = v, r => r.Confidence),
    ];
}

public sealed class ChartSpec : YamlRecord
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string Title { get; set; } = "";
    public string Caption { get; set; } = "";
    public string Alt { get; set; } = "";
    public List<string> Items { get; set; } = [];

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<ChartSpec>("id", (r, v) => r.Id = v, r => r.Id, required: true),
        YamlField.Text<ChartSpec>("type", (r, v) => r.Type = v, r => r.Type, required: true),
        YamlField.Text<ChartSpec>("title", (r, v) => r.Title = v, r => r.Title, required: true),
        YamlField.Text<ChartSpec>("caption", (r, v) => r.Caption = v, r => r.Caption),
        YamlField.Text<ChartSpec>("alt", (r, v) => r.Alt = v, r => r.Alt, required: true),
        YamlField.Texts<ChartSpec>("items", (r, v) => r.Items = v, r => r.Items),
    ];
}

/// <summary>Funding of an appeal as one source reports it (OCHA: requirement, received, per cent funded).</summary>
public sealed class Funding : SourcedItem
{
    public string Label { get; set; } = "";
    public double? Requirement { get; set; }
    public double? Received { get; set; }
    public double? PercentFunded { get; set; }
    public string Currency { get; set; } = "";

    /// <summary>thousand, million or billion, applying to requirement and received.</summary>
    public string? Scale { get; set; }

    public string? AsOf { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Funding>("label", (r, v) => r.Label = v, r => r.Label, required: true),
        YamlField.OptionalNumber<Funding>("requirement", (r, v) => r.Requirement = v, r => r.Requirement),
        YamlField.OptionalNumber<Funding>("received", (r, v) => r.Received = v, r => r.Received),
        YamlField.OptionalNumber<Funding>("percent_funded", (r, v) => r.PercentFunded = v, r => r.PercentFunded),
        YamlField.Text<Funding>("currency", (r, v) => r.Currency = v, r => r.Currency, required: true),
        YamlField.Text<Funding>("scale", (r, v) => r.Scale = v, r => r.Scale),
        YamlField.Text<Funding>("as_of", (r, v) => r.AsOf = v, r => r.AsOf),
        .. SourcedFields,
    ];
}

/// <summary>What responders do in a sector, or what is missing there (response and gaps).</summary>
public sealed class SectorItem : SourcedItem
{
    public string Sector { get; set; } = "";
    public string Text { get; set; } = "";

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<SectorItem>("sector", (r, v) => r.Sector = v, r => r.Sector, required: true),
        YamlField.Text<SectorItem>("text", (r, v) => r.Text = v, r => r.Text, required: true),
        .. SourcedFields,
    ];
}
