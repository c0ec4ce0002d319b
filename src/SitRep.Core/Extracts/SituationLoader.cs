using System.Text;
using SitRep.Diagnostics;
using SitRep.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>Reads a situation folder into the typed model, collecting every structural problem.</summary>
public static class SituationLoader
{
    public const long MaxYamlBytes = 2 * 1024 * 1024;
    public const long MaxSourceBytes = 5 * 1024 * 1024;

    public static Situation Load(string directory, DiagnosticBag diagnostics)
    {
        if (!System.IO.Directory.Exists(directory))
            throw new InputException(SourceLocation.Of(Display(directory)), "situation folder not found");

        var info = ReadRoot(directory, "situation.yaml", required: true, diagnostics) is { } infoNode
            ? Binder(directory, "situation.yaml", diagnostics).BindRecord<SituationInfo>(infoNode, "situation.yaml")
            : null;
        var sources = ReadList<SourceEntry>(directory, "sources.yaml", "sources", required: true, diagnostics);
        var situation = new Situation
        {
            Directory = directory,
            Info = info ?? new SituationInfo { Location = SourceLocation.Of(Display(Path.Combine(directory, "situation.yaml"))) },
            Sources = sources,
            Texts = ReadSourceTexts(directory, sources, diagnostics),
            Background = ReadList<BackgroundItem>(directory, "background.yaml", "background", false, diagnostics),
            Timeline = ReadList<TimelineEvent>(directory, "timeline.yaml", "timeline", false, diagnostics),
            Actors = ReadList<Actor>(directory, "actors.yaml", "actors", false, diagnostics),
            Figures = ReadList<Figure>(directory, "figures.yaml", "figures", false, diagnostics),
            Quotes = ReadList<Quote>(directory, "quotes.yaml", "quotes", false, diagnostics),
            Judgments = ReadList<Judgment>(directory, "judgments.yaml", "judgments", false, diagnostics),
            Places = ReadList<Place>(directory, "places.yaml", "places", false, diagnostics),
            Charts = ReadList<ChartSpec>(directory, "charts.yaml", "charts", false, diagnostics),
        };
        return situation;
    }

    /// <summary>A path as messages show it: relative to the working folder when inside it.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static YamlBinder Binder(string directory, string file, DiagnosticBag diagnostics) =>
        new(Display(Path.Combine(directory, file)), diagnostics);

    private static List<T> ReadList<T>(string directory, string file, string key, bool required, DiagnosticBag diagnostics)
        where T : YamlRecord, new()
    {
        if (ReadRoot(directory, file, required, diagnostics) is not YamlMappingNode root)
            return [];
        var binder = Binder(directory, file, diagnostics);
        YamlNode? list = null;
        foreach (var (k, v) in root.Children)
        {
            var name = (k as YamlScalarNode)?.Value;
            if (name == key)
                list = v;
            else
                diagnostics.Error(binder.At(k), $"unknown top-level key '{name}' (this file holds '{key}:')", "unknown-key");
        }

        if (list is null)
        {
            diagnostics.Error(binder.At(root), $"expected a top-level '{key}:' list", "missing-key");
            return [];
        }

        return binder.BindList<T>(list, key);
    }

    private static YamlMappingNode? ReadRoot(string directory, string file, bool required, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(directory, file);
        var display = Display(path);
        if (!File.Exists(path))
        {
            if (required)
                diagnostics.Error(SourceLocation.Of(display), "file not found", "missing-file");
            return null;
        }

        if (new FileInfo(path).Length > MaxYamlBytes)
        {
            diagnostics.Error(SourceLocation.Of(display), $"file is larger than {MaxYamlBytes / 1024 / 1024} MB", "too-large");
            return null;
        }

        string text;
        try
        {
            text = ReadUtf8(path);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.Of(display), "file is not valid UTF-8", "encoding");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.Of(display), "file is empty", "empty");
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Error(SourceLocation.Of(display), "expected a mapping of 'key: value' lines at the top of the file", "yaml");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), "YAML syntax: " + YamlMessage(e), "yaml");
            return null;
        }
    }

    private static string YamlMessage(YamlException e)
    {
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        message = at >= 0 && message.StartsWith('(') ? message[(at + 3)..] : message;
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
            message += " (indent with spaces, not tabs)";
        return message;
    }

    private static Dictionary<string, SourceText> ReadSourceTexts(string directory, IReadOnlyList<SourceEntry> sources, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var root = Path.GetFullPath(directory);
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source.File) || string.IsNullOrWhiteSpace(source.Id))
                continue;
            var path = Path.GetFullPath(Path.Combine(directory, source.File));
            var display = Display(path);
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(source.Where("file"), $"source file '{source.File}' lies outside the situation folder", "source-file");
                continue;
            }

            if (!File.Exists(path))
            {
                diagnostics.Error(source.Where("file"), $"source file '{source.File}' not found", "source-file");
                continue;
            }

            var length = new FileInfo(path).Length;
            if (length > MaxSourceBytes)
            {
                diagnostics.Error(SourceLocation.Of(display), $"source file is {length / (1024.0 * 1024.0):0.#} MB; the limit is {MaxSourceBytes / 1024 / 1024} MB", "too-large");
                continue;
            }

            try
            {
                var text = ReadUtf8(path);
                var nul = text.IndexOf('\0');
                if (nul >= 0)
                {
                    diagnostics.Error(SourceLocation.Of(display), "source file is binary (it contains NUL bytes), not text", "encoding");
                    continue;
                }

                texts[source.Id] = new SourceText(display, text);
            }
            catch (DecoderFallbackException e)
            {
                diagnostics.Error(SourceLocation.Of(display), $"source file is not valid UTF-8 (bad byte at offset {e.Index})", "encoding");
            }
        }

        return texts;
    }

    private static string ReadUtf8(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start);
    }
}
