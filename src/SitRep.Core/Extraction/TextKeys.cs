using System.Text;

namespace SitRep.Extraction;

/// <summary>Comparable forms of names and words: without accents, lower case, as ids.</summary>
public static class TextKeys
{
    // The build runs with invariant globalisation, where Unicode normalisation is unavailable; the
    // accented Latin letters of English and French sources are folded by this table instead.
    private const string Accented = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįıñńňòóôõöøōŏőùúûüūŭůűųýÿźżžœæßšťř";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeeiiiiiiiinnnooooooooouuuuuuuuuyyzzzoasstr";

    public static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var raw in value)
        {
            var c = char.ToLowerInvariant(raw);
            var at = Accented.IndexOf(c);
            builder.Append(at >= 0 ? Plain[at] : c);
        }

        return builder.ToString();
    }

    /// <summary>An id from words: "Anéfis camp" → "anefis-camp".</summary>
    public static string Slug(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in Fold(value))
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }

    /// <summary>The words that carry meaning in a sentence: four letters or more, not a function word, folded, plural 's' dropped.</summary>
    public static HashSet<string> ContentWords(string value)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        foreach (var c in Fold(value) + " ")
        {
            if (char.IsLetter(c))
            {
                current.Append(c);
                continue;
            }

            if (current.Length >= 4)
            {
                var word = current.ToString();
                if (!UnitWords.Stop.Contains(word) && !CalendarWords.TryMonth(word, out _) && !CalendarWords.TryWeekday(word, out _) && !CommonWords.Contains(word))
                    words.Add(word.EndsWith('s') && word.Length > 4 ? word[..^1] : word);
            }

            current.Clear();
        }

        return words;
    }

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "have", "been", "were", "with", "that", "this", "from", "their", "which", "since", "after", "before", "when", "also", "about",
        "into", "than", "them", "they", "then", "there", "what", "will", "would", "could", "should", "under", "over", "while", "where",
        "avec", "dans", "pour", "sont", "leur", "leurs", "mais", "plus", "tout", "tous", "cette", "entre",
    };
}
