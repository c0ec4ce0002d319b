namespace SitRep.Document;

/// <summary>A block of the brief. The model knows nothing of pages or PDF.</summary>
public abstract record Block;

public sealed record HeadingBlock(int Level, IReadOnlyList<Inline> Content, string Anchor) : Block;

public sealed record ParagraphBlock(IReadOnlyList<Inline> Content, string? Anchor = null) : Block;

public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<Block>> Items) : Block;

/// <summary>A block quote; <see cref="Attribution"/> is the "— Speaker, role" line when the quote has one.</summary>
public sealed record QuoteBlock(IReadOnlyList<Block> Content, IReadOnlyList<Inline>? Attribution) : Block;

public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>A column of a table; <see cref="Weight"/> is its share of the table width.</summary>
public sealed record TableColumn(double Weight, ColumnAlignment Alignment);

public sealed record TableBlock(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<Inline>> Header,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows) : Block;

/// <summary>A chart or map placed by id; drawn by the layout from the situation's data.</summary>
public sealed record FigureBlock(
    string ChartId,
    int Number,
    string AltText,
    IReadOnlyList<Inline> Caption,
    IReadOnlyList<Inline> SourceLine,
    FigureSize Size = FigureSize.Full) : Block;

public enum FigureSize
{
    Full,
    Half,
    Small,
}

public sealed record KeyFigure(string Value, string Label, IReadOnlyList<Inline> Source);

/// <summary>A row of big numbers, each with a label and its source.</summary>
public sealed record KeyFiguresBlock(IReadOnlyList<KeyFigure> Items) : Block;

/// <summary>A boxed aside: a note, a warning, "Sources differ", key messages, or the masthead.</summary>
public sealed record CalloutBlock(string Kind, IReadOnlyList<Inline>? Title, IReadOnlyList<Block> Content) : Block;

public sealed record PageBreakBlock : Block;

public sealed record RuleBlock : Block;
