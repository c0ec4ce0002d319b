namespace SitRep.Extraction;

/// <summary>
/// The people a text names, in order, so that "Doumbia" resolves to "Hamidou Doumbia" and "he"
/// to the last person named before it.
/// </summary>
public sealed class PersonIndex
{
    private readonly List<(int Position, string FullName)> mentions = [];

    public PersonIndex(string text)
    {
        // The latest full name given for each surname.
        var bySurname = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var occurrence in CapitalisedNames.Find(text))
        {
            var (bare, _) = CapitalisedNames.StripTitles(occurrence.Name);
            if (CapitalisedNames.LooksLikePerson(occurrence.Name))
            {
                bySurname[CapitalisedNames.LastToken(bare)] = bare;
                mentions.Add((occurrence.Span.Start, bare));
                continue;
            }

            // A surname alone, once the full name has been given.
            if (!bare.Contains(' ') && bySurname.TryGetValue(bare, out var full))
                mentions.Add((occurrence.Span.Start, full));
        }
    }

    /// <summary>The full name for a name as written ("Doumbia", "Colonel Assimi Goïta"), or the name itself.</summary>
    public string Resolve(string name, int position)
    {
        var (bare, _) = CapitalisedNames.StripTitles(name);
        if (bare.Contains(' '))
            return bare;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Position <= position && CapitalisedNames.LastToken(mentions[i].FullName) == bare)
                return mentions[i].FullName;
        }

        return mentions.FirstOrDefault(m => CapitalisedNames.LastToken(m.FullName) == bare).FullName ?? bare;
    }

    /// <summary>The last person named before <paramref name="position"/>: what "he" or "she" refers to.</summary>
    public string? LastBefore(int position)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (mentions[i].Position < position)
                return mentions[i].FullName;
        }

        return null;
    }
}
