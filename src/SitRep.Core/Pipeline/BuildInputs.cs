using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SitRep.Templates;

namespace SitRep.Pipeline;

/// <summary>One file that a brief is built from, with the SHA-256 of its bytes.</summary>
/// <param name="Kind">"situation" (a file of the situation folder) or "template" (a file of the template).</param>
/// <param name="Path">Relative to the situation folder or the template root, with '/' separators.</param>
public sealed record InputFile(string Kind, string Path, string Sha256);

/// <summary>
/// Everything one brief (a situation with a template) is built from, and one hash over all of it.
/// <para>
/// The inputs are: every file of the situation folder (the extract YAML files, situation.yaml,
/// sources.yaml and the source texts; files and folders whose names begin with '.' are left out),
/// every file of the template (embedded or a folder), the tool version (the assembly's informational
/// version, which carries the commit, and the build's module ID) and the SOURCE_DATE_EPOCH setting. The hash is SHA-256 over the
/// lines "KIND:PATH\0SHA256\n" in ordinal order of (kind, path), then "tool:VERSION\n" and
/// "timestamp:VALUE\n". It is per situation and template: a change to any extract changes the hash of
/// every template built from that situation, whether or not the template shows the changed item.
/// </para>
/// </summary>
public sealed record BuildInputs(string ToolVersion, string Timestamp, IReadOnlyList<InputFile> Files, string Hash)
{
    /// <summary>
    /// The version that goes into every inputs hash: SitRep.Core's informational version (version and
    /// commit), plus the module ID of this build of SitRep.Core (deterministic builds derive it from the
    /// compiled code, so a local build with uncommitted changes is a different tool too).
    /// </summary>
    public static string CurrentToolVersion { get; } = ToolVersionOf(typeof(BuildInputs).Assembly);

    private static string ToolVersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        return $"{version} (build {assembly.ManifestModule.ModuleVersionId:N})";
    }

    /// <summary>Hashes the inputs of one brief. <paramref name="exclude"/> is a folder to leave out (the output folder, if it lies inside the situation).</summary>
    public static BuildInputs Compute(string situationDirectory, string template, DateTimeOffset? timestamp, string? exclude = null, string? toolVersion = null)
    {
        try
        {
            return ComputeUnchecked(situationDirectory, template, timestamp, exclude, toolVersion);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Diagnostics.InputException(Diagnostics.SourceLocation.Of(Extracts.SituationLoader.Display(situationDirectory)), $"cannot read the inputs: {e.Message}", "input");
        }
    }

    private static BuildInputs ComputeUnchecked(string situationDirectory, string template, DateTimeOffset? timestamp, string? exclude, string? toolVersion)
    {
        if (!Directory.Exists(situationDirectory))
            throw new Diagnostics.InputException(Diagnostics.SourceLocation.Of(Extracts.SituationLoader.Display(situationDirectory)), "situation folder not found");
        var files = new List<InputFile>();
        var folder = new SitRep.Files.InputFolder(situationDirectory, Extracts.SituationLoader.Display(situationDirectory), "situation");
        foreach (var (relative, _) in FolderFiles(situationDirectory, exclude))
        {
            // Only regular files of the folder are hashed, read as the loader reads them (a FIFO would block,
            // a link would read outside); what is refused here the loader reports when a source cites it.
            try
            {
                if (folder.KindOf(relative) == SitRep.Files.EntryKind.Regular)
                    files.Add(new InputFile("situation", relative, Sha256Hex(folder.ReadBytes(relative, Extracts.SituationLoader.MaxSourceBytes))));
            }
            catch (SitRep.Files.InputFileError)
            {
            }
        }

        if (EmbeddedTemplateFiles.IsBuiltIn(template))
        {
            var embedded = new EmbeddedTemplateFiles(template);
            foreach (var path in embedded.AllFiles())
                files.Add(new InputFile("template", path, Sha256Hex(embedded.ReadBytes(path))));
        }
        else if (Directory.Exists(template))
        {
            // Read as the template loader reads: a file too big for a template, or a hard link to a file
            // elsewhere, is never opened, so it cannot be used and is no input.
            var templateFolder = new SitRep.Files.InputFolder(template, template, "template");
            foreach (var (relative, _) in FolderFiles(template, exclude: null))
            {
                try
                {
                    files.Add(new InputFile("template", relative, Sha256Hex(templateFolder.ReadBytes(relative, DirectoryTemplateFiles.MaxFileBytes))));
                }
                catch (SitRep.Files.InputFileError)
                {
                }
            }
        }
        else
        {
            // Not a template: let the loader report it the way every command does.
            BriefTemplate.Load(template);
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Kind + ":" + a.Path, b.Kind + ":" + b.Path));
        var version = toolVersion ?? CurrentToolVersion;
        var stamp = timestamp is { } t ? t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : "as-of";
        var text = new StringBuilder();
        foreach (var file in files)
            text.Append(file.Kind).Append(':').Append(file.Path).Append('\0').Append(file.Sha256).Append('\n');
        text.Append("tool:").Append(version).Append('\n');
        text.Append("timestamp:").Append(stamp).Append('\n');
        return new BuildInputs(version, stamp, files, Sha256Hex(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static IEnumerable<(string Relative, string Full)> FolderFiles(string directory, string? exclude)
    {
        var root = Path.GetFullPath(directory);
        var excluded = exclude is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(exclude));
        var pending = new Stack<string>();
        pending.Push(root);
        var found = new List<(string, string)>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(sub);
                if (name.StartsWith('.') || new DirectoryInfo(sub).LinkTarget is not null
                    || (excluded is not null && string.Equals(Path.TrimEndingDirectorySeparator(sub), excluded, StringComparison.Ordinal)))
                    continue;
                pending.Push(sub);
            }

            foreach (var file in Directory.EnumerateFiles(current))
            {
                // Only regular files are inputs; a link, FIFO or device is refused where it is read, never opened here.
                if (Path.GetFileName(file).StartsWith('.') || SitRep.Files.NativeFile.LinkStatus(file).Kind != SitRep.Files.EntryKind.Regular)
                    continue;
                found.Add((Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), file));
            }
        }

        return found.OrderBy(f => f.Item1, StringComparer.Ordinal);
    }
}
