using SitRep.Document;
using SitRep.Extracts;

namespace SitRep.Pipeline;

/// <summary>Answers the document mapper's questions from the situation.</summary>
internal sealed class SituationResolver(Situation situation, ChartFactory charts, Localization.Locale locale) : IDocumentResolver
{
    public int SourceNumber(string sourceId) => situation.SourceNumber(sourceId);

    public (string Title, IReadOnlyList<string> SourceIds, string? Note)? Chart(string chartId)
    {
        var spec = situation.Charts.FirstOrDefault(c => c.Id == chartId);
        return spec is null ? null : (spec.Title, charts.SourcesOf(spec), ChartFactory.NoteOf(spec, locale));
    }

    public string SourceLabel(string sourceId)
    {
        var source = situation.FindSource(sourceId);
        if (source is null)
            return sourceId;
        return Templates.TemplateModel.OutletLabel(source, locale);
    }
}
