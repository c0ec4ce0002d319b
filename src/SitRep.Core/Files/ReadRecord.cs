namespace SitRep.Files;

/// <summary>
/// What a build took from one folder: each file read with the SHA-256 of the bytes it got, and each
/// lookup (a path that was absent or not read, a folder's names). The build manifest is made from it,
/// and the next build asks the same questions again to know whether anything it used changed.
/// </summary>
public sealed class ReadRecord
{
    private readonly object gate = new();
    private readonly SortedDictionary<string, string> read = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, string Kind), InputLookup> lookups = [];

    /// <summary>The relative paths read with their SHA-256 (lower-case hex), in path order.</summary>
    public IReadOnlyList<(string Path, string Sha256)> FilesRead
    {
        get
        {
            lock (gate)
                return read.Select(p => (p.Key, p.Value)).ToList();
        }
    }

    /// <summary>The lookups, in (path, answer) order; a path whose file was read is left out, its hash says more.</summary>
    public IReadOnlyList<InputLookup> Lookups
    {
        get
        {
            lock (gate)
            {
                return lookups.Values
                    .Where(l => l.IsListing || !read.ContainsKey(l.Path))
                    .OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Found, StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    public void Read(string path, ReadOnlySpan<byte> bytes)
    {
        var hash = Sha256.Hex(bytes);
        lock (gate)
            read[path] = hash;
    }

    public void Looked(InputLookup lookup)
    {
        lock (gate)
            lookups[(lookup.Path, lookup.IsListing ? lookup.Found : "entry")] = lookup;
    }
}
