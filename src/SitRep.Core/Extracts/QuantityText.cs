using System.Globalization;

namespace SitRep.Extracts;

/// <summary>
/// The one place a figure becomes text, as its source says it: "about 1.2 million people",
/// "at least 782 killed", "between 200 and 300 houses", "25 %", "US$ 4.1 billion".
/// Templates, tables, charts and findings all print figures through it.
/// </summary>
public static class QuantityText
{
    /// <summary>The figure with its qualifier, currency, scale and unit.</summary>
    public static string Format(Figure figure)
    {
        var qualifier = figure.Range.Count == 2 && figure.Qualifier == "exact" ? "between" : figure.Qualifier;
        if (figure.Range.Count == 2)
        {
            var low = Amount(figure.Currency, figure.Range[0], null);
            var high = Amount(figure.Currency, figure.Range[1], figure.Scale);
            return WithUnit($"between {low} and {high}", figure.Unit);
        }

        if (figure.Value is not { } value)
            return "?";
        var words = Quantities.Words(qualifier);
        var number = Amount(figure.Currency, value, figure.Scale);
        return WithUnit(words.Length == 0 ? number : words + " " + number, figure.Unit);
    }

    /// <summary>As <see cref="Format"/>, followed by the basis when the figure has one: "at least 782 killed (verified)".</summary>
    public static string WithBasis(Figure figure) =>
        figure.Basis is { Length: > 0 } basis ? $"{Format(figure)} ({basis})" : Format(figure);

    /// <summary>Only the number, scaled as written and without qualifier or unit: "1.2 million", "782", "200–300".</summary>
    public static string Number(Figure figure) => figure.Range.Count == 2
        ? $"{Number(figure.Range[0])}–{Number(figure.Range[1])}{ScaleSuffix(figure.Scale)}"
        : figure.Value is { } v ? Number(v) + ScaleSuffix(figure.Scale) : "?";

    /// <summary>A plain number with thousands separators: 600,000; 1.2; 12,944.</summary>
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A disputed value across sources: "500,000–600,000 people, sources differ".</summary>
    public static string Disputed(double low, double high, Figure sample)
    {
        var scale = sample.Scale;
        var factor = Quantities.Factor(scale);
        var range = $"{Amount(sample.Currency, low / factor, null)}–{Number(high / factor)}{ScaleSuffix(scale)}";
        return WithUnit(range, sample.Unit) + ", sources differ";
    }

    /// <summary>A money amount: currency, number and scale ("US$ 4.1 billion").</summary>
    public static string Money(string currency, double value, string? scale) => Amount(currency, value, scale);

    private static string Amount(string? currency, double value, string? scale)
    {
        var number = Number(value) + ScaleSuffix(scale);
        return currency is { Length: > 0 } c ? $"{c} {number}" : number;
    }

    private static string ScaleSuffix(string? scale) => scale is { Length: > 0 } ? " " + scale : "";

    private static string WithUnit(string text, string unit) => unit.Trim() is { Length: > 0 } u ? $"{text} {u}" : text;
}
