using System.Text;

namespace SitRep.Templates;

/// <summary>
/// Escapes data for Markdown, so a name or quote from the extracts can never turn into
/// formatting, links or raw HTML in the brief.
/// </summary>
public static class MarkdownText
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
}

/// <summary>
/// Markdown a SitRep function or a partial wrote: it is written as it is, while every other value
/// a template prints is escaped. A template can print it but can read nothing from it.
/// </summary>
internal sealed class MarkdownFragment(string markdown)
{
    public string Markdown => markdown;

    public override string ToString() => markdown;
}
