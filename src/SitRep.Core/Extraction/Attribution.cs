using System.Text.RegularExpressions;

namespace SitRep.Extraction;

/// <summary>Who a quotation is attributed to, with the role the text gives them.</summary>
public sealed record Speaker(string Name, string? Role, Confidence Confidence);

/// <summary>
/// Reads the attribution around a quotation: "…," said X, the Y of Z; X told DW; he said; according
/// to X; X, director of Y, was heard saying: "…"; « … », a déclaré X; selon X.
/// </summary>
public static class Attribution
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public const string Verbs =
        @"said|says|say|told|tells|added|adds|explained|explains|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|noted|notes|insisted|insists|declared|declares|announced|announces|warned|warns|argued|argues|claimed|claims|asserted|asserts|stated|states|wrote|writes|recalled|recalls|continued|continues|acknowledged|admitted|asked|replied|commented|observed|concluded|confirmed|urged|was\s+heard\s+saying|went\s+on|"
        + @"a\s+déclaré|a\s+dit|a\s+ajouté|a\s+affirmé|a\s+expliqué|a\s+souligné|a\s+estimé|a\s+indiqué|a\s+précisé|a\s+assuré|a\s+martelé|a\s+confié|a\s+averti|a\s+lancé|a\s+poursuivi|a\s+insisté|a\s+reconnu|a\s+déploré|"
        + @"déclare|ajoute|affirme|explique|souligne|estime|indique|précise|assure|confie|avertit|lance|poursuit|insiste|reconnaît|déplore|"
        + @"\p{L}+-t-(?:il|elle)(?:\s+\p{L}+é)?|\p{L}+-(?:il|elle)";

    private static readonly Regex VerbFirst = new($@"^[\s,]*(?:{Verbs})\b[\s,]*", RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex WhoFirst = new($@"^[\s,]*(?<who>(?:he|she|il|elle)|(?:the|le|la|l['’])\s*[\p{{Ll}}][\p{{L}}\-’' ]{{1,50}}?|\p{{Lu}}[\p{{L}}’'\-.]*(?:[ \u00A0]+(?:(?:ag|al|el|de|du|ben|bin|ould)[ \u00A0]+)?\p{{Lu}}[\p{{L}}’'\-]*){{0,4}})(?<appos>,[^,.;“”«»""]{{3,160}},)?\s+(?:{Verbs})\b", RegexOptions.None, Timeout);
    private static readonly Regex According = new(@"\b(?i:according\s+to|selon|d['’]après)\s+(?<rest>.{0,200})", RegexOptions.None, Timeout);
    private static readonly Regex VerbAnywhere = new($@"\b(?:{Verbs})\b", RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex Apposition = new(@"^,\s*(?<role>(?:(?:the|a|an|le|la|un|une)\s+|l['’])?[\p{Ll}][^,.;:“”«»""]{2,160}?)(?=,|\.|;|:|$|\s+(?:told|said|was|a\s+déclaré|who|qui))", RegexOptions.None, Timeout);
    private static readonly Regex Pronoun = new(@"^(?i:he|she|il|elle)$", RegexOptions.None, Timeout);
    private static readonly Regex Inverted = new(@"-(?:t-)?(?:il|elle)\b", RegexOptions.IgnoreCase, Timeout);

    private static readonly string[] PhraseStops = [" on ", " in ", " at ", " during ", " to ", " from ", " via ", " sur ", " dans ", " lors ", " à ", " au ", " who ", " qui "];

    /// <summary>The speaker of the quotation whose marks open at <paramref name="open"/> and close just before <paramref name="close"/>.</summary>
    public static Speaker? Find(SourceDocument document, PersonIndex people, int open, int close)
    {
        var text = document.Text;
        var sentence = document.SentenceAt(open);
        var afterEnd = Math.Min(text.Length, close + 220);
        var paragraphEnd = text.IndexOf("\n\n", close, StringComparison.Ordinal);
        if (paragraphEnd >= 0)
            afterEnd = Math.Min(afterEnd, paragraphEnd);
        var after = text[close..afterEnd];
        var stop = after.IndexOfAny(['“', '«', '"', '„']);
        if (stop > 0)
            after = after[..stop];

        if (AfterQuote(after, close, text, people) is { } afterSpeaker)
            return afterSpeaker;
        var prefixStart = sentence.Start <= open ? sentence.Start : Math.Max(0, open - 200);
        return BeforeQuote(text[prefixStart..open], prefixStart, text, people);
    }

    /// <summary>"…," said X / X said / he told DW, right after the closing mark.</summary>
    public static Speaker? AfterQuote(string after, int offset, string text, PersonIndex people)
    {
        var verb = VerbFirst.Match(after);
        if (verb.Success)
        {
            // French inversion: "a-t-il déclaré", "explique-t-elle".
            if (Inverted.IsMatch(verb.Value))
                return people.LastBefore(offset) is { } last ? new Speaker(last, null, Confidence.Medium) : null;
            return Who(after[verb.Length..], offset + verb.Length, text, people);
        }

        var who = WhoFirst.Match(after);
        if (who.Success)
        {
            var speaker = Named(who.Groups["who"].Value.Trim(), offset + who.Groups["who"].Index, people);
            if (speaker is null)
                return null;
            var role = who.Groups["appos"].Success ? who.Groups["appos"].Value.Trim(',', ' ') : null;
            return speaker with { Role = speaker.Role ?? role };
        }

        return null;
    }

    /// <summary>according to X, …: "…"; X, role, was heard saying: "…".</summary>
    public static Speaker? BeforeQuote(string prefix, int offset, string text, PersonIndex people)
    {
        var according = According.Match(prefix);
        if (according.Success)
            return Who(according.Groups["rest"].Value, offset + according.Groups["rest"].Index, text, people);
        var verb = VerbAnywhere.Matches(prefix).LastOrDefault();
        if (verb is null)
            return null;
        var head = prefix[..verb.Index];
        var pronoun = Regex.Match(head, @"\b(?:he|she|il|elle)\s*$", RegexOptions.IgnoreCase, Timeout);
        if (pronoun.Success)
            return people.LastBefore(offset + pronoun.Index) is { } last ? new Speaker(last, null, Confidence.Medium) : null;
        foreach (var name in CapitalisedNames.Find(head))
        {
            if (!CapitalisedNames.LooksLikePerson(name.Name) && people.Resolve(name.Name, offset + name.Span.Start) == name.Name)
                continue;
            var speaker = Named(name.Name, offset + name.Span.Start, people)!;
            var appositive = Apposition.Match(head[name.Span.End..]);
            return speaker with { Role = speaker.Role is { } title && appositive.Success ? $"{title}, {appositive.Groups["role"].Value.Trim()}" : appositive.Success ? appositive.Groups["role"].Value.Trim() : speaker.Role };
        }

        return null;
    }

    /// <summary>The speaker named at the start of <paramref name="rest"/>: "Colonel Assimi Goïta in a message", "Malian researcher Boubacar Ba, director of …", "the general staff on social networks".</summary>
    private static Speaker? Who(string rest, int offset, string text, PersonIndex people)
    {
        var trimmed = rest.TrimStart();
        var lead = rest.Length - trimmed.Length;
        if (Regex.Match(trimmed, @"^(?i:he|she|il|elle)\b", RegexOptions.None, Timeout).Success)
            return people.LastBefore(offset) is { } last ? new Speaker(last, null, Confidence.Medium) : null;

        // A name within the first few words, after a descriptor ("Malian researcher").
        foreach (var name in CapitalisedNames.Find(trimmed).Take(3))
        {
            if (name.Span.Start > 60)
                break;
            var descriptor = trimmed[..name.Span.Start].Trim();
            // "Malian researcher X", "le colonel X": a few words may stand before the name; a longer
            // phrase ("the head of the ruling junta and X") is a body, not a descriptor.
            if (descriptor.Length > 0 && (descriptor.Contains(',') || descriptor.Split(' ').Length > (Regex.IsMatch(descriptor, @"^(?i:the|le|la|l['’])\s") ? 2 : 4)))
                break;
            var resolvesToPerson = CapitalisedNames.LooksLikePerson(name.Name) || people.Resolve(name.Name, offset + lead + name.Span.Start) != name.Name;
            if (!resolvesToPerson)
                continue;

            var speaker = Named(name.Name, offset + lead + name.Span.Start, people)!;
            var appositive = Apposition.Match(trimmed[name.Span.End..]);
            descriptor = Regex.Replace(descriptor, @"^(?i:the|le|la|l['’])\s*", "", RegexOptions.None, Timeout);
            var parts = new[] { speaker.Role, descriptor.Length > 0 ? descriptor : null, appositive.Success ? appositive.Groups["role"].Value.Trim() : null }
                .Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            return speaker with { Role = parts.Count == 0 ? null : string.Join(", ", parts) };
        }

        // A body rather than a person: "the general staff", "le porte-parole du gouvernement".
        var phrase = Regex.Match(trimmed, @"^(?:the|le|la|l['’])\s*[\p{Ll}][\p{L}\-’' ]{1,60}", RegexOptions.None, Timeout);
        if (phrase.Success)
        {
            var value = phrase.Value;
            foreach (var stop in PhraseStops)
            {
                var at = value.IndexOf(stop, StringComparison.Ordinal);
                if (at > 0)
                    value = value[..at];
            }

            return new Speaker(value.Trim(), null, Confidence.Medium);
        }

        return null;
    }

    private static Speaker? Named(string who, int position, PersonIndex people)
    {
        if (Pronoun.IsMatch(who))
            return people.LastBefore(position) is { } last ? new Speaker(last, null, Confidence.Medium) : null;
        if (char.IsLower(who[0]))
            return new Speaker(who, null, Confidence.Medium);
        var (bare, title) = CapitalisedNames.StripTitles(who);
        var resolved = people.Resolve(bare, position);
        if (!resolved.Contains(' ') && !CapitalisedNames.LooksLikePerson(resolved) && resolved.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            return null;
        return new Speaker(resolved, title, resolved == bare ? Confidence.High : Confidence.Medium);
    }
}
