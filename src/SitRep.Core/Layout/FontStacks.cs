using SitRep.Text;

namespace SitRep.Layout;

/// <summary>
/// A font stack travels through the layout as one <see cref="FontSpec.Family"/> string, the families joined
/// by ", " (a single family is a stack of one). Each character is set in the first family that has it;
/// every theme stack ends with the embedded Arabic, Hebrew, Tifinagh and mathematical faces, which are
/// embedded only when a character of the brief uses them.
/// </summary>
public static class FontStacks
{
    public const string Separator = ", ";

    public static IReadOnlyList<string> Families(string key) =>
        key.Contains(',', StringComparison.Ordinal)
            ? key.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [key];

    /// <summary>The theme's families followed by the default stack's, each once: the serif's for body text, the sans's for headings.</summary>
    public static IReadOnlyList<string> WithFallbacks(IEnumerable<string> families, IReadOnlyList<string> defaults)
    {
        var stack = new List<string>();
        foreach (var family in families.Concat(defaults.Skip(1)))
        {
            if (!stack.Contains(family, StringComparer.OrdinalIgnoreCase))
                stack.Add(family);
        }

        return stack;
    }

    public static string Key(IEnumerable<string> families) => string.Join(Separator, families);

    /// <summary>The body stack of a theme's families (<see cref="FontStack.Serif"/> fallbacks).</summary>
    public static IReadOnlyList<string> Body(IReadOnlyList<string> families) => WithFallbacks(families, FontStack.Serif);

    /// <summary>The heading stack of a theme's families (<see cref="FontStack.Sans"/> fallbacks).</summary>
    public static IReadOnlyList<string> Heading(IReadOnlyList<string> families) => WithFallbacks(families, FontStack.Sans);

    /// <summary>A theme's two stacks: its body stack, then its heading stack.</summary>
    public static IReadOnlyList<string>[] Of(Theming.Theme theme) => [Body(theme.Fonts.Body), Heading(theme.Fonts.Heading)];
}
