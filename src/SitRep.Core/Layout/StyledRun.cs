using SitRep.Drawing;

namespace SitRep.Layout;

/// <summary>Text in one font and colour, optionally a link.</summary>
internal sealed record StyledRun(string Text, FontSpec Font, Rgb Color, string? Link = null);

public enum TextAlignment
{
    Left,
    Justify,
    Center,
    Right,
}
