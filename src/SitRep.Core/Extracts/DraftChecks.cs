using SitRep.Diagnostics;

namespace SitRep.Extracts;

/// <summary>
/// Draft extracts (<c>&lt;kind&gt;.draft.yaml</c>) are checked by the same rules as curated ones and
/// reported under their own files; a curated file must hold no draft.
/// </summary>
internal static class DraftChecks
{
    private static IEnumerable<YamlRecord> Curated(Situation s) =>
        s.Figures.Cast<YamlRecord>().Concat(s.Quotes).Concat(s.Timeline).Concat(s.Places).Concat(s.Actors);

    private static IEnumerable<YamlRecord> Drafted(DraftExtracts d) =>
        d.Figures.Cast<YamlRecord>().Concat(d.Quotes).Concat(d.Timeline).Concat(d.Places).Concat(d.Actors);

    public static void CheckCurated(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var record in Curated(situation))
        {
            if (record.FieldLocations.ContainsKey("status"))
                diagnostics.Error(record.Where("status"), $"'{IdOf(record)}' is still a draft: review it and remove status", "draft");
            else if (record.FieldLocations.ContainsKey("confidence") && record is not Judgment)
                diagnostics.Error(record.Where("confidence"), $"'{IdOf(record)}' has a draft's 'confidence'; remove it once the item is reviewed", "draft");
        }
    }

    public static void CheckDrafts(Situation situation, DiagnosticBag diagnostics)
    {
        var drafts = situation.Drafts;
        if (drafts.IsEmpty)
            return;
        foreach (var record in Drafted(drafts))
        {
            var (status, confidence) = record switch
            {
                Figure f => (f.Status, f.Confidence),
                Quote q => (q.Status, q.Confidence),
                TimelineEvent e => (e.Status, e.Confidence),
                Place p => (p.Status, p.Confidence),
                Actor a => (a.Status, a.Confidence),
                _ => (null, null),
            };
            if (status != "draft")
                diagnostics.Error(record.Where("status"), $"draft '{IdOf(record)}' needs 'status: draft'" + (status is null ? "" : $", not '{status}'"), "draft");
            if (confidence is null)
                diagnostics.Error(record.Location, $"draft '{IdOf(record)}' needs 'confidence: high', 'medium' or 'low'", "draft");
            else
                SituationValidator.CheckEnum(record, "confidence", confidence, Vocabulary.DraftConfidences, diagnostics);
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var record in Drafted(drafts))
        {
            var id = IdOf(record);
            if (id.Length == 0)
                continue;
            if (seen.TryGetValue(id, out var first))
                diagnostics.Error(record.Where("id"), $"duplicate id '{id}' (first used at {first})", "duplicate-id");
            else
                seen[id] = record.Where("id");
        }

        foreach (var item in drafts.Figures.Cast<SourcedItem>().Concat(drafts.Timeline).Concat(drafts.Actors))
            SituationValidator.CheckEvidence(situation, item, diagnostics);
        SituationValidator.CheckTimeline(situation, drafts.Timeline, diagnostics);
        SituationValidator.CheckActors(situation, drafts.Actors, diagnostics);
        FigureChecks.Check(situation, drafts.Figures, situation.Figures.Concat(drafts.Figures).Select(f => f.Id), diagnostics);
        SituationValidator.CheckQuotes(situation, drafts.Quotes, diagnostics);
        SituationValidator.CheckPlaces(drafts.Places, diagnostics, drafts: true);
    }

    private static string IdOf(YamlRecord record) => record switch
    {
        SourcedItem s => s.Id,
        Quote q => q.Id,
        Place p => p.Id,
        _ => "",
    };
}
