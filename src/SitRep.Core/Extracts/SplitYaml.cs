using SitRep.Concurrency;
using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>
/// A long file that is one top-level list (<c>timeline:</c> and its items) parsed in pieces side by side: it is cut
/// where an item starts, and each piece is the key's line and its items, padded with empty lines so that every line
/// keeps its number. YAML parsing is most of loading a long situation, and a file is otherwise read on one core.
/// A file that is not plainly such a list, a piece that does not parse, or an anchor anywhere (an alias could reach
/// across a cut) is parsed whole, so the tree and every finding are exactly what one pass gives.
/// </summary>
internal static class SplitYaml
{
    /// <summary>Shorter files are parsed in one pass: cutting them saves less than it costs.</summary>
    public const int MinChars = 256 * 1024;

    public static YamlStream Load(string text, int pieces)
    {
        if (Cut(text, pieces) is { } cut && Parse(cut) is { } stream)
            return stream;
        return BoundedYaml.Load(text);
    }

    public static YamlStream Load(string text) => Load(text, Environment.ProcessorCount);

    /// <summary>The texts of the pieces, the first one from the top of the file; null when the file is not to be cut.</summary>
    internal static List<string>? Cut(string text, int pieces)
    {
        if (pieces < 2 || text.Length < MinChars || text.Contains('\t') || text.Contains('\r'))
            return null;

        var header = (Start: -1, End: -1, Line: 0);
        var indent = -1;
        var items = new List<(int Offset, int Line)>();
        for (int position = 0, line = 1; position < text.Length; line++)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
                end = text.Length;
            var content = text.AsSpan(position, end - position);
            if (header.Start >= 0 && indent <= 0 && IsItem(content))
            {
                // The list's items at the left margin, under its key.
                indent = 0;
                items.Add((position, line));
            }
            else if (content.Length > 0 && content[0] is not (' ' or '#'))
            {
                // One key at the left margin, holding the list; a second one, a document marker or anything else: not cut.
                if (header.Start >= 0 || !IsListKey(content))
                    return null;
                header = (position, end, line);
            }
            else if (header.Start >= 0 && content.Length > 0 && content[0] == ' ')
            {
                var rest = content.TrimStart(' ');
                var spaces = content.Length - rest.Length;
                if (indent < 0 && rest.Length > 0 && rest[0] != '#')
                {
                    if (!IsItem(rest))
                        return null;
                    indent = spaces;
                }

                if (indent > 0 && spaces == indent && IsItem(rest))
                    items.Add((position, line));
            }

            position = end + 1;
        }

        if (header.Start < 0 || items.Count < pieces * 2)
            return null;

        var cuts = new List<(int Offset, int Line)>();
        for (var k = 1; k < pieces; k++)
        {
            var target = (long)text.Length * k / pieces;
            var index = items.FindIndex(i => i.Offset >= target);
            if (index > 0 && (cuts.Count == 0 || items[index].Offset > cuts[^1].Offset))
                cuts.Add(items[index]);
        }

        if (cuts.Count == 0)
            return null;
        var texts = new List<string> { text[..cuts[0].Offset] };
        var key = text[header.Start..header.End];
        for (var c = 0; c < cuts.Count; c++)
        {
            var from = cuts[c];
            var to = c + 1 < cuts.Count ? cuts[c + 1].Offset : text.Length;
            texts.Add(string.Concat(new string('\n', header.Line - 1), key, new string('\n', from.Line - header.Line), text.AsSpan(from.Offset, to - from.Offset)));
        }

        return texts;
    }

    /// <summary>The pieces parsed side by side and joined into the first one's tree; null when any is not a plain piece of the list.</summary>
    private static YamlStream? Parse(List<string> pieces)
    {
        var rest = pieces.Skip(1).Select(piece => new SharedWork<YamlStream?>(() => TryLoad(piece))).ToList();
        var first = TryLoad(pieces[0]);
        var streams = rest.Select(work => work.Result).Prepend(first).ToList();
        var lists = streams.Select(s => s is null ? null : ListOf(s)).ToList();
        if (lists.Any(l => l is null || l.Value.Key != lists[0]!.Value.Key))
            return null;
        if (pieces.Any(p => p.Contains('&')) && streams.Any(s => s!.Documents[0].AllNodes.Any(n => !n.Anchor.IsEmpty)))
            return null;

        var list = lists[0]!.Value.List;
        foreach (var part in lists.Skip(1))
        {
            foreach (var item in part!.Value.List.Children)
                list.Children.Add(item);
        }

        return first;
    }

    private static YamlStream? TryLoad(string piece)
    {
        try
        {
            return BoundedYaml.Load(piece);
        }
        catch (Exception)
        {
            // The whole file is parsed again, and that parse reports the problem where it is.
            return null;
        }
    }

    /// <summary>The one key of a one-document stream and the list it holds, or null.</summary>
    private static (string? Key, YamlSequenceNode List)? ListOf(YamlStream stream) =>
        stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode { Children.Count: 1 } root
        && root.Children.Keys.Single() is YamlScalarNode key && root.Children.Values.Single() is YamlSequenceNode list
            ? (key.Value, list)
            : null;

    private static bool IsListKey(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
            return false;
        foreach (var c in line[..colon])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                return false;
        }

        var after = line[(colon + 1)..].TrimStart(' ');
        return after.Length == 0 || after[0] == '#';
    }

    private static bool IsItem(ReadOnlySpan<char> rest) => rest is "-" || rest.StartsWith("- ");
}
