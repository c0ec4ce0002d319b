using SitRep.Extracts;

namespace SitRep.Extraction;

/// <summary>Drafts quotes, figures, dated events and name candidates from source texts, by rules alone.</summary>
public static class Extractor
{
    public static SourceExtract ExtractOne(SourceDocument document)
    {
        var dates = DateFinder.Find(document.Text, document.Published, []);
        var people = new PersonIndex(document.Text);
        return new SourceExtract(document, QuoteFinder.Find(document, people), FigureFinder.Find(document, dates), EventFinder.Find(document, dates));
    }

    public static ExtractionResult Extract(IReadOnlyList<SourceDocument> documents, IReadOnlyList<Place> places, IReadOnlyList<Actor> actors)
    {
        var extracts = documents.Select(ExtractOne).ToList();
        DuplicateGrouper.Group(extracts);
        return new ExtractionResult(extracts, NameCandidates.Find(documents, places, actors));
    }
}
