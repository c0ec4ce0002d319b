namespace SitRep.Templates;

/// <summary>The contents of <c>template.yaml</c>.</summary>
public sealed class TemplateManifest : Extracts.YamlRecord
{
    public string Name { get; set; } = "";
    public string Audience { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>The entry file, relative to the template folder.</summary>
    public string Entry { get; set; } = "brief.sbn";

    /// <summary>The language the template's own words are in; the situation's <c>language:</c> when absent.</summary>
    public string? Language { get; set; }
}
