using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SitRep.Templates;

/// <summary>
/// The only way a template reaches another file: <c>include "name"</c> names a file of the template's
/// partials/ folder, by plain name. No path, no '..', nothing computed; the files themselves were
/// read through the template's file access (regular files inside the folder, bounded in size).
/// </summary>
internal sealed class PartialLoader(BriefTemplate template) : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!Partials.IsPlainName(templateName))
            throw new TemplateFunctionError(callerSpan, Partials.NotPlain(templateName));
        if (!template.Partials.TryGetValue(templateName, out var partial))
            throw new TemplateFunctionError(callerSpan, Partials.Unknown(templateName, template.Partials.Keys));
        return partial.Path;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        template.Partials.Values.FirstOrDefault(p => p.Path == templatePath)?.Text
        ?? throw new TemplateFunctionError(callerSpan, $"'{templatePath}' is not a partial of this template");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}

/// <summary>How partials are named and called.</summary>
internal static class Partials
{
    public const string Folder = "partials";
    public const string Extension = ".sbn";

    /// <summary>Calls of include in one brief; far more than any real brief needs, few enough to stop a runaway chain at once.</summary>
    public const int MaxIncludes = 500;

    /// <summary>How deep partials may include each other.</summary>
    public const int MaxDepth = 8;

    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public static string NameOf(string path) => System.IO.Path.GetFileName(path)[..^Extension.Length];

    public static string NotPlain(string name) =>
        $"include \"{name}\" is not allowed: name a file of the partials/ folder by its plain name, e.g. include \"sources\" for partials/sources{Extension} (no paths, no extension)";

    public static string Unknown(string name, IEnumerable<string> known) =>
        $"unknown partial '{name}'; partials are the {Extension} files in the template's partials/ folder" + Extracts.YamlBinder.DidYouMean(name, known);
}
