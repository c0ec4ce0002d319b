using System.Reflection;
using System.Text;
using SitRep.Extracts;

namespace SitRep.Tests.Extracts;

/// <summary>
/// The YAML binding is table-driven (no reflection at run time, for Native AOT): a property added to a
/// record without a row in its table would silently become an "unknown key". Here, and only here,
/// reflection checks that every settable property has its row.
/// </summary>
public sealed class YamlFieldTableTests
{
    public static TheoryData<string> RecordTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(YamlRecord).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(YamlRecord).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
            data.Add(type.FullName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Every_settable_property_has_a_row_in_its_table(string typeName)
    {
        var type = typeof(YamlRecord).Assembly.GetType(typeName)!;
        var record = (YamlRecord)Activator.CreateInstance(type, nonPublic: true)!;
        var keys = record.YamlFields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var missing = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic && p.DeclaringType != typeof(YamlRecord))
            .Select(p => Renamed.GetValueOrDefault(p.Name, Snake(p.Name)))
            .Where(key => !keys.Contains(key))
            .ToList();
        Assert.True(missing.Count == 0, $"{type.Name} has no table row for: {string.Join(", ", missing)}");
    }

    /// <summary>Properties whose key is not their name in snake case.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["LegacyApproximate"] = "approximate",
    };

    private static string Snake(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
                text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
