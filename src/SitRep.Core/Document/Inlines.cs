namespace SitRep.Document;

/// <summary>Inline content of a block: text with emphasis, links and citations.</summary>
public abstract record Inline;

[Flags]
public enum TextEmphasis
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}

public sealed record TextInline(string Text, TextEmphasis Emphasis = TextEmphasis.None) : Inline;

/// <summary>A link: <c>https://…</c> opens the web, <c>#anchor</c> jumps inside the brief.</summary>
public sealed record LinkInline(string Target, IReadOnlyList<Inline> Content) : Inline;

/// <summary>A numbered citation of a source, linking to its entry in the sources list.</summary>
public sealed record CitationInline(string SourceId, int Number) : Inline;

public sealed record LineBreakInline : Inline;
