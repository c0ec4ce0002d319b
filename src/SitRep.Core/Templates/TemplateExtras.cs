using SitRep.Editions;
using SitRep.Extracts;
using SitRep.Localization;

namespace SitRep.Templates;

/// <summary>
/// What a render knows besides the situation: the brief's language (the situation's <c>language:</c>,
/// unless the template sets its own) and, when the build records editions, the edition and its changes.
/// </summary>
public sealed record TemplateExtras(Locale Locale, Edition? Edition = null, EditionChanges? Changes = null)
{
    /// <summary>The extras of a render without an editions record: the language only.</summary>
    public static TemplateExtras For(Situation situation, BriefTemplate template, NextEdition? edition = null) =>
        new(BriefLocale.For(situation, template), edition?.Edition, edition?.Changes);
}
