using SitRep.Extracts;
using System.Collections.Concurrent;
using SitRep.Diagnostics;
using SitRep.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SitRep.Localization;

/// <summary>
/// Reads locale files: the built-in ones embedded from assets/locales, or one a user writes. English is the
/// reference; a key another file lacks, or gets wrong, falls back to English with a warning.
/// </summary>
public static class Locales
{
    public const int MaxFileBytes = 256 * 1024;

    private static readonly ConcurrentDictionary<string, (Locale Locale, IReadOnlyList<Diagnostic> Findings)> BuiltInCache = new(StringComparer.Ordinal);

    /// <summary>The languages shipped in this assembly.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = typeof(Locales).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("locales/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n["locales/".Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The file names a language tag looks for, most specific first: "fr-CA" → fr-ca, fr.</summary>
    public static IEnumerable<string> Candidates(string language)
    {
        var tag = language.Trim().ToLowerInvariant().Replace('_', '-');
        return new[] { tag, tag.Split('-')[0] }.Distinct();
    }

    /// <summary>A language tag that can name a file: letters, digits and '-', at most 35 characters.</summary>
    public static bool IsPlainTag(string tag) =>
        tag.Length is > 0 and <= 35 && tag.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-');

    public static Locale English => ForLanguage("en", new DiagnosticBag());

    /// <summary>
    /// The locale a brief prints its own words in: its language's, with the digits a theme asks for
    /// ("western", "arabic-indic"); English, silently, for a language without a file (the situation's check warns).
    /// </summary>
    public static Locale ForBrief(string? language, string? digits)
    {
        var locale = ForLanguage(string.IsNullOrWhiteSpace(language) ? "en" : language, new DiagnosticBag());
        return DigitSets.TryParse(digits, out var set) ? locale.WithDigits(set) : locale;
    }

    /// <summary>
    /// The built-in locale for a language tag ("fr", "fr-CA" → "fr"); English, with a warning at
    /// <paramref name="where"/>, for a language SitRep has no file for.
    /// </summary>
    public static Locale ForLanguage(string? language, DiagnosticBag diagnostics, SourceLocation? where = null)
    {
        foreach (var candidate in Candidates(language ?? "en"))
        {
            if (BuiltIn.Contains(candidate))
            {
                var (locale, findings) = BuiltInCache.GetOrAdd(candidate, LoadBuiltIn);
                diagnostics.AddRange(findings);
                return locale;
            }
        }

        diagnostics.Warning(where ?? SourceLocation.Of("situation.yaml"),
            $"SitRep has no locale for language '{language}'; the words it prints itself (headings, captions, dates) stay in English. Built in: {string.Join(", ", BuiltIn)}; a template adds one as locales/<language>.yaml (docs/templates.md, \"Languages\")",
            "locale");
        return ForLanguage("en", diagnostics);
    }

    private static (Locale, IReadOnlyList<Diagnostic>) LoadBuiltIn(string language)
    {
        var bag = new DiagnosticBag();
        var fallback = language == "en" ? null : ForLanguage("en", bag);
        var locale = Parse(ReadResource($"locales/{language}.yaml"), $"assets/locales/{language}.yaml", fallback, bag);
        return (locale, bag.Items.ToArray());
    }

    /// <summary>
    /// Reads a locale file. Each key it lacks, and each value it gets wrong, is taken from <paramref name="fallback"/>
    /// (English) with a warning; without a fallback (reading English itself) every key is required.
    /// </summary>
    public static Locale Parse(string yaml, string file, Locale? fallback, DiagnosticBag diagnostics)
    {
        var root = ReadRoot(yaml, file, diagnostics);
        var reader = new LocaleReader(root, file, fallback, diagnostics);
        return reader.Read();
    }

    private static YamlMappingNode? ReadRoot(string yaml, string file, DiagnosticBag diagnostics)
    {
        if (yaml.Length > MaxFileBytes)
        {
            diagnostics.Error(SourceLocation.Of(file), $"the locale file is larger than {MaxFileBytes / 1024} KB", "locale");
            return null;
        }

        try
        {
            var stream = BoundedYaml.Load(yaml);
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
                return mapping;
            diagnostics.Error(SourceLocation.Of(file), "a locale file is a mapping with 'language', 'dates', 'numbers' and 'strings'", "locale");
        }
        catch (YamlTooDeepException e)
        {
            diagnostics.Error(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), BoundedYaml.TooDeepMessage, "locale");
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(file, (int)e.Start.Line, (int)e.Start.Column), $"not valid YAML: {e.Message}", "locale");
        }

        return null;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(Locales).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class LocaleReader(YamlMappingNode? root, string file, Locale? fallback, DiagnosticBag diagnostics)
    {
        public Locale Read()
        {
            var language = Scalar(root, "language") ?? fallback?.Language ?? "en";
            var name = Scalar(root, "name") ?? language;
            var direction = Scalar(root, "direction") switch
            {
                "rtl" => Direction.RightToLeft,
                "ltr" or null => Direction.LeftToRight,
                var other => Bad(Node(root, "direction"), $"direction '{other}' is not 'ltr' or 'rtl'", Direction.LeftToRight),
            };

            var dates = Node(root, "dates") as YamlMappingNode;
            var months = ReadMonths(dates);
            var shortMonths = ReadShortMonths(dates, months);
            var patterns = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var precision in new[] { "day", "month", "year" })
                patterns[precision] = Pattern(dates, precision, ["{year}"], fallback?.DatePatterns[precision], $"dates.{precision}");
            foreach (var (key, required) in ShortPatterns)
                patterns[key] = Pattern(dates, key, required, fallback?.DatePatterns[key], $"dates.{key}");
            var firstDay = Scalar(dates, "first_day");

            var numbersNode = Node(root, "numbers") as YamlMappingNode;
            var digitsName = Scalar(numbersNode, "digits");
            var digits = fallback?.Digits ?? DigitSet.Western;
            if (digitsName is not null && !DigitSets.TryParse(digitsName, out digits))
                digits = Bad(Node(numbersNode, "digits"), $"digits '{digitsName}' is not western, arabic-indic or extended-arabic-indic", DigitSet.Western);
            var englishNumbers = fallback?.WithDigits(DigitSet.Western).NumberStyle;
            var numbers = ReadNumbers(numbersNode, englishNumbers, "numbers");
            var western = Node(numbersNode, "western") is YamlMappingNode westernNode ? ReadNumbers(westernNode, englishNumbers, "numbers.western") : null;

            return new Locale(language, name, direction, ReadStrings(), months, shortMonths, patterns, firstDay, digits, numbers, western, ReadCountries());
        }

        private IReadOnlyList<string> ReadMonths(YamlMappingNode? dates)
        {
            var node = Node(dates, "months");
            if (node is YamlSequenceNode sequence && sequence.Children.Count == 12 && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
                return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();
            return Missing(node, "dates.months", "a list of the twelve month names", fallback?.Months);
        }

        /// <summary>The short dates charts print, and what each must contain.</summary>
        private static readonly (string Key, string[] Required)[] ShortPatterns =
        [
            ("short_day", ["{day}", "{month}"]),
            ("short_day_year", ["{day}", "{month}", "{year}"]),
            ("short_month_year", ["{month}", "{year}"]),
        ];

        /// <summary>
        /// <c>dates.short_months</c>, the names short dates use; a file without them (a language that does not
        /// abbreviate its months need not write them twice) takes its own full names, not the English ones.
        /// </summary>
        private IReadOnlyList<string> ReadShortMonths(YamlMappingNode? dates, IReadOnlyList<string> months)
        {
            var node = Node(dates, "short_months");
            if (node is YamlSequenceNode sequence && sequence.Children.Count == 12 && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
                return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();
            if (node is not null)
                Warn(node, "dates.short_months is not a list of the twelve short month names; using the full names");
            return months;
        }

        private NumberStyle ReadNumbers(YamlMappingNode? node, NumberStyle? english, string path)
        {
            var group = Scalar(node, "group") ?? Missing(node, $"{path}.group", "the thousands separator", english?.Group);
            var separator = Scalar(node, "decimal") ?? Missing(node, $"{path}.decimal", "the decimal separator", english?.Decimal);
            var percent = Pattern(node, "percent", ["{number}"], english?.Percent, $"{path}.percent");
            return new NumberStyle(group, separator, percent);
        }

        private Dictionary<string, string> ReadStrings()
        {
            var node = Node(root, "strings") as YamlMappingNode;
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            if (node is not null)
            {
                foreach (var (keyNode, valueNode) in node.Children)
                {
                    var key = ((YamlScalarNode)keyNode).Value ?? "";
                    if (valueNode is not YamlScalarNode { Value: { } value })
                    {
                        Warn(valueNode, $"strings.{key} is not text");
                        continue;
                    }

                    if (fallback is not null && !fallback.Has(key))
                    {
                        Warn(keyNode, $"strings.{key} is not a key SitRep prints; the keys are those of assets/locales/en.yaml");
                        continue;
                    }

                    var missingPlaceholders = fallback is null ? [] : Placeholders(fallback.Text(key)).Except(Placeholders(value)).ToArray();
                    if (missingPlaceholders.Length > 0)
                    {
                        Warn(valueNode, $"strings.{key} lacks {string.Join(", ", missingPlaceholders)}; using the English \"{fallback!.Text(key)}\"");
                        continue;
                    }

                    strings[key] = value;
                }
            }
            else if (fallback is null)
            {
                diagnostics.Error(Where(root), "the reference locale has no 'strings'", "locale");
            }

            if (fallback is not null)
            {
                foreach (var key in fallback.Keys.Where(k => !strings.ContainsKey(k)))
                {
                    strings[key] = fallback.Text(key);
                    if (node is null || !node.Children.ContainsKey(new YamlScalarNode(key)))
                        Warn(node ?? root, $"strings.{key} is missing; using the English \"{fallback.Text(key)}\"");
                }
            }

            return strings;
        }

        /// <summary>
        /// <c>countries:</c> maps ISO 3166 numeric codes, quoted ("729"), to names; optional, and a code a file
        /// lacks takes no English fallback (the situation's own name, or the code, is printed instead).
        /// </summary>
        private Dictionary<string, string> ReadCountries()
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Node(root, "countries") is not YamlMappingNode node)
                return names;
            foreach (var (keyNode, valueNode) in node.Children)
            {
                var code = ((YamlScalarNode)keyNode).Value ?? "";
                if (code.Length is 0 or > 3 || !code.All(char.IsAsciiDigit))
                {
                    Warn(keyNode, $"countries: '{code}' is not an ISO 3166 numeric code such as \"729\"");
                    continue;
                }

                if (valueNode is YamlScalarNode { Value.Length: > 0 } value)
                    names[code.PadLeft(3, '0')] = value.Value!;
                else
                    Warn(valueNode, $"countries.{code} is not a name");
            }

            return names;
        }

        private static IEnumerable<string> Placeholders(string text) =>
            System.Text.RegularExpressions.Regex.Matches(text, @"\{[a-z_]+\}").Select(m => m.Value).Distinct();

        private string Pattern(YamlMappingNode? node, string key, string[] required, string? english, string path)
        {
            var value = Scalar(node, key);
            if (value is not null && required.All(value.Contains))
                return value;
            if (value is not null)
                return Bad(Node(node, key), $"{path} must contain {string.Join(" and ", required)}", english ?? required[0]);
            return Missing(node, path, "a pattern", english);
        }

        private T Missing<T>(YamlNode? near, string path, string what, T? english)
        {
            if (english is not null)
            {
                Warn(near ?? root, $"{path} is missing or not {what}; using the English one");
                return english;
            }

            diagnostics.Error(Where(near ?? root), $"{path} is missing or not {what}", "locale");
            return typeof(T) == typeof(string) ? (T)(object)"" : (T)(object)Array.Empty<string>();
        }

        private T Bad<T>(YamlNode? node, string message, T replacement)
        {
            diagnostics.Error(Where(node), message, "locale");
            return replacement;
        }

        private void Warn(YamlNode? node, string message) => diagnostics.Warning(Where(node), message, "locale");

        private SourceLocation Where(YamlNode? node) =>
            node is null ? SourceLocation.Of(file) : new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column);

        private static YamlNode? Node(YamlMappingNode? mapping, string key) =>
            mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        private static string? Scalar(YamlMappingNode? mapping, string key) => (Node(mapping, key) as YamlScalarNode)?.Value;
    }
}
