using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SitRep.Editions;

/// <summary>
/// JSON for editions, generated at compile time (no reflection, so it works under Native AOT):
/// snake_case keys, nulls written, non-ASCII text as itself.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(EditionRecord))]
[JsonSerializable(typeof(EditionReport))]
[JsonSerializable(typeof(Edition))]
[JsonSerializable(typeof(EditionChanges))]
[JsonSerializable(typeof(ExtractSnapshot.Data))]
public sealed partial class EditionJson : JsonSerializerContext
{
    /// <summary>For files and for people: indented.</summary>
    public static EditionJson Indented { get; } = new(SerializerOptions(indented: true));

    /// <summary>For hashing and models: one line.</summary>
    public static EditionJson Compact { get; } = new(SerializerOptions(indented: false));

    private static JsonSerializerOptions SerializerOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
