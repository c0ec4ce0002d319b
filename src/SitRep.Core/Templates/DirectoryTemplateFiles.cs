using SitRep.Diagnostics;

namespace SitRep.Templates;

/// <summary>
/// A template folder on disk, sandboxed: a path that is absolute, climbs with '..', or passes
/// through a symbolic link is refused, so an untrusted template reads nothing outside its folder.
/// </summary>
public sealed class DirectoryTemplateFiles : ITemplateFiles
{
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly string root;

    public DirectoryTemplateFiles(string directory)
    {
        root = Path.GetFullPath(directory);
        DisplayName = Extracts.SituationLoader.Display(root);
    }

    public string DisplayName { get; }

    public bool Exists(string relativePath) => File.Exists(Resolve(relativePath));

    public byte[] ReadBytes(string relativePath)
    {
        var path = Resolve(relativePath);
        if (!File.Exists(path))
            throw TemplateErrors.At(SourceLocation.Of(Display(relativePath)), "file not found in the template folder");
        if (new FileInfo(path).Length > MaxFileBytes)
            throw TemplateErrors.At(SourceLocation.Of(Display(relativePath)), $"file is larger than {MaxFileBytes / 1024 / 1024} MB");
        return File.ReadAllBytes(path);
    }

    public IReadOnlyList<string> List(string folder)
    {
        var path = Resolve(folder);
        if (!Directory.Exists(path))
            return [];
        return Directory.GetFiles(path)
            .Where(f => new FileInfo(f).LinkTarget is null)
            .Select(f => folder.TrimEnd('/') + "/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string Display(string relativePath) => Path.Combine(DisplayName, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private string Resolve(string relativePath)
    {
        var where = SourceLocation.Of(Display(relativePath));
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Contains('\\') || relativePath.Contains(':'))
            throw TemplateErrors.At(where, $"'{relativePath}' must be a relative path inside the template folder");
        var segments = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is ".." or "."))
            throw TemplateErrors.At(where, $"'{relativePath}' may not use '.' or '..'; templates read only files inside their folder");

        var current = root;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if ((info.Exists || Directory.Exists(current)) && (info.Attributes.HasFlag(FileAttributes.ReparsePoint) || info.LinkTarget is not null))
                throw TemplateErrors.At(where, $"'{relativePath}' passes through a symbolic link; templates read only files inside their folder");
        }

        return current;
    }
}
