using System.Text;

namespace SitRep.Editions;

/// <summary>Changes as plain lines for logs and reviewers (what <c>sitrep diff</c> prints by default).</summary>
public static class ChangesText
{
    public static string Format(EditionReport report)
    {
        var (edition, changes) = (report.Edition, report.Changes);
        var text = new StringBuilder();
        text.Append($"Situation Report No. {edition.Number} ({edition.Date})");
        if (changes.Since is not { } since)
            return text.Append(": first edition, nothing to compare with\n").ToString();
        text.Append($", since No. {since.Number} ({since.Date}): ");
        text.Append(changes.Count == 0 ? "no changes\n" : $"{changes.Count} change{(changes.Count == 1 ? "" : "s")}\n");

        Section(text, "events added", changes.EventsAdded, e => $"+ {e.Id} ({e.Date}): {e.Text} [{e.Source}]");
        Section(text, "figures changed", changes.FiguresChanged, f =>
        {
            var line = $"~ {f.Id}{(f.PreviousId is { } was ? $" (was {was})" : "")}: {f.Label}: {f.Old.Text} [{f.Old.Source}] -> {f.New.Text} [{f.New.Source}]";
            return f.Changed.Contains("as_of") ? line + $"; as of {f.Old.AsOf ?? "-"} -> {f.New.AsOf ?? "-"}" : line;
        });
        Section(text, "quotes added", changes.QuotesAdded, q => $"+ {q.Id}: {q.Speaker}: \"{q.Text}\" [{q.Source}]");
        Section(text, "quotes withdrawn", changes.QuotesWithdrawn, q => $"- {q.Id}: {q.Speaker}: \"{q.Text}\" [{q.Source}]");
        Section(text, "judgments changed", changes.JudgmentsChanged, j =>
        {
            var parts = new List<string>();
            if (j.Changed.Contains("likelihood"))
                parts.Add($"likelihood {j.OldLikelihood} -> {j.NewLikelihood}");
            if (j.Changed.Contains("confidence"))
                parts.Add($"confidence {j.OldConfidence} -> {j.NewConfidence}");
            return $"~ {j.Id}: {string.Join("; ", parts)}: {j.Text}";
        });
        Section(text, "sources added", changes.SourcesAdded, s => $"+ {s.Id}: {s.Outlet}, \"{s.Title}\" ({s.Published})");
        return text.ToString();
    }

    private static void Section<T>(StringBuilder text, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
            return;
        text.Append(title).Append(":\n");
        foreach (var item in items)
            text.Append("  ").Append(line(item)).Append('\n');
    }
}
