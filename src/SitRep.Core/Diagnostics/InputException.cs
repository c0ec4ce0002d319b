namespace SitRep.Diagnostics;

/// <summary>A problem with the user's inputs: reported as findings, exit code 1, no stack trace.</summary>
public sealed class InputException : Exception
{
    public InputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public InputException(SourceLocation location, string message, string code = "input")
        : this([new Diagnostic(Severity.Error, location, message, code)])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
