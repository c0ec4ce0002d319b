using SitRep.Tests.Support;

namespace SitRep.Tests.Layout;

/// <summary>Reads a PDF back with poppler's command-line tools.</summary>
internal static class PdfProbe
{
    public static string LayoutText(string pdf) => Poppler.LayoutText(pdf);

    public static int PageCount(string pdf) => Poppler.PageCount(pdf);
}
