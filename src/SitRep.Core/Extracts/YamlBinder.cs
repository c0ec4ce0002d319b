using System.Globalization;
using SitRep.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>
/// Binds YAML nodes to the typed model, field by field, so that every problem is reported
/// with its file, line and column, and unknown keys get a "did you mean" suggestion.
/// </summary>
internal sealed class YamlBinder(string file, DiagnosticBag diagnostics)
{
    public SourceLocation At(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public List<T> BindList<T>(YamlNode node, string what)
        where T : YamlRecord, new()
    {
        var list = new List<T>();
        if (node is not YamlSequenceNode sequence)
        {
            if (!IsNull(node))
                diagnostics.Error(At(node), $"{what} must be a list (items starting with '- ')");
            return list;
        }

        foreach (var child in sequence.Children)
        {
            if (BindRecord<T>(child, what) is { } item)
                list.Add(item);
        }

        return list;
    }

    public T? BindRecord<T>(YamlNode node, string what)
        where T : YamlRecord, new()
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(At(node), $"each entry of {what} must be a mapping of 'key: value' lines");
            return null;
        }

        var record = new T { Location = At(node) };
        var fields = record.YamlFields;
        // Thousands of records bind in a long situation: binding one makes no closures and no sets of keys.
        Span<bool> seen = fields.Count <= 64 ? stackalloc bool[fields.Count] : new bool[fields.Count];
        HashSet<string>? suggested = null;
        var children = mapping.Children;
        record.FieldLocations.EnsureCapacity(children.Count);
        for (var c = 0; c < children.Count; c++)
        {
            var (keyNode, valueNode) = children[c];
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var index = IndexOf(fields, key);
            if (index < 0)
            {
                var suggestion = Suggest(key, fields.Select(f => f.Key));
                if (suggestion is not null)
                    (suggested ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggestion);
                diagnostics.Error(At(keyNode), $"unknown key '{key}' in {what}" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"), "unknown-key");
                continue;
            }

            if (seen[index])
            {
                diagnostics.Error(At(keyNode), $"key '{key}' appears twice in this entry", "duplicate-key");
                continue;
            }

            seen[index] = true;
            record.FieldLocations[key] = At(valueNode);
            if (valueNode is YamlSequenceNode items)
            {
                for (var i = 0; i < items.Children.Count; i++)
                    record.FieldLocations[$"{key}[{i}]"] = At(items.Children[i]);
            }

            fields[index].Bind(this, record, valueNode);
        }

        for (var index = 0; index < fields.Count; index++)
        {
            var field = fields[index];
            if (!field.Required)
                continue;

            // A misspelt key ("evidnce") is reported once, as an unknown key with its suggestion.
            if (!seen[index])
            {
                if (suggested?.Contains(field.Key) != true)
                    diagnostics.Error(record.Location, $"{what} entry is missing required key '{field.Key}'" + (field.Hint is { } hint ? $" ({hint})" : ""), "missing-key");
            }
            else if (field.Value(record) is string text && string.IsNullOrWhiteSpace(text))
                diagnostics.Error(record.Where(field.Key), $"'{field.Key}' is empty; fill in {field.Hint ?? "a value"}", "missing-key");
        }

        return record;
    }

    private static int IndexOf(IReadOnlyList<YamlField> fields, string key)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Key == key)
                return i;
        }

        return -1;
    }

    /// <summary>A list field: each item bound by <paramref name="item"/>; an item that fails is left out.</summary>
    internal List<T> Items<T>(YamlNode node, string key, Func<YamlNode, T?> item)
        where T : class
    {
        var list = new List<T>();
        if (ListItems(node, key) is not { } children)
            return list;
        foreach (var child in children)
        {
            if (item(child) is { } value)
                list.Add(value);
        }

        return list;
    }

    /// <summary>A list of words; a single word where the list is expected is a list of one ("body: Noto Serif").</summary>
    internal List<string> Texts(YamlNode node, string key) =>
        node is YamlScalarNode && !IsNull(node)
            ? Text(node, key) is { } single ? [single] : []
            : Items(node, key, item => Text(item, key));

    internal List<double> Numbers(YamlNode node, string key)
    {
        var list = new List<double>();
        if (ListItems(node, key) is not { } children)
            return list;
        foreach (var child in children)
        {
            if (Number(child, key) is { } value)
                list.Add(value);
        }

        return list;
    }

    private IList<YamlNode>? ListItems(YamlNode node, string key)
    {
        if (node is YamlSequenceNode sequence)
            return sequence.Children;
        if (!IsNull(node))
            diagnostics.Error(At(node), $"'{key}' must be a list, e.g. [a, b] or lines starting with '- '", "type");
        return null;
    }

    /// <summary>A text field's value: empty for an empty value; null (reported) when the node is not a single value.</summary>
    internal string? Text(YamlNode node, string key)
    {
        if (Scalar(node, key) is not { } scalar)
            return null;
        if (IsNull(scalar))
            return "";
        var text = scalar.Value ?? "";
        if (BadCharacter(text) is { } bad)
            diagnostics.Error(At(node), $"'{key}' contains {bad}; remove it", "encoding");
        return text;
    }

    /// <summary>A number field's value; null for an empty value, or (reported) for one that is not a number.</summary>
    internal double? Number(YamlNode node, string key)
    {
        if (Scalar(node, key) is not { } scalar || IsNull(scalar))
            return null;
        var text = scalar.Value ?? "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number;
        diagnostics.Error(At(node), $"'{key}' must be a number, not '{text}' (write 25000, without separators or words)", "type");
        return null;
    }

    /// <summary>A yes/no field's value; null for an empty value, or (reported) for anything else.</summary>
    internal bool? Flag(YamlNode node, string key)
    {
        if (Scalar(node, key) is not { } scalar || IsNull(scalar))
            return null;
        var text = scalar.Value ?? "";
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                diagnostics.Error(At(node), $"'{key}' must be true or false, not '{text}'", "type");
                return null;
        }
    }

    private YamlScalarNode? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
            return scalar;
        diagnostics.Error(At(node), $"'{key}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}", "type");
        return null;
    }

    /// <summary>A character no brief should carry (control characters, unpaired surrogates, non-characters), described; or null.</summary>
    private static string? BadCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
                return $"a broken character (an unpaired surrogate U+{(int)c:X4})";
            if ((c < 0x20 && c is not ('\n' or '\r' or '\t')) || c is (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF')
                return $"the control character U+{(int)c:X4}";
        }

        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } scalar
        && (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>" (did you mean 'x'?)" for a likely typo of a known name, else nothing: the suffix every finding uses.</summary>
    public static string DidYouMean(string value, IEnumerable<string> known) =>
        Suggest(value, known) is { } suggestion ? $" (did you mean '{suggestion}'?)" : "";

    /// <summary>The closest known key, if it is close enough to be a likely typo.</summary>
    /// <remarks>
    /// Bounded, since every unknown reference asks: keys of more than <see cref="MaxSuggestedLength"/> characters
    /// and lists of more than <see cref="MaxSuggestionCandidates"/> names get no suggestion, and a name whose length
    /// alone puts it out of reach is not compared.
    /// </remarks>
    public static string? Suggest(string key, IEnumerable<string> known)
    {
        if (key.Length > MaxSuggestedLength)
            return null;
        var candidates = known as IReadOnlyCollection<string> ?? known.Take(MaxSuggestionCandidates + 1).ToList();
        if (candidates.Count > MaxSuggestionCandidates)
            return null;
        var reach = Math.Max(2, key.Length / 3);
        var lower = key.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - key.Length) > reach)
                continue;
            var distance = Levenshtein(lower, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= reach ? best : null;
    }

    public const int MaxSuggestedLength = 64;

    public const int MaxSuggestionCandidates = 2_000;

    public static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
