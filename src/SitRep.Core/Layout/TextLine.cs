using SitRep.Drawing;

namespace SitRep.Layout;

/// <summary>A piece of a line: text in one face, script and direction, placed at an offset from the line's left edge.</summary>
internal sealed record LineFragment(ShapingRun Run, Rgb Color, string? Link, double X, double Width)
{
    public string Text => Run.Text;

    public FontSpec Font => Run.Font;
}

/// <summary>One broken line of a paragraph, ready to draw; its fragments are in visual order, left to right.</summary>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, double Height, double Ascent)
{
    public void Draw(ICanvas canvas, double left, double baseline)
    {
        foreach (var fragment in Fragments)
            canvas.DrawText(fragment.Run, fragment.Color, left + fragment.X, baseline, fragment.Width);
    }
}
