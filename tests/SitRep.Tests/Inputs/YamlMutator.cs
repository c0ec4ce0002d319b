using System.Globalization;
using System.Text;

namespace SitRep.Tests.Inputs;

/// <summary>Random, reproducible damage to a situation folder: the edits people and tools make by mistake.</summary>
public sealed class YamlMutator(Random random)
{
    public static readonly string[] YamlFiles =
        ["situation.yaml", "sources.yaml", "background.yaml", "timeline.yaml", "actors.yaml", "figures.yaml", "quotes.yaml", "judgments.yaml", "places.yaml", "charts.yaml"];

    private static readonly string[] Inserts =
        ["\t", "\"", "'", ":", ": ", "[", "]", "{", "}", "- ", "#", "&a ", "*a", "? ", "|", ">", "%", "@", "`", "!!int ", "---\n", "...\n", "\n", " ", "  ", "\\", "\u00A0", "習", "😀", "\u0001", "\u202E", "é"];

    private static readonly string[] Values =
        ["[a, b]", "\n      - x\n      - y", "{a: b}", "~", "null", "\"\"", "''", "-1", "1e400", "NaN", ".inf", "0", "99999999999999999999", "2023-02-30", "0000-01-01", "9999-12-31", "yes", "true", "\"../../../etc/passwd\"", "/etc/passwd", "*a", "&x 1", "!!binary aGk=", "\"\\u0000\"", "\"習近平\"", "probable", "3000-01-01"];

    /// <summary>Mutates one or more files of <paramref name="files"/> (name → text) in place; returns what it did.</summary>
    public string Mutate(Dictionary<string, string> files)
    {
        var done = new List<string>();
        var count = random.Next(100) < 70 ? 1 : random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            var name = YamlFiles[random.Next(YamlFiles.Length)];
            var (text, what) = MutateText(files[name]);
            files[name] = text;
            done.Add($"{name}: {what}");
        }

        return string.Join("; ", done);
    }

    /// <summary>One random edit of a YAML text.</summary>
    public (string Text, string What) MutateText(string text)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(15))
        {
            case 0:
                lines.RemoveAt(line);
                return (Join(lines), $"delete line {line + 1}");
            case 1:
                lines.Insert(line, lines[line]);
                return (Join(lines), $"duplicate line {line + 1}");
            case 2:
            {
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (Join(lines), $"swap lines {line + 1} and {other + 1}");
            }

            case 3:
            {
                if (text.Length < 2)
                    return (text + "x", "append x");
                var at = random.Next(text.Length - 1);
                var chars = text.ToCharArray();
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return (new string(chars), $"swap characters at {at}");
            }

            case 4:
            case 5:
            {
                var insert = Inserts[random.Next(Inserts.Length)];
                var at = random.Next(text.Length + 1);
                return (text.Insert(at, insert), $"insert {Escape(insert)} at {at}");
            }

            case 6:
            {
                var insert = Inserts[random.Next(Inserts.Length)];
                var l = lines[line];
                lines[line] = insert + l;
                return (Join(lines), $"prefix line {line + 1} with {Escape(insert)}");
            }

            case 7:
            case 8:
                return ChangeNumber(text);
            case 9:
            {
                var at = random.Next(text.Length + 1);
                return (text[..at], $"truncate at {at}");
            }

            case 10:
            case 11:
            {
                var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
                if (candidates.Count == 0)
                    return (text + "\nx: [", "append x: [");
                var target = candidates[random.Next(candidates.Count)];
                var colon = lines[target].IndexOf(": ", StringComparison.Ordinal);
                var value = Values[random.Next(Values.Length)];
                lines[target] = lines[target][..(colon + 2)] + value;
                return (Join(lines), $"line {target + 1}: value := {Escape(value)}");
            }

            case 12:
            {
                var l = lines[line];
                var trimmed = l.TrimStart(' ');
                var indent = Math.Max(0, l.Length - trimmed.Length + random.Next(-4, 5));
                lines[line] = new string(' ', indent) + trimmed;
                return (Join(lines), $"re-indent line {line + 1} to {indent}");
            }

            case 13:
            {
                // Reuse an id: duplicate ids and dangling references.
                var ids = lines.Where(l => l.TrimStart().StartsWith("- id: ", StringComparison.Ordinal) || l.TrimStart().StartsWith("source: ", StringComparison.Ordinal)).ToList();
                if (ids.Count < 2)
                    return (text, "no ids");
                var a = lines.IndexOf(ids[random.Next(ids.Count)]);
                var b = ids[random.Next(ids.Count)];
                var value = b[(b.IndexOf(": ", StringComparison.Ordinal) + 2)..];
                lines[a] = lines[a][..(lines[a].IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
                return (Join(lines), $"line {a + 1}: id/source := {value}");
            }

            default:
                return (string.Empty, "empty the file");
        }
    }

    private (string, string) ChangeNumber(string text)
    {
        var digits = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
                digits.Add(i);
        }

        if (digits.Count == 0)
            return (text, "no numbers");
        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
            end++;
        var replacement = random.Next(6) switch
        {
            0 => "0",
            1 => "-" + text[start..end],
            2 => new string('9', random.Next(1, 30)),
            3 => (long.Parse(text[start..end].Length > 15 ? "1" : text[start..end], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture),
            4 => "00",
            _ => random.Next(0, 100000).ToString(CultureInfo.InvariantCulture),
        };
        return (text[..start] + replacement + text[end..], $"number at {start}: {text[start..end]} -> {replacement}");
    }

    /// <summary>Damage to a source text: truncation, an invalid byte, a NUL, or nothing readable at all.</summary>
    public (byte[] Bytes, string What) MutateSource(byte[] bytes)
    {
        var at = random.Next(bytes.Length + 1);
        switch (random.Next(4))
        {
            case 0:
                return (bytes[..at], $"truncate at {at}");
            case 1:
                return ([.. bytes[..at], 0xE9, .. bytes[at..]], $"insert 0xE9 at {at}");
            case 2:
                return ([.. bytes[..at], 0x00, .. bytes[at..]], $"insert NUL at {at}");
            default:
                return ([], "empty");
        }
    }

    private static string Join(List<string> lines) => string.Join('\n', lines);

    private static string Escape(string s)
    {
        var b = new StringBuilder("'");
        foreach (var c in s)
            b.Append(c < 0x20 || c == 0x7F ? $"\\u{(int)c:X4}" : c.ToString());
        return b.Append('\'').ToString();
    }
}
