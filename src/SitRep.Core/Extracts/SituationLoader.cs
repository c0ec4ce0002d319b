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
        if (string.IsNullOrWhiteSpace(directory))
            throw new InputException(SourceLocation.Of("--situation"), "no situation folder given (the path is empty)");
        if (!System.IO.Directory.Exists(directory))
            throw new InputException(SourceLocation.Of(Display(directory)), File.Exists(directory) ? "is a file; give the situation folder that holds situation.yaml" : "situation folder not found");

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
        if (string.IsNullOrEmpty(path) || path.Contains('\0'))
            return path.Replace("\0", "\\0", StringComparison.Ordinal);
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

    /// <summary>Deeper nesting than this is refused before the tree is built (building it recurses).</summary>
    public const int MaxYamlDepth = 64;

    private static YamlMappingNode? ReadRoot(string directory, string file, bool required, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(directory, file);
        var display = Display(path);
        if (System.IO.Directory.Exists(path))
        {
            diagnostics.Error(SourceLocation.Of(display), "is a folder, not a YAML file", "missing-file");
            return null;
        }

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

        if (ReadText(path, display, "file", diagnostics) is not { } text)
            return null;

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.Of(display), $"file is empty; it should hold {Expected(file)}", "empty");
            return null;
        }

        try
        {
            if (TooDeep(text) is { } deep)
            {
                diagnostics.Error(new SourceLocation(display, (int)deep.Line, (int)deep.Column), $"YAML is nested more than {MaxYamlDepth} levels deep", "yaml");
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
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

            return root;
        }
        catch (YamlException e)
        {
            var (line, column, message) = YamlProblem(text, e);
            diagnostics.Error(new SourceLocation(display, line, column), "YAML syntax: " + message, "yaml");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // The streaming pass read the file; building the tree failed anyway (a parser fault, not the user's).
            diagnostics.Error(SourceLocation.Of(display), $"YAML cannot be read ({e.Message}); check quotes, brackets and indentation", "yaml");
            return null;
        }
    }

    private static string Expected(string file) => file == "situation.yaml"
        ? "'key: value' lines (id:, title:, country:, as_of: …)"
        : $"a top-level '{Path.GetFileNameWithoutExtension(file)}:' list";

    /// <summary>Where the nesting first exceeds <see cref="MaxYamlDepth"/>, found with the streaming parser (which does not recurse).</summary>
    /// <remarks>
    /// This pass also shields the loader from the parser's own failures: on some malformed input
    /// YamlDotNet throws <see cref="InvalidOperationException"/> and the like instead of a
    /// <see cref="YamlException"/>; those become a syntax error at the scanner's position.
    /// </remarks>
    private static Mark? TooDeep(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                        if (++depth > MaxYamlDepth)
                            return parser.Current.Start;
                        break;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            var at = scanner.CurrentPosition;
            if (UnclosedBracket(text, (int)at.Line) is { } open)
            {
                var mark = new Mark(0, open.Line, open.Column);
                throw new YamlException(mark, mark, $"the '{open.Bracket}' here is never closed (a stray bracket?); YAML could not be read on from line {at.Line}", e);
            }

            throw new YamlException(at, at, "the YAML parser cannot read on from here; look for a stray bracket, quote or indentation on this line or the line before", e);
        }

        return null;
    }

    /// <summary>The last line, up to <paramref name="lastLine"/>, with more '[' or '{' than it closes (outside quotes).</summary>
    private static (int Line, int Column, char Bracket)? UnclosedBracket(string text, int lastLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Min(lastLine, lines.Length) - 1; i >= 0; i--)
        {
            var stack = new Stack<(int Column, char Bracket)>();
            char? quote = null;
            var line = lines[i];
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote is { } q)
                {
                    if (ch == q)
                        quote = null;
                }
                else if (ch is '"' or '\'' && (c == 0 || line[c - 1] is ' ' or '[' or '{' or ',' or ':'))
                    quote = ch;
                else if (ch == '#' && (c == 0 || line[c - 1] == ' '))
                    break;
                else if (ch is '[' or '{')
                    stack.Push((c + 1, ch));
                else if (ch is ']' or '}' && stack.Count > 0)
                    stack.Pop();
            }

            if (stack.Count > 0)
            {
                var (column, bracket) = stack.Last();
                return (i + 1, column, bracket);
            }
        }

        return null;
    }

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

    private static Dictionary<string, SourceText> ReadSourceTexts(string directory, IReadOnlyList<SourceEntry> sources, DiagnosticBag diagnostics)
    {
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var root = Path.GetFullPath(directory);
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source.File) || string.IsNullOrWhiteSpace(source.Id))
                continue;
            string path;
            try
            {
                path = Path.GetFullPath(Path.Combine(directory, source.File));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                diagnostics.Error(source.Where("file"), $"source file '{source.File}' is not a usable path", "source-file");
                continue;
            }

            var display = Display(path);
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(source.Where("file"), $"source file '{source.File}' lies outside the situation folder", "source-file");
                continue;
            }

            if (System.IO.Directory.Exists(path))
            {
                diagnostics.Error(source.Where("file"), $"source file '{source.File}' is a folder, not a text file", "source-file");
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
                diagnostics.Error(SourceLocation.Of(display), $"source file is {length / (1024.0 * 1024.0):0.#} MB; the limit is {MaxSourceBytes / 1024 / 1024} MB (cited by source '{source.Id}' at {source.Where("file")})", "too-large");
                continue;
            }

            if (ReadText(path, display, "source file", diagnostics) is { } text)
                texts[source.Id] = new SourceText(display, text);
        }

        return texts;
    }

    /// <summary>
    /// Reads a file as UTF-8 text (a byte-order mark is allowed), or reports why it is not text:
    /// binary content (NUL bytes), or a byte sequence that is not UTF-8, with its line and column.
    /// </summary>
    private static string? ReadText(string path, string display, string what, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
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
