using SitRep.Extracts;

namespace SitRep.Extraction;

/// <summary>One source text to draft extracts from: its id, text, publication date and language.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string id, string displayPath, string text, PartialDate? published, string language)
    {
        Id = id;
        DisplayPath = displayPath;
        // Line ends are unified so offsets mean the same on every platform; the normaliser treats both alike.
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        Published = published;
        Language = language;
        Sentences = SentenceSplitter.Split(Text);
    }

    public string Id { get; }

    /// <summary>The path shown in messages and the review.</summary>
    public string DisplayPath { get; }

    public string Text { get; }

    public PartialDate? Published { get; }

    /// <summary>"en" or "fr": decides decimal commas and the word lists used.</summary>
    public string Language { get; }

    public bool IsFrench => Language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>The sentence holding <paramref name="position"/>, or an empty span at it.</summary>
    public TextSpan SentenceAt(int position)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (position < sentence.Start)
                high = middle - 1;
            else if (position >= sentence.End)
                low = middle + 1;
            else
                return sentence;
        }

        return new TextSpan(position, position);
    }

    public string Cut(TextSpan span) => Text[span.Start..span.End];
}

/// <summary>A half-open range of a text: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
