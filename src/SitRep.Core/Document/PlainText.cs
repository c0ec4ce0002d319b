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
