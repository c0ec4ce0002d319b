using System.Text;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Localization;

namespace SitRep.Templates;

/// <summary>
/// The locale one brief prints its own words in. Its language is the template's <c>language:</c>, or else the
/// situation's; its file is the template's <c>locales/&lt;language&gt;.yaml</c> when the template has one (a user
/// adds a language, or rewords one, without rebuilding SitRep), else SitRep's own; its digits are the theme's.
/// </summary>
public static class BriefLocale
{
    public const string Folder = "locales";

    /// <summary>The brief's language tag as written ("fr", "ar-SD").</summary>
    public static string Language(Situation situation, BriefTemplate template) =>
        string.IsNullOrWhiteSpace(template.Manifest.Language) ? situation.Info.Language : template.Manifest.Language;

    /// <exception cref="InputException">The template's locale file has errors.</exception>
    public static Locale For(Situation situation, BriefTemplate template) => Resolve(situation, template).Locale;

    /// <summary>What resolving the locale found: a language SitRep and the template have no file for, a key the template's file lacks.</summary>
    public static IReadOnlyList<Diagnostic> Findings(Situation situation, BriefTemplate template) => Resolve(situation, template).Findings;

    private static (Locale Locale, IReadOnlyList<Diagnostic> Findings) Resolve(Situation situation, BriefTemplate template)
    {
        var language = Language(situation, template);
        var (locale, findings) = template.LocaleCache.GetOrAdd(language, _ => Load(situation, template, language));
        return (DigitSets.TryParse(template.Theme.Fonts.Digits, out var digits) ? locale.WithDigits(digits) : locale, findings);
    }

    private static (Locale, IReadOnlyList<Diagnostic>) Load(Situation situation, BriefTemplate template, string language)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var candidate in Locales.Candidates(language))
        {
            var path = $"{Folder}/{candidate}.yaml";
            if (!Locales.IsPlainTag(candidate) || !template.Files.Exists(path))
                continue;
            var text = Encoding.UTF8.GetString(template.Files.ReadBytes(path));
            var locale = Locales.Parse(text, template.Files.Display(path), Locales.English, diagnostics);
            if (diagnostics.HasErrors)
                throw new InputException(diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList());
            return (locale, diagnostics.Items.ToArray());
        }

        var where = string.IsNullOrWhiteSpace(template.Manifest.Language) ? situation.Info.Where("language") : template.Manifest.Where("language");
        var found = Locales.ForLanguage(language, diagnostics, where);
        return (found, diagnostics.Items.ToArray());
    }
}
