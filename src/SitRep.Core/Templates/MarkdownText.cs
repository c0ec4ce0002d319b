using System.Text;
using HandlebarsDotNet;

namespace SitRep.Templates;

/// <summary>
/// Escapes data for Markdown, so a name or quote from the extracts can never turn into
/// formatting, links or raw HTML in the brief.
/// </summary>
public sealed class MarkdownText : ITextEncoder
{
    private const string Special = "\\`*_[]<>|#";

    public static string Escape(string text)
    {
        if (text.IndexOfAny(Special.ToCharArray()) < 0)
            return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c))
                builder.Append('\\');
            builder.Append(c);
        }

        return builder.ToString();
    }

    public void Encode(StringBuilder? text, TextWriter target) => target.Write(Escape(text?.ToString() ?? ""));

    public void Encode(string? text, TextWriter target) => target.Write(Escape(text ?? ""));

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext())
            builder.Append(text.Current);
        target.Write(Escape(builder.ToString()));
    }
}
