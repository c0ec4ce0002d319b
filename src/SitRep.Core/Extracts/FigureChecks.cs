using SitRep.Diagnostics;

namespace SitRep.Extracts;

/// <summary>
/// Checks a figure's quantity against its evidence: the number (as written, or scaled), the scale
/// word, both ends of a range, and the qualifier the source puts before it ("at least", "about").
/// </summary>
internal static class FigureChecks
{
    public static void Check(Situation situation, IEnumerable<Figure> figures, IEnumerable<string> knownIds, DiagnosticBag diagnostics)
    {
        var ids = knownIds.ToHashSet(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            SituationValidator.CheckEnum(figure, "category", figure.Category, Vocabulary.FigureCategories, diagnostics);
            SituationValidator.CheckEnum(figure, "qualifier", figure.Qualifier, Quantities.Qualifiers, diagnostics);
            if (figure.Scale is { } scale)
                SituationValidator.CheckEnum(figure, "scale", scale, Quantities.Scales, diagnostics);
            if (figure.Basis is { } basis)
                SituationValidator.CheckEnum(figure, "basis", basis, Quantities.Bases, diagnostics);
            if (figure.LegacyApproximate is not null)
            {
                if (figure.FieldLocations.ContainsKey("qualifier"))
                    diagnostics.Error(figure.Where("approximate"), $"figure '{figure.Id}' has both 'approximate' and 'qualifier'; keep only 'qualifier'", "approximate");
                else
                    diagnostics.Info(figure.Where("approximate"), $"'approximate: {(figure.LegacyApproximate.Value ? "true" : "false")}' is the previous schema; write {(figure.LegacyApproximate.Value ? "'qualifier: about'" : "nothing (exact is the default)")} (docs/extracts.md, \"Migrating from the previous schema\")", "approximate");
            }

            if (figure.Of is { Length: > 0 } of && !ids.Contains(of))
                diagnostics.Error(figure.Where("of"), $"'of: {of}' is not a figure id" + YamlBinder.DidYouMean(of, ids), "unknown-ref");
            if (figure.AsOf is { Length: > 0 } asOf && !PartialDate.TryParse(asOf, out _))
                diagnostics.Error(figure.Where("as_of"), $"'{asOf}' is not a date", "date");
            if (Shape(figure, diagnostics) && !string.IsNullOrWhiteSpace(figure.Evidence))
                CheckEvidence(figure, diagnostics);
        }
    }

    /// <summary>Value or range, as the qualifier wants; false when there is nothing to compare.</summary>
    private static bool Shape(Figure figure, DiagnosticBag diagnostics)
    {
        if (figure.Range.Count > 0)
        {
            if (figure.Value is not null)
                diagnostics.Error(figure.Where("range"), $"figure '{figure.Id}' has both 'value' and 'range'; a range stands instead of the value", "number");
            if (figure.Range.Count != 2)
            {
                diagnostics.Error(figure.Where("range"), $"'range' holds two numbers, low and high: [200, 300]", "number");
                return false;
            }

            if (figure.Range[0] > figure.Range[1])
                diagnostics.Error(figure.Where("range"), $"range [{Show(figure.Range[0])}, {Show(figure.Range[1])}] goes down; write the low number first", "number");
            if (figure.Qualifier is not ("between" or "exact"))
                diagnostics.Error(figure.Where("qualifier"), $"a range takes 'qualifier: between' (or none), not '{figure.Qualifier}'", "number");
            if (figure.Range.Any(v => v < 0))
                diagnostics.Error(figure.Where("range"), $"figure '{figure.Id}' has a negative bound; counts cannot be", "number");
            return true;
        }

        if (figure.Qualifier == "between")
        {
            diagnostics.Error(figure.Where("qualifier"), $"figure '{figure.Id}' says 'between' but has no 'range: [low, high]'", "number");
            return false;
        }

        if (figure.Value is not { } value)
        {
            diagnostics.Error(figure.Where("value"), $"figure '{figure.Id}' has no value (write 'value:', or 'range: [low, high]' for \"between 200 and 300\")", "number");
            return false;
        }

        if (value < 0)
            diagnostics.Error(figure.Where("value"), $"figure '{figure.Id}' is negative ({Show(value)}); counts cannot be", "number");
        return true;
    }

    private static void CheckEvidence(Figure figure, DiagnosticBag diagnostics)
    {
        if (figure.Range.Count == 2)
        {
            var low = NumberEvidence.Match(figure.Evidence, figure.Range[0], figure.Scale)
                ?? NumberEvidence.Find(figure.Evidence).FirstOrDefault(n => n.Value == figure.Range[0]);
            var high = NumberEvidence.Match(figure.Evidence, figure.Range[1], figure.Scale);
            foreach (var (end, found, number) in new[] { ("low", low, figure.Range[0]), ("high", high, figure.Range[1]) })
            {
                if (found is null)
                    diagnostics.Error(figure.Where("range"), $"figure '{figure.Id}': the {end} end {Show(number)}{ScaleWords(figure.Scale)} is not in its evidence, which says {Written(figure.Evidence)}", "number");
            }

            return;
        }

        var value = figure.Value!.Value;
        var match = NumberEvidence.Match(figure.Evidence, value, figure.Scale);
        if (match is null)
        {
            var unscaled = NumberEvidence.Find(figure.Evidence).FirstOrDefault(n => n.Value == value && n.Scale != figure.Scale);
            var hint = unscaled is null ? ""
                : unscaled.Scale is { } s ? $"; the source writes '{unscaled.Display}': add 'scale: {s}'"
                : $"; the source writes '{unscaled.Display}' without '{figure.Scale}': remove 'scale'";
            diagnostics.Error(figure.Where("value"), $"figure '{figure.Id}' is {Show(value)}{ScaleWords(figure.Scale)} but its evidence says {Written(figure.Evidence)}{hint}", "number");
            return;
        }

        if (match.Scale != figure.Scale)
            diagnostics.Warning(figure.Where("value"), $"the source writes figure '{figure.Id}' as '{match.Display}'; write value: {Show(match.Value)}{(match.Scale is { } ms ? $" and scale: {ms}" : " without scale")} so that the brief prints it as the source says it", "scale");

        var said = match.Qualifier;
        if (said == figure.Qualifier)
            return;
        if (said != "exact")
            diagnostics.Warning(figure.Where(figure.FieldLocations.ContainsKey("qualifier") ? "qualifier" : "value"),
                $"the source says '{Quantities.Words(said)} {match.Display}' for figure '{figure.Id}'; set 'qualifier: {said}'" + (figure.Qualifier == "exact" ? "" : $" (not '{figure.Qualifier}')"), "qualifier");
        else
            diagnostics.Info(figure.Where("qualifier"), $"figure '{figure.Id}' is '{Quantities.Words(figure.Qualifier)}' but its evidence has no such word just before {match.Display}; check the source says so", "qualifier");
    }

    public static void CheckFunding(Situation situation, DiagnosticBag diagnostics)
    {
        foreach (var funding in situation.Funding)
        {
            if (funding.Scale is { } scale)
                SituationValidator.CheckEnum(funding, "scale", scale, Quantities.Scales, diagnostics);
            if (funding.Requirement is null && funding.Received is null && funding.PercentFunded is null)
                diagnostics.Error(funding.Location, $"funding '{funding.Id}' gives no amount: write requirement, received or percent_funded", "number");
            if (funding.AsOf is { Length: > 0 } asOf && !PartialDate.TryParse(asOf, out _))
                diagnostics.Error(funding.Where("as_of"), $"'{asOf}' is not a date", "date");
            if (string.IsNullOrWhiteSpace(funding.Evidence))
                continue;
            foreach (var (field, amount, amountScale) in new[] { ("requirement", funding.Requirement, funding.Scale), ("received", funding.Received, funding.Scale), ("percent_funded", funding.PercentFunded, null) })
            {
                if (amount is { } a && NumberEvidence.Match(funding.Evidence, a, amountScale) is null)
                    diagnostics.Error(funding.Where(field), $"funding '{funding.Id}': {field} {Show(a)}{ScaleWords(amountScale)} is not in its evidence, which says {Written(funding.Evidence)}", "number");
            }

            if (funding is { Requirement: > 0 and var required, Received: { } received, PercentFunded: { } percent } && Math.Abs(received / required * 100 - percent) > 1.5)
                diagnostics.Warning(funding.Where("percent_funded"), $"funding '{funding.Id}': {Show(received)} of {Show(required)} is {Show(Math.Round(received / required * 100, 1))} %, not {Show(percent)} %", "number");
        }
    }

    private static string Written(string evidence)
    {
        var numbers = NumberEvidence.Find(evidence).Select(n => (Quantities.Words(n.Qualifier) + " " + n.Display).Trim()).ToList();
        return numbers.Count == 0 ? "no number" : string.Join(", ", numbers);
    }

    private static string ScaleWords(string? scale) => scale is null ? "" : " " + scale;

    private static string Show(double value) => QuantityText.Number(value);
}
