using Scriban.Parsing;
using SitRep.Diagnostics;

namespace SitRep.Templates;

internal static class TemplateErrors
{
    public static InputException At(SourceLocation location, string message) => new(location, message, "template");

    /// <summary>A finding at a place Scriban names: its file (the path shown in messages), 1-based line and column.</summary>
    public static Diagnostic Diagnostic(SourceSpan span, string message) =>
        new(Severity.Error, Location(span), message, "template");

    public static SourceLocation Location(SourceSpan span) =>
        new(span.FileName ?? "template", Math.Max(1, span.Start.Line + 1), Math.Max(1, span.Start.Column + 1));
}
