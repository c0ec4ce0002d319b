using System.Text;

namespace SitRep.Tests.Inputs;

/// <summary>Random, reproducible damage to a template folder's own files: Scriban, theme and manifest YAML, fonts, the logo.</summary>
public sealed class TemplateMutator(Random random)
{
    private static readonly string[] Scriban =
    [
        "{{", "}}", "{{ end }}", "{{ if }}", "{{ for e in situation.timeline }}{{ e.text }}{{ end }}", "{{ while true }}x{{ end }}",
        "{{ for i in 1..100000000 }}x{{ end }}", "{{ include 'partials/masthead.sbn' }}", "{{ include '../../../etc/passwd' }}",
        "{{ include '/etc/passwd' }}", "{{ func f; f; end; f }}", "{{ \"x\" | string.repeat 100000000 }}", "{{ date.now }}",
        "{{ import situation }}", "{{ situation.no_such_field.deeper }}", "{{ 1 / 0 }}", "{{ 1e308 * 10 }}", "{{ x = x + x }}",
        "\n# A heading\n", "\n![chart](chart:no-such-chart)\n", "\n| a | b |\n|---|---|\n| 1 |\n", "\u0000", "\u202E", "習", "😀",
        "\n- item\n    - deeper\n", "<script>", "[link](javascript:alert(1))", "\n```\ncode\n", "{{ situation.title | string.size }}",
    ];

    private static readonly string[] ThemeValues =
    [
        "top: 400", "left: -5", "body: 0", "body: 1e308", "line_height: 100", "page_size: 1x1mm", "page_size: \"100000x100000mm\"",
        "page_size: \"90x90mm\"", "title: 400", "justify: maybe", "ink: \"#zzzzzz\"", "body: No Such Font", "entry: ../../etc/passwd",
        "entry: /etc/passwd", "logo: logo.png", "logo: ../outside.png", "palette: []", "h1: -1", "paragraph_spacing: 1e9",
    ];

    /// <summary>Mutates the text of a template file (.sbn or .yaml).</summary>
    public (string Text, string What) MutateText(string name, string text, YamlMutator yaml)
    {
        if (name.EndsWith(".yaml", StringComparison.Ordinal))
        {
            if (random.Next(3) == 0)
            {
                var value = ThemeValues[random.Next(ThemeValues.Length)];
                var key = value[..(value.IndexOf(':') + 1)];
                var at = text.IndexOf(key, StringComparison.Ordinal);
                if (at < 0)
                    return (text + "\n" + value + "\n", $"append '{value}'");
                var end = text.IndexOfAny([',', '}', '\n'], at);
                return (text[..at] + value + (end < 0 ? "" : text[end..]), $"set '{value}'");
            }

            return yaml.MutateText(text);
        }

        var lines = text.Split('\n').ToList();
        switch (random.Next(5))
        {
            case 0:
            case 1:
            {
                var insert = Scriban[random.Next(Scriban.Length)];
                var at = random.Next(text.Length + 1);
                return (text.Insert(at, insert), $"insert '{insert}' at {at}");
            }

            case 2:
            {
                var line = random.Next(lines.Count);
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"delete line {line + 1}");
            }

            case 3:
            {
                var at = random.Next(text.Length + 1);
                return (text[..at], $"truncate at {at}");
            }

            default:
            {
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"duplicate line {line + 1}");
            }
        }
    }

    /// <summary>Damages a binary file (a font, the logo): truncation, flipped bytes, a wrong kind of file.</summary>
    public (byte[] Bytes, string What) MutateBinary(byte[] bytes)
    {
        // A file an earlier damage of the same case emptied has nothing to cut or flip.
        if (bytes.Length == 0)
            return (Encoding.ASCII.GetBytes("<html>not this kind of file</html>"), "replace an empty file with HTML");
        var at = random.Next(bytes.Length);
        switch (random.Next(5))
        {
            case 0:
                return (bytes[..at], $"truncate at {at}");
            case 1:
            {
                var copy = (byte[])bytes.Clone();
                for (var i = 0; i < 1 + random.Next(16); i++)
                    copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
                return (copy, "flip bits");
            }

            case 2:
            {
                var copy = (byte[])bytes.Clone();
                var length = Math.Min(copy.Length - at, 1 + random.Next(4096));
                random.NextBytes(copy.AsSpan(at, length));
                return (copy, $"{length} random bytes at {at}");
            }

            case 3:
                return (Encoding.ASCII.GetBytes("<html>not this kind of file</html>"), "replace with HTML");
            default:
                return ([], "empty");
        }
    }
}
