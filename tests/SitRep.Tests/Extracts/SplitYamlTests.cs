using System.Text;
using SitRep.Extracts;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SitRep.Tests.Extracts;

/// <summary>A long list parsed in pieces gives the tree, the positions and the errors of one pass over the file.</summary>
public sealed class SplitYamlTests
{
    private static string LongTimeline(int indent = 2, string? extra = null)
    {
        var pad = new string(' ', indent);
        var text = new StringBuilder("# the events, oldest first\n\ntimeline:\n");
        for (var i = 0; text.Length < SplitYaml.MinChars * 2; i++)
        {
            text.Append($"{pad}- id: ev-{i}\n{pad}  date: \"2023-11-{1 + i % 28:00}\"\n");
            switch (i % 6)
            {
                case 0:
                    text.Append($"{pad}  text: |\n{pad}    Block text with a line that looks like an item:\n{pad}    - not an item {i}\n\n{pad}    and a blank line before this one.\n");
                    break;
                case 1:
                    text.Append($"{pad}  text: \"A quoted text that runs\n{pad}    onto a second line, with ‘quotes’ and Kidal كيدال {i}\"\n");
                    break;
                case 2:
                    text.Append($"{pad}  tags: [one, \"two, three\", {{ k: v }}]\n# a comment at the margin\n");
                    break;
                case 3:
                    text.Append($"{pad}  text: >\n{pad}    Folded\n{pad}    text {i}.\n{pad}  # an indented comment\n");
                    break;
                case 4:
                    text.Append($"{pad}  text: plain text, with a colon:inside and a dash - {i}\n{pad}  empty:\n");
                    break;
                default:
                    text.Append($"{pad}  nested:\n{pad}    - a\n{pad}    - b: [1, 2]\n");
                    break;
            }
        }

        return text.Append(extra).ToString();
    }

    private static string Dump(YamlStream stream)
    {
        var text = new StringBuilder();
        void Walk(YamlNode node, int depth)
        {
            text.Append(' ', depth).Append($"{node.NodeType} {node.Start.Line}:{node.Start.Column} {node.Tag} {node.Anchor}");
            switch (node)
            {
                case YamlScalarNode scalar:
                    text.Append($" {scalar.Style} [{scalar.Value}]\n");
                    break;
                case YamlSequenceNode sequence:
                    text.Append($" {sequence.Children.Count}\n");
                    foreach (var child in sequence.Children)
                        Walk(child, depth + 1);
                    break;
                case YamlMappingNode mapping:
                    text.Append($" {mapping.Children.Count}\n");
                    foreach (var (key, value) in mapping.Children)
                    {
                        Walk(key, depth + 1);
                        Walk(value, depth + 2);
                    }

                    break;
            }
        }

        foreach (var document in stream.Documents)
            Walk(document.RootNode, 0);
        return $"{stream.Documents.Count} document(s)\n{text}";
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(4, 2)]
    [InlineData(0, 4)]
    public void A_long_list_in_pieces_is_the_tree_one_pass_gives(int indent, int pieces)
    {
        var text = LongTimeline(indent);
        Assert.True(SplitYaml.Cut(text, pieces)?.Count >= 2, "the file should be cut");
        Assert.Equal(Dump(BoundedYaml.Load(text)), Dump(SplitYaml.Load(text, pieces)));
    }

    [Fact]
    public void Every_piece_keeps_its_lines_numbers()
    {
        var text = LongTimeline();
        var pieces = SplitYaml.Cut(text, 2)!;
        var second = pieces[1];
        var lines = text.Split('\n');
        var pieceLines = second.Split('\n');
        var firstItem = Array.FindIndex(pieceLines, l => l.StartsWith("  - id: ", StringComparison.Ordinal));
        Assert.Equal(lines[firstItem], pieceLines[firstItem]);
        Assert.Equal(lines.Length, pieceLines.Length);
    }

    [Fact]
    public void Anchors_send_the_file_to_one_pass()
    {
        var text = LongTimeline(extra: "  - id: shared\n    text: &t shared text\n  - id: again\n    text: *t\n");
        var stream = SplitYaml.Load(text, 2);
        Assert.Equal(Dump(BoundedYaml.Load(text)), Dump(stream));
        var items = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("timeline")];
        Assert.Same(((YamlMappingNode)items[items.Children.Count - 2]).Children[new YamlScalarNode("text")], ((YamlMappingNode)items[items.Children.Count - 1]).Children[new YamlScalarNode("text")]);
    }

    [Theory]
    [InlineData("  - id: broken\n    text: \"never closed\n")]
    [InlineData("  - id: x\n   bad: indentation\n")]
    [InlineData("other: a second key\n")]
    [InlineData("---\nsecond: document\n")]
    public void A_fault_anywhere_is_reported_as_one_pass_reports_it(string extra)
    {
        var text = LongTimeline(extra: extra);
        var whole = Record(() => BoundedYaml.Load(text));
        var split = Record(() => SplitYaml.Load(text, 2));
        Assert.Equal(whole, split);
    }

    [Fact]
    public void A_short_file_is_not_cut() =>
        Assert.Null(SplitYaml.Cut("timeline:\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"  - id: e{i}\n")), 2));

    private static string Record(Func<YamlStream> load)
    {
        try
        {
            return Dump(load());
        }
        catch (YamlException e)
        {
            return $"{e.GetType().Name} {e.Start.Line}:{e.Start.Column} {e.Message}";
        }
    }
}
