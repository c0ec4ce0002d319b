using System.Text.RegularExpressions;

namespace SitRep.Extraction;

/// <summary>A run of capitalised words in a text ("Assimi Goïta", "Center for Analysis"), with where it stands.</summary>
public sealed record NameOccurrence(string Name, TextSpan Span, bool StartsSentence);

/// <summary>Finds capitalised names and tells people from organisations, places and titles by their words.</summary>
public static class CapitalisedNames
{
    private static readonly Regex NamePattern = new(
        @"(?<![\p{L}\d])(?:\p{Lu}\.|\p{Lu}[\p{L}’'\-]*)(?:[ \u00A0](?:(?:ag|al|el|de|du|des|ben|bin|ould|van|von|da|di|dos|of|for|pour|d[’'])[ \u00A0]?)?\p{Lu}[\p{L}’'\-]*)*",
        RegexOptions.None, TimeSpan.FromSeconds(2));

    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Colonel", "Col", "General", "Gen", "Lieutenant", "Captain", "Commander", "Major", "Sergeant", "President", "Minister", "Prime",
        "Dr", "Dr.", "Prof", "Professor", "Mr", "Mrs", "Ms", "M.", "Mme", "Sheikh", "Imam", "Ambassador", "Senator", "Général", "Président",
        "Ministre", "Commandant", "Capitaine", "Maître", "Me",
    };

    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "As", "If", "When", "While", "Since", "After", "Before", "According",
        "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "Le", "La", "Les", "Un", "Une", "Des", "Il", "Elle", "Ils",
        "Army", "Armed", "Forces", "Force", "Mission", "Party", "Movement", "Movements", "Group", "Groups", "State", "States", "Union", "Nations",
        "United", "Council", "Committee", "Center", "Centre", "Institute", "Republic", "Government", "Ministry", "Agency", "Office", "Front",
        "Coordination", "Framework", "Strategic", "Permanent", "Islamic", "Islam", "Muslims", "Support", "Security", "Peace", "Agreement",
        "Operation", "Resolution", "University", "Foundation", "Bank", "Programme", "Program", "Organization", "Organisation", "Red", "Cross",
        "Crescent", "News", "Press", "Radio", "Television", "Times", "Post", "World", "Cup", "African", "European", "International", "National",
        "Liberation", "Democracy", "North", "South", "East", "West", "Northern", "Southern", "Image", "Getty", "Images", "Edited",
        "Published", "Share", "Skip", "Also", "Read", "Keywords", "Abstract", "Background", "Research", "Article", "Licensing", "Distribution",
        "Armée", "Forces", "Mouvement", "Parti", "Gouvernement", "Conseil", "Comité", "Nations", "Unies", "Selon",
    };

    public static IReadOnlyList<NameOccurrence> Find(string text)
    {
        var names = new List<NameOccurrence>();
        foreach (Match match in NamePattern.Matches(text))
        {
            var value = match.Value.TrimEnd('’', '\'', '-');
            if (value.EndsWith("’s", StringComparison.Ordinal) || value.EndsWith("'s", StringComparison.Ordinal))
                value = value[..^2];
            if (value.Length < 2)
                continue;
            names.Add(new NameOccurrence(value, new TextSpan(match.Index, match.Index + value.Length), StartsSentence(text, match.Index)));
        }

        return names;
    }

    /// <summary>The name without leading titles ("Colonel Assimi Goïta" → "Assimi Goïta", "Colonel").</summary>
    public static (string Name, string? Title) StripTitles(string name)
    {
        var tokens = name.Split((char[])[' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var titles = new List<string>();
        while (tokens.Count > 1 && Titles.Contains(tokens[0].TrimEnd('.')) || tokens.Count > 1 && Titles.Contains(tokens[0]))
        {
            titles.Add(tokens[0]);
            tokens.RemoveAt(0);
        }

        return (string.Join(' ', tokens), titles.Count == 0 ? null : string.Join(' ', titles));
    }

    /// <summary>Two or more words, none of which marks an organisation, a place word or a sentence opener.</summary>
    public static bool LooksLikePerson(string name)
    {
        var (bare, _) = StripTitles(name);
        var tokens = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => char.IsUpper(t[0])).ToList();
        if (tokens.Count is < 2 or > 4)
            return false;
        if (tokens.Any(t => NotPersonWords.Contains(t) || t.All(c => !char.IsLetter(c) || char.IsUpper(c)) || CalendarWords.TryMonth(t, out _) || CalendarWords.TryWeekday(t, out _)))
            return false;
        return true;
    }

    /// <summary>A word that names a kind of body or is a sentence opener ("Group", "Security", "The"), not a name by itself.</summary>
    public static bool IsCommonWord(string word) => NotPersonWords.Contains(word);

    /// <summary>"Malian", "Algerian", "Islamist", "Kidalois": an adjective of people or faith, not a name by itself.</summary>
    public static bool IsDemonym(string word) =>
        !word.Contains(' ') && word.Length > 4 && DemonymEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] DemonymEndings = ["ian", "ese", "ish", "ist", "ic", "ois", "oise", "ien", "ienne", "ais", "aise"];

    public static string LastToken(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    public static bool StartsSentence(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u00A0')
            i--;
        return i < 0 || text[i] is '.' or '\n' or '!' or '?' or '“' or '"' or '«' or ':' or '•';
    }
}
