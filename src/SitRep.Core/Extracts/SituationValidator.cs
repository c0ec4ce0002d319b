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
        CheckTimeline(situation, situation.Timeline, diagnostics);
        CheckActors(situation, situation.Actors, diagnostics);
        FigureChecks.Check(situation, situation.Figures, situation.Figures.Select(f => f.Id), diagnostics);
        FigureChecks.CheckFunding(situation, diagnostics);
        CheckQuotes(situation, situation.Quotes, diagnostics);
        CheckJudgments(situation, diagnostics);
        CheckPlaces(situation.Places, diagnostics);
        CheckCharts(situation, diagnostics);
        DateChecks.Check(situation, diagnostics);
        DraftChecks.CheckCurated(situation, diagnostics);
        DraftChecks.CheckDrafts(situation, diagnostics);
        foreach (var discrepancy in situation.Discrepancies)
        {
            var range = discrepancy.RangeText is { } r ? $" {r}:" : "";
            diagnostics.Info(discrepancy.Values[0].Item.Where("key"), $"sources differ on '{discrepancy.Key}' ({discrepancy.Subject}):{range} {discrepancy.Attributed()}", "discrepancy");
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

        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in situation.Info.ActorCategories)
        {
            if (!categories.Add(category.Id))
                diagnostics.Error(category.Where("id"), $"actor category '{category.Id}' is declared twice", "duplicate-id");
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
            diagnostics.Error(info.Where("focus"), $"focus '{focus}' is not a place in places.yaml" + YamlBinder.DidYouMean(focus, situation.Places.Select(p => p.Id)), "unknown-ref");
        var figureIds = situation.Figures.Select(f => f.Id).ToList();
        for (var i = 0; i < info.KeyFigures.Count; i++)
        {
            var id = info.KeyFigures[i];
            if (!figureIds.Contains(id))
                diagnostics.Error(info.Where("key_figures", i), $"key_figures: '{id}' is not a figure id in figures.yaml" + YamlBinder.DidYouMean(id, figureIds), "unknown-ref");
            else if (info.KeyFigures.IndexOf(id) < i)
                diagnostics.Error(info.Where("key_figures", i), $"key_figures lists '{id}' twice", "duplicate-id");
        }

        if (info.NextUpdate is { Length: > 0 } next && !(PartialDate.TryParse(next, out var nextDate) && nextDate.Precision == "day"))
            diagnostics.Error(info.Where("next_update"), $"next_update '{next}' must be a full date, YYYY-MM-DD (the next report is due on or around it)", "date");
        if (info.Period is { } period)
        {
            var from = FullDate(period, "from", period.From, diagnostics);
            var to = FullDate(period, "to", period.To, diagnostics);
            if (from is { } f && to is { } t && f > t)
                diagnostics.Error(period.Where("to"), $"the period ends ({period.To}) before it starts ({period.From})", "date");
        }

        foreach (var contact in info.Contacts)
        {
            if (contact.Email is { Length: > 0 } email && !System.Text.RegularExpressions.Regex.IsMatch(email, @"^[^@\s]+@[^@\s]+\.[^@\s]+$"))
                diagnostics.Error(contact.Where("email"), $"'{email}' is not an e-mail address", "contact");
        }

        if (string.IsNullOrWhiteSpace(info.MapDisclaimer))
            diagnostics.Error(info.Where("map_disclaimer"), "map_disclaimer is empty; leave the field out to print the standard United Nations disclaimer", "missing-key");
    }

    private static DateOnly? FullDate(YamlRecord record, string field, string value, DiagnosticBag diagnostics)
    {
        if (PartialDate.TryParse(value, out var date) && date.Precision == "day")
            return date.Start;
        diagnostics.Error(record.Where(field), $"'{value}' is not a full date (write YYYY-MM-DD)", "date");
        return null;
    }

    internal static void CheckEvidence(Situation situation, SourcedItem item, DiagnosticBag diagnostics)
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
        if (text.Contains(item.Evidence))
            return;
        if (ElsewhereMessage(situation, item.Source, item.Evidence) is { } elsewhere)
        {
            diagnostics.Error(item.Where("evidence"), $"evidence of '{item.Id}' is not in source '{item.Source}': {elsewhere}", "evidence");
            return;
        }

        var closest = ClosestPassage.Find(text, item.Evidence);
        diagnostics.Error(AtWord(situation, item.Where("evidence"), item.Evidence, closest), $"evidence of '{item.Id}' is not verbatim in source '{item.Source}'" + Closest(text, closest), "evidence");
    }

    /// <summary>When the passage is verbatim in another source than the one cited: which, and where.</summary>
    internal static string? ElsewhereMessage(Situation situation, string cited, string passage)
    {
        foreach (var (id, other) in situation.Texts)
        {
            if (id == cited)
                continue;
            var at = other.Find(passage);
            if (at < 0)
                continue;
            var (line, column) = other.LineOf(at);
            return $"the passage is in source '{id}' ({other.Path}:{line}:{column}); cite '{id}', or copy the passage from '{cited}'";
        }

        return null;
    }

    /// <summary>The location of the word of <paramref name="value"/> that differs from its source, or the value's.</summary>
    internal static SourceLocation AtWord(Situation situation, SourceLocation value, string text, ClosestPassage? closest, int offsetInText = 0) =>
        closest is { FoundWord: { } word, FoundOffset: >= 0 } ? WordLocator.Locate(situation, value, text, offsetInText + closest.FoundOffset, word) : value;

    internal static string Closest(SourceText text, ClosestPassage? closest)
    {
        if (closest is null)
            return "; no similar passage found";
        var difference = closest.ExpectedWord is null ? "" : $": the source has '{closest.ExpectedWord}' where the evidence has '{closest.FoundWord}'";
        return $"{difference}; closest passage, {text.Path}:{closest.Line}:{closest.Column}: \"{Shorten(closest.Passage, 160)}\"";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    internal static void CheckEnum(YamlRecord record, string field, string value, IReadOnlyList<string> allowed, DiagnosticBag diagnostics)
    {
        if (allowed.Contains(value))
            return;
        var suggestion = field == "likelihood" && Vocabulary.LikelihoodSynonyms.TryGetValue(value.Trim(), out var term)
            ? $" (ICD 203 writes '{value.Trim()}' as '{term}')"
            : YamlBinder.DidYouMean(value, allowed);
        diagnostics.Error(record.Where(field), $"'{value}' is not a valid {field}; use one of: {string.Join(", ", allowed)}" + suggestion, "vocabulary");
    }

    internal static void CheckTimeline(Situation situation, IEnumerable<TimelineEvent> timeline, DiagnosticBag diagnostics)
    {
        foreach (var e in timeline)
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

    internal static DateOnly LastDay(PartialDate date) => date.Precision switch
    {
        "year" => new DateOnly(date.Year, 12, 31),
        "month" => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        _ => date.Start,
    };

    internal static void CheckActors(Situation situation, IEnumerable<Actor> actors, DiagnosticBag diagnostics)
    {
        var categories = situation.ActorCategories.Select(c => c.Id).ToList();
        foreach (var actor in actors)
        {
            if (categories.Contains(actor.Category))
                continue;
            if (situation.Info.ActorCategories.Count == 0 && Vocabulary.RenamedActorCategories.TryGetValue(actor.Category, out var renamed))
                diagnostics.Error(actor.Where("category"), $"category '{actor.Category}' is from the previous schema; write '{renamed}' (docs/extracts.md, \"Migrating from the previous schema\")", "vocabulary");
            else
                diagnostics.Error(actor.Where("category"), $"'{actor.Category}' is not an actor category; use one of: {string.Join(", ", categories)}"
                    + (situation.Info.ActorCategories.Count > 0 ? " (declared in situation.yaml, actor_categories)" : " (or declare the situation's own under actor_categories: in situation.yaml)")
                    + YamlBinder.DidYouMean(actor.Category, categories), "vocabulary");
        }
    }

    internal static void CheckQuotes(Situation situation, IEnumerable<Quote> quotes, DiagnosticBag diagnostics)
    {
        foreach (var quote in quotes)
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
                if (ElsewhereMessage(situation, quote.Source, quote.Text) is { } elsewhere)
                {
                    diagnostics.Error(quote.Where("text"), $"quote '{quote.Id}' is not in source '{quote.Source}': {elsewhere}", "quote");
                    continue;
                }

                var closest = ClosestPassage.Find(text, quote.Text);
                diagnostics.Error(AtWord(situation, quote.Where("text"), quote.Text, closest), $"quote '{quote.Id}' is not verbatim in source '{quote.Source}'; shorten only with a marked ellipsis (...)" + Closest(text, closest), "quote");
                continue;
            }

            var position = 0;
            foreach (var part in parts)
            {
                var needle = TextNormalizer.Normalize(part.Trim(' ', '.', ',', ';'));
                var found = text.Normalized.IndexOf(needle, position, StringComparison.Ordinal);
                if (found < 0)
                {
                    var closest = ClosestPassage.Find(text, part);
                    var partOffset = Math.Max(0, TextNormalizer.Normalize(quote.Text).IndexOf(TextNormalizer.Normalize(part), StringComparison.Ordinal));
                    diagnostics.Error(AtWord(situation, quote.Where("text"), quote.Text, closest, partOffset), $"quote '{quote.Id}': the part \"{Shorten(part, 80)}\" is not verbatim in source '{quote.Source}' (or is out of order)" + Closest(text, closest), "quote");
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

    internal static void CheckPlaces(IEnumerable<Place> places, DiagnosticBag diagnostics, bool drafts = false)
    {
        foreach (var place in places)
        {
            CheckEnum(place, "kind", place.Kind, Vocabulary.PlaceKinds, diagnostics);
            // A drafted place is a name found in the sources: its position is for the analyst to add.
            if ((place.Lat is null || place.Lon is null) && drafts)
                diagnostics.Warning(place.Location, $"draft place '{place.Id}' has no coordinates yet; add lat and lon before moving it into places.yaml", "coordinates");
            else if (place.Lat is not { } lat || place.Lon is not { } lon)
                diagnostics.Error(place.Location, $"place '{place.Id}' has no coordinates (lat and lon)", "coordinates");
            else if (lat is < -90 or > 90 || lon is < -180 or > 180)
                diagnostics.Error(place.Where("lat"), $"place '{place.Id}' has coordinates off the globe ({lat}, {lon})", "coordinates");
        }
    }

    private static void CheckCharts(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var chart in situation.Charts)
        {
            CheckEnum(chart, "type", Vocabulary.ChartType(chart.Type), Vocabulary.ChartTypes, diagnostics);
            var known = Vocabulary.ChartType(chart.Type) switch
            {
                "bar" or "share" => situation.Figures.Select(f => f.Id),
                "timeline" => situation.Timeline.Select(e => e.Id),
                "map" => situation.Places.Select(p => p.Id),
                _ => [],
            };
            var ids = known.ToHashSet(StringComparer.Ordinal);
            if (chart.Items.Count == 0)
                diagnostics.Error(chart.Where("items"), $"chart '{chart.Id}' draws nothing: 'items' is empty", "chart");
            var type = Vocabulary.ChartType(chart.Type);
            if (Charts.ChartBounds.MaxItems(type) is { } max && chart.Items.Count > max)
            {
                // Each id is not looked up: the list is refused as a whole.
                diagnostics.Error(chart.Where("items"), $"chart '{chart.Id}' lists {chart.Items.Count:N0} {Charts.ChartBounds.ItemsOf(type)}; a {type} chart draws at most {max:N0} (split it into several charts)", "chart");
                continue;
            }

            for (var i = 0; i < chart.Items.Count; i++)
            {
                var item = chart.Items[i];
                if (!ids.Contains(item))
                    diagnostics.Error(chart.Where("items", i), $"chart '{chart.Id}': unknown {(chart.Type == "map" ? "place" : chart.Type == "timeline" ? "event" : "figure")} id '{item}'" + YamlBinder.DidYouMean(item, ids), "chart");
            }
        }
    }
}
