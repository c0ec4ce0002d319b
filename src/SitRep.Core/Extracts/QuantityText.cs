using System.Globalization;
using SitRep.Localization;

namespace SitRep.Extracts;

/// <summary>
/// The one place a figure becomes text, as its source says it: "about 1.2 million people",
/// "at least 782 killed", "between 200 and 300 houses", "25 %", "US$ 4.1 billion".
/// Templates, tables, charts and findings all print figures through it. With a locale, the qualifier,
/// scale, basis and number are the brief's language's ("environ 15 000 personnes", "نحو ١٥٬٠٠٠");
/// the unit and the currency are printed as the situation writes them.
/// </summary>
public static class QuantityText
{
    /// <summary>The figure with its qualifier, currency, scale and unit.</summary>
    public static string Format(Figure figure) => Format(figure, Locales.English);

    public static string Format(Figure figure, Locale locale)
    {
        if (figure.Range.Count == 2)
        {
            var low = Amount(figure.Currency, figure.Range[0], null, locale);
            var high = Amount(figure.Currency, figure.Range[1], figure.Scale, locale);
            return WithUnit(locale.Text("qualifier_between", ("low", low), ("high", high)), figure.Unit);
        }

        if (figure.Value is not { } value)
            return "?";
        var number = Amount(figure.Currency, value, figure.Scale, locale);
        return WithUnit(Qualified(figure.Qualifier, number, locale), figure.Unit);
    }

    /// <summary>As <see cref="Format(Figure)"/>, followed by the basis when the figure has one: "at least 782 killed (verified)".</summary>
    public static string WithBasis(Figure figure) => WithBasis(figure, Locales.English);

    public static string WithBasis(Figure figure, Locale locale) =>
        figure.Basis is { Length: > 0 } basis ? $"{Format(figure, locale)} ({Basis(basis, locale)})" : Format(figure, locale);

    /// <summary>A basis of the schema in the brief's language ("verified", "vérifié"); another word as written.</summary>
    public static string Basis(string basis, Locale locale) =>
        locale.Has("basis_" + basis) ? locale.Text("basis_" + basis) : basis;

    /// <summary>Only the number, scaled as written and without qualifier or unit: "1.2 million", "782", "200–300".</summary>
    public static string Number(Figure figure) => Number(figure, Locales.English);

    public static string Number(Figure figure, Locale locale) => figure.Range.Count == 2
        ? $"{locale.Amount(figure.Range[0])}–{locale.Amount(figure.Range[1])}{ScaleSuffix(figure.Scale, figure.Range[1], locale)}"
        : figure.Value is { } v ? locale.Amount(v) + ScaleSuffix(figure.Scale, v, locale) : "?";

    /// <summary>A plain number with thousands separators, as diagnostics print it: 600,000; 1.2; 12,944.</summary>
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A disputed value across sources: "500,000–600,000 people, sources differ".</summary>
    public static string Disputed(double low, double high, Figure sample) => Disputed(low, high, sample, Locales.English);

    public static string Disputed(double low, double high, Figure sample, Locale locale) =>
        locale.Text("disputed_range", ("range", DisputedRange(low, high, sample, locale)));

    /// <summary>The span of a dispute without the words that say so: "500,000–600,000 people".</summary>
    public static string DisputedRange(double low, double high, Figure sample, Locale locale)
    {
        var scale = sample.Scale;
        var factor = Quantities.Factor(scale);
        var range = $"{Amount(sample.Currency, low / factor, null, locale)}–{locale.Amount(high / factor)}{ScaleSuffix(scale, high / factor, locale)}";
        return WithUnit(range, sample.Unit);
    }

    /// <summary>A money amount: currency, number and scale ("US$ 4.1 billion").</summary>
    public static string Money(string currency, double value, string? scale) => Money(currency, value, scale, Locales.English);

    public static string Money(string currency, double value, string? scale, Locale locale) => Amount(currency, value, scale, locale);

    private static string Qualified(string qualifier, string number, Locale locale) =>
        qualifier is "exact" or "" or "between" || !locale.Has("qualifier_" + qualifier) ? number : locale.Text("qualifier_" + qualifier, ("n", number));

    private static string Amount(string? currency, double value, string? scale, Locale locale)
    {
        var number = locale.Amount(value) + ScaleSuffix(scale, value, locale);
        return currency is { Length: > 0 } c ? $"{c} {number}" : number;
    }

    /// <summary>" million", " millions": the scale word in the brief's language, its plural form from 2 on.</summary>
    private static string ScaleSuffix(string? scale, double value, Locale locale)
    {
        if (scale is not { Length: > 0 })
            return "";
        var key = "scale_" + scale;
        if (Math.Abs(value) >= 2 && locale.Has(key + "_many"))
            key += "_many";
        return " " + (locale.Has(key) ? locale.Text(key) : scale);
    }

    private static string WithUnit(string text, string unit) => unit.Trim() is { Length: > 0 } u ? $"{text} {u}" : text;
}
