using SitRep.Drawing;
using SitRep.Theming;

namespace SitRep.Layout;

/// <summary>Page size and the content area inside the margins, in points.</summary>
internal sealed record PageGeometry(double Width, double Height, Rect Content)
{
    private const double PointsPerMillimetre = 72 / 25.4;

    public static PageGeometry From(Theme theme)
    {
        var (width, height) = PageSizes.Of(theme.PageSize);
        var m = theme.Margins;
        var content = new Rect(
            m.Left * PointsPerMillimetre,
            m.Top * PointsPerMillimetre,
            width - (m.Left + m.Right) * PointsPerMillimetre,
            height - (m.Top + m.Bottom) * PointsPerMillimetre);
        if (content.Width < 144 || content.Height < 144)
            throw new LayoutException("the margins leave less than 5 cm for content");
        return new PageGeometry(width, height, content);
    }

    public Rect Page => new(0, 0, Width, Height);
}
