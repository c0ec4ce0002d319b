using System.Globalization;
using System.Text;
using SitRep.Extracts;
using SitRep.Text;

namespace SitRep.Localization;

/// <summary>
/// The words SitRep prints itself in one language, and how that language writes dates and numbers,
/// read from a locale file (assets/locales/&lt;language&gt;.yaml). Nothing comes from the machine's culture data.
/// </summary>
public sealed class Locale
{
    private readonly IReadOnlyDictionary<string, string> strings;
    private readonly NumberStyle numbers;
    private readonly NumberStyle? westernNumbers;
    private readonly IReadOnlyDictionary<string, string> countries;

    internal Locale(string language, string name, Direction direction, IReadOnlyDictionary<string, string> strings,
        IReadOnlyList<string> months, IReadOnlyList<string> shortMonths, IReadOnlyDictionary<string, string> datePatterns, string? firstDay,
        DigitSet digits, NumberStyle numbers, NumberStyle? westernNumbers, IReadOnlyDictionary<string, string>? countries = null)
    {
        ShortMonths = shortMonths;
        this.countries = countries ?? new Dictionary<string, string>(StringComparer.Ordinal);
        Language = language;
        Name = name;
        Direction = direction;
        this.strings = strings;
        Months = months;
        DatePatterns = datePatterns;
        FirstDay = firstDay;
        Digits = digits;
        this.numbers = numbers;
        this.westernNumbers = westernNumbers;
    }

    /// <summary>The language tag of the file, e.g. "fr".</summary>
    public string Language { get; }

    /// <summary>The language's name in itself ("Français", "العربية").</summary>
    public string Name { get; }

    /// <summary>The direction a brief in this language is set in.</summary>
    public Direction Direction { get; }

    public DigitSet Digits { get; }

    public IReadOnlyList<string> Months { get; }

    /// <summary>The month names short dates use ("Mar", "mars", "مارس"): abbreviated where the language abbreviates them.</summary>
    public IReadOnlyList<string> ShortMonths { get; }

    internal IReadOnlyDictionary<string, string> DatePatterns { get; }

    internal string? FirstDay { get; }

    /// <summary>The keys this locale has (after falling back to English for any it lacked).</summary>
    public IEnumerable<string> Keys => strings.Keys;

    /// <summary>The same locale writing its numbers and dates with other digits, as a theme may ask.</summary>
    public Locale WithDigits(DigitSet digits) =>
        new(Language, Name, Direction, strings, Months, ShortMonths, DatePatterns, FirstDay, digits, numbers, westernNumbers, countries);

    /// <summary>
    /// A country's name in this language by its ISO 3166 numeric code ("729" is "Soudan", "السودان"), from the
    /// file's <c>countries:</c>; null for a code the file does not name.
    /// </summary>
    public string? CountryName(string? isoN3) =>
        isoN3 is not null && countries.TryGetValue(isoN3.Trim().PadLeft(3, '0'), out var name) ? name : null;

    /// <summary>The codes of the countries this file names.</summary>
    public IEnumerable<string> CountryCodes => countries.Keys;

    /// <summary>The separators in use: a language that writes Arabic-Indic digits may give others for Western ones.</summary>
    public NumberStyle NumberStyle => Digits == DigitSet.Western && westernNumbers is not null ? westernNumbers : numbers;

    /// <summary>A string with its placeholders filled: <c>Text("page_of", ("page", "1"), ("pages", "8"))</c>. Numbers in values are not rewritten.</summary>
    public string Text(string key, params (string Name, string Value)[] values)
    {
        if (!strings.TryGetValue(key, out var text))
            throw new KeyNotFoundException($"no string '{key}' in the locale files");
        if (values.Length == 0)
            return text;
        var builder = new StringBuilder(text);
        foreach (var (name, value) in values)
            builder.Replace("{" + name + "}", value);
        return builder.ToString();
    }

    public bool Has(string key) => strings.ContainsKey(key);

    /// <summary>"Page 3 of 8", with the numbers in the locale's digits.</summary>
    public string PageOf(int page, int pages) => Text("page_of", ("page", Number(page)), ("pages", Number(pages)));

    public string AsOf(DateOnly date) => Text("as_of", ("date", Date(date)));

    public string Figure(int number) => Text("figure", ("n", Number(number)));

    /// <summary>An ICD 203 likelihood term as the schema names it ("roughly even chance").</summary>
    public string Likelihood(string term) => Text(term.Trim().Replace(' ', '_'));

    /// <summary>"moderate confidence" for "moderate".</summary>
    public string Confidence(string level) => Text(level.Trim() + "_confidence");

    /// <summary>"22 November 2023", "22 novembre 2023", "٢٢ نوفمبر ٢٠٢٣".</summary>
    public string Date(DateOnly date) => Date(date.Year, date.Month, date.Day, "day");

    /// <summary>A date of the extract schema, written to its precision ("November 2023", "2023").</summary>
    public string Date(PartialDate date) => Date(date.Year, date.Month, date.Day, date.Precision);

    public string Date(int year, int month, int day, string precision) =>
        Filled(DatePatterns.TryGetValue(precision, out var p) ? p : DatePatterns["day"], year, month, day, Months);

    /// <summary>A day as charts print it: "9 Mar", "9 mars", "٩ مارس"; with its year, "9 Mar 2023".</summary>
    public string ShortDate(DateOnly date, bool withYear) =>
        Filled(DatePatterns[withYear ? "short_day_year" : "short_day"], date.Year, date.Month, date.Day, ShortMonths);

    /// <summary>A month as charts print it: "Mar", "mars", "مارس"; with its year, "Mar 2023".</summary>
    public string ShortMonth(int year, int month, bool withYear) =>
        withYear ? Filled(DatePatterns["short_month_year"], year, month, 1, ShortMonths) : ShortMonths[month - 1];

    /// <summary>A year in the locale's digits: "2023", "٢٠٢٣".</summary>
    public string Year(int year) => DigitSets.Apply(year.ToString(CultureInfo.InvariantCulture), Digits);

    private string Filled(string pattern, int year, int month, int day, IReadOnlyList<string> months)
    {
        var dayText = day == 1 && FirstDay is not null ? FirstDay : day.ToString(CultureInfo.InvariantCulture);
        var text = pattern
            .Replace("{day}", dayText)
            .Replace("{month}", months[month - 1])
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture));
        return DigitSets.Apply(text, Digits);
    }

    /// <summary>A number with the locale's group and decimal separators and digits: "12,944", "12 944", "١٢٬٩٤٤".</summary>
    public string Number(double value, int decimals = 0)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), "only finite numbers are written");
        var style = NumberStyle;
        var invariant = Math.Abs(value).ToString("F" + Math.Clamp(decimals, 0, 15).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = invariant.IndexOf('.');
        var whole = point < 0 ? invariant : invariant[..point];
        var builder = new StringBuilder();
        if (value < 0 && invariant.Any(c => c is >= '1' and <= '9'))
            builder.Append('-');
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
                builder.Append(style.Group);
            builder.Append(whole[i]);
        }

        if (point >= 0)
            builder.Append(style.Decimal).Append(invariant, point + 1, invariant.Length - point - 1);
        return DigitSets.Apply(builder.ToString(), Digits);
    }

    /// <summary>
    /// A number as a figure is written: up to two decimals and none that are zero ("12,944", "1.2", "1,2", "١٫٢").
    /// </summary>
    public string Amount(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var decimals = rounded == Math.Round(rounded) ? 0 : Math.Round(rounded, 1) == rounded ? 1 : 2;
        return Number(rounded, decimals);
    }

    /// <summary>"45%", "45 %", "٤٥٪": <paramref name="percent"/> is already in hundredths (45 for 45%).</summary>
    public string Percent(double percent, int decimals = 0) => NumberStyle.Percent.Replace("{number}", Number(percent, decimals));
}
