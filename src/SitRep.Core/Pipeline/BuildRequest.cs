namespace SitRep.Pipeline;

/// <summary>What to build: a situation folder, a template (built-in name or folder) and where the PDF goes.</summary>
public sealed record BuildRequest(string SituationDirectory, string Template, string OutputPath)
{
    /// <summary>The creation date written into the PDF; the situation's "as of" date when null.</summary>
    public DateTimeOffset? Timestamp { get; init; }
}

/// <summary>A finished build.</summary>
public sealed record BuildResult(string OutputPath, int PageCount, IReadOnlyList<string> Bookmarks, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics, string Markdown)
{
    /// <summary>Lower-case hex SHA-256 of the PDF as written.</summary>
    public string Sha256 { get; init; } = "";
}
