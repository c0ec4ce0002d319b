using System.Text;
using System.Text.RegularExpressions;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SitRep.Extraction;

/// <summary>
/// The sources to draft from, read through the file-access layer: a situation's manifest and
/// sources/ (with its places and actors, to match names against), or loose text files.
/// </summary>
public sealed class SourceSet
{
    public const long MaxSourceBytes = SituationLoader.MaxSourceBytes;

    public required IReadOnlyList<SourceDocument> Documents { get; init; }
    public IReadOnlyList<Place> Places { get; init; } = [];
    public IReadOnlyList<Actor> Actors { get; init; } = [];

    /// <summary>The manifest's sources, or those of them whose files are named in <paramref name="only"/>.</summary>
    public static SourceSet FromSituation(string directory, IReadOnlyList<string> only)
    {
        if (!Directory.Exists(directory))
            throw new InputException(SourceLocation.Of(SituationLoader.Display(directory)), "situation folder not found");
        var folder = new InputFolder(directory, SituationLoader.Display(directory), "situation");
        var diagnostics = new DiagnosticBag();
        var entries = ReadList<SourceEntry>(folder, "sources.yaml", "sources", diagnostics, required: true);
        if (diagnostics.HasErrors)
            throw new InputException(diagnostics.Items);

        var wanted = only.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var documents = new List<SourceDocument>();
        foreach (var entry in entries)
        {
            if (wanted.Count > 0 && !wanted.Contains(Path.GetFullPath(Path.Combine(directory, entry.File))))
                continue;
            var text = Decode(folder.ReadBytesOrThrow(entry.File, MaxSourceBytes), folder.Display(entry.File));
            PartialDate? published = PartialDate.TryParse(entry.Published, out var date) ? date : null;
            documents.Add(new SourceDocument(entry.Id, folder.Display(entry.File), text, published, entry.Language));
        }

        foreach (var path in wanted.Where(p => !entries.Any(e => Path.GetFullPath(Path.Combine(directory, e.File)) == p)))
            throw new InputException(SourceLocation.Of(SituationLoader.Display(path)), $"is not a source of the situation '{folder.DisplayName}'; add it to sources.yaml, or leave out --situation");

        // Names are matched against what the situation already knows; a broken curated file only means fewer matches.
        var ignored = new DiagnosticBag();
        return new SourceSet
        {
            Documents = documents,
            Places = folder.HasFile("places.yaml") ? ReadList<Place>(folder, "places.yaml", "places", ignored, required: false) : [],
            Actors = folder.HasFile("actors.yaml") ? ReadList<Actor>(folder, "actors.yaml", "actors", ignored, required: false) : [],
        };
    }

    /// <summary>Loose source files, each read from its own folder; id, date and language from the name and the text.</summary>
    public static SourceSet FromFiles(IReadOnlyList<string> paths)
    {
        var documents = new List<SourceDocument>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var folder = new InputFolder(Path.GetDirectoryName(full)!, SituationLoader.Display(Path.GetDirectoryName(full)!), "source");
            var name = Path.GetFileName(full);
            var display = SituationLoader.Display(full);
            if (!File.Exists(full))
                throw new InputException(SourceLocation.Of(display), Directory.Exists(full) ? "is a folder; give source text files, or the situation with --situation" : "source file not found");
            var text = Decode(folder.ReadBytesOrThrow(name, MaxSourceBytes), display);
            var id = TextKeys.Slug(Path.GetFileNameWithoutExtension(name));
            if (documents.Any(d => d.Id == id))
                throw new InputException(SourceLocation.Of(display), $"two sources would both be called '{id}'; rename one");
            documents.Add(new SourceDocument(id, display, text, PublishedOf(name, text), LanguageOf(text)));
        }

        return new SourceSet { Documents = documents };
    }

    private static string Decode(byte[] bytes, string display)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (span.IndexOf((byte)0) >= 0)
            throw new InputException(SourceLocation.Of(display), "source file is binary, not text (it contains a NUL byte)", "encoding");
        if (!System.Text.Unicode.Utf8.IsValid(span))
            throw new InputException(SourceLocation.Of(display), "source file is not valid UTF-8 (Latin-1 or Windows-1252 text?); save it as UTF-8", "encoding");
        return Encoding.UTF8.GetString(span);
    }

    /// <summary>The publication date: from a YYYY-MM-DD in the file name, else the first date line of the text.</summary>
    public static PartialDate? PublishedOf(string fileName, string text)
    {
        var named = Regex.Match(fileName, @"(?<!\d)(\d{4}-\d{2}(?:-\d{2})?)(?!\d)", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (named.Success && PartialDate.TryParse(named.Groups[1].Value, out var date))
            return date;
        var head = string.Join('\n', text.Split('\n').Take(25));
        var first = DateFinder.Find(head, null, []).FirstOrDefault(d => d.Role == "metadata" && !d.Relative);
        return first is not null && PartialDate.TryParse(first.Date, out var found) ? found : null;
    }

    /// <summary>"fr" when French function words outnumber English ones, else "en".</summary>
    public static string LanguageOf(string text)
    {
        static int Count(string text, string[] words) =>
            words.Sum(w => Regex.Matches(text, $@"(?<!\p{{L}}){w}(?!\p{{L}})", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)).Count);
        var french = Count(text, ["le", "la", "les", "des", "est", "et", "du", "une", "dans", "qui"]);
        var english = Count(text, ["the", "and", "of", "is", "to", "in", "that", "was", "with", "which"]);
        return french > english ? "fr" : "en";
    }

    private static List<T> ReadList<T>(InputFolder folder, string file, string key, DiagnosticBag diagnostics, bool required)
        where T : YamlRecord, new()
    {
        var display = folder.Display(file);
        if (!folder.HasFile(file))
        {
            if (required)
                diagnostics.Error(SourceLocation.Of(display), "file not found; a situation lists its sources in sources.yaml", "missing-file");
            return [];
        }

        var text = Decode(folder.ReadBytesOrThrow(file, SituationLoader.MaxYamlBytes), display);
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(text);
        }
        catch (YamlTooDeepException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), BoundedYaml.TooDeepMessage, "yaml");
            return [];
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column)), "YAML syntax: " + e.Message.Split('\n')[0], "yaml");
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode(key), out var list))
        {
            diagnostics.Error(SourceLocation.Of(display), $"expected a top-level '{key}:' list", "missing-key");
            return [];
        }

        return new YamlBinder(display, diagnostics).BindList<T>(list, key);
    }
}
