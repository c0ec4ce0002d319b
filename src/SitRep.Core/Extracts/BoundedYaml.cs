using YamlDotNet.RepresentationModel;

namespace SitRep.Extracts;

/// <summary>
/// The one way SitRep reads a YAML file into a tree: through <see cref="BoundedYamlParser"/>, so no file (a
/// stranger's template, theme or locale included) can nest deeply enough to exhaust the stack.
/// </summary>
internal static class BoundedYaml
{
    /// <summary>The deepest nesting of mappings and lists any SitRep file is read with.</summary>
    public const int MaxDepth = 64;

    /// <exception cref="YamlTooDeepException">The text nests deeper than <see cref="MaxDepth"/>.</exception>
    /// <exception cref="YamlDotNet.Core.YamlException">The text is not valid YAML.</exception>
    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new BoundedYamlParser(text, MaxDepth));
        return stream;
    }

    public static string TooDeepMessage => $"YAML is nested more than {MaxDepth} levels deep";
}
