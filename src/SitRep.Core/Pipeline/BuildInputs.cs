using System.Globalization;
using System.Reflection;
using System.Text;
using SitRep.Files;
using SitRep.Templates;

namespace SitRep.Pipeline;

/// <summary>One file that a brief is built from, with the SHA-256 of the bytes the build read.</summary>
/// <param name="Kind">"situation" (a file of the situation folder) or "template" (a file of the template).</param>
/// <param name="Path">Relative to the situation folder or the template root, with '/' separators.</param>
public sealed record InputFile(string Kind, string Path, string Sha256);

/// <summary>One lookup a build made in the situation folder or the template (<paramref name="Kind"/>), with the answer it got.</summary>
public sealed record InputQuery(string Kind, InputLookup Lookup);

/// <summary>
/// Everything one brief (a situation with a template) was built from, and one hash over all of it.
/// <para>
/// The inputs are exactly what the build took from its folders: each file it read (situation.yaml,
/// sources.yaml, the extract files, the source texts cited, the template's manifest, theme, entry,
/// partials, fonts and logo), hashed from the bytes it read, and each lookup it made, with the answer:
/// an extract file it looked for and did not find, the names in a folder it listed (the partials, the
/// situation's YAML files). A file nothing refers to is never read, so it is no input. The tool version
/// (the assembly's informational version, which carries the commit, and the build's module ID) and the
/// SOURCE_DATE_EPOCH setting count too. The hash is SHA-256 over the lines "KIND:PATH\0SHA256\n" in
/// ordinal order of (kind, path), then "lookup:KIND:PATH\0ANSWER\0NAME…\n" in order, then
/// "tool:VERSION\n" and "timestamp:VALUE\n".
/// </para>
/// <para>
/// The next build decides whether a brief is unchanged by <see cref="Replay"/>: it reads the recorded
/// files again and repeats the recorded lookups, and nothing else. Any change the build would see (an
/// edited file, a new extract file where one was missing, a new partial) changes the hash.
/// </para>
/// </summary>
public sealed record BuildInputs(string ToolVersion, string Timestamp, IReadOnlyList<InputFile> Files, IReadOnlyList<InputQuery> Lookups, string Hash)
{
    public const string SituationKind = "situation";
    public const string TemplateKind = "template";

    /// <summary>What stands for a recorded file that cannot be read now (missing, replaced by a link…): never a SHA-256, so the brief is rebuilt and the build says why.</summary>
    private const string Unreadable = "unreadable";

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

    /// <summary>The inputs of a build, from what it read from the situation folder and the template.</summary>
    public static BuildInputs Of(ReadRecord situation, ReadRecord template, DateTimeOffset? timestamp, string? toolVersion = null)
    {
        var files = situation.FilesRead.Select(f => new InputFile(SituationKind, f.Path, f.Sha256))
            .Concat(template.FilesRead.Select(f => new InputFile(TemplateKind, f.Path, f.Sha256)));
        var lookups = situation.Lookups.Select(l => new InputQuery(SituationKind, l))
            .Concat(template.Lookups.Select(l => new InputQuery(TemplateKind, l)));
        return Hashed(files, lookups, toolVersion ?? CurrentToolVersion, Stamp(timestamp));
    }

    /// <summary>
    /// The inputs a build of the situation with the template reads: loads both as a build does (the
    /// situation, its editions snapshot, the template and the locale file it looks up). Throws <see cref="Diagnostics.InputException"/> when they cannot be loaded.
    /// </summary>
    public static BuildInputs Compute(string situationDirectory, string template, DateTimeOffset? timestamp, string? toolVersion = null)
    {
        var situation = Extracts.SituationLoader.Load(situationDirectory, new Diagnostics.DiagnosticBag());
        Editions.ExtractSnapshot.Read(situation);
        var brief = BriefTemplate.Load(template);
        BriefLocale.For(situation, brief);
        return Of(situation.Folder!.Record, brief.Files.Record, timestamp, toolVersion);
    }

    /// <summary>
    /// The inputs as they are now, for the files and lookups a previous build recorded: reads those files
    /// again (regular files only, bounded, never blocking) and repeats those lookups, and touches nothing
    /// else. The hash equals the recorded one exactly when that build would see the same inputs.
    /// </summary>
    public static BuildInputs Replay(IEnumerable<InputFile> files, IEnumerable<InputQuery> lookups, string situationDirectory, string template, DateTimeOffset? timestamp)
    {
        var situation = new InputFolder(situationDirectory, situationDirectory, SituationKind);
        ITemplateFiles? templateFiles = EmbeddedTemplateFiles.IsBuiltIn(template) ? new EmbeddedTemplateFiles(template)
            : Directory.Exists(template) ? new DirectoryTemplateFiles(template)
            : null;
        var now = files.Select(f => f with { Sha256 = ReadAgain(f, situation, templateFiles) });
        var answers = lookups.Select(q => q with
        {
            Lookup = q.Kind switch
            {
                SituationKind => situation.Repeat(q.Lookup),
                TemplateKind when templateFiles is not null => templateFiles.Repeat(q.Lookup),
                _ => q.Lookup with { Found = Unreadable },
            },
        });
        return Hashed(now, answers, CurrentToolVersion, Stamp(timestamp));
    }

    private static string ReadAgain(InputFile file, InputFolder situation, ITemplateFiles? template)
    {
        try
        {
            return file.Kind switch
            {
                SituationKind => Sha256Hex(situation.ReadBytes(file.Path, Extracts.SituationLoader.MaxSourceBytes)),
                TemplateKind when template is not null => Sha256Hex(template.ReadBytes(file.Path)),
                _ => Unreadable,
            };
        }
        catch (Exception e) when (e is InputFileError or Diagnostics.InputException or IOException or UnauthorizedAccessException)
        {
            return Unreadable;
        }
    }

    private static string Stamp(DateTimeOffset? timestamp) =>
        timestamp is { } t ? t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) : "as-of";

    private static BuildInputs Hashed(IEnumerable<InputFile> files, IEnumerable<InputQuery> lookups, string version, string stamp)
    {
        var sortedFiles = files.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
        var sortedLookups = lookups.OrderBy(q => q.Kind, StringComparer.Ordinal).ThenBy(q => q.Lookup.Path, StringComparer.Ordinal)
            .ThenBy(q => q.Lookup.Found, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        foreach (var file in sortedFiles)
            text.Append(file.Kind).Append(':').Append(file.Path).Append('\0').Append(file.Sha256).Append('\n');
        foreach (var (kind, lookup) in sortedLookups)
        {
            text.Append("lookup:").Append(kind).Append(':').Append(lookup.Path).Append('\0').Append(lookup.Found);
            foreach (var name in lookup.Names)
                text.Append('\0').Append(name);
            text.Append('\n');
        }

        text.Append("tool:").Append(version).Append('\n');
        text.Append("timestamp:").Append(stamp).Append('\n');
        return new BuildInputs(version, stamp, sortedFiles, sortedLookups, Sha256Hex(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Sha256.Hex(bytes);

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256OfFile(string path) => Sha256.HexOfFile(path);
}
