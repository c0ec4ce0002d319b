using System.Text.Json;
using System.Text.Json.Serialization;

namespace SitRep.Extraction;

/// <summary>The shape of <c>sitrep extract --format json</c>.</summary>
internal sealed record ReviewJson(List<ReviewSource> Sources, List<ReviewName> Names);

internal sealed record ReviewSource(string Id, string File, string? Published, string Language, ReviewCounts Counts, List<ReviewQuote> Quotes, List<ReviewFigure> Figures, List<ReviewEvent> Events);

internal sealed record ReviewCounts(int Quotes, int Figures, int Events);

internal sealed record ReviewQuote(string? Speaker, string? Role, string Text, string Confidence);

internal sealed record ReviewFigure(double? Value, double?[]? Range, string Qualifier, string? Scale, string Unit, string? Currency, string Category, string Evidence, string? Key, string? Note, string Confidence);

internal sealed record ReviewEvent(string Date, string Precision, string Words, string Evidence, string? Key, string? Note, string Confidence);

internal sealed record ReviewName(string Name, string Kind, int Count, IReadOnlyList<string> Sources, string? Known, string Confidence);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReviewJson))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext
{
    public static ReviewJsonContext Relaxed { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
