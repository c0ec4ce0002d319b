namespace SitRep.Extraction;

/// <summary>A dated event for each date a sentence gives to something that happened; the sentence is the evidence.</summary>
public static class EventFinder
{
    public const int MaxEvidence = 260;

    public static IReadOnlyList<FoundEvent> Find(SourceDocument document, IReadOnlyList<DateMention> dates)
    {
        var events = new List<FoundEvent>();
        foreach (var date in dates.Where(d => d.IsEvent))
        {
            var sentence = document.SentenceAt(date.Span.Start);
            if (sentence.Length == 0)
                continue;
            var evidence = Clause(document.Text, sentence, date.Span);
            var cut = document.Cut(evidence);
            events.Add(new FoundEvent(document.Id, date.Span, date.Date, date.Precision, OneSpace(cut), cut, date.Confidence)
            {
                DateWords = document.Cut(date.Span),
            });
        }

        return events;
    }

    /// <summary>The sentence, or in a long one the clause around the date, never cutting a word.</summary>
    private static TextSpan Clause(string text, TextSpan sentence, TextSpan date)
    {
        if (sentence.Length <= MaxEvidence)
            return sentence;
        var start = date.Start;
        while (start > sentence.Start && date.Start - start < 160 && text[start - 1] is not (';' or ':' or '(' or '–' or '—'))
            start--;
        var end = date.End;
        while (end < sentence.End && end - date.End < 120 && text[end] is not (';' or ':' or ')' or '–' or '—'))
            end++;
        return EvidenceBounds.Settle(text, start, end, sentence);
    }

    private static string OneSpace(string value) =>
        string.Join(' ', value.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
