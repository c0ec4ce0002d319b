using System.Globalization;
using System.Text.Json;
using SitRep.Diagnostics;
using SitRep.Pipeline;

namespace SitRep.Cli;

/// <summary>
/// What 'sitrep build' tells while it works. On a terminal: one line per brief, redrawn in place with
/// plain ANSI escapes. Redirected (CI logs): plain lines. --quiet: nothing but errors. --json: one JSON
/// summary on standard output at the end. Errors always go to standard error.
/// </summary>
internal abstract class BuildProgress
{
    private readonly List<Outcome> outcomes = [];

    protected sealed record Outcome(string Template, string Output, string Status, int? Pages, string? Sha256, string? InputsHash, long? Milliseconds, IReadOnlyList<Diagnostic> Errors);

    protected IReadOnlyList<Outcome> Outcomes => outcomes;

    public static BuildProgress Create(bool quiet, bool json)
    {
        if (json)
            return new JsonProgress();
        if (quiet)
            return new QuietProgress();
        var terminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        return terminal ? new TerminalProgress(color: Environment.GetEnvironmentVariable("NO_COLOR") is null or "") : new PlainProgress();
    }

    public virtual void Starting(string template, string output)
    {
    }

    public void Built(string template, string output, ManifestBrief entry, TimeSpan elapsed)
    {
        var outcome = new Outcome(template, Display(output), "built", entry.Pages, entry.Sha256, entry.InputsHash, (long)elapsed.TotalMilliseconds, []);
        outcomes.Add(outcome);
        Show(outcome);
    }

    public void Skipped(string template, string output, ManifestBrief entry)
    {
        var outcome = new Outcome(template, Display(output), "skipped", entry.Pages, entry.Sha256, entry.InputsHash, null, []);
        outcomes.Add(outcome);
        Show(outcome);
    }

    public void Failed(string template, string output, IReadOnlyList<Diagnostic> diagnostics)
    {
        var outcome = new Outcome(template, Display(output), "failed", null, null, null, null, diagnostics);
        outcomes.Add(outcome);
        Show(outcome);
        foreach (var diagnostic in diagnostics)
            Console.Error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        Console.Error.WriteLine($"sitrep: {template}: {errors} error{(errors == 1 ? "" : "s")}; {Display(output)} was not written.");
    }

    /// <summary>The situation itself has errors: they are reported once, and every brief that needed building fails.</summary>
    public void SituationFailed(string situation, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<(string Template, string Output)> briefs)
    {
        foreach (var (template, output) in briefs)
        {
            var outcome = new Outcome(template, Display(output), "failed", null, null, null, null, diagnostics);
            outcomes.Add(outcome);
            Show(outcome);
        }

        CliApp.Report(diagnostics);
    }

    public abstract void Finish(string situation, IReadOnlyList<string> manifests);

    /// <summary>The run's edition: "edition No. 2 (2023-11-22): 3 changes since No. 1; recorded in output/editions/kidal.json".</summary>
    public virtual void Recorded(Editions.Edition edition, Editions.EditionChanges changes, string record, bool isNew)
    {
        var since = edition.PreviousNumber is { } previous ? $"{changes.Count} change{(changes.Count == 1 ? "" : "s")} since No. {previous}" : "first edition";
        Console.WriteLine($"edition No. {edition.Number} ({edition.Date}): {since}; {(isNew ? "recorded in" : "unchanged in")} {Display(record)}");
    }

    protected virtual void Show(Outcome outcome)
    {
    }

    protected static string Display(string path) => Extracts.SituationLoader.Display(path);

    protected static string Pages(int? count) => count == 1 ? "1 page" : $"{count} pages";

    protected string Summary(IReadOnlyList<string> manifests)
    {
        var built = outcomes.Count(o => o.Status == "built");
        var skipped = outcomes.Count(o => o.Status == "skipped");
        var failed = outcomes.Count(o => o.Status == "failed");
        var where = manifests.Count > 0 ? $"; manifest {string.Join(", ", manifests)}" : "";
        return $"{built} built, {skipped} unchanged, {failed} failed{where}";
    }

    private sealed class QuietProgress : BuildProgress
    {
        public override void Recorded(Editions.Edition edition, Editions.EditionChanges changes, string record, bool isNew)
        {
        }

        public override void Finish(string situation, IReadOnlyList<string> manifests)
        {
        }
    }

    /// <summary>Plain lines for logs: "wrote PATH (N pages, T ms)" and "PATH: unchanged, skipped".</summary>
    private sealed class PlainProgress : BuildProgress
    {
        protected override void Show(Outcome outcome)
        {
            if (outcome.Status == "built")
                Console.WriteLine($"wrote {outcome.Output} ({Pages(outcome.Pages)}, {outcome.Milliseconds} ms)");
            else if (outcome.Status == "skipped")
                Console.WriteLine($"{outcome.Output}: unchanged, skipped ({Pages(outcome.Pages)})");
            else
                Console.WriteLine($"{outcome.Output}: failed");
        }

        public override void Finish(string situation, IReadOnlyList<string> manifests)
        {
            if (Outcomes.Count > 1)
                Console.WriteLine(Summary(manifests));
        }
    }

    /// <summary>A terminal: a "building" line per brief, replaced by its outcome when done.</summary>
    private sealed class TerminalProgress(bool color) : BuildProgress
    {
        private const string ClearLine = "\r\u001b[2K";
        private bool lineOpen;

        private string Paint(string code, string text) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;

        public override void Starting(string template, string output)
        {
            Console.Write($"{Paint("2", "  ..")} {template,-14} {Paint("2", "building " + Display(output))}");
            Console.Out.Flush();
            lineOpen = true;
        }

        protected override void Show(Outcome outcome)
        {
            if (lineOpen)
                Console.Write(ClearLine);
            lineOpen = false;
            var line = outcome.Status switch
            {
                "built" => $"{Paint("32", "  ok")} {outcome.Template,-14} {outcome.Output}  {Pages(outcome.Pages)}  {Seconds(outcome.Milliseconds)}",
                "skipped" => $"{Paint("33", "  --")} {outcome.Template,-14} {outcome.Output}  {Pages(outcome.Pages)}  unchanged, skipped",
                _ => $"{Paint("31", "FAIL")} {outcome.Template,-14} {outcome.Output}  not written",
            };
            Console.WriteLine(line);
        }

        public override void Finish(string situation, IReadOnlyList<string> manifests)
        {
            if (Outcomes.Count > 1)
                Console.WriteLine(Paint("1", Summary(manifests)));
        }

        private static string Seconds(long? milliseconds) =>
            ((milliseconds ?? 0) / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " s";
    }

    /// <summary>--json: one object on standard output, for scripts and CI steps.</summary>
    private sealed class JsonProgress : BuildProgress
    {
        private readonly List<EditionReportLine> editions = [];

        public override void Recorded(Editions.Edition edition, Editions.EditionChanges changes, string record, bool isNew) =>
            editions.Add(new EditionReportLine(edition.Number, edition.Date, changes.Count, Display(record).Replace('\\', '/'), isNew));

        public override void Finish(string situation, IReadOnlyList<string> manifests)
        {
            var report = new BuildReport(
                situation.Replace('\\', '/'),
                editions,
                Outcomes.Count(o => o.Status == "built"),
                Outcomes.Count(o => o.Status == "skipped"),
                Outcomes.Count(o => o.Status == "failed"),
                manifests.Select(m => m.Replace('\\', '/')).ToList(),
                Outcomes.Select(o => new BriefReport(
                    o.Template,
                    o.Output.Replace('\\', '/'),
                    o.Status,
                    o.Pages,
                    o.Sha256,
                    o.InputsHash,
                    o.Milliseconds,
                    o.Errors.Where(d => d.Severity == Severity.Error)
                        .Select(d => new ErrorReport(d.Location.File, d.Location.Line, d.Location.Column, d.Code, d.Message)).ToList())).ToList());
            Console.WriteLine(JsonSerializer.Serialize(report, JsonReports.Relaxed.BuildReport));
        }
    }
}
