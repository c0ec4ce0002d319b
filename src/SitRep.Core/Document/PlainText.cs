using System.Text;

namespace SitRep.Document;

/// <summary>The text of inlines without formatting, for bookmarks, alt text and checks.</summary>
public static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>
    /// The length of <see cref="Of"/>'s text and of its longest word (the longest stretch between spaces), written into
    /// <paramref name="scratch"/> (cleared first) rather than into a new string: a table measures every cell this way.
    /// </summary>
    public static (int Length, int LongestWord) Measure(IEnumerable<Inline> inlines, StringBuilder scratch)
    {
        scratch.Clear();
        Append(scratch, inlines);
        var longest = 0;
        var word = 0;
        foreach (var chunk in scratch.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                word = c == ' ' ? 0 : word + 1;
                longest = Math.Max(longest, word);
            }
        }

        return (scratch.Length, longest);
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    builder.Append(text.Text);
                    break;
                case LinkInline link:
                    Append(builder, link.Content);
                    break;
                case CitationInline citation:
                    builder.Append('[').Append(citation.Number).Append(']');
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }
    }
}
