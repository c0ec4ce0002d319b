namespace SitRep.Editions;

/// <summary>
/// What changed between two editions, compared by id (and by key, for figures and events that another
/// source restates). Plain data only: strings, numbers, lists and these records, so it maps one to one
/// onto JSON (<c>sitrep diff --format json</c>) and onto a template's model (<see cref="ToModel"/>).
/// </summary>
/// <param name="Since">The edition compared with; null for a first edition (nothing to compare).</param>
public sealed record EditionChanges(
    EditionRef? Since,
    IReadOnlyList<EventAdded> EventsAdded,
    IReadOnlyList<FigureChanged> FiguresChanged,
    IReadOnlyList<QuoteChange> QuotesAdded,
    IReadOnlyList<QuoteChange> QuotesWithdrawn,
    IReadOnlyList<JudgmentChanged> JudgmentsChanged,
    IReadOnlyList<SourceAdded> SourcesAdded)
{
    public static EditionChanges None(EditionRef? since) => new(since, [], [], [], [], [], []);

    /// <summary>How many changes there are in all; 0 means a template shows no "since the last edition" section.</summary>
    public int Count => EventsAdded.Count + FiguresChanged.Count + QuotesAdded.Count + QuotesWithdrawn.Count + JudgmentsChanged.Count + SourcesAdded.Count;

    /// <summary>Nested read-only dictionaries and lists of strings, numbers, booleans and nulls, keyed as in the JSON.</summary>
    public IReadOnlyDictionary<string, object?> ToModel() => PlainModel.Of(this);
}

/// <summary>An edition named by its number and date.</summary>
public sealed record EditionRef(int Number, string Date);

/// <summary>A timeline event that the earlier edition did not have.</summary>
public sealed record EventAdded(string Id, string Date, string Text, string Source);

/// <summary>A figure whose value, bounds (range, qualifier) or as-of date changed.</summary>
/// <param name="Changed">Which of "value", "bounds", "as_of" changed, in that order.</param>
/// <param name="PreviousId">The id the figure had in the earlier edition, when it was matched by key instead.</param>
public sealed record FigureChanged(string Id, string? PreviousId, string? Key, string Label, IReadOnlyList<string> Changed, FigureState Old, FigureState New);

/// <summary>A figure as one edition states it.</summary>
/// <param name="Text">The figure in words, e.g. "about 1,000 personnel" or "between 200 and 300 people".</param>
public sealed record FigureState(double? Value, double? Low, double? High, string Qualifier, string? Scale, string? Unit, string? AsOf, string Source, string Text);

/// <summary>A quote that is new in, or withdrawn from, the later edition.</summary>
public sealed record QuoteChange(string Id, string Speaker, string Role, string Text, string Source);

/// <summary>A judgment whose likelihood or confidence changed.</summary>
/// <param name="Changed">Which of "likelihood", "confidence" changed.</param>
public sealed record JudgmentChanged(string Id, string Text, IReadOnlyList<string> Changed, string OldLikelihood, string NewLikelihood, string OldConfidence, string NewConfidence, string Source);

/// <summary>A source that the earlier edition did not cite.</summary>
public sealed record SourceAdded(string Id, string Outlet, string Title, string Published);
