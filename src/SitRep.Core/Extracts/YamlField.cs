using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>What a field holds, as far as the binder and the checks that walk a record need to know.</summary>
internal enum YamlFieldKind
{
    Text,
    Number,
    Flag,
    Record,
    List,
}

/// <summary>
/// One YAML key of a record: how its node is bound and how its value is read back. Each record declares
/// its keys in a static table of these, so binding needs no reflection (and works the same under Native AOT).
/// </summary>
internal sealed class YamlField
{
    private readonly Action<YamlBinder, YamlRecord, YamlNode> bind;
    private readonly Func<YamlRecord, object?> get;

    private YamlField(string key, YamlFieldKind kind, bool required, string? hint, Action<YamlBinder, YamlRecord, YamlNode> bind, Func<YamlRecord, object?> get)
    {
        Key = key;
        Kind = kind;
        Required = required;
        Hint = hint;
        this.bind = bind;
        this.get = get;
    }

    public string Key { get; }

    public YamlFieldKind Kind { get; }

    /// <summary>The key must be present (and a text field non-empty).</summary>
    public bool Required { get; }

    /// <summary>What to write there, said when a required field is missing or empty.</summary>
    public string? Hint { get; }

    public void Bind(YamlBinder binder, YamlRecord record, YamlNode node) => bind(binder, record, node);

    public object? Value(YamlRecord record) => get(record);

    public static YamlField Text<T>(string key, Action<T, string> set, Func<T, string?> get, bool required = false, string? hint = null)
        where T : YamlRecord =>
        new(key, YamlFieldKind.Text, required, hint, (b, r, n) => { if (b.Text(n, key) is { } v) set((T)r, v); }, r => get((T)r));

    /// <summary>A number with a default: an empty value keeps the default.</summary>
    public static YamlField Number<T>(string key, Action<T, double> set, Func<T, double> get, bool required = false, string? hint = null)
        where T : YamlRecord =>
        new(key, YamlFieldKind.Number, required, hint, (b, r, n) => { if (b.Number(n, key) is { } v) set((T)r, v); }, r => get((T)r));

    public static YamlField OptionalNumber<T>(string key, Action<T, double?> set, Func<T, double?> get, bool required = false, string? hint = null)
        where T : YamlRecord =>
        new(key, YamlFieldKind.Number, required, hint, (b, r, n) => set((T)r, b.Number(n, key)), r => get((T)r));

    /// <summary>A yes/no with a default: an empty value keeps the default.</summary>
    public static YamlField Flag<T>(string key, Action<T, bool> set, Func<T, bool> get, bool required = false, string? hint = null)
        where T : YamlRecord =>
        new(key, YamlFieldKind.Flag, required, hint, (b, r, n) => { if (b.Flag(n, key) is { } v) set((T)r, v); }, r => get((T)r));

    public static YamlField OptionalFlag<T>(string key, Action<T, bool?> set, Func<T, bool?> get, bool required = false, string? hint = null)
        where T : YamlRecord =>
        new(key, YamlFieldKind.Flag, required, hint, (b, r, n) => set((T)r, b.Flag(n, key)), r => get((T)r));

    /// <summary>A nested record with a default: a value that is not a mapping keeps the default.</summary>
    public static YamlField Record<T, TRecord>(string key, Action<T, TRecord> set, Func<T, TRecord> get, bool required = false, string? hint = null)
        where T : YamlRecord
        where TRecord : YamlRecord, new() =>
        new(key, YamlFieldKind.Record, required, hint, (b, r, n) => { if (b.BindRecord<TRecord>(n, $"'{key}'") is { } v) set((T)r, v); }, r => get((T)r));

    public static YamlField OptionalRecord<T, TRecord>(string key, Action<T, TRecord?> set, Func<T, TRecord?> get, bool required = false, string? hint = null)
        where T : YamlRecord
        where TRecord : YamlRecord, new() =>
        new(key, YamlFieldKind.Record, required, hint, (b, r, n) => set((T)r, b.BindRecord<TRecord>(n, $"'{key}'")), r => get((T)r));

    public static YamlField Texts<T>(string key, Action<T, List<string>> set, Func<T, List<string>> get, bool required = false, string? hint = null)
        where T : YamlRecord =>
        new(key, YamlFieldKind.List, required, hint, (b, r, n) => set((T)r, b.Texts(n, key)), r => get((T)r));

    public static YamlField Numbers<T>(string key, Action<T, List<double>> set, Func<T, List<double>> get, bool required = false, string? hint = null)
        where T : YamlRecord =>
        new(key, YamlFieldKind.List, required, hint, (b, r, n) => set((T)r, b.Numbers(n, key)), r => get((T)r));

    public static YamlField Records<T, TRecord>(string key, Action<T, List<TRecord>> set, Func<T, List<TRecord>> get, bool required = false, string? hint = null)
        where T : YamlRecord
        where TRecord : YamlRecord, new() =>
        new(key, YamlFieldKind.List, required, hint, (b, r, n) => set((T)r, b.Items(n, key, item => b.BindRecord<TRecord>(item, $"'{key}'"))), r => get((T)r));
}
