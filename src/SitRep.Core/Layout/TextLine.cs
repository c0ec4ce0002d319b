using SitRep.Drawing;

namespace SitRep.Layout;

/// <summary>
/// A piece of a line: text in one face, script and direction, placed at an offset from the line's left edge. A value
/// in its line's array: a long brief has a hundred thousand, kept until their page is drawn.
/// </summary>
internal readonly record struct LineFragment(ShapingRun Run, Rgb Color, string? Link, double X, double Width)
{
    public string Text => Run.Text;

    public FontSpec Font => Run.Font;
}

/// <summary>One broken line of a paragraph, ready to draw; its fragments are in visual order, left to right.</summary>
internal sealed record TextLine(LineFragment[] Fragments, double Width, double Height, double Ascent)
{
    public void Draw(ICanvas canvas, double left, double baseline)
    {
        foreach (ref readonly var fragment in Fragments.AsSpan())
            canvas.DrawText(fragment.Run, fragment.Color, left + fragment.X, baseline, fragment.Width);
    }
}
