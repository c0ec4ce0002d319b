using System.Security.Cryptography;
using SitRep.Diagnostics;

namespace SitRep.Files;

/// <summary>
/// The one way SitRep reads its inputs. A folder (a situation, a template) hands out regular files
/// that lie inside it: no symbolic links anywhere on the path, no FIFOs, devices or sockets, no hard
/// link to a file elsewhere, and never more than a stated number of bytes, even if the file grows.
/// Every file read is recorded with its SHA-256, so the build manifest hashes what the build used.
/// </summary>
public sealed class InputFolder
{
    private readonly object gate = new();
    private readonly SortedDictionary<string, string> read = new(StringComparer.Ordinal);

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

    /// <summary>The relative paths read so far with their SHA-256 (lower-case hex), in path order.</summary>
    public IReadOnlyList<(string Path, string Sha256)> FilesRead
    {
        get
        {
            lock (gate)
                return read.Select(p => (p.Key, p.Value)).ToList();
        }
    }

    /// <summary>The path shown in messages for a file of this folder.</summary>
    public string Display(string relativePath) =>
        Path.Combine(DisplayName, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>What is at <paramref name="relativePath"/>, without following any link. Throws on a path that leaves the folder.</summary>
    public EntryKind KindOf(string relativePath) => NativeFile.LinkStatus(Resolve(relativePath)).Kind;

    /// <summary>True when a regular file (not a link) is at <paramref name="relativePath"/>.</summary>
    public bool HasFile(string relativePath) => KindOf(relativePath) == EntryKind.Regular;

    /// <summary>Reads a whole file, at most <paramref name="maxBytes"/> long; <see cref="InputFileError"/> says why it cannot.</summary>
    public byte[] ReadBytes(string relativePath, long maxBytes)
    {
        var path = Resolve(relativePath);
        var bytes = RegularFileReader.Read(path, maxBytes, Kind);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        lock (gate)
            read[Normalise(relativePath)] = hash;
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

    /// <summary>The regular files directly inside <paramref name="relativeFolder"/> ("" for the root), as relative paths, sorted.</summary>
    public IReadOnlyList<string> ListFiles(string relativeFolder)
    {
        var path = relativeFolder.Length == 0 ? Root : Resolve(relativeFolder);
        if (NativeFile.LinkStatus(path).Kind != EntryKind.Directory)
            return [];
        var prefix = relativeFolder.Length == 0 ? "" : Normalise(relativeFolder) + "/";
        return Directory.EnumerateFileSystemEntries(path)
            .Where(entry => NativeFile.LinkStatus(entry).Kind == EntryKind.Regular)
            .Select(entry => prefix + Path.GetFileName(entry))
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
