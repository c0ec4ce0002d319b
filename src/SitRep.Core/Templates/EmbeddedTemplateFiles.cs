using System.Reflection;
using SitRep.Files;

namespace SitRep.Templates;

/// <summary>A built-in template, embedded in the assembly so the tool works from any folder.</summary>
public sealed class EmbeddedTemplateFiles(string name) : ITemplateFiles
{
    private static readonly Assembly Assembly = typeof(EmbeddedTemplateFiles).Assembly;
    private static readonly string[] Resources = Assembly.GetManifestResourceNames();

    public string DisplayName => $"built-in template '{name}'";

    public string Name => name;

    /// <summary>The names of the built-in templates.</summary>
    public static IReadOnlyList<string> BuiltIns() => Resources
        .Where(r => r.StartsWith("templates/", StringComparison.Ordinal) && r.EndsWith("/template.yaml", StringComparison.Ordinal))
        .Select(r => r.Split('/')[1])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static bool IsBuiltIn(string name) => BuiltIns().Contains(name);

    public ReadRecord Record { get; } = new();

    public bool Exists(string relativePath)
    {
        var exists = Resources.Contains(ResourceName(relativePath));
        Record.Looked(InputLookup.Entry(relativePath, exists ? EntryKind.Regular : EntryKind.Missing));
        return exists;
    }

    public byte[] ReadBytes(string relativePath)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourceName(relativePath))
            ?? throw TemplateErrors.At(Diagnostics.SourceLocation.Of(Display(relativePath)), "file not found in the template");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        Record.Read(relativePath, bytes);
        return bytes;
    }

    public IReadOnlyList<string> List(string folder)
    {
        var names = Names(folder);
        Record.Looked(new InputLookup(folder.TrimEnd('/'), InputLookup.Entries, names));
        return names.Select(n => $"{folder.TrimEnd('/')}/{n}").ToList();
    }

    public InputLookup Repeat(InputLookup lookup) => lookup.IsListing
        ? lookup with { Names = Names(lookup.Path) }
        : InputLookup.Entry(lookup.Path, Resources.Contains(ResourceName(lookup.Path)) ? EntryKind.Regular : EntryKind.Missing);

    private List<string> Names(string folder)
    {
        var prefix = $"templates/{name}/{folder.TrimEnd('/')}/";
        return Resources
            .Where(r => r.StartsWith(prefix, StringComparison.Ordinal) && !r[prefix.Length..].Contains('/'))
            .Select(r => r[prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every file of the template, for copying it out.</summary>
    public IReadOnlyList<string> AllFiles()
    {
        var prefix = $"templates/{name}/";
        return Resources.Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).Select(r => r[prefix.Length..]).Order(StringComparer.Ordinal).ToList();
    }

    public string Display(string relativePath) => $"templates/{name}/{relativePath}";

    private string ResourceName(string relativePath) => $"templates/{name}/{relativePath}";
}
