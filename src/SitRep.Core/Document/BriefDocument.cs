namespace SitRep.Document;

/// <summary>The whole brief as the layout receives it: metadata and blocks.</summary>
public sealed record BriefDocument(DocumentInfo Info, IReadOnlyList<Block> Blocks);

public sealed record DocumentInfo(
    string Title,
    string Subject,
    string Author,
    IReadOnlyList<string> Keywords,
    string Language,
    DateOnly AsOf,
    string AsOfText);
