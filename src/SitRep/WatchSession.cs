using System.Diagnostics;
using System.Globalization;
using SitRep.Diagnostics;
using SitRep.Editions;
using SitRep.Extracts;
using SitRep.Pipeline;
using SitRep.Templates;

namespace SitRep.Cli;

/// <summary>
/// The briefs 'sitrep watch' keeps up to date, rebuilt in this process: compiled templates, fonts and
/// the JIT stay warm between rebuilds. Each rebuild prints one line per brief (or one for a broken
/// situation). A failed build leaves the last good PDF in place; a good one replaces it by rename.
/// Editions are previewed, not recorded: a draft saved fifty times is not fifty editions; 'sitrep build'
/// records the edition.
/// </summary>
internal sealed class WatchSession(string situationDirectory, IReadOnlyList<BuildCommand.BriefPlan> plans, DateTimeOffset? timestamp, TextWriter output)
{
    /// <summary>Rebuilds the briefs of <paramref name="templates"/> (all when null). Returns false when anything failed.</summary>
    public bool Rebuild(IReadOnlySet<string>? templates = null)
    {
        var watch = Stopwatch.StartNew();
        Situation situation;
        try
        {
            situation = BriefBuilder.LoadChecked(situationDirectory).Situation;
        }
        catch (InputException e)
        {
            Fail(Display(situationDirectory), e.Diagnostics, watch.Elapsed);
            return false;
        }

        var ok = true;
        foreach (var plan in plans.Where(p => templates is null || templates.Contains(p.Template)))
        {
            try
            {
                var next = Editions.Editions.Next(situation, Record(EditionRecord.PathFor(plan.OutputDirectory, situationDirectory)), timestamp);
                var result = BriefBuilder.Build(situation, BriefTemplate.Load(plan.Template), plan.OutputPath, timestamp);
                var edition = next.IsNew ? $"No. {next.Edition.Number} preview, {next.Changes.Count} change{(next.Changes.Count == 1 ? "" : "s")}" : $"No. {next.Edition.Number}";
                Line($"wrote {Display(plan.OutputPath)}: {result.PageCount} page{(result.PageCount == 1 ? "" : "s")} in {Milliseconds(watch.Elapsed)} ({edition})");
            }
            catch (InputException e)
            {
                Fail(Display(plan.OutputPath), e.Diagnostics, watch.Elapsed);
                ok = false;
            }

            watch.Restart();
        }

        return ok;
    }

    private readonly Dictionary<string, (DateTime Written, long Length, EditionRecord Record)> records = new(StringComparer.Ordinal);

    /// <summary>The editions record, read again only when the file changed (a 'sitrep build' beside the watch).</summary>
    private EditionRecord Record(string path)
    {
        var file = new FileInfo(path);
        var (written, length) = file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1L);
        if (records.TryGetValue(path, out var known) && known.Written == written && known.Length == length)
            return known.Record;
        var record = EditionRecord.Load(path);
        records[path] = (written, length, record);
        return record;
    }

    private void Fail(string what, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var first = errors.Count > 0 ? errors[0].ToString() : "error: the build failed";
        var more = errors.Count > 1 ? $"; {errors.Count - 1} more error{(errors.Count == 2 ? "" : "s")}" : "";
        Line($"{first} ({what} not rebuilt in {Milliseconds(elapsed)}{more}; the last good PDF stays)");
    }

    private void Line(string text)
    {
        output.WriteLine($"{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {text}");
        output.Flush();
    }

    private static string Milliseconds(TimeSpan elapsed) => ((long)elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms";

    private static string Display(string path) => SituationLoader.Display(path);
}
