using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>The contents of <c>template.yaml</c>.</summary>
public sealed class TemplateManifest : YamlRecord
{
    public string Name { get; set; } = "";
    public string Audience { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>The entry file, relative to the template folder.</summary>
    public string Entry { get; set; } = "brief.sbn";

    /// <summary>The language the template's own words are in; the situation's <c>language:</c> when absent.</summary>
    public string? Language { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<TemplateManifest>("name", (r, v) => r.Name = v, r => r.Name),
        YamlField.Text<TemplateManifest>("audience", (r, v) => r.Audience = v, r => r.Audience),
        YamlField.Text<TemplateManifest>("description", (r, v) => r.Description = v, r => r.Description),
        YamlField.Text<TemplateManifest>("entry", (r, v) => r.Entry = v, r => r.Entry),
        YamlField.Text<TemplateManifest>("language", (r, v) => r.Language = v, r => r.Language),
    ];
}
