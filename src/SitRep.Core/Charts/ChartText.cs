using System.Globalization;
using System.Text;
using SitRep.Localization;

namespace SitRep.Charts;

/// <summary>
/// Every word, number and date a chart prints itself, in the brief's language: short dates ("9 Mar", "9 mars",
/// "٩ مارس"), counts and shares with the locale's separators and digits, legend words and the map's scale.
/// Numbers are rounded as in English ("#,0", "#,0.##") and only then given the locale's separators and digits,
/// so an English chart prints exactly what it always did. A chart given none prints English.
/// </summary>
public sealed class ChartText
{
    public const string ApproximateMark = "~";

    private readonly Locale locale;

    public ChartText(Locale locale) => this.locale = locale ?? throw new ArgumentNullException(nameof(locale));

    public static ChartText English { get; } = new(Locales.English);

    /// <summary>A count: whole when it is whole or at least 100, else up to two decimals ("12,944", "1.25", "12 944", "١٢٬٩٤٤").</summary>
    public string Count(double value)
    {
        var rounded = Math.Round(value);
        var invariant = Math.Abs(value - rounded) < 1e-9 || Math.Abs(value) >= 100
            ? rounded.ToString("#,0", CultureInfo.InvariantCulture)
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return Localized(invariant);
    }

    /// <summary>"~25,000" for an estimate.</summary>
    public string Count(double value, bool approximate) => approximate ? ApproximateMark + Count(value) : Count(value);

    /// <summary>A share of one as a percentage, with a decimal only below 1% ("45%", "45 %", "٤٥٪", "0.4%").</summary>
    public string Percent(double share)
    {
        var number = (share * 100).ToString(share > 0 && share < 0.01 ? "0.#" : "0", CultureInfo.InvariantCulture);
        return locale.NumberStyle.Percent.Replace("{number}", Localized(number));
    }

    public string Year(int year) => locale.Year(year);

    /// <summary>"9 Mar", or with its year "9 Mar 2023".</summary>
    public string Day(DateOnly date, bool withYear) => locale.ShortDate(date, withYear);

    /// <summary>"Mar", or with its year "Mar 2023".</summary>
    public string Month(DateOnly date, bool withYear) => locale.ShortMonth(date.Year, date.Month, withYear);

    /// <summary>The month's full name, "March", for a month-precision date in a panel of one year.</summary>
    public string MonthName(DateOnly date) => locale.Months[date.Month - 1];

    /// <summary>What follows a date that sources dispute: "9 Mar?".</summary>
    public string DisputedMark => locale.Text("chart_disputed_mark");

    public string ExactDate => locale.Text("chart_exact_date");

    public string MonthOrYearOnly => locale.Text("chart_month_or_year_only");

    public string DateDisputed => locale.Text("chart_date_disputed");

    /// <summary>The footnote that explains <see cref="ApproximateMark"/>: "~ approximate".</summary>
    public string Approximate => ApproximateMark + " " + locale.Text("chart_approximate");

    /// <summary>The legend's note on marks left without a label: "2,870 events not labelled (too many to show)".</summary>
    public string Unlabelled(int count) => locale.Text(count == 1 ? "chart_unlabelled_one" : "chart_unlabelled_many", ("n", Count(count)));

    /// <summary>"~6,500 of 12,944".</summary>
    public string PartOf(string part, string total) => locale.Text("chart_part_of_total", ("part", part), ("total", total));

    /// <summary>The map scale's length: "60 km", "60 km", "٦٠ كم".</summary>
    public string Kilometres(double km) => locale.Text("chart_km", ("n", Count(km)));

    public string North => locale.Text("chart_north");

    /// <summary>
    /// "as of 22 November 2023" as given when it already says "as of" in this language, else "As of 22 November 2023".
    /// </summary>
    public string AsOf(string label)
    {
        var trimmed = label.Trim();
        if (trimmed.Length == 0)
            return "";
        var prefix = locale.Text("as_of", ("date", "")).Trim();
        return prefix.Length > 0 && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? trimmed
            : locale.Text("as_of_heading", ("date", trimmed));
    }

    /// <summary>
    /// Every word and character the chart text may print besides the data's own: for a chart's
    /// <see cref="IChart.Texts"/>, so the fonts keep the locale's digits, separators and month names.
    /// </summary>
    public IEnumerable<string> Words =>
    [
        ExactDate, MonthOrYearOnly, DateDisputed, DisputedMark, Approximate, Unlabelled(1), Unlabelled(1000),
        PartOf("", ""), Kilometres(1000.5), North, Percent(0.005), Percent(0.5), Localized("0123456789,."),
        locale.Text("as_of_heading", ("date", "")), locale.Text("as_of", ("date", "")),
        Day(new DateOnly(2000, 1, 1), withYear: true), Month(new DateOnly(2000, 1, 1), withYear: true),
        .. locale.ShortMonths, .. locale.Months,
    ];

    /// <summary>An invariant number ("12,944.5") with the locale's group and decimal separators and digits.</summary>
    private string Localized(string invariant)
    {
        var style = locale.NumberStyle;
        var builder = new StringBuilder(invariant.Length);
        foreach (var c in invariant)
            builder.Append(c switch { ',' => style.Group, '.' => style.Decimal, _ => c.ToString() });
        return DigitSets.Apply(builder.ToString(), locale.Digits);
    }
}
