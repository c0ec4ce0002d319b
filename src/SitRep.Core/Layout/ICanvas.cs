using PdfSharp.Drawing;
using SitRep.Charts;

namespace SitRep.Layout;

/// <summary>What elements paint on. The PDF canvas draws with PDFsharp; tests record.</summary>
internal interface ICanvas
{
    void DrawText(string text, FontSpec font, XColor color, double x, double baseline, double width);

    void FillRectangle(XRect area, XColor color);

    void DrawLine(XPoint from, XPoint to, XColor color, double thickness);

    void DrawChart(IChart chart, XRect area);

    void DrawImage(byte[] image, XRect area);

    /// <summary>Makes <paramref name="area"/> a link: <c>#anchor</c> inside the document, otherwise a web address.</summary>
    void AddLink(XRect area, string target);

    void AddAnchor(string name, double y);

    void AddBookmark(int level, string title, double y);
}
