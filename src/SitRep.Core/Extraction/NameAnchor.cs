namespace SitRep.Extraction;

/// <summary>The capitalised name nearest a figure in its clause: what the figure is about ("Anéfis, 110 km").</summary>
public static class NameAnchor
{
    public static string? Nearest(SourceDocument document, TextSpan figure, TextSpan clause)
    {
        var text = document.Text[clause.Start..clause.End];
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in CapitalisedNames.Find(text))
        {
            if (name.StartsSentence && !name.Name.Contains(' '))
                continue;
            var start = clause.Start + name.Span.Start;
            var end = clause.Start + name.Span.End;
            var distance = end <= figure.Start ? figure.Start - end : start >= figure.End ? start - figure.End : 0;
            if (distance < bestDistance)
            {
                best = name.Name;
                bestDistance = distance;
            }
        }

        return bestDistance <= 60 ? best : null;
    }
}
