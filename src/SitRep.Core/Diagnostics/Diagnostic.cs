namespace SitRep.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>One finding about the inputs: <c>file:line:col: error: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message, string Code)
{
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
