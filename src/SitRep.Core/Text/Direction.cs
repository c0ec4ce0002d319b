namespace SitRep.Text;

/// <summary>The direction a paragraph or a run of text is read in.</summary>
public enum Direction
{
    LeftToRight,
    RightToLeft,
}
