using SitRep.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>
/// The size of a YAML file once its aliases are expanded, measured before anything binds or hashes it.
/// An alias is a second reference to a node already built, so the walk visits each node once and adds
/// a repeated node's size from memory: 300,000 aliases, or 12,000 aliases of a 100 KB string, are
/// reported in linear time instead of being expanded into gigabytes. Only a node with an anchor can be
/// met again, so only those are remembered: a long file without aliases is walked without a lookup.
/// </summary>
public static class YamlBounds
{
    /// <summary>Aliases (<c>*name</c>) per file.</summary>
    public const int MaxAliases = 10_000;

    /// <summary>Characters per file with every alias expanded (five times the largest file the loader reads).</summary>
    public const long MaxExpandedChars = 5 * SituationLoader.MaxYamlBytes;

    /// <summary>Items in one list or keys in one mapping.</summary>
    public const int MaxItems = 20_000;

    /// <summary>Characters in one value.</summary>
    public const int MaxFieldChars = 50_000;

    /// <summary>Characters in a value printed as a heading or a label (a title, a name, a role).</summary>
    public const int MaxShortFieldChars = 500;

    private static readonly HashSet<string> ShortFields = new(StringComparer.Ordinal)
    {
        "id", "title", "subtitle", "name", "speaker", "role", "outlet", "label", "author", "short_name", "local_name", "category", "unit",
    };

    /// <summary>The first bound the file breaks, or null when it keeps them all.</summary>
    public static Diagnostic? Check(YamlNode root, string display)
    {
        var walk = new Walk();
        try
        {
            walk.Size(root, key: null);
            return null;
        }
        catch (BoundBroken e)
        {
            return new Diagnostic(Severity.Error, new SourceLocation(display, Math.Max(1, (int)e.At.Start.Line), Math.Max(1, (int)e.At.Start.Column)), e.Message, "yaml-size");
        }
    }

    private sealed class BoundBroken(YamlNode at, string message) : Exception(message)
    {
        public YamlNode At { get; } = at;
    }

    private sealed class Walk
    {
        private readonly Dictionary<YamlNode, long> sizes = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<YamlNode> open = new(ReferenceEqualityComparer.Instance);
        private int aliases;

        public long Size(YamlNode node, string? key)
        {
            var anchored = !node.Anchor.IsEmpty;
            if (anchored && sizes.TryGetValue(node, out var known))
            {
                if (++aliases > MaxAliases)
                    throw new BoundBroken(node, $"more than {MaxAliases:N0} aliases ('*name') in one file");
                return known;
            }

            if (anchored && !open.Add(node))
                throw new BoundBroken(node, "an alias refers to the node that holds it");

            long size = 1;
            switch (node)
            {
                case YamlScalarNode scalar:
                {
                    var length = scalar.Value?.Length ?? 0;
                    var limit = key is not null && ShortFields.Contains(key) ? MaxShortFieldChars : MaxFieldChars;
                    if (length > limit)
                        throw new BoundBroken(node, $"'{key ?? "value"}' is {length:N0} characters long; at most {limit:N0} are allowed");
                    size += length;
                    break;
                }

                case YamlSequenceNode sequence:
                    if (sequence.Children.Count > MaxItems)
                        throw new BoundBroken(node, $"the list holds {sequence.Children.Count:N0} items; at most {MaxItems:N0} are allowed in one list");
                    foreach (var child in sequence.Children)
                        size = Within(child, size + Size(child, key));
                    break;
                case YamlMappingNode mapping:
                    if (mapping.Children.Count > MaxItems)
                        throw new BoundBroken(node, $"the mapping holds {mapping.Children.Count:N0} keys; at most {MaxItems:N0} are allowed");
                    foreach (var (k, v) in mapping.Children)
                        size = Within(v, size + Size(k, null) + Size(v, (k as YamlScalarNode)?.Value));
                    break;
            }

            if (anchored)
            {
                open.Remove(node);
                sizes[node] = size;
            }

            return size;
        }

        private static long Within(YamlNode at, long size) => size <= MaxExpandedChars ? size
            : throw new BoundBroken(at, $"with its aliases expanded the file would hold more than {MaxExpandedChars:N0} characters");
    }
}
