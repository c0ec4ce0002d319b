using SitRep.Extracts;

namespace SitRep.Extraction;

/// <summary>
/// Capitalised names that recur across the sources, matched against the situation's places and
/// actors; the ones not yet known are candidates for the analyst, never invented entries.
/// </summary>
public static class NameCandidates
{
    public const int MinOccurrences = 2;

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "near", "towards", "toward", "around", "outside", "à", "en", "vers", "près", "depuis", "of",
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "But", "And", "As", "If", "This", "That", "These", "Those", "There",
        "According", "After", "Before", "Since", "While", "When", "Despite", "Following", "Also", "However", "Moreover", "Therefore", "Above",
        "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Selon", "Dans", "Pour", "Mais", "Et", "Image", "See", "Share", "Skip", "Read",
        "Published", "Keywords", "Abstract", "Background", "Research", "Article", "Edited", "Why", "What", "Just", "Everyone", "Likewise", "Today",
        "Not", "One", "Two", "Many", "Another", "Their", "Its", "His", "Her", "Our",
    };

    public static IReadOnlyList<NameCandidate> Find(IReadOnlyList<SourceDocument> documents, IReadOnlyList<Place> places, IReadOnlyList<Actor> actors)
    {
        var occurrences = new Dictionary<string, List<(SourceDocument Document, NameOccurrence Name, bool AfterPreposition)>>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var name in CapitalisedNames.Find(document.Text))
            {
                var (bare, _) = CapitalisedNames.StripTitles(name.Name);
                if (bare.Length < 3 || Ignored.Contains(bare) || CalendarWords.TryMonth(bare, out _) || CalendarWords.TryWeekday(bare, out _))
                    continue;
                if (bare.Split(' ').Any(t => Ignored.Contains(t) && t == bare.Split(' ')[0]))
                    continue;
                if (InAddress(document.Text, name.Span.Start))
                    continue;
                if (!bare.Contains(' ') && (CapitalisedNames.IsCommonWord(bare) || CapitalisedNames.IsDemonym(bare)) && !IsKnown(bare, places, actors))
                    continue;
                // A lone capitalised word opening a sentence is usually just a capitalised word.
                if (name.StartsSentence && !bare.Contains(' ') && !IsKnown(bare, places, actors))
                    continue;
                var key = TextKeys.Fold(bare);
                if (!occurrences.TryGetValue(key, out var list))
                    occurrences[key] = list = [];
                list.Add((document, name, PlacePrepositions.Contains(WordBefore(document.Text, name.Span.Start))));
                display.TryAdd(key, bare);
            }
        }

        var candidates = new List<NameCandidate>();
        foreach (var (key, list) in occurrences)
        {
            if (list.Count < MinOccurrences)
                continue;
            var name = display[key];
            var first = list[0];
            var sentence = first.Document.SentenceAt(first.Name.Span.Start);
            var evidence = sentence.Length is > 0 and <= 300 ? first.Document.Cut(sentence) : name;
            var sources = list.Select(o => o.Document.Id).Distinct().ToList();
            var place = places.FirstOrDefault(p => TextKeys.Fold(p.Name) == key);
            var actor = actors.FirstOrDefault(a => TextKeys.Fold(a.Name) == key || (a.Short is { } s && TextKeys.Fold(s) == key));
            var kind = place is not null ? "place" : actor is not null ? "actor"
                : CapitalisedNames.LooksLikePerson(name) ? "actor"
                : list.Count(o => o.AfterPreposition) * 2 > list.Count && !name.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? "place"
                : "actor";
            candidates.Add(new NameCandidate(name, kind, list.Count, sources, first.Document.Id, evidence)
            {
                KnownId = place?.Id ?? actor?.Id,
                Confidence = place is not null || actor is not null ? Confidence.High : list.Count >= 4 ? Confidence.Medium : Confidence.Low,
            });
        }

        return candidates.OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The category a new actor candidate most likely has (Vocabulary.ActorCategories).</summary>
    public static string ActorCategory(string name) =>
        CapitalisedNames.LooksLikePerson(name) ? "person"
        : name.Contains("UN", StringComparison.Ordinal) || name.Contains("Nations", StringComparison.Ordinal) ? "un"
        : name.Contains("Union", StringComparison.Ordinal) ? "international"
        : name.Contains("Party", StringComparison.Ordinal) || name.Contains("Parti", StringComparison.Ordinal) ? "political"
        : "state";

    private static bool IsKnown(string name, IReadOnlyList<Place> places, IReadOnlyList<Actor> actors)
    {
        var key = TextKeys.Fold(name);
        return places.Any(p => TextKeys.Fold(p.Name) == key) || actors.Any(a => TextKeys.Fold(a.Name) == key || (a.Short is { } s && TextKeys.Fold(s) == key));
    }

    private static bool InAddress(string text, int position)
    {
        var start = position;
        while (start > 0 && !Sources.TextNormalizer.IsSpace(text[start - 1]))
            start--;
        var token = text[start..Math.Min(text.Length, position + 1)];
        return token.Contains('/') || token.Contains("www", StringComparison.OrdinalIgnoreCase) || token.Contains('.') && token.Contains('_');
    }

    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return text[start..end];
    }
}
