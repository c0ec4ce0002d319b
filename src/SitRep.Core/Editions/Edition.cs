namespace SitRep.Editions;

/// <summary>
/// The edition a brief belongs to: "Situation Report No. <see cref="Number"/>", dated <see cref="Date"/>,
/// following No. <see cref="PreviousNumber"/> of <see cref="PreviousDate"/> (both null for a first edition).
/// </summary>
/// <param name="Date">YYYY-MM-DD: SOURCE_DATE_EPOCH's day when it is set, else the situation's as_of. Never the clock.</param>
public sealed record Edition(int Number, string Date, string AsOf, int? PreviousNumber, string? PreviousDate)
{
    public bool IsFirst => PreviousNumber is null;

    /// <summary>Nested read-only dictionaries of strings, numbers, booleans and nulls, keyed as in the JSON.</summary>
    public IReadOnlyDictionary<string, object?> ToModel() => PlainModel.Of(this);
}

/// <summary>What <c>sitrep diff --format json</c> prints: the edition and its changes.</summary>
public sealed record EditionReport(Edition Edition, EditionChanges Changes);
