namespace SitRep.Text.Bidi;

/// <summary>Characters [Start, Start + Length) of a paragraph that share one embedding level.</summary>
public readonly record struct BidiRun(int Start, int Length, int Level)
{
    public int End => Start + Length;

    public Direction Direction => (Level & 1) == 0 ? Direction.LeftToRight : Direction.RightToLeft;
}
