using SitRep.Drawing;

namespace SitRep.Layout;

/// <summary>The page loop: measure what fits, open a page, draw it, until the root is fully drawn.</summary>
internal static class Paginator
{
    public const int MaxPages = 2000;

    /// <returns>The number of pages drawn.</returns>
    public static int Run(Element root, Rect content, Func<int, ICanvas> openPage)
    {
        var pages = 0;
        while (true)
        {
            var plan = root.Measure(content.Width, content.Height);
            if (plan.Kind == SpacePlanKind.Full && plan.Height <= 0 && pages > 0)
                return pages;
            if (plan.Kind == SpacePlanKind.Wrap)
                throw new LayoutException($"an element on page {pages + 1} is taller than a whole page and cannot be split");
            if (pages == MaxPages)
                throw new LayoutException($"the brief would run past {MaxPages} pages");

            root.Draw(openPage(pages), content);
            pages++;
            if (plan.Kind == SpacePlanKind.Full)
                return pages;
        }
    }
}

public sealed class LayoutException(string message) : Exception(message);
