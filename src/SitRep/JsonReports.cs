using System.Text.Json;
using System.Text.Json.Serialization;

namespace SitRep.Cli;

/// <summary>The JSON the commands print (<c>build --json</c>, <c>check --format json</c>), source-generated so it needs no reflection.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildReport))]
[JsonSerializable(typeof(CheckReport))]
internal sealed partial class JsonReports : JsonSerializerContext
{
    /// <summary>Non-ASCII text printed as it is, not as \u escapes.</summary>
    public static JsonReports Relaxed { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

internal sealed record BuildReport(string Situation, List<EditionReportLine> Editions, int Built, int Skipped, int Failed, List<string> Manifests, List<BriefReport> Briefs);

internal sealed record EditionReportLine(int Number, string Date, int Changes, string Record, bool Recorded);

internal sealed record BriefReport(string Template, string Output, string Status, int? Pages, string? Sha256, string? InputsHash, long? Milliseconds, List<ErrorReport> Errors);

internal sealed record ErrorReport(string File, int Line, int Column, string? Code, string Message);

internal sealed record CheckReport(int Errors, int Warnings, int Notes, int Discrepancies, List<FindingReport> Findings);

internal sealed record FindingReport(string File, int Line, int Column, string Severity, string? Code, string Message);
