namespace SitRep.Extraction;

/// <summary>How sure the rules are of a drafted item; the analyst reviews every one.</summary>
public enum Confidence
{
    Low,
    Medium,
    High,
}

/// <summary>A direct quotation: its verbatim text (cuts marked "(...)"), speaker and role as attributed.</summary>
public sealed record FoundQuote(string Source, TextSpan Span, string Text, string? Speaker, string? Role, Confidence Confidence)
{
    /// <summary>The quotation with its own marks and attribution, as the source has it.</summary>
    public string Passage { get; init; } = "";
}

/// <summary>A number that counts or measures something, with the words it counts and how it is hedged.</summary>
public sealed record FoundFigure(string Source, TextSpan Span, string Evidence)
{
    public double? Value { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }

    /// <summary>exact, about, at_least, more_than, up_to, fewer_than, between (SCHEMA.md).</summary>
    public string Qualifier { get; init; } = "exact";

    public string? Scale { get; init; }
    public string Unit { get; init; } = "";
    public string? Currency { get; init; }
    public string Category { get; init; } = "population";
    public string Label { get; init; } = "";
    public Confidence Confidence { get; init; } = Confidence.Medium;

    /// <summary>The place or name nearest the number, used to group the same figure across sources.</summary>
    public string? Anchor { get; init; }

    public string? Key { get; set; }
    public string? Note { get; set; }

    /// <summary>The number as a plain value, scale applied (for ranges, the low end).</summary>
    public double Resolved => (Value ?? Low ?? 0) * Scale switch { "thousand" => 1e3, "million" => 1e6, "billion" => 1e9, _ => 1 };
}

/// <summary>A dated event: a date to its precision, the sentence that dates it, and how the date was read.</summary>
public sealed record FoundEvent(string Source, TextSpan Span, string Date, string Precision, string Text, string Evidence, Confidence Confidence)
{
    /// <summary>The words that gave the date ("on Tuesday", "14 November 2023").</summary>
    public string DateWords { get; init; } = "";

    public string? Key { get; set; }
    public string? Note { get; set; }
}

/// <summary>A capitalised name that recurs: matched to a known place or actor, or a new candidate.</summary>
public sealed record NameCandidate(string Name, string Kind, int Count, IReadOnlyList<string> Sources, string Source, string Evidence)
{
    /// <summary>The id of the place or actor it matches in the situation, when it does.</summary>
    public string? KnownId { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Low;
}

/// <summary>What the rules found in one source.</summary>
public sealed record SourceExtract(SourceDocument Document, IReadOnlyList<FoundQuote> Quotes, IReadOnlyList<FoundFigure> Figures, IReadOnlyList<FoundEvent> Events);

/// <summary>Everything drafted from a set of sources, with duplicates grouped and names listed.</summary>
public sealed record ExtractionResult(IReadOnlyList<SourceExtract> Sources, IReadOnlyList<NameCandidate> Names);
