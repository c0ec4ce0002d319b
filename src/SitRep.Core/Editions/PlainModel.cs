using System.Globalization;
using System.Text.Json;

namespace SitRep.Editions;

/// <summary>
/// Turns an edition or its changes into what a template engine can take without knowing SitRep's types:
/// read-only dictionaries and lists of strings, numbers (int, long or double), booleans and nulls. It goes
/// through the same JSON as <c>sitrep diff</c>, so the template's model and the JSON have the same keys.
/// </summary>
internal static class PlainModel
{
    public static IReadOnlyDictionary<string, object?> Of(Edition edition) =>
        (IReadOnlyDictionary<string, object?>)Convert(JsonSerializer.SerializeToElement(edition, EditionJson.Compact.Edition))!;

    public static IReadOnlyDictionary<string, object?> Of(EditionChanges changes) =>
        (IReadOnlyDictionary<string, object?>)Convert(JsonSerializer.SerializeToElement(changes, EditionJson.Compact.EditionChanges))!;

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal).AsReadOnly(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList().AsReadOnly(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Number(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static object Number(JsonElement element)
    {
        if (element.TryGetInt32(out var small))
            return small;
        if (element.TryGetInt64(out var large))
            return large;
        return double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
