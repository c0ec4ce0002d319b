using System.Globalization;
using System.Text.RegularExpressions;
using SitRep.Sources;

namespace SitRep.Extracts;

/// <summary>A number as a text writes it: its value as written, the scale word after it and the qualifier before it.</summary>
public sealed record WrittenNumber(double Value, string? Scale, string Qualifier, int Start, int Length)
{
    /// <summary>The value with the scale applied ("1.2 million" is 1,200,000).</summary>
    public double Amount => Quantities.Scaled(Value, Scale);

    public string Display => QuantityText.Number(Value) + (Scale is null ? "" : " " + Scale);
}

/// <summary>
/// Finds a figure's number in its evidence, in the forms sources write it: 25000, 25,000, 25 000,
/// 1.2 million, US$ 4.1bn, 25%, and the words zero to twenty ("three hospitals").
/// </summary>
public static partial class NumberEvidence
{
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>
    /// The words before a number that bound or hedge it, in English, French and Arabic. A phrase comes before
    /// any shorter one it ends with ("pas plus de" before "plus de").
    /// </summary>
    private static readonly (string Words, string Qualifier)[] Hedges =
    [
        ("no fewer than", "at_least"), ("no less than", "at_least"), ("a minimum of", "at_least"), ("at least", "at_least"),
        ("more than", "more_than"), ("upwards of", "more_than"), ("in excess of", "more_than"), ("over", "more_than"), ("exceeding", "more_than"),
        ("as many as", "up_to"), ("a maximum of", "up_to"), ("up to", "up_to"),
        ("fewer than", "fewer_than"), ("less than", "fewer_than"), ("under", "fewer_than"),
        ("approximately", "about"), ("an estimated", "about"), ("estimated at", "about"), ("estimated", "about"), ("roughly", "about"),
        ("around", "about"), ("nearly", "about"), ("almost", "about"), ("close to", "about"), ("about", "about"), ("some", "about"),
        ("circa", "about"), ("~", "about"), ("≈", "about"),
        ("between", "between"),
        ("pas moins de", "at_least"), ("au moins", "at_least"), ("au minimum", "at_least"),
        ("pas plus de", "up_to"), ("jusqu'à", "up_to"), ("au plus", "up_to"), ("au maximum", "up_to"),
        ("plus de", "more_than"), ("au-delà de", "more_than"), ("davantage que", "more_than"),
        ("moins de", "fewer_than"),
        ("approximativement", "about"), ("environ", "about"), ("près de", "about"), ("quelque", "about"), ("presque", "about"),
        ("autour de", "about"), ("plus ou moins", "about"), ("estimé à", "about"), ("estimés à", "about"), ("estimées à", "about"),
        ("entre", "between"),
        ("ما لا يقل عن", "at_least"), ("لا يقل عن", "at_least"),
        ("ما يزيد على", "more_than"), ("ما يزيد عن", "more_than"), ("أكثر من", "more_than"), ("يزيد على", "more_than"),
        ("ما يصل إلى", "up_to"), ("يصل إلى", "up_to"), ("حتى", "up_to"),
        ("أقل من", "fewer_than"),
        ("ما يقارب", "about"), ("يقارب", "about"), ("بنحو", "about"), ("نحو", "about"), ("بحوالي", "about"), ("حوالي", "about"),
        ("قرابة", "about"), ("زهاء", "about"), ("تقريبا", "about"),
        ("بين", "between"),
    ];

    /// <summary>The hedges under the evidence normalisation, so "أكثر من" also matches "اكثر من" and "jusqu’à" "jusqu'à".</summary>
    private static readonly (string Words, string Qualifier)[] NormalizedHedges =
        [.. Hedges.Select(h => (TextNormalizer.Normalize(h.Words).ToLowerInvariant(), h.Qualifier))];

    // A decimal comma ("1,5 million", "12 944,5") is read as such when the comma cannot be a thousands
    // separator: after space-separated groups, or before one or two digits.
    [GeneratedRegex(@"(?<![\d.,])(?:\d{1,3}(?:[\u00A0\u202F ]\d{3})+,\d+|\d+,\d{1,2}(?![\d,])|\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    /// <summary>
    /// Arabic-Indic (٠–٩) and Persian (۰–۹) digits, and the Arabic thousands (٬) and decimal (٫) separators, as
    /// 0–9 , and . — one character for one, so what is found keeps its place in the text.
    /// </summary>
    internal static string WesternDigits(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0660', '\u06F9'))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    '\u066C' => ',',
                    '\u066B' => '.',
                    _ => c,
                };
            }
        });
    }

    [GeneratedRegex(@"^[\s\u00A0\u202F]*(?:(thousand|millions?|billions?|milliards?|mille|ألف|الف|آلاف|مليون|ملايين|مليار|مليارات)(?!\w)|(bn|mn|m|k)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ScalePattern();

    [GeneratedRegex(@"(?:US\$|USD|EUR|CHF|GBP|[$€£¥])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyBefore();

    /// <summary>Every number written in a text, in order.</summary>
    public static IReadOnlyList<WrittenNumber> Find(string text)
    {
        text = WesternDigits(text);
        var found = new List<WrittenNumber>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            if (!TryValue(match.Value, out var value))
                continue;
            var after = text[(match.Index + match.Length)..];
            string? scale = null;
            var length = match.Length;
            if (ScalePattern().Match(after) is { Success: true } s)
            {
                scale = s.Groups[1].Success ? ScaleOf(s.Groups[1].Value.ToLowerInvariant()) : s.Groups[2].Value.ToLowerInvariant() switch
                {
                    "bn" => "billion",
                    "mn" or "m" => "million",
                    _ => "thousand",
                };
                // "5 m" after a plain count is more often metres than millions; only money and decimals take "m".
                if (s.Groups[2].Value.Equals("m", StringComparison.OrdinalIgnoreCase) && !CurrencyBefore().IsMatch(text[..match.Index]))
                    scale = null;
                if (scale is not null)
                    length += s.Length;
            }

            found.Add(new WrittenNumber(value, scale, QualifierBefore(text, match.Index), match.Index, length));
        }

        return found;
    }

    /// <summary>The first written number whose value (as written, or once scaled) is <paramref name="value"/> with <paramref name="scale"/>.</summary>
    public static WrittenNumber? Match(string evidence, double value, string? scale)
    {
        var numbers = Find(evidence);
        var amount = Quantities.Scaled(value, scale);
        return numbers.FirstOrDefault(n => Same(n.Value, value) && n.Scale == scale)
            ?? numbers.FirstOrDefault(n => Same(n.Amount, amount));
    }

    /// <summary>The numbers written in a text, with whether a qualifier word stands just before each.</summary>
    public static IEnumerable<(double Value, bool Hedged)> NumbersIn(string text) =>
        Find(text).Select(n => (n.Value, n.Qualifier != "exact"));

    public static bool Contains(string evidence, double value, out bool hedged)
    {
        var match = Match(evidence, value, null) ?? Find(evidence).FirstOrDefault(n => Same(n.Value, value));
        hedged = match is not null && match.Qualifier != "exact";
        return match is not null;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static bool TryValue(string written, out double value)
    {
        var word = Array.FindIndex(NumberWords, w => w.Equals(written, StringComparison.OrdinalIgnoreCase));
        if (word >= 0)
        {
            value = word;
            return true;
        }

        var comma = written.LastIndexOf(',');
        var decimalComma = comma >= 0 && (written.Length - comma - 1 != 3 || written.AsSpan(0, comma).IndexOfAny(" \u00A0\u202F") >= 0);
        var digits = written.Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "");
        digits = decimalComma ? digits.Replace(',', '.') : digits.Replace(",", "");
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The schema's scale for a scale word in English, French or Arabic.</summary>
    private static string ScaleOf(string word) => word switch
    {
        "thousand" or "mille" or "ألف" or "الف" or "آلاف" => "thousand",
        "million" or "millions" or "مليون" or "ملايين" => "million",
        _ => "billion",
    };

    private static string QualifierBefore(string text, int index)
    {
        var before = text[Math.Max(0, index - 32)..index];
        before = TextNormalizer.Normalize(CurrencyBefore().Replace(before, "")).TrimEnd().ToLowerInvariant();
        foreach (var (words, qualifier) in NormalizedHedges)
        {
            if (before.EndsWith(words, StringComparison.Ordinal)
                && (words.Length == before.Length || !char.IsLetter(before[before.Length - words.Length - 1]) || !char.IsLetter(words[0])))
                return qualifier;
        }

        return "exact";
    }
}
