using System.Text.RegularExpressions;
using SitRep.Diagnostics;
using SitRep.Extraction;
using SitRep.Extracts;
using SitRep.Tests.Support;

namespace SitRep.Tests.Extraction;

/// <summary>
/// What `sitrep check` does with drafts: written beside the curated files as <c>KIND.draft.yaml</c>,
/// they are checked by the same rules, and their evidence, quotes and dates pass.
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
    public void Kidal_drafts_beside_the_curated_files_have_no_evidence_quote_or_date_error()
    {
        TestFiles.CopyDirectory(RepoPaths.KidalSituation, folder);
        var set = SourceSet.FromSituation(folder, []);
        var files = DraftWriter.Render(Extractor.Extract(set.Documents, set.Places, set.Actors));
        foreach (var (kind, text) in files)
            File.WriteAllText(Path.Combine(folder, kind + ".draft.yaml"), text);

        var diagnostics = new DiagnosticBag();
        var situation = SituationLoader.Load(folder, diagnostics);
        if (!diagnostics.HasErrors)
            SituationValidator.Validate(situation, diagnostics);

        var drafts = diagnostics.Items.Where(d => d.Location.File.EndsWith(".draft.yaml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(situation.Sources);
        Assert.DoesNotContain(drafts, d => d.Severity == Severity.Error && d.Code is "evidence" or "quote" or "date" or "unknown-ref" or "duplicate-id" or "yaml" or "unknown-key" or "vocabulary");
        // Curated findings are unchanged by the drafts beside them.
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error && !d.Location.File.EndsWith(".draft.yaml", StringComparison.Ordinal));
    }
}
