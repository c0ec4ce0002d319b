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
    public const int CurrentFormat = 1;

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
            if (!File.Exists(path))
                return new BuildManifest();
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), Json.BuildManifest);
            return manifest is { Format: CurrentFormat, Briefs: not null } ? manifest : new BuildManifest();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
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

    /// <summary>The inputs changed, but not what this brief shows: its PDF stands.</summary>
    public bool HasSameContent(string outputDirectory, string output, string contentHash) =>
        Find(output) is { } entry && entry.ContentHash.Length > 0 && string.Equals(entry.ContentHash, contentHash, StringComparison.Ordinal) && PdfIntact(outputDirectory, entry);

    private static bool PdfIntact(string outputDirectory, ManifestBrief entry)
    {
        var output = entry.Output;
        var pdf = Path.Combine(outputDirectory, output);
        try
        {
            return File.Exists(pdf) && string.Equals(BuildInputs.Sha256OfFile(pdf), entry.Sha256, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json.BuildManifest).ReplaceLineEndings("\n") + "\n";

    /// <summary>Writes the manifest (temporary file, then rename) unless the file already holds exactly this text.</summary>
    public void Save(string outputDirectory)
    {
        var path = PathIn(outputDirectory);
        var bytes = new UTF8Encoding(false).GetBytes(Serialize());
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            return;
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

    public List<ManifestInput> Inputs { get; set; } = [];

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
    };
}

/// <summary>One input file of a brief and its SHA-256.</summary>
public sealed class ManifestInput
{
    public string Kind { get; set; } = "";
    public string Path { get; set; } = "";
    public string Sha256 { get; set; } = "";
}

/// <summary>The manifest's JSON contract, source-generated (no reflection, so it works under Native AOT).</summary>
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
