namespace SitRep.Diagnostics;

/// <summary>Collects findings; a build stops when any is an error.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = new();

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => items.Count(d => d.Severity == severity);

    public void Error(SourceLocation location, string message, string code = "input") => items.Add(new Diagnostic(Severity.Error, location, message, code));

    public void Warning(SourceLocation location, string message, string code = "input") => items.Add(new Diagnostic(Severity.Warning, location, message, code));

    public void Info(SourceLocation location, string message, string code = "input") => items.Add(new Diagnostic(Severity.Info, location, message, code));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Findings sorted by file and position, errors and warnings before notes at the same place.</summary>
    public IEnumerable<Diagnostic> Sorted() => items
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line)
        .ThenBy(d => d.Location.Column)
        .ThenByDescending(d => d.Severity);
}
