namespace SitRep.Sources;

/// <summary>A source document's text, with its normalised form for matching evidence.</summary>
public sealed class SourceText
{
    private readonly int[] offsets;
    private readonly int[] lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        Normalized = TextNormalizer.Normalize(text, out offsets);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }

        lineStarts = starts.ToArray();
    }

    /// <summary>The path shown in messages.</summary>
    public string Path { get; }

    public string Text { get; }

    public string Normalized { get; }

    /// <summary>Where <paramref name="evidence"/> occurs, compared after normalisation; -1 when it does not.</summary>
    public int Find(string evidence)
    {
        var needle = TextNormalizer.Normalize(evidence);
        return needle.Length == 0 ? -1 : Normalized.IndexOf(needle, StringComparison.Ordinal);
    }

    public bool Contains(string evidence) => Find(evidence) >= 0;

    /// <summary>The 1-based line and column in the original text of a position in the normalised text.</summary>
    public (int Line, int Column) LineOf(int normalizedIndex)
    {
        var original = offsets.Length == 0 ? 0 : offsets[Math.Clamp(normalizedIndex, 0, offsets.Length - 1)];
        var line = Array.BinarySearch(lineStarts, original);
        if (line < 0)
            line = ~line - 1;
        return (line + 1, original - lineStarts[line] + 1);
    }
}
