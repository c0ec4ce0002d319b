using SitRep.Drawing;

namespace SitRep.Layout.Elements;

/// <summary>Children side by side in equal columns; the row is never split (key figures, small multiples).</summary>
internal sealed class RowElement(IReadOnlyList<Element> cells, double gap, double pageContentHeight) : Element
{
    private bool drawn;

    public override SpacePlan Measure(double width, double height)
    {
        if (drawn)
            return SpacePlan.Full(0);
        var needed = NaturalHeight(width);
        return needed <= height + 0.001 ? SpacePlan.Full(needed) : SpacePlan.Wrap;
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        var needed = NaturalHeight(area.Width);
        if (drawn || needed > area.Height + 0.001)
            return;
        var cellWidth = CellWidth(area.Width);
        for (var i = 0; i < cells.Count; i++)
            cells[i].Draw(canvas, new Rect(area.Left + i * (cellWidth + gap), area.Top, cellWidth, needed));
        drawn = true;
    }

    private double CellWidth(double width) => (width - gap * (cells.Count - 1)) / Math.Max(1, cells.Count);

    private double NaturalHeight(double width)
    {
        var cellWidth = CellWidth(width);
        return cells.Count == 0 ? 0 : cells.Max(c => c.Measure(cellWidth, pageContentHeight).Height);
    }
}
