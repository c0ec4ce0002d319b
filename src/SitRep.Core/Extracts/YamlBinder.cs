using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using SitRep.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>
/// Binds YAML nodes to the typed model, field by field, so that every problem is reported
/// with its file, line and column, and unknown keys get a "did you mean" suggestion.
/// </summary>
internal sealed class YamlBinder(string file, DiagnosticBag diagnostics)
{
    private sealed record Field(string Key, PropertyInfo Property, bool Required)
    {
        public string? Hint => Property.GetCustomAttribute<RequiredAttribute>()?.Hint;
    }

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Field>> FieldsByType = new();

    public SourceLocation At(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public T? BindRecord<T>(YamlNode node, string what)
        where T : YamlRecord, new() => (T?)BindRecord(typeof(T), node, what);

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

    private object? BindRecord(Type type, YamlNode node, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(At(node), $"each entry of {what} must be a mapping of 'key: value' lines");
            return null;
        }

        var record = (YamlRecord)Activator.CreateInstance(type)!;
        record.Location = At(node);
        var fields = FieldsOf(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = fields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                var suggestion = Suggest(key, fields.Select(f => f.Key));
                if (suggestion is not null)
                    suggested.Add(suggestion);
                diagnostics.Error(At(keyNode), $"unknown key '{key}' in {what}" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"), "unknown-key");
                continue;
            }

            if (!seen.Add(key))
            {
                diagnostics.Error(At(keyNode), $"key '{key}' appears twice in this entry", "duplicate-key");
                continue;
            }

            record.FieldLocations[key] = At(valueNode);
            if (valueNode is YamlSequenceNode items)
            {
                for (var i = 0; i < items.Children.Count; i++)
                    record.FieldLocations[$"{key}[{i}]"] = At(items.Children[i]);
            }

            var value = BindValue(field.Property.PropertyType, valueNode, key, what);
            if (value is not null || IsNullable(field.Property))
                field.Property.SetValue(record, value);
        }

        foreach (var field in fields.Where(f => f.Required))
        {
            // A misspelt key ("evidnce") is reported once, as an unknown key with its suggestion.
            if (!seen.Contains(field.Key))
            {
                if (!suggested.Contains(field.Key))
                    diagnostics.Error(record.Location, $"{what} entry is missing required key '{field.Key}'" + (field.Hint is { } hint ? $" ({hint})" : ""), "missing-key");
            }
            else if (field.Property.GetValue(record) is string text && string.IsNullOrWhiteSpace(text))
                diagnostics.Error(record.Where(field.Key), $"'{field.Key}' is empty; fill in {field.Hint ?? "a value"}", "missing-key");
        }

        return record;
    }

    private object? BindValue(Type type, YamlNode node, string key, string what)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(YamlRecord).IsAssignableFrom(underlying))
            return BindRecord(underlying, node, $"'{key}'");

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var itemType = underlying.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(underlying)!;
            // A single word where a list of words is expected is a list of one ("body: Noto Serif").
            if (itemType == typeof(string) && node is YamlScalarNode && !IsNull(node) && BindValue(itemType, node, key, what) is { } single)
            {
                list.Add(single);
                return list;
            }

            if (node is not YamlSequenceNode sequence)
            {
                if (!IsNull(node))
                    diagnostics.Error(At(node), $"'{key}' must be a list, e.g. [a, b] or lines starting with '- '", "type");
                return list;
            }

            foreach (var child in sequence.Children)
            {
                var item = BindValue(itemType, child, key, what);
                if (item is not null)
                    list.Add(item);
            }

            return list;
        }

        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Error(At(node), $"'{key}' must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}", "type");
            return null;
        }

        if (IsNull(scalar))
            return underlying == typeof(string) && type == typeof(string) ? "" : null;
        var text = scalar.Value ?? "";

        if (underlying == typeof(string))
        {
            if (BadCharacter(text) is { } bad)
                diagnostics.Error(At(node), $"'{key}' contains {bad}; remove it", "encoding");
            return text;
        }
        if (underlying == typeof(double))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                return number;
            diagnostics.Error(At(node), $"'{key}' must be a number, not '{text}' (write 25000, without separators or words)", "type");
            return null;
        }

        if (underlying == typeof(bool))
        {
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

        throw new InvalidOperationException($"the model has a field of unsupported type {type.Name}");
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

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;

    private static IReadOnlyList<Field> FieldsOf(Type type) => FieldsByType.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.DeclaringType != typeof(YamlRecord))
        .Select(p => new Field(p.GetCustomAttribute<YamlNameAttribute>()?.Name ?? SnakeCase(p.Name), p, p.GetCustomAttribute<RequiredAttribute>() is not null))
        .ToList());

    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(name[i - 1]))
                builder.Append('_');
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>" (did you mean 'x'?)" for a likely typo of a known name, else nothing: the suffix every finding uses.</summary>
    public static string DidYouMean(string value, IEnumerable<string> known) =>
        Suggest(value, known) is { } suggestion ? $" (did you mean '{suggestion}'?)" : "";

    /// <summary>The closest known key, if it is close enough to be a likely typo.</summary>
    public static string? Suggest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Levenshtein(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

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
