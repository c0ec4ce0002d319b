using System.Text.Json;
using System.Text.Json.Serialization;
using SitRep.Diagnostics;

namespace SitRep.Editions;

/// <summary>
/// The editions of one situation, kept beside the build manifest as <c>editions/&lt;situation folder&gt;.json</c>
/// in the output folder: every edition's number, date, content hash and extract snapshot, oldest first.
/// It is written deterministically (no clock, sorted keys), so identical builds leave identical bytes.
/// </summary>
public sealed class EditionRecord
{
    public const int CurrentFormat = 1;
    public const string FolderName = "editions";

    /// <summary>Larger records are refused rather than read; about a thousand editions of a large situation.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public int Format { get; set; } = CurrentFormat;

    /// <summary>The situation's id (situation.yaml <c>id</c>).</summary>
    public string Situation { get; set; } = "";

    public List<EditionEntry> Editions { get; set; } = [];

    /// <summary>Where the record was read from and is written to; not stored.</summary>
    [JsonIgnore]
    public string Path { get; private set; } = "";

    [JsonIgnore]
    public EditionEntry? Last => Editions.Count > 0 ? Editions[^1] : null;

    public EditionEntry? Find(int number) => Editions.FirstOrDefault(e => e.Number == number);

    /// <summary>The record for a situation folder's briefs written to <paramref name="outputDirectory"/>.</summary>
    public static string PathFor(string outputDirectory, string situationDirectory)
    {
        var name = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(situationDirectory)));
        return System.IO.Path.Combine(System.IO.Path.GetFullPath(outputDirectory), FolderName, name + ".json");
    }

    /// <summary>Reads a record; a missing file is an empty record (the next build is No. 1). A damaged one is an input error, never silently restarted.</summary>
    public static EditionRecord Load(string path)
    {
        var display = Extracts.SituationLoader.Display(path);
        if (!File.Exists(path))
        {
            if (Directory.Exists(path))
                throw new InputException(SourceLocation.Of(display), "the editions record is a folder; it should be a JSON file", "editions");
            return new EditionRecord { Path = path };
        }

        EditionRecord? record;
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
                throw new InputException(SourceLocation.Of(display), $"the editions record is larger than {MaxBytes / 1024 / 1024} MB", "editions");
            record = JsonSerializer.Deserialize(File.ReadAllBytes(path), EditionJson.Indented.EditionRecord);
        }
        catch (JsonException e)
        {
            var at = new SourceLocation(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            throw new InputException(at, "the editions record is not valid JSON; restore it from a backup, or move it away to start again at No. 1", "editions");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(SourceLocation.Of(display), $"cannot read the editions record: {e.Message}", "editions");
        }

        if (record is null || record.Format != CurrentFormat)
            throw new InputException(SourceLocation.Of(display), $"the editions record has format {record?.Format.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}; this sitrep reads format {CurrentFormat}", "editions");
        for (var i = 0; i < record.Editions.Count; i++)
        {
            if (record.Editions[i].Number != i + 1)
                throw new InputException(SourceLocation.Of(display), $"the editions record is out of order: entry {i + 1} is No. {record.Editions[i].Number}", "editions");
        }

        record.Path = path;
        return record;
    }

    public string Serialize() => JsonSerializer.Serialize(this, EditionJson.Indented.EditionRecord).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// <see cref="Serialize"/>'s text as UTF-8, made without the two string copies of a long record (each a
    /// large-object allocation, which the runtime pays for with a full collection) when the JSON holds no line
    /// ending to normalise.
    /// </summary>
    internal byte[] SerializeToUtf8()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(this, EditionJson.Indented.EditionRecord);
        if (HasLineEndingOtherThanLineFeed(json))
            return new System.Text.UTF8Encoding(false).GetBytes(Serialize());
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    /// <summary>What <see cref="string.ReplaceLineEndings(string)"/> would change: CR, FF, NEL, LS or PS.</summary>
    private static bool HasLineEndingOtherThanLineFeed(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOfAny((byte)'\r', (byte)'\f') >= 0 || utf8.IndexOf("\u0085"u8) >= 0 || utf8.IndexOf("\u2028"u8) >= 0 || utf8.IndexOf("\u2029"u8) >= 0;

    /// <summary>
    /// Writes the record to <see cref="Path"/>: a new temporary file beside it, then a rename, so a
    /// reader sees the old record or the new one. A symbolic link as the folder or the file is refused,
    /// never written through.
    /// </summary>
    public void Save()
    {
        var display = Extracts.SituationLoader.Display(Path);
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        try
        {
            if (new DirectoryInfo(directory).LinkTarget is not null || (File.Exists(Path) && new FileInfo(Path).LinkTarget is not null))
                throw new InputException(SourceLocation.Of(display), "the editions record or its folder is a symbolic link; SitRep does not write through links", "editions");
            Directory.CreateDirectory(directory);
            var bytes = SerializeToUtf8();
            var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            try
            {
                using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    file.Write(bytes);
                    file.Flush(flushToDisk: true);
                }

                File.Move(temporary, Path, overwrite: true);
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(SourceLocation.Of(display), $"cannot write the editions record: {e.Message}", "editions");
        }
    }
}

/// <summary>One edition as recorded.</summary>
public sealed class EditionEntry
{
    public int Number { get; set; }

    /// <summary>YYYY-MM-DD; see <see cref="Edition.Date"/>.</summary>
    public string Date { get; set; } = "";

    /// <summary>The situation's as_of when the edition was made.</summary>
    public string AsOf { get; set; } = "";

    /// <summary>SHA-256 of <see cref="Snapshot"/> (see <see cref="ExtractSnapshot.Hash"/>).</summary>
    public string ContentHash { get; set; } = "";

    private StoredSnapshot stored = new(new ExtractSnapshot.Data());

    [JsonIgnore]
    public ExtractSnapshot.Data Snapshot
    {
        get => stored.Data;
        set => stored = new StoredSnapshot(value);
    }

    /// <summary>What the record holds under <c>snapshot</c>: read as JSON, parsed into <see cref="Snapshot"/> when first asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("snapshot")]
    internal StoredSnapshot StoredSnapshot
    {
        get => stored;
        set => stored = value;
    }

    [JsonIgnore]
    public EditionRef Ref => new(Number, Date);
}
