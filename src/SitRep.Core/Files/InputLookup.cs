namespace SitRep.Files;

/// <summary>
/// One answer the file system gave a build besides a file's bytes: what was at a path
/// (<see cref="Found"/> is "missing", "file", "folder", "link" or "special"), or which names a folder
/// held (<see cref="Found"/> is "entries" for every entry, "files" or "files *.EXT" for its regular
/// files; <see cref="Names"/> lists them). Asking again and getting the same answer means the build
/// would see the same folder.
/// </summary>
public sealed record InputLookup(string Path, string Found, IReadOnlyList<string> Names)
{
    public const string Entries = "entries";
    public const string Files = "files";

    public static InputLookup Entry(string path, EntryKind kind) => new(path, Describe(kind), []);

    public bool IsListing => Found == Entries || Found.StartsWith(Files, StringComparison.Ordinal);

    /// <summary>For a "files *.EXT" listing, ".EXT"; else empty.</summary>
    public string Suffix => Found.StartsWith(Files + " *", StringComparison.Ordinal) ? Found[(Files.Length + 2)..] : "";

    public bool SameAs(InputLookup other) =>
        Path == other.Path && Found == other.Found && Names.SequenceEqual(other.Names, StringComparer.Ordinal);

    public static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Missing => "missing",
        EntryKind.Regular => "file",
        EntryKind.Directory => "folder",
        EntryKind.SymbolicLink => "link",
        _ => "special",
    };
}
