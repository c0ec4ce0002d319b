using System.Text;
using SitRep.Concurrency;
using SitRep.Diagnostics;
using SitRep.Files;
using SitRep.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>Reads a situation folder into the typed model, collecting every structural problem.</summary>
public static class SituationLoader
{
    public const long MaxYamlBytes = 4 * 1024 * 1024;
    public const long MaxSourceBytes = 5 * 1024 * 1024;

    public static Situation Load(string directory, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(directory))
            throw new InputException(SourceLocation.Of("--situation"), "no situation folder given (the path is empty)");
        if (!System.IO.Directory.Exists(directory))
            throw new InputException(SourceLocation.Of(Display(directory)), File.Exists(directory) ? "is a file; give the situation folder that holds situation.yaml" : "situation folder not found");

        var folder = new InputFolder(directory, Display(directory), "situation");
        var yaml = new LoadedYaml();
        // The files are parsed side by side, each into its own findings; they are taken in this order below, so
        // the findings come out in the same order as from one file after another.
        foreach (var (file, required) in TopLevelFiles)
            yaml.Ahead[file] = (required, new SharedWork<(LoadedYaml, DiagnosticBag)>(() => ParseAlone(folder, file, required)));
        var info = ReadRoot(folder, "situation.yaml", required: true, yaml, diagnostics) is { } infoNode
            ? Binder(folder, "situation.yaml", diagnostics).BindRecord<SituationInfo>(infoNode, "situation.yaml")
            : null;
        var sources = ReadList<SourceEntry>(folder, "sources.yaml", "sources", required: true, yaml, diagnostics);
        var response = ReadLists(folder, "response.yaml", ["funding", "response", "gaps"], yaml, diagnostics);
        var situation = new Situation
        {
            Directory = directory,
            Folder = folder,
            Info = info ?? new SituationInfo { Location = SourceLocation.Of(folder.Display("situation.yaml")) },
            Sources = sources,
            Texts = ReadSourceTexts(folder, sources, diagnostics),
            Background = ReadList<BackgroundItem>(folder, "background.yaml", "background", false, yaml, diagnostics),
            Timeline = ReadList<TimelineEvent>(folder, "timeline.yaml", "timeline", false, yaml, diagnostics),
            Actors = ReadList<Actor>(folder, "actors.yaml", "actors", false, yaml, diagnostics),
            Figures = ReadList<Figure>(folder, "figures.yaml", "figures", false, yaml, diagnostics),
            Quotes = ReadList<Quote>(folder, "quotes.yaml", "quotes", false, yaml, diagnostics),
            Judgments = ReadList<Judgment>(folder, "judgments.yaml", "judgments", false, yaml, diagnostics),
            Places = ReadList<Place>(folder, "places.yaml", "places", false, yaml, diagnostics),
            Charts = ReadList<ChartSpec>(folder, "charts.yaml", "charts", false, yaml, diagnostics),
            Funding = response.Bind<Funding>("funding"),
            Response = response.Bind<SectorItem>("response"),
            Gaps = response.Bind<SectorItem>("gaps"),
            Drafts = new DraftExtracts
            {
                Figures = ReadList<Figure>(folder, "figures.draft.yaml", "figures", false, yaml, diagnostics),
                Quotes = ReadList<Quote>(folder, "quotes.draft.yaml", "quotes", false, yaml, diagnostics),
                Timeline = ReadList<TimelineEvent>(folder, "timeline.draft.yaml", "timeline", false, yaml, diagnostics),
                Places = ReadList<Place>(folder, "places.draft.yaml", "places", false, yaml, diagnostics),
                Actors = ReadList<Actor>(folder, "actors.draft.yaml", "actors", false, yaml, diagnostics),
            },
            YamlTexts = yaml.Texts,
            YamlRoots = yaml.Roots,
        };

        // The previous schema's 'approximate: true' meant "about"; the checker notes the migration.
        foreach (var figure in situation.Figures.Concat(situation.Drafts.Figures))
        {
            if (figure.LegacyApproximate == true && !figure.FieldLocations.ContainsKey("qualifier"))
                figure.Qualifier = "about";
        }

        if (sources.Count == 0 && yaml.Texts.ContainsKey(folder.Display("sources.yaml")) && !diagnostics.Items.Any(d => d.Location.File == folder.Display("sources.yaml")))
            diagnostics.Error(SourceLocation.Of(folder.Display("sources.yaml")),
                "no sources yet: save each source text as a UTF-8 file in sources/ and list it here (id, file, outlet, title, published); every extract cites one", "no-sources");
        return situation;
    }

    /// <summary>A path as messages show it: relative to the working folder when inside it.</summary>
    public static string Display(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0'))
            return path.Replace("\0", "\\0", StringComparison.Ordinal);
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    private static YamlBinder Binder(InputFolder folder, string file, DiagnosticBag diagnostics) =>
        new(folder.Display(file), diagnostics);

    private static List<T> ReadList<T>(InputFolder folder, string file, string key, bool required, LoadedYaml yaml, DiagnosticBag diagnostics)
        where T : YamlRecord, new()
    {
        var lists = ReadLists(folder, file, [key], yaml, diagnostics, required);
        if (lists.Root is { } root && !lists.Nodes.ContainsKey(key))
            diagnostics.Error(lists.Binder.At(root), $"expected a top-level '{key}:' list", "missing-key");
        return lists.Bind<T>(key);
    }

    /// <summary>The top-level lists of a file that may hold several (each optional).</summary>
    private static TopLevelLists ReadLists(InputFolder folder, string file, string[] keys, LoadedYaml yaml, DiagnosticBag diagnostics, bool required = false)
    {
        var binder = Binder(folder, file, diagnostics);
        var nodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (ReadRoot(folder, file, required, yaml, diagnostics) is not YamlMappingNode root)
            return new TopLevelLists(binder, null, nodes);
        foreach (var (k, v) in root.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (keys.Contains(name))
                nodes[name] = v;
            else
                diagnostics.Error(binder.At(k), $"unknown top-level key '{name}' (this file holds {string.Join(", ", keys.Select(key => $"'{key}:'"))})" + YamlBinder.DidYouMean(name, keys), "unknown-key");
        }

        return new TopLevelLists(binder, root, nodes);
    }

    /// <summary>What the loader read of each YAML file: its text by the path messages show, its tree by file name.</summary>
    private sealed class LoadedYaml
    {
        public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, YamlMappingNode> Roots { get; } = new(StringComparer.Ordinal);

        /// <summary>Files being parsed ahead, by name, each taken once.</summary>
        public Dictionary<string, (bool Required, SharedWork<(LoadedYaml Yaml, DiagnosticBag Diagnostics)> Parse)> Ahead { get; } = new(StringComparer.Ordinal);
    }

    private sealed record TopLevelLists(YamlBinder Binder, YamlMappingNode? Root, Dictionary<string, YamlNode> Nodes)
    {
        public List<T> Bind<T>(string key)
            where T : YamlRecord, new() => Nodes.TryGetValue(key, out var node) ? Binder.BindList<T>(node, key) : [];
    }

    /// <summary>Deeper nesting than this is refused while the tree is built (building it recurses).</summary>
    public const int MaxYamlDepth = BoundedYaml.MaxDepth;

    /// <summary>Every top-level YAML file the loader reads, and whether it must exist.</summary>
    private static readonly (string File, bool Required)[] TopLevelFiles =
    [
        ("situation.yaml", true), ("sources.yaml", true), ("response.yaml", false), ("background.yaml", false),
        ("timeline.yaml", false), ("actors.yaml", false), ("figures.yaml", false), ("quotes.yaml", false),
        ("judgments.yaml", false), ("places.yaml", false), ("charts.yaml", false), ("figures.draft.yaml", false),
        ("quotes.draft.yaml", false), ("timeline.draft.yaml", false), ("places.draft.yaml", false), ("actors.draft.yaml", false),
    ];

    private static (LoadedYaml Yaml, DiagnosticBag Diagnostics) ParseAlone(InputFolder folder, string file, bool required)
    {
        var yaml = new LoadedYaml();
        var diagnostics = new DiagnosticBag();
        ParseRoot(folder, file, required, yaml, diagnostics);
        return (yaml, diagnostics);
    }

    private static YamlMappingNode? ReadRoot(InputFolder folder, string file, bool required, LoadedYaml yaml, DiagnosticBag diagnostics)
    {
        if (!yaml.Ahead.Remove(file, out var ahead) || ahead.Required != required)
            return ParseRoot(folder, file, required, yaml, diagnostics);
        var (own, findings) = ahead.Parse.Result;
        diagnostics.AddRange(findings.Items);
        foreach (var (display, text) in own.Texts)
            yaml.Texts[display] = text;
        foreach (var (name, root) in own.Roots)
            yaml.Roots[name] = root;
        return own.Roots.GetValueOrDefault(file);
    }

    private static YamlMappingNode? ParseRoot(InputFolder folder, string file, bool required, LoadedYaml yaml, DiagnosticBag diagnostics)
    {
        var display = folder.Display(file);
        EntryKind kind;
        try
        {
            kind = folder.KindOf(file);
        }
        catch (InputFileError e)
        {
            diagnostics.Error(SourceLocation.Of(display), e.Message, "input-file");
            return null;
        }

        switch (kind)
        {
            case EntryKind.Directory:
                diagnostics.Error(SourceLocation.Of(display), "is a folder, not a YAML file", "missing-file");
                return null;
            case EntryKind.Missing:
                if (required)
                    diagnostics.Error(SourceLocation.Of(display), "file not found", "missing-file");
                return null;
        }

        if (ReadText(folder, file, MaxYamlBytes, "file", diagnostics) is not { } text)
            return null;
        yaml.Texts[display] = text;

        if (OnlyCommentsOrBlank(text))
        {
            diagnostics.Error(SourceLocation.Of(display), $"file is empty; it should hold {Expected(file)}", "empty");
            return null;
        }

        try
        {
            var stream = SplitYaml.Load(text);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                var at = stream.Documents.Count == 0 ? SourceLocation.Of(display) : new SourceLocation(display, (int)stream.Documents[0].RootNode.Start.Line, (int)stream.Documents[0].RootNode.Start.Column);
                diagnostics.Error(at, $"expected {Expected(file)} at the top of the file", "yaml");
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode;
                diagnostics.Error(new SourceLocation(display, (int)second.Start.Line, (int)second.Start.Column), "the file holds more than one YAML document (a '---' line); keep everything in one", "yaml");
                return null;
            }

            // Aliases and sizes are measured before anything binds or hashes the tree.
            if (YamlBounds.Check(root, display) is { } tooBig)
            {
                diagnostics.AddRange([tooBig]);
                return null;
            }

            yaml.Roots[file] = root;
            return root;
        }
        catch (YamlTooDeepException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), $"YAML is nested more than {MaxYamlDepth} levels deep", "yaml");
            return null;
        }
        catch (YamlException e)
        {
            var (line, column, message) = YamlProblem(text, e);
            diagnostics.Error(new SourceLocation(display, line, column), "YAML syntax: " + message, "yaml");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // The parser read the file; building the tree failed anyway (a fault of the tree builder, not the user's).
            diagnostics.Error(SourceLocation.Of(display), $"YAML cannot be read ({e.Message}); check quotes, brackets and indentation", "yaml");
            return null;
        }
    }

    /// <summary>True when no line holds anything but spaces or a comment (the first line that does ends the look).</summary>
    private static bool OnlyCommentsOrBlank(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var content = line.TrimStart();
            if (content.Length > 0 && content[0] != '#')
                return false;
        }

        return true;
    }

    private static string Expected(string file) => file == "situation.yaml"
        ? "'key: value' lines (id:, title:, country:, as_of: …)"
        : $"a top-level '{Path.GetFileNameWithoutExtension(file)}:' list";

    /// <summary>A YAML error as a person can act on it: where it really is, and what to do.</summary>
    private static (int Line, int Column, string Message) YamlProblem(string text, YamlException e)
    {
        var inner = e.InnerException as YamlException ?? e;
        if (e.InnerException is not null and not YamlException)
            return ((int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column), e.Message);
        var message = inner.Message;
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        message = at >= 0 && message.StartsWith('(') ? message[(at + 3)..] : message;
        message = message.Split('\n')[0].Trim();
        int line = (int)inner.Start.Line, column = (int)inner.Start.Column;
        if (line <= 0)
            (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
        if (line <= 0)
            (line, column) = (1, 1);

        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            var found = Enumerable.Range(0, lines.Length).Where(i => LeadingTab(lines[i]) >= 0).Select(i => (int?)i).ToList();
            var index = found.FirstOrDefault(i => i + 1 >= line) ?? found.FirstOrDefault();
            if (index is { } i)
                return (i + 1, LeadingTab(lines[i]) + 1, "a tab is used for indentation; indent with spaces, not tabs");
            return (line, column, message + " (indent with spaces, not tabs)");
        }

        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) && message.Contains("escape", StringComparison.OrdinalIgnoreCase))
            return (line, column, $"a backslash in a double-quoted value starts an escape such as \\n; write \\\\ for a backslash, or use single quotes: {message}");
        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase)
            && (message.Contains("end of stream", StringComparison.OrdinalIgnoreCase) || message.Contains("indentation", StringComparison.OrdinalIgnoreCase) || message.Contains("document indicator", StringComparison.OrdinalIgnoreCase)))
            return (line, column, $"the quoted value that starts here has no closing quote (or its next line is not indented enough): {message}");
        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return (line, column, $"in the quoted value that starts here: {message}");

        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            var rest = line - 1 < lines.Length && column - 1 < lines[line - 1].Length ? lines[line - 1][(column - 1)..] : "";
            var key = rest.IndexOf(':') is > 0 and var colon ? rest[..colon].Trim() : "";
            return (line, column, key.Length > 0
                ? $"key '{key}' appears twice in the same mapping; merge the two or remove one"
                : "this key appears twice in the same mapping; merge the two or remove one");
        }

        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            message += " (a value holding ': ' must be quoted)";
        return (line, column, message);
    }

    /// <summary>The position of a tab in a line's indentation, or -1.</summary>
    private static int LeadingTab(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\t')
                return i;
            if (line[i] != ' ')
                return -1;
        }

        return -1;
    }

    private static Dictionary<string, SourceText> ReadSourceTexts(InputFolder folder, IReadOnlyList<SourceEntry> sources, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source.File) || string.IsNullOrWhiteSpace(source.Id))
                continue;
            EntryKind kind;
            try
            {
                kind = folder.KindOf(source.File);
            }
            catch (InputFileError e)
            {
                diagnostics.Error(source.Where("file"), $"source file {e.Message}", "source-file");
                continue;
            }

            switch (kind)
            {
                case EntryKind.Directory:
                    diagnostics.Error(source.Where("file"), $"source file '{source.File}' is a folder, not a text file", "source-file");
                    continue;
                case EntryKind.Missing:
                    diagnostics.Error(source.Where("file"), $"source file '{source.File}' not found", "source-file");
                    continue;
            }

            var display = folder.Display(source.File);
            if (ReadText(folder, source.File, MaxSourceBytes, "source file", diagnostics, $" (cited by source '{source.Id}' at {source.Where("file")})") is { } text)
                texts[source.Id] = new SourceText(display, text);
        }

        return texts;
    }

    /// <summary>
    /// Reads a file of the folder as UTF-8 text (a byte-order mark is allowed), or reports why it is not
    /// text: not a regular file of the folder (a link, a FIFO, a device: nothing of what it points at is
    /// read or shown), binary content (NUL bytes), or a byte sequence that is not UTF-8, with its line and column.
    /// </summary>
    private static string? ReadText(InputFolder folder, string file, long maxBytes, string what, DiagnosticBag diagnostics, string citedBy = "")
    {
        var display = folder.Display(file);
        byte[] bytes;
        try
        {
            bytes = folder.ReadBytes(file, maxBytes);
        }
        catch (InputFileError e)
        {
            diagnostics.Error(SourceLocation.Of(display), $"{what} {e.Message}{citedBy}", "input-file");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.Of(display), $"cannot read the {what}: {e.Message}", "io");
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var span = bytes.AsSpan(start);
        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = LineAndColumn(span, nul);
            var utf16 = span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF));
            diagnostics.Error(new SourceLocation(display, line, column),
                utf16 ? $"{what} is UTF-16 text; save it as UTF-8" : $"{what} is binary, not text (it contains a NUL byte at offset {start + nul})", "encoding");
            return null;
        }

        var valid = System.Text.Unicode.Utf8.IsValid(span);
        for (var offset = 0; !valid && offset < span.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                var (line, column) = LineAndColumn(span, offset);
                diagnostics.Error(new SourceLocation(display, line, column),
                    $"{what} is not valid UTF-8: byte 0x{span[offset]:X2} at offset {start + offset} (Latin-1 or Windows-1252 text?); save it as UTF-8", "encoding");
                return null;
            }

            offset += consumed;
        }

        return Encoding.UTF8.GetString(span);
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset in UTF-8 text.</summary>
    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            if ((b & 0xC0) != 0x80)
                column++;
        }

        return (line, column);
    }
}
