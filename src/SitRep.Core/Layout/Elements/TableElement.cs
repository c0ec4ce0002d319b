using SitRep.Drawing;

namespace SitRep.Layout.Elements;

internal sealed record TableStyle(
    Rgb HeaderFill,
    Rgb Rule,
    Rgb? StripeFill,
    Insets CellPadding);

/// <summary>
/// A table with weighted column widths and wrapping cells. Rows move whole to the next page; the
/// header row is repeated on every page the table reaches. A row taller than a page is split line by line.
/// </summary>
internal sealed class TableElement : Element
{
    private readonly IReadOnlyList<double> weights;
    private readonly IReadOnlyList<TextElement> header;
    private readonly IReadOnlyList<IReadOnlyList<TextElement>> rows;
    private readonly TableStyle style;
    private readonly double pageContentHeight;
    private int nextRow;
    private bool rowStarted;

    public TableElement(
        IReadOnlyList<double> weights,
        IReadOnlyList<TextElement> header,
        IReadOnlyList<IReadOnlyList<TextElement>> rows,
        TableStyle style,
        double pageContentHeight)
    {
        if (header.Count != weights.Count || rows.Any(r => r.Count != weights.Count))
            throw new ArgumentException("every table row needs one cell per column");
        this.weights = weights;
        this.header = header;
        this.rows = rows;
        this.style = style;
        this.pageContentHeight = pageContentHeight;
    }

    public int RowsDrawn => nextRow;

    public override SpacePlan Measure(double width, double height)
    {
        if (nextRow >= rows.Count)
            return SpacePlan.Full(0);
        var plan = Plan(width, height);
        if (plan.Rows.Count == 0)
            return SpacePlan.Wrap;
        return plan.Complete ? SpacePlan.Full(plan.Height) : SpacePlan.Partial(plan.Height);
    }

    public override void Draw(ICanvas canvas, Rect area)
    {
        if (nextRow >= rows.Count)
            return;
        var plan = Plan(area.Width, area.Height);
        if (plan.Rows.Count == 0)
            return;
        var columns = ColumnWidths(area.Width);
        var headerHeight = RowHeight(header, columns);
        var y = area.Top;

        canvas.FillRectangle(new Rect(area.Left, y, area.Width, headerHeight), style.HeaderFill);
        DrawCells(canvas, header, columns, area.Left, y, headerHeight, clone: true);
        y += headerHeight;

        foreach (var (index, rowHeight, split) in plan.Rows)
        {
            if (style.StripeFill is { } stripe && index % 2 == 1)
                canvas.FillRectangle(new Rect(area.Left, y, area.Width, rowHeight), stripe);
            DrawCells(canvas, rows[index], columns, area.Left, y, rowHeight, clone: false);
            y += rowHeight;
            canvas.DrawLine(new Point(area.Left, y), new Point(area.Right, y), style.Rule, 0.5);
            if (split)
            {
                rowStarted = true;
            }
            else
            {
                nextRow = index + 1;
                rowStarted = false;
            }
        }
    }

    private sealed record TablePlan(List<(int Index, double Height, bool Split)> Rows, double Height, bool Complete);

    private TablePlan Plan(double width, double height)
    {
        var columns = ColumnWidths(width);
        var headerHeight = RowHeight(header, columns);
        var planned = new List<(int, double, bool)>();
        var used = headerHeight;
        for (var i = nextRow; i < rows.Count; i++)
        {
            var rowHeight = RowHeight(rows[i], columns);
            if (used + rowHeight <= height + 0.001)
            {
                planned.Add((i, rowHeight, false));
                used += rowHeight;
                continue;
            }

            // A row taller than a whole page cannot move; it splits, cell by cell, line by line.
            var tallerThanPage = rowHeight > pageContentHeight - headerHeight || (i == nextRow && rowStarted);
            if (planned.Count == 0 && tallerThanPage)
            {
                var partHeight = PartialRowHeight(rows[i], columns, height - used);
                if (partHeight > 0)
                {
                    planned.Add((i, partHeight, true));
                    used += partHeight;
                }
            }

            return Widowless(planned, used);
        }

        return new TablePlan(planned, used, true);
    }

    /// <summary>The last row of a table does not go alone to the next page when the page can give it a companion.</summary>
    private TablePlan Widowless(List<(int Index, double Height, bool Split)> planned, double used)
    {
        var last = planned.Count > 0 ? planned[^1] : default;
        if (planned.Count >= 3 && !last.Split && last.Index == rows.Count - 2)
        {
            planned.RemoveAt(planned.Count - 1);
            used -= last.Height;
        }

        return new TablePlan(planned, used, false);
    }

    private double[] ColumnWidths(double width)
    {
        var total = weights.Sum();
        return weights.Select(w => width * w / total).ToArray();
    }

    private double RowHeight(IReadOnlyList<TextElement> cells, double[] columns)
    {
        double max = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            var inner = columns[c] - style.CellPadding.Left - style.CellPadding.Right;
            max = Math.Max(max, cells[c].Measure(inner, double.MaxValue).Height);
        }

        return max + style.CellPadding.Top + style.CellPadding.Bottom;
    }

    private double PartialRowHeight(IReadOnlyList<TextElement> cells, double[] columns, double room)
    {
        double max = 0;
        var innerRoom = room - style.CellPadding.Top - style.CellPadding.Bottom;
        for (var c = 0; c < cells.Count; c++)
        {
            var inner = columns[c] - style.CellPadding.Left - style.CellPadding.Right;
            var plan = cells[c].Measure(inner, innerRoom);
            max = Math.Max(max, plan.Height);
        }

        return max <= 0 ? 0 : max + style.CellPadding.Top + style.CellPadding.Bottom;
    }

    private void DrawCells(ICanvas canvas, IReadOnlyList<TextElement> cells, double[] columns, double left, double top, double height, bool clone)
    {
        var x = left;
        for (var c = 0; c < cells.Count; c++)
        {
            var area = new Rect(
                x + style.CellPadding.Left,
                top + style.CellPadding.Top,
                columns[c] - style.CellPadding.Left - style.CellPadding.Right,
                height - style.CellPadding.Top - style.CellPadding.Bottom + 0.001);
            if (clone)
                cells[c].DrawAgain(canvas, area);
            else
                cells[c].Draw(canvas, area);
            x += columns[c];
        }
    }
}
