using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SitRep.Pipeline;

/// <summary>
/// manifest.json in the output folder: for each brief, what it was built from (the inputs hash and
/// every input's hash) and what came out (the PDF's SHA-256 and page count). It is written
/// deterministically (sorted, no dates), so identical builds give an identical manifest.
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 2;

    /// <summary>Far above any real manifest; a bigger file is not one of ours, and everything is rebuilt.</summary>
    private const long MaxManifestBytes = 64 * 1024 * 1024;

    private static readonly ManifestJson Json = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public int Format { get; set; } = CurrentFormat;

    public List<ManifestBrief> Briefs { get; set; } = [];

    public static string PathIn(string outputDirectory) => Path.Combine(outputDirectory, FileName);

    /// <summary>Reads the manifest of an output folder; a missing, unreadable or foreign one counts as empty (everything is rebuilt).</summary>
    public static BuildManifest Load(string outputDirectory)
    {
        var path = PathIn(outputDirectory);
        try
        {
            if (ReadExisting(path) is not { } bytes)
                return new BuildManifest();
            var manifest = JsonSerializer.Deserialize(bytes, Json.BuildManifest);
            return manifest is { Format: CurrentFormat, Briefs: not null } ? manifest : new BuildManifest();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or Files.InputFileError)
        {
            return new BuildManifest();
        }
    }

    /// <summary>The entry for a PDF, by its path relative to the output folder.</summary>
    public ManifestBrief? Find(string output) => Briefs.FirstOrDefault(b => string.Equals(b.Output, output, StringComparison.Ordinal));

    /// <summary>Adds or replaces the entry for <see cref="ManifestBrief.Output"/>.</summary>
    public void Put(ManifestBrief brief)
    {
        Briefs.RemoveAll(b => string.Equals(b.Output, brief.Output, StringComparison.Ordinal));
        Briefs.Add(brief);
        Briefs.Sort((a, b) => string.CompareOrdinal(a.Output, b.Output));
    }

    /// <summary>
    /// True when the brief need not be rebuilt: the manifest records the same inputs hash, and the PDF
    /// is there with the recorded SHA-256 (so a deleted or edited PDF is rebuilt).
    /// </summary>
    public bool IsUpToDate(string outputDirectory, string output, BuildInputs inputs) =>
        Find(output) is { } entry && string.Equals(entry.InputsHash, inputs.Hash, StringComparison.Ordinal) && PdfIntact(outputDirectory, entry);

    /// <summary>
    /// True when the brief recorded for <paramref name="output"/> need not be rebuilt: the files and lookups
    /// its build recorded give the same answers now (only those are read again), and its PDF is intact.
    /// </summary>
    public bool IsUpToDate(string outputDirectory, string output, string situationDirectory, string template, DateTimeOffset? timestamp)
    {
        if (Find(output) is not { } entry)
            return false;
        var files = entry.Inputs.Select(i => new InputFile(i.Kind, i.Path, i.Sha256));
        var lookups = entry.Lookups.Select(l => new InputQuery(l.Kind, new Files.InputLookup(l.Path, l.Found, l.Names ?? [])));
        return IsUpToDate(outputDirectory, output, BuildInputs.Replay(files, lookups, situationDirectory, template, timestamp));
    }

    /// <summary>The inputs changed, but not what this brief shows: its PDF stands.</summary>
    public bool HasSameContent(string outputDirectory, string output, string contentHash) =>
        Find(output) is { } entry && entry.ContentHash.Length > 0 && string.Equals(entry.ContentHash, contentHash, StringComparison.Ordinal) && PdfIntact(outputDirectory, entry);

    private static bool PdfIntact(string outputDirectory, ManifestBrief entry)
    {
        var output = entry.Output;
        var pdf = Path.Combine(outputDirectory, output);
        try
        {
            // Hashed only when it is a regular file: a FIFO planted in its place must not block the build.
            return Files.NativeFile.LinkStatus(pdf).Kind == Files.EntryKind.Regular
                && string.Equals(BuildInputs.Sha256OfFile(pdf), entry.Sha256, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The manifest's bytes when a regular file is there; null when nothing is. Never blocks on a FIFO.</summary>
    private static byte[]? ReadExisting(string path) =>
        Files.NativeFile.LinkStatus(path).Kind == Files.EntryKind.Missing ? null : Files.RegularFileReader.Read(path, MaxManifestBytes, "manifest");

    public string Serialize() => JsonSerializer.Serialize(this, Json.BuildManifest).ReplaceLineEndings("\n") + "\n";

    /// <summary>Writes the manifest (temporary file, then rename) unless the file already holds exactly this text.</summary>
    public void Save(string outputDirectory)
    {
        var path = PathIn(outputDirectory);
        var bytes = new UTF8Encoding(false).GetBytes(Serialize());
        try
        {
            if (ReadExisting(path) is { } existing && existing.AsSpan().SequenceEqual(bytes))
                return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Files.InputFileError)
        {
            // Not readable as a manifest: the write below replaces it or says why it cannot.
        }

        OutputFile.Write(path, bytes, replaceReadOnly: false, "the manifest");
    }
}

/// <summary>One brief in the manifest.</summary>
public sealed class ManifestBrief
{
    /// <summary>The situation folder as given on the command line, with '/' separators.</summary>
    public string Situation { get; set; } = "";

    /// <summary>The template: a built-in name or a folder, as given.</summary>
    public string Template { get; set; } = "";

    /// <summary>The PDF, relative to the manifest's folder, with '/' separators.</summary>
    public string Output { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public int Pages { get; set; }

    /// <summary>SHA-256 over every input, the tool version and the timestamp setting; see <see cref="BuildInputs"/>.</summary>
    public string InputsHash { get; set; } = "";

    /// <summary>What the brief shows (see <see cref="BriefContent"/>); briefs whose content hash is unchanged are not rebuilt.</summary>
    public string ContentHash { get; set; } = "";

    public string ToolVersion { get; set; } = "";

    /// <summary>SOURCE_DATE_EPOCH when it was set, else "as-of" (the situation's as-of date).</summary>
    public string Timestamp { get; set; } = "";

    /// <summary>Every file the build read, with the SHA-256 of the bytes it read.</summary>
    public List<ManifestInput> Inputs { get; set; } = [];

    /// <summary>Every lookup the build made besides those reads (a file looked for and missing, a folder's names), with its answer.</summary>
    public List<ManifestLookup> Lookups { get; set; } = [];

    public static ManifestBrief From(string situation, string template, string output, string sha256, int pages, BuildInputs inputs, string contentHash) => new()
    {
        ContentHash = contentHash,
        Situation = situation.Replace('\\', '/'),
        Template = template.Replace('\\', '/'),
        Output = output.Replace('\\', '/'),
        Sha256 = sha256,
        Pages = pages,
        InputsHash = inputs.Hash,
        ToolVersion = inputs.ToolVersion,
        Timestamp = inputs.Timestamp,
        Inputs = inputs.Files.Select(f => new ManifestInput { Kind = f.Kind, Path = f.Path, Sha256 = f.Sha256 }).ToList(),
        Lookups = inputs.Lookups.Select(q => new ManifestLookup
        {
            Kind = q.Kind,
            Path = q.Lookup.Path,
            Found = q.Lookup.Found,
            Names = q.Lookup.IsListing ? q.Lookup.Names.ToList() : null,
        }).ToList(),
    };
}

/// <summary>One input file of a brief and its SHA-256.</summary>
public sealed class ManifestInput
{
    public string Kind { get; set; } = "";
    public string Path { get; set; } = "";
    public string Sha256 { get; set; } = "";
}

/// <summary>One lookup of a brief's build: a path and what was there ("missing", "folder"…), or a folder listed ("entries", "files *.yaml") and its names.</summary>
public sealed class ManifestLookup
{
    public string Kind { get; set; } = "";
    public string Path { get; set; } = "";
    public string Found { get; set; } = "";
    public List<string>? Names { get; set; }
}

/// <summary>The manifest's JSON contract, source-generated (no reflection, so it works under Native AOT).</summary>
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
