using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SitRep.Extracts;

/// <summary>
/// YamlDotNet's parser with two guards, so a tree is built in one pass over the text: nesting deeper than
/// a bound stops the read at once (<see cref="YamlTooDeepException"/>; building the tree recurses, and the
/// recursion never gets deeper), and the parser's own faults on some malformed input
/// (<see cref="InvalidOperationException"/> and the like instead of a <see cref="YamlException"/>) become
/// a syntax error at the scanner's position, naming an unclosed bracket when there is one.
/// </summary>
internal sealed class BoundedYamlParser : IParser
{
    private readonly string text;
    private readonly int maxDepth;
    private readonly Scanner scanner;
    private readonly Parser parser;
    private int depth;

    public BoundedYamlParser(string text, int maxDepth)
    {
        this.text = text;
        this.maxDepth = maxDepth;
        scanner = new Scanner(new StringReader(text));
        parser = new Parser(scanner);
    }

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = parser.MoveNext();
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

        switch (parser.Current)
        {
            case MappingStart or SequenceStart:
                if (++depth > maxDepth)
                    throw new YamlTooDeepException(parser.Current.Start);
                break;
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }

        return moved;
    }

    /// <summary>The last line, up to <paramref name="lastLine"/>, with more '[' or '{' than it closes (outside quotes).</summary>
    internal static (int Line, int Column, char Bracket)? UnclosedBracket(string text, int lastLine)
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
}

/// <summary>The nesting passed the bound at <see cref="YamlException.Start"/>.</summary>
internal sealed class YamlTooDeepException(Mark at) : YamlException(at, at, "nested too deep");
