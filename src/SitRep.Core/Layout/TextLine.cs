using SitRep.Drawing;

namespace SitRep.Layout;

/// <summary>A piece of a line: text in one style, placed at an offset from the line's left edge.</summary>
internal sealed record LineFragment(string Text, FontSpec Font, Rgb Color, string? Link, double X, double Width);

/// <summary>One broken line of a paragraph, ready to draw.</summary>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, double Height, double Ascent);
