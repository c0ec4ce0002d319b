using System.Globalization;
using System.Text.Json;

namespace SitRep.Editions;

/// <summary>
/// Compares two snapshots by id. A figure or event that has a new id but shares its <c>key</c> with one
/// that is gone (another source restating the same thing) counts as the same item, changed, not as new.
/// </summary>
public static class ChangeFinder
{
    private static readonly Dictionary<string, string> NoFields = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Dictionary<string, string>> NoItems = new(StringComparer.Ordinal);

    public static EditionChanges Compare(ExtractSnapshot.Data older, ExtractSnapshot.Data newer, EditionRef since) => new(
        since,
        EventsAdded(Items(older, "timeline"), Items(newer, "timeline")),
        FiguresChanged(Items(older, "figures"), Items(newer, "figures")),
        Quotes(Items(newer, "quotes"), Items(older, "quotes")),
        Quotes(Items(older, "quotes"), Items(newer, "quotes")),
        JudgmentsChanged(Items(older, "judgments"), Items(newer, "judgments")),
        SourcesAdded(Items(older, "sources"), Items(newer, "sources")));

    private static Dictionary<string, Dictionary<string, string>> Items(ExtractSnapshot.Data data, string kind) =>
        data.TryGetValue(kind, out var items) ? items : NoItems;

    private static string Field(Dictionary<string, string> fields, string name) => fields.TryGetValue(name, out var value) ? value : "";

    private static string? Optional(Dictionary<string, string> fields, string name) => fields.TryGetValue(name, out var value) ? value : null;

    private static IReadOnlyList<EventAdded> EventsAdded(Dictionary<string, Dictionary<string, string>> older, Dictionary<string, Dictionary<string, string>> newer)
    {
        var oldKeys = older.Values.Select(e => Optional(e, "key")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return newer
            .Where(e => !older.ContainsKey(e.Key) && !(Optional(e.Value, "key") is { } key && oldKeys.Contains(key)))
            .Select(e => new EventAdded(e.Key, Field(e.Value, "date"), Field(e.Value, "text"), Field(e.Value, "source")))
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<FigureChanged> FiguresChanged(Dictionary<string, Dictionary<string, string>> older, Dictionary<string, Dictionary<string, string>> newer)
    {
        var pairs = new List<(string? OldId, string NewId)>();
        foreach (var id in newer.Keys.Where(older.ContainsKey))
            pairs.Add((id, id));

        // A figure restated under a new id by another source: matched with the one that left, by key.
        var gone = older.Where(f => !newer.ContainsKey(f.Key) && Optional(f.Value, "key") is not null).Select(f => f.Key).ToList();
        foreach (var (id, fields) in newer.Where(f => !older.ContainsKey(f.Key)))
        {
            if (Optional(fields, "key") is not { } key)
                continue;
            var match = gone.FirstOrDefault(g => Optional(older[g], "key") == key);
            if (match is null)
                continue;
            gone.Remove(match);
            pairs.Add((match, id));
        }

        var changes = new List<FigureChanged>();
        foreach (var (oldId, newId) in pairs.OrderBy(p => p.NewId, StringComparer.Ordinal))
        {
            var before = older[oldId!];
            var after = newer[newId];
            var old = State(before);
            var now = State(after);
            var changed = new List<string>();
            if (old.Value != now.Value || old.Scale != now.Scale)
                changed.Add("value");
            if (old.Low != now.Low || old.High != now.High || old.Qualifier != now.Qualifier)
                changed.Add("bounds");
            if (old.AsOf != now.AsOf)
                changed.Add("as_of");
            if (changed.Count == 0)
                continue;
            changes.Add(new FigureChanged(newId, oldId == newId ? null : oldId, Optional(after, "key"), Field(after, "label"), changed, old, now));
        }

        return changes;
    }

    private static FigureState State(Dictionary<string, string> fields)
    {
        var value = Number(Optional(fields, "value"));
        var (low, high) = Range(Optional(fields, "range"));
        var qualifier = Optional(fields, "qualifier")
            ?? (Optional(fields, "approximate") == "true" ? "about" : low is not null ? "between" : "exact");
        var scale = Optional(fields, "scale");
        var unit = Optional(fields, "unit");
        return new FigureState(value, low, high, qualifier, scale, unit, Optional(fields, "as_of"), Field(fields, "source"),
            FigureText.Of(value, low, high, qualifier, scale, unit, Optional(fields, "currency")));
    }

    private static double? Number(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A snapshot holds <c>range: [200, 300]</c> as the JSON text <c>["200","300"]</c>.</summary>
    private static (double? Low, double? High) Range(string? json)
    {
        if (json is null || !json.StartsWith('['))
            return (null, null);
        try
        {
            using var document = JsonDocument.Parse(json);
            var items = document.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? Number(e.GetString()) : null).ToList();
            return items.Count == 2 ? (items[0], items[1]) : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static IReadOnlyList<QuoteChange> Quotes(Dictionary<string, Dictionary<string, string>> present, Dictionary<string, Dictionary<string, string>> absent) =>
        present.Where(q => !absent.ContainsKey(q.Key))
            .Select(q => new QuoteChange(q.Key, Field(q.Value, "speaker"), Field(q.Value, "role"), Field(q.Value, "text"), Field(q.Value, "source")))
            .ToList();

    private static IReadOnlyList<JudgmentChanged> JudgmentsChanged(Dictionary<string, Dictionary<string, string>> older, Dictionary<string, Dictionary<string, string>> newer)
    {
        var changes = new List<JudgmentChanged>();
        foreach (var (id, after) in newer)
        {
            if (!older.TryGetValue(id, out var before))
                continue;
            var changed = new List<string>();
            if (Field(before, "likelihood") != Field(after, "likelihood"))
                changed.Add("likelihood");
            if (Field(before, "confidence") != Field(after, "confidence"))
                changed.Add("confidence");
            if (changed.Count > 0)
                changes.Add(new JudgmentChanged(id, Field(after, "text"), changed, Field(before, "likelihood"), Field(after, "likelihood"), Field(before, "confidence"), Field(after, "confidence"), Field(after, "source")));
        }

        return changes;
    }

    private static IReadOnlyList<SourceAdded> SourcesAdded(Dictionary<string, Dictionary<string, string>> older, Dictionary<string, Dictionary<string, string>> newer) =>
        newer.Where(s => !older.ContainsKey(s.Key))
            .Select(s => new SourceAdded(s.Key, Field(s.Value, "outlet"), Field(s.Value, "title"), Field(s.Value, "published")))
            .ToList();
}
