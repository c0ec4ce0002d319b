using SitRep.Extracts;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SitRep.Diagnostics;
using SitRep.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SitRep.Editions;

/// <summary>
/// The extracts a build used, normalised so that only content counts: for each kind (the top-level
/// list key of a YAML file: figures, timeline, quotes, judgments, sources, summary, …), the items by
/// id, each a map of its fields as plain strings. It is read from the YAML nodes, not the typed model,
/// so fields the model gains later are in it without a change here.
/// <para>
/// Normalisation: comments, quoting, key order and layout do not count; a plain number is written in
/// its shortest round-trip form (<c>1000.0</c> is <c>1000</c>); nested values (a <c>range: [200, 300]</c>)
/// are compact JSON; <c>evidence</c> is left out (it is never shown); empty and null values are absent.
/// Draft files (<c>*.draft.yaml</c>) are never built into a brief and are left out too.
/// </para>
/// </summary>
public static partial class ExtractSnapshot
{
    /// <summary>Kind → id → field → value, every level in ordinal key order.</summary>
    public sealed class Data : Dictionary<string, Dictionary<string, Dictionary<string, string>>>
    {
        public Data()
            : base(StringComparer.Ordinal)
        {
        }
    }

    private const long MaxYamlBytes = Extracts.SituationLoader.MaxYamlBytes;

    /// <summary>How snapshot JSON is written, as <see cref="EditionJson"/> writes it: non-ASCII text as itself.</summary>
    private static readonly JsonWriterOptions Writing = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Snapshots being taken while their situations are checked (see <see cref="Begin"/>).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Extracts.Situation, Concurrency.SharedWork<(Data Data, string Hash)>> Begun = new();

    /// <summary>Scalar fields of situation.yaml (title, as_of, …) are the items of this kind, under this id.</summary>
    public const string SituationKind = "situation";

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex PlainNumber();

    /// <summary>Reads every top-level YAML file of the situation folder. Throws <see cref="InputException"/> when one cannot be read.</summary>
    public static Data Read(string situationDirectory, string displayName) =>
        Read(new InputFolder(situationDirectory, displayName, "situation"), new Dictionary<string, YamlMappingNode>());

    /// <summary>
    /// The snapshot of a loaded situation: the trees the loader built (let go once read), and any other top-level
    /// YAML file read now through the situation's folder, so the build manifest records it.
    /// </summary>
    public static Data Read(Extracts.Situation situation) =>
        Begun.TryGetValue(situation, out var begun) ? begun.Result.Data : ReadLoaded(situation);

    private static Data ReadLoaded(Extracts.Situation situation)
    {
        var data = Read(situation.Folder ?? new InputFolder(situation.Directory, Extracts.SituationLoader.Display(situation.Directory), "situation"), situation.YamlRoots);
        situation.YamlRoots.Clear();
        return data;
    }

    /// <summary>
    /// Starts taking the snapshot of a situation just loaded, on another core, while the build checks it; <see cref="Take"/>
    /// then waits for it. A situation that fails its checks leaves its snapshot unread.
    /// </summary>
    public static void Begin(Extracts.Situation situation) =>
        Begun.TryAdd(situation, new Concurrency.SharedWork<(Data, string)>(() => ReadAndHash(situation)));

    /// <summary>The snapshot of a loaded situation and its hash: the one <see cref="Begin"/> started, or taken now.</summary>
    public static (Data Data, string Hash) Take(Extracts.Situation situation) =>
        Begun.TryGetValue(situation, out var begun) ? begun.Result : ReadAndHash(situation);

    private static (Data, string) ReadAndHash(Extracts.Situation situation)
    {
        var data = ReadLoaded(situation);
        return (data, Hash(data));
    }

    private static Data Read(InputFolder folder, IReadOnlyDictionary<string, YamlMappingNode> loaded)
    {
        var kinds = new SortedDictionary<string, SortedDictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var file in folder.ListFiles("", ".yaml"))
        {
            if (file.EndsWith(".draft.yaml", StringComparison.Ordinal) || file.StartsWith('.'))
                continue;
            var root = loaded.TryGetValue(file, out var tree) ? tree : Parse(folder, file);
            if (root is null)
                continue;
            var scalars = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in root.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
                    continue;
                if (Items(value) is { } items)
                {
                    var kind = Kind(kinds, key);
                    foreach (var (id, fields) in items)
                        kind[id] = fields;
                }
                else if (Flatten(value) is { } flat && key != "evidence")
                {
                    scalars[key] = flat;
                }
            }

            if (scalars.Count > 0)
                Kind(kinds, SituationKind)[Path.GetFileNameWithoutExtension(file)] = new Dictionary<string, string>(scalars, StringComparer.Ordinal);
        }

        var data = new Data();
        foreach (var (kind, items) in kinds)
        {
            var ordered = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (id, fields) in items)
                ordered[id] = fields;
            data[kind] = ordered;
        }

        return data;
    }

    /// <summary>SHA-256 over the snapshot's canonical JSON: equal content, equal hash.</summary>
    /// <remarks>
    /// Written with a JSON writer directly: the bytes are those <see cref="EditionJson.Compact"/> gives for the same data
    /// (records keep this hash), at a fraction of the serializer's cost for a long situation, and hashed as they are
    /// written rather than kept.
    /// </remarks>
    public static string Hash(Data data)
    {
        var json = new HashingBufferWriter();
        using (var writer = new Utf8JsonWriter(json, Writing))
        {
            writer.WriteStartObject();
            foreach (var (kind, items) in data)
            {
                writer.WriteStartObject(kind);
                foreach (var (id, fields) in items)
                {
                    writer.WriteStartObject(id);
                    foreach (var (name, value) in fields)
                        writer.WriteString(name, value);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(json.Finish());
    }

    private static SortedDictionary<string, Dictionary<string, string>> Kind(SortedDictionary<string, SortedDictionary<string, Dictionary<string, string>>> kinds, string key)
    {
        if (!kinds.TryGetValue(key, out var kind))
            kinds[key] = kind = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        return kind;
    }

    private static YamlMappingNode? Parse(InputFolder folder, string file)
    {
        var text = Encoding.UTF8.GetString(folder.ReadBytesOrThrow(file, MaxYamlBytes));
        try
        {
            var stream = BoundedYaml.Load(text);
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException e)
        {
            throw new InputException(new SourceLocation(folder.Display(file), (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column)), "YAML syntax: " + e.Message.Split('\n')[0], "yaml");
        }
    }

    /// <summary>A list of mappings that each have an id: the items of one kind, each flattened. Null for anything else.</summary>
    private static List<(string Id, Dictionary<string, string> Fields)>? Items(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
            return null;
        var items = new List<(string, Dictionary<string, string>)>();
        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode mapping || Scalar(mapping, "id") is not { Length: > 0 } id)
                return null;
            items.Add((id, Fields(mapping)));
        }

        return items;
    }

    /// <summary>An item's fields but its id and evidence, in ordinal key order; of two equal keys, the later one counts.</summary>
    private static Dictionary<string, string> Fields(YamlMappingNode mapping)
    {
        var pairs = new List<(string Name, int Order, string Value)>(mapping.Children.Count);
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode { Value: { Length: > 0 } name } && name is not ("evidence" or "id") && Flatten(v) is { } value)
                pairs.Add((name, pairs.Count, value));
        }

        pairs.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName : a.Order.CompareTo(b.Order));
        var fields = new Dictionary<string, string>(pairs.Count, StringComparer.Ordinal);
        foreach (var (name, _, value) in pairs)
        {
            // A repeated key keeps its first place in the order, as a sorted map would.
            fields[name] = value;
        }

        return fields;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? Normalise(scalar) : null;

    /// <summary>A field as one string: a scalar as itself, anything nested as compact JSON with sorted keys.</summary>
    private static string? Flatten(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Normalise(scalar),
        _ => Json(node),
    };

    private static string? Normalise(YamlScalarNode scalar)
    {
        var value = scalar.Value;
        if (value is null)
            return null;
        if (scalar.Style == ScalarStyle.Plain)
        {
            if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
                return null;
            if (PlainNumber().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                return number.ToString("R", CultureInfo.InvariantCulture);
        }

        return value.Length == 0 ? null : value;
    }

    private static string Json(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
            Write(writer, node, depth: 0);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node, int depth)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                if (Normalise(scalar) is { } text)
                    writer.WriteStringValue(text);
                else
                    writer.WriteNullValue();
                break;
            case YamlSequenceNode sequence when depth < 16:
                writer.WriteStartArray();
                foreach (var child in sequence.Children)
                    Write(writer, child, depth + 1);
                writer.WriteEndArray();
                break;
            case YamlMappingNode mapping when depth < 16:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children
                    .Select(p => ((p.Key as YamlScalarNode)?.Value ?? "", p.Value))
                    .Where(p => p.Item1 != "evidence")
                    .OrderBy(p => p.Item1, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
