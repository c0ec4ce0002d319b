using SitRep.Diagnostics;

namespace SitRep.Files;

/// <summary>
/// The one way SitRep reads its inputs. A folder (a situation, a template) hands out regular files
/// that lie inside it: no symbolic links anywhere on the path, no FIFOs, devices or sockets, no hard
/// link to a file elsewhere, and never more than a stated number of bytes, even if the file grows.
/// Every file read is recorded with its SHA-256, and every lookup with its answer (<see cref="Record"/>),
/// so the build manifest hashes exactly what the build used. A file is read once: asking again gives
/// the same bytes, so what was hashed is what was used.
/// </summary>
public sealed class InputFolder
{
    private readonly object gate = new();
    private readonly Dictionary<string, byte[]> contents = new(StringComparer.Ordinal);

    public InputFolder(string directory, string displayName, string kind)
    {
        Root = Path.GetFullPath(directory);
        DisplayName = displayName;
        Kind = kind;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>How the folder is named in messages.</summary>
    public string DisplayName { get; }

    /// <summary>"situation" or "template": said in messages ("inside the template folder").</summary>
    public string Kind { get; }

    /// <summary>What was read from the folder and what was looked up in it.</summary>
    public ReadRecord Record { get; } = new();

    /// <summary>The relative paths read so far with their SHA-256 (lower-case hex), in path order.</summary>
    public IReadOnlyList<(string Path, string Sha256)> FilesRead => Record.FilesRead;

    /// <summary>The path shown in messages for a file of this folder.</summary>
    public string Display(string relativePath) =>
        Path.Combine(DisplayName, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>What is at <paramref name="relativePath"/>, without following any link. Throws on a path that leaves the folder.</summary>
    public EntryKind KindOf(string relativePath)
    {
        var kind = NativeFile.LinkStatus(Resolve(relativePath)).Kind;
        Record.Looked(InputLookup.Entry(Normalise(relativePath), kind));
        return kind;
    }

    /// <summary>True when a regular file (not a link) is at <paramref name="relativePath"/>.</summary>
    public bool HasFile(string relativePath) => KindOf(relativePath) == EntryKind.Regular;

    /// <summary>Reads a whole file, at most <paramref name="maxBytes"/> long; <see cref="InputFileError"/> says why it cannot.</summary>
    public byte[] ReadBytes(string relativePath, long maxBytes)
    {
        var key = Normalise(relativePath);
        lock (gate)
        {
            if (contents.TryGetValue(key, out var known))
            {
                if (known.Length > maxBytes)
                    throw new InputFileError($"is {RegularFileReader.Describe(known.Length)}; the limit for this file is {RegularFileReader.Describe(maxBytes)}");
                return known;
            }
        }

        var bytes = RegularFileReader.Read(Resolve(relativePath), maxBytes, Kind);
        lock (gate)
        {
            // Two readers at once: the first bytes stand, so everyone uses what was hashed.
            if (contents.TryGetValue(key, out var first))
                return first;
            contents[key] = bytes;
        }

        Record.Read(key, bytes);
        return bytes;
    }

    /// <summary>As <see cref="ReadBytes"/>, but a refusal becomes an <see cref="InputException"/> at the file.</summary>
    public byte[] ReadBytesOrThrow(string relativePath, long maxBytes)
    {
        try
        {
            return ReadBytes(relativePath, maxBytes);
        }
        catch (InputFileError e)
        {
            throw new InputException(SourceLocation.Of(Display(relativePath)), e.Message, "input-file");
        }
    }

    /// <summary>
    /// The regular files directly inside <paramref name="relativeFolder"/> ("" for the root) whose names end
    /// in <paramref name="suffix"/>, as relative paths, sorted.
    /// </summary>
    public IReadOnlyList<string> ListFiles(string relativeFolder, string suffix = "")
    {
        var found = InputLookup.Files + (suffix.Length > 0 ? " *" + suffix : "");
        return Listed(relativeFolder, found, entry => entry.EndsWith(suffix, StringComparison.Ordinal) && NativeFile.LinkStatus(entry).Kind == EntryKind.Regular);
    }

    /// <summary>Every entry directly inside <paramref name="relativeFolder"/>, whatever its kind, as relative paths, sorted.</summary>
    public IReadOnlyList<string> ListEntries(string relativeFolder) => Listed(relativeFolder, InputLookup.Entries, _ => true);

    /// <summary>Asks the question of <paramref name="lookup"/> again, without recording it: the answer the folder gives now.</summary>
    public InputLookup Repeat(InputLookup lookup)
    {
        try
        {
            if (!lookup.IsListing)
                return InputLookup.Entry(lookup.Path, NativeFile.LinkStatus(Resolve(lookup.Path)).Kind);
            var names = lookup.Found == InputLookup.Entries
                ? Names(lookup.Path, _ => true)
                : Names(lookup.Path, entry => entry.EndsWith(lookup.Suffix, StringComparison.Ordinal) && NativeFile.LinkStatus(entry).Kind == EntryKind.Regular);
            return lookup with { Names = names };
        }
        catch (Exception e) when (e is InputFileError or IOException or UnauthorizedAccessException)
        {
            return lookup with { Found = "refused", Names = [] };
        }
    }

    private List<string> Listed(string relativeFolder, string found, Func<string, bool> include)
    {
        var names = Names(relativeFolder, include);
        Record.Looked(new InputLookup(Normalise(relativeFolder), found, names));
        var prefix = relativeFolder.Length == 0 ? "" : Normalise(relativeFolder) + "/";
        return names.Select(name => prefix + name).ToList();
    }

    private List<string> Names(string relativeFolder, Func<string, bool> include)
    {
        var path = relativeFolder.Length == 0 ? Root : Resolve(relativeFolder);
        if (NativeFile.LinkStatus(path).Kind != EntryKind.Directory)
            return [];
        return Directory.EnumerateFileSystemEntries(path)
            .Where(include)
            .Select(entry => Path.GetFileName(entry))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The absolute path for <paramref name="relativePath"/>, refusing anything that could leave the folder:
    /// an absolute path, '..', a back-slash or drive, or a symbolic link at any step.
    /// </summary>
    public string Resolve(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath) || relativePath.Contains('\\') || relativePath.Contains(':') || relativePath.Contains('\0'))
            throw new InputFileError($"'{relativePath}' must be a relative path inside the {Kind} folder");
        var segments = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is ".." or "."))
            throw new InputFileError($"'{relativePath}' may not use '.' or '..'; a {Kind} reads only files inside its folder");
        if (NativeFile.LinkStatus(Root).Kind == EntryKind.SymbolicLink)
            throw new InputFileError($"the {Kind} folder is a symbolic link; give the folder itself");

        var current = Root;
        for (var i = 0; i < segments.Length; i++)
        {
            current = Path.Combine(current, segments[i]);
            var kind = NativeFile.LinkStatus(current).Kind;
            if (kind == EntryKind.SymbolicLink)
                throw new InputFileError($"'{relativePath}' is or passes through a symbolic link; a {Kind} reads only files inside its folder");
            if (kind == EntryKind.Missing)
                break;
        }

        return current;
    }

    private static string Normalise(string relativePath) =>
        string.Join('/', relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries));
}
