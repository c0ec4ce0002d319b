using System.Text.RegularExpressions;
using SitRep.Diagnostics;
using SitRep.Extraction;
using SitRep.Extracts;
using SitRep.Tests.Support;

namespace SitRep.Tests.Extraction;

/// <summary>
/// Until `sitrep check` reads draft files, the drafts are checked the way it checks curated ones:
/// put in place of the curated files (without the draft-only keys), they load and pass the
/// evidence, quote and date checks.
/// </summary>
public sealed class DraftCheckTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sitrep-draftcheck-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Kidal_drafts_in_place_of_the_curated_files_have_no_evidence_quote_or_date_error()
    {
        TestFiles.CopyDirectory(RepoPaths.KidalSituation, folder);
        var set = SourceSet.FromSituation(folder, []);
        var files = DraftWriter.Render(Extractor.Extract(set.Documents, set.Places, set.Actors));
        foreach (var kind in new[] { "quotes", "figures", "timeline", "actors" })
            File.WriteAllText(Path.Combine(folder, kind + ".yaml"), Regex.Replace(files[kind], @"^    (status|confidence|qualifier|range|scale|currency):.*\n", "", RegexOptions.Multiline));
        // The curated charts name curated ids; the drafts have their own.
        File.Delete(Path.Combine(folder, "charts.yaml"));

        var diagnostics = new DiagnosticBag();
        var situation = SituationLoader.Load(folder, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Items));
        SituationValidator.Validate(situation, diagnostics);

        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.DoesNotContain(errors, d => d.Code is "evidence" or "quote" or "date" or "unknown-ref" or "duplicate-id" or "vocabulary");
        // The one kind left: a count written in words ("ten years"), which the widened number check accepts (SCHEMA.md).
        Assert.All(errors, d => Assert.Matches(@"is (2|10) but its evidence says no number", d.Message));
        Assert.Contains(diagnostics.Items, d => d.Code == "discrepancy");
    }
}
