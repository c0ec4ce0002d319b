using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SitRep.Editions;

/// <summary>
/// An edition's extract snapshot as its record stores it. A record keeps every edition's snapshot, but a build reads at
/// most the last two: each is kept as the JSON it was read from, its shape checked, and parsed only when first asked
/// for. One never parsed is written back token for token as it was read.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class StoredSnapshot
{
    private readonly JsonElement json;
    private ExtractSnapshot.Data? data;

    internal StoredSnapshot(ExtractSnapshot.Data data) => this.data = data;

    private StoredSnapshot(JsonElement json) => this.json = json;

    public ExtractSnapshot.Data Data => LazyInitializer.EnsureInitialized(ref data, () => json.Deserialize(EditionJson.Indented.Data)!);

    /// <summary>Kind → id → field → text (or null): the only shape a snapshot has.</summary>
    private static bool HasSnapshotShape(JsonElement snapshot)
    {
        if (snapshot.ValueKind != JsonValueKind.Object)
            return false;
        foreach (var kind in snapshot.EnumerateObject())
        {
            if (kind.Value.ValueKind != JsonValueKind.Object)
                return false;
            foreach (var item in kind.Value.EnumerateObject())
            {
                if (item.Value.ValueKind != JsonValueKind.Object)
                    return false;
                foreach (var field in item.Value.EnumerateObject())
                {
                    if (field.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        return false;
                }
            }
        }

        return true;
    }

    public sealed class Converter : JsonConverter<StoredSnapshot>
    {
        /// <summary>A null snapshot is read as one of the wrong shape, not set as a null edition snapshot.</summary>
        public override bool HandleNull => true;

        public override StoredSnapshot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var json = JsonElement.ParseValue(ref reader);
            return HasSnapshotShape(json) ? new StoredSnapshot(json) : throw new JsonException("an edition's snapshot is not a map of kinds, ids and fields");
        }

        public override void Write(Utf8JsonWriter writer, StoredSnapshot value, JsonSerializerOptions options)
        {
            if (value.data is { } parsed)
                JsonSerializer.Serialize(writer, parsed, (JsonTypeInfo<ExtractSnapshot.Data>)options.GetTypeInfo(typeof(ExtractSnapshot.Data)));
            else
                value.json.WriteTo(writer);
        }
    }
}
