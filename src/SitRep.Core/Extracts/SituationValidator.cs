using System.Globalization;
using SitRep.Diagnostics;
using SitRep.Sources;

namespace SitRep.Extracts;

/// <summary>
/// Checks that a loaded situation is sound: every reference resolves, every evidence and quote is
/// verbatim in its source, numbers agree with their evidence, dates parse and precede their source.
/// </summary>
public static class SituationValidator
{
    private static readonly string[] QuoteCuts = ["(...)", "[...]", "[…]", "(…)"];

    public static void Validate(Situation situation, DiagnosticBag diagnostics)
    {
        CheckIds(situation, diagnostics);
        CheckSources(situation, diagnostics);
        CheckInfo(situation, diagnostics);
        foreach (var item in situation.AllSourcedItems())
            CheckEvidence(situation, item, diagnostics);
        CheckTimeline(situation, diagnostics);
        CheckActors(situation, diagnostics);
        CheckFigures(situation, diagnostics);
        CheckQuotes(situation, diagnostics);
        CheckJudgments(situation, diagnostics);
        CheckPlaces(situation, diagnostics);
        CheckCharts(situation, diagnostics);
        foreach (var discrepancy in Discrepancy.FindAll(situation))
        {
            var values = string.Join("; ", discrepancy.Values.Select(v => $"{v.SourceId}: {v.Value}"));
            diagnostics.Info(discrepancy.Values[0].Item.Where("key"), $"sources differ on '{discrepancy.Key}' ({discrepancy.Subject}): {values}", "discrepancy");
        }
    }

    private static void CheckIds(Situation situation, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        IEnumerable<(string Id, SourceLocation At)> ids = situation.AllSourcedItems().Select(i => (i.Id, i.Where("id")))
            .Concat(situation.Quotes.Select(q => (q.Id, q.Where("id"))))
            .Concat(situation.Places.Select(p => (p.Id, p.Where("id"))))
            .Concat(situation.Charts.Select(c => (c.Id, c.Where("id"))));
        foreach (var (id, at) in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
                continue;
            if (seen.TryGetValue(id, out var first))
                diagnostics.Error(at, $"duplicate id '{id}' (first used at {first})", "duplicate-id");
            else
                seen[id] = at;
        }

        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in situation.Sources)
        {
            if (!sourceIds.Add(source.Id))
                diagnostics.Error(source.Where("id"), $"duplicate source id '{source.Id}'", "duplicate-id");
        }
    }

    private static void CheckSources(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var source in situation.Sources)
        {
            if (!PartialDate.TryParse(source.Published, out var date))
                diagnostics.Error(source.Where("published"), $"'{source.Published}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)", "date");
            else if (date.Precision != source.PublishedPrecision)
                diagnostics.Error(source.Where("published_precision"), $"published_precision is '{source.PublishedPrecision}' but the date '{source.Published}' is given to the {date.Precision}", "date");
            if (source.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                diagnostics.Error(source.Where("url"), $"'{url}' is not an http(s) address", "url");
        }
    }

    private static void CheckInfo(Situation situation, DiagnosticBag diagnostics)
    {
        var info = situation.Info;
        if (!string.IsNullOrEmpty(info.AsOf) && !(PartialDate.TryParse(info.AsOf, out var asOf) && asOf.Precision == "day"))
            diagnostics.Error(info.Where("as_of"), $"as_of '{info.AsOf}' must be a full date, YYYY-MM-DD", "date");
        if (info.Focus is { Length: > 0 } focus && situation.Places.Count > 0 && situation.Places.All(p => p.Id != focus))
            diagnostics.Error(info.Where("focus"), $"focus '{focus}' is not a place in places.yaml", "unknown-ref");
    }

    private static void CheckEvidence(Situation situation, SourcedItem item, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(item.Source))
            return;
        if (situation.FindSource(item.Source) is null)
        {
            diagnostics.Error(item.Where("source"), $"'{item.Id}' cites unknown source '{item.Source}'" + YamlBinder.DidYouMean(item.Source, situation.Sources.Select(s => s.Id)), "unknown-ref");
            return;
        }

        if (!situation.Texts.TryGetValue(item.Source, out var text) || string.IsNullOrWhiteSpace(item.Evidence))
            return;
        if (!text.Contains(item.Evidence))
            diagnostics.Error(item.Where("evidence"), $"evidence of '{item.Id}' is not verbatim in source '{item.Source}'" + Closest(text, item.Evidence), "evidence");
    }

    private static string Closest(SourceText text, string evidence)
    {
        var closest = ClosestPassage.Find(text, evidence);
        if (closest is null)
            return "; no similar passage found";
        var difference = closest.ExpectedWord is null ? "" : $": the source has '{closest.ExpectedWord}' where the evidence has '{closest.FoundWord}'";
        return $"{difference}; closest passage, {text.Path}:{closest.Line}:{closest.Column}: \"{Shorten(closest.Passage, 160)}\"";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static void CheckEnum(YamlRecord record, string field, string value, IReadOnlyList<string> allowed, DiagnosticBag diagnostics)
    {
        if (allowed.Contains(value))
            return;
        var suggestion = field == "likelihood" && Vocabulary.LikelihoodSynonyms.TryGetValue(value.Trim(), out var term)
            ? $" (ICD 203 writes '{value.Trim()}' as '{term}')"
            : YamlBinder.DidYouMean(value, allowed);
        diagnostics.Error(record.Where(field), $"'{value}' is not a valid {field}; use one of: {string.Join(", ", allowed)}" + suggestion, "vocabulary");
    }

    private static void CheckTimeline(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var e in situation.Timeline)
        {
            CheckEnum(e, "precision", e.Precision, Vocabulary.Precisions, diagnostics);
            if (!PartialDate.TryParse(e.Date, out var date))
            {
                diagnostics.Error(e.Where("date"), $"'{e.Date}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)", "date");
                continue;
            }

            if (Vocabulary.Precisions.Contains(e.Precision) && date.Precision != e.Precision)
                diagnostics.Error(e.Where("precision"), $"precision is '{e.Precision}' but the date '{e.Date}' is given to the {date.Precision}", "date");
            if (situation.FindSource(e.Source) is { } source && PartialDate.TryParse(source.Published, out var published)
                && date.Start > LastDay(published))
                diagnostics.Error(e.Where("date"), $"event '{e.Id}' is dated {date.ToDisplay()}, after its source '{source.Id}' was published ({published.ToDisplay()})", "date");
        }
    }

    private static DateOnly LastDay(PartialDate date) => date.Precision switch
    {
        "year" => new DateOnly(date.Year, 12, 31),
        "month" => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        _ => date.Start,
    };

    private static void CheckActors(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var actor in situation.Actors)
            CheckEnum(actor, "category", actor.Category, Vocabulary.ActorCategories, diagnostics);
    }

    private static void CheckFigures(Situation situation, DiagnosticBag diagnostics)
    {
        var ids = situation.Figures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var figure in situation.Figures)
        {
            CheckEnum(figure, "category", figure.Category, Vocabulary.FigureCategories, diagnostics);
            if (figure.Value is not { } value)
            {
                diagnostics.Error(figure.Where("value"), $"figure '{figure.Id}' has no value", "number");
                continue;
            }

            if (value < 0)
                diagnostics.Error(figure.Where("value"), $"figure '{figure.Id}' is negative ({value.ToString(CultureInfo.InvariantCulture)}); counts cannot be", "number");
            if (figure.Of is { Length: > 0 } of && !ids.Contains(of))
                diagnostics.Error(figure.Where("of"), $"'of: {of}' is not a figure id" + YamlBinder.DidYouMean(of, ids), "unknown-ref");
            if (figure.AsOf is { Length: > 0 } asOf && !PartialDate.TryParse(asOf, out _))
                diagnostics.Error(figure.Where("as_of"), $"'{asOf}' is not a date", "date");
            if (string.IsNullOrWhiteSpace(figure.Evidence))
                continue;
            if (!NumberEvidence.Contains(figure.Evidence, value, out var hedged))
            {
                var written = string.Join(", ", NumberEvidence.NumbersIn(figure.Evidence).Select(n => n.Value.ToString("#,0.##", CultureInfo.InvariantCulture)));
                diagnostics.Error(figure.Where("value"), $"figure '{figure.Id}' is {value.ToString("#,0.##", CultureInfo.InvariantCulture)} but its evidence says {(written.Length == 0 ? "no number" : written)}", "number");
            }
            else if (hedged && !figure.Approximate)
            {
                diagnostics.Warning(figure.Where("value"), $"figure '{figure.Id}' is hedged in its source (\"about\", \"approximately\" …); set 'approximate: true'", "approximate");
            }
            else if (figure.Approximate)
            {
                diagnostics.Info(figure.Where("value"), $"figure '{figure.Id}' is approximate", "approximate");
            }
        }
    }

    private static void CheckQuotes(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var quote in situation.Quotes)
        {
            CheckEnum(quote, "section", quote.Section, Vocabulary.QuoteSections, diagnostics);
            if (situation.FindSource(quote.Source) is null)
            {
                diagnostics.Error(quote.Where("source"), $"quote '{quote.Id}' cites unknown source '{quote.Source}'" + YamlBinder.DidYouMean(quote.Source, situation.Sources.Select(s => s.Id)), "unknown-ref");
                continue;
            }

            if (!situation.Texts.TryGetValue(quote.Source, out var text) || string.IsNullOrWhiteSpace(quote.Text))
                continue;
            if (text.Contains(quote.Text))
                continue;
            var parts = quote.Text.Split(QuoteCuts, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                diagnostics.Error(quote.Where("text"), $"quote '{quote.Id}' is not verbatim in source '{quote.Source}'; shorten only with a marked ellipsis (...)" + Closest(text, quote.Text), "quote");
                continue;
            }

            var position = 0;
            foreach (var part in parts)
            {
                var needle = TextNormalizer.Normalize(part.Trim(' ', '.', ',', ';'));
                var found = text.Normalized.IndexOf(needle, position, StringComparison.Ordinal);
                if (found < 0)
                {
                    diagnostics.Error(quote.Where("text"), $"quote '{quote.Id}': the part \"{Shorten(part, 80)}\" is not verbatim in source '{quote.Source}' (or is out of order)" + Closest(text, part), "quote");
                    break;
                }

                position = found + needle.Length;
            }
        }
    }

    private static void CheckJudgments(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var judgment in situation.Judgments)
        {
            CheckEnum(judgment, "likelihood", judgment.Likelihood, Vocabulary.Likelihoods, diagnostics);
            CheckEnum(judgment, "confidence", judgment.Confidence, Vocabulary.Confidences, diagnostics);
            var words = judgment.Text.ToLowerInvariant();
            foreach (var term in Vocabulary.Likelihoods.Where(l => l.Contains(' ')).Concat(["probably", "likely", "confidence"]))
            {
                if (System.Text.RegularExpressions.Regex.IsMatch(words, $@"\b{System.Text.RegularExpressions.Regex.Escape(term)}\b"))
                {
                    diagnostics.Error(judgment.Where("text"), $"judgment '{judgment.Id}' says '{term}' in its text; state likelihood and confidence only in their fields", "estimative");
                    break;
                }
            }
        }
    }

    private static void CheckPlaces(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var place in situation.Places)
        {
            CheckEnum(place, "kind", place.Kind, Vocabulary.PlaceKinds, diagnostics);
            if (place.Lat is not { } lat || place.Lon is not { } lon)
                diagnostics.Error(place.Location, $"place '{place.Id}' has no coordinates (lat and lon)", "coordinates");
            else if (lat is < -90 or > 90 || lon is < -180 or > 180)
                diagnostics.Error(place.Where("lat"), $"place '{place.Id}' has coordinates off the globe ({lat}, {lon})", "coordinates");
        }
    }

    private static void CheckCharts(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var chart in situation.Charts)
        {
            CheckEnum(chart, "type", chart.Type, Vocabulary.ChartTypes, diagnostics);
            var known = chart.Type switch
            {
                "bar" or "drawdown" => situation.Figures.Select(f => f.Id),
                "timeline" => situation.Timeline.Select(e => e.Id),
                "map" => situation.Places.Select(p => p.Id),
                _ => [],
            };
            var ids = known.ToHashSet(StringComparer.Ordinal);
            if (chart.Items.Count == 0)
                diagnostics.Error(chart.Where("items"), $"chart '{chart.Id}' draws nothing: 'items' is empty", "chart");
            foreach (var item in chart.Items.Where(i => !ids.Contains(i)))
                diagnostics.Error(chart.Where("items"), $"chart '{chart.Id}': unknown {(chart.Type == "map" ? "place" : chart.Type == "timeline" ? "event" : "figure")} id '{item}'" + YamlBinder.DidYouMean(item, ids), "chart");
        }
    }
}
