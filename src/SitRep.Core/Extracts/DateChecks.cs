using SitRep.Diagnostics;

namespace SitRep.Extracts;

/// <summary>
/// Dates against each other: a figure cannot be "as of" a day after its source was published, and
/// the situation cannot be "as of" a day before the events and figures it reports.
/// </summary>
internal static class DateChecks
{
    public static void Check(Situation situation, DiagnosticBag diagnostics)
    {
        DateOnly? asOf = PartialDate.TryParse(situation.Info.AsOf, out var situationDate) && situationDate.Precision == "day" ? situationDate.Start : null;
        var dated = situation.Figures.Select(f => (Item: (SourcedItem)f, f.AsOf, What: "figure"))
            .Concat(situation.Funding.Select(f => (Item: (SourcedItem)f, f.AsOf, What: "funding")));
        foreach (var (item, itemAsOf, what) in dated)
        {
            if (itemAsOf is not { Length: > 0 } || !PartialDate.TryParse(itemAsOf, out var date))
                continue;
            if (situation.FindSource(item.Source) is { } source && PartialDate.TryParse(source.Published, out var published)
                && date.Start > SituationValidator.LastDay(published))
                diagnostics.Error(item.Where("as_of"), $"{what} '{item.Id}' is as of {date.ToDisplay()}, after its source '{source.Id}' was published ({published.ToDisplay()}); a source cannot report a later date", "date");
            else if (asOf is { } s && date.Start > s)
                diagnostics.Error(item.Where("as_of"), $"{what} '{item.Id}' is as of {date.ToDisplay()}, after the situation's as_of ({situationDate.ToDisplay()}); move the situation's as_of forward", "date");
        }

        if (asOf is not { } current)
            return;
        var latest = situation.Timeline
            .Select(e => (Event: e, Ok: PartialDate.TryParse(e.Date, out var d), Date: d))
            .Where(e => e.Ok && e.Date.Start > current)
            .OrderByDescending(e => e.Date.Start)
            .FirstOrDefault();
        if (latest.Event is { } late)
            diagnostics.Error(situation.Info.Where("as_of"), $"as_of {situationDate.ToDisplay()} is earlier than event '{late.Id}' ({latest.Date.ToDisplay()}, {late.Where("date")}); the situation must be as of the latest event it reports or later", "date");
    }
}
