using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using SitRep.Diagnostics;
using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>
/// Renders a template to Markdown with Handlebars, strictly and within bounds: an unknown variable,
/// helper or partial is an error with file, line and column; recursion, nesting and output are capped.
/// </summary>
public static partial class TemplateRenderer
{
    public const int MaxOutputChars = 2_000_000;
    public const int MaxPartialDepth = 8;
    public const int MaxLoopNesting = 4;

    [GeneratedRegex(@"\{\{~?\s*>\s*([^\s}~]+)")]
    private static partial Regex PartialCall();

    [GeneratedRegex(@"\{\{~?\s*(#each|/each)\b")]
    private static partial Regex EachTag();

    public static string Render(BriefTemplate template, Situation situation)
    {
        var files = AllFiles(template);
        CheckStatically(template, files);

        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownText(),
            PartialRecursionDepthLimit = MaxPartialDepth,
        });
        TemplateHelpers.Register(handlebars, situation);

        HandlebarsTemplate<TextWriter, object, object> entry;
        string compiling = template.Manifest.Entry;
        try
        {
            foreach (var (name, text) in template.Partials)
            {
                compiling = "partials/" + name + ".hbs";
                handlebars.RegisterTemplate(name, text);
            }

            compiling = template.Manifest.Entry;
            entry = handlebars.Compile(new StringReader(template.EntryText));
        }
        catch (Exception e) when (e is HandlebarsException)
        {
            throw Located(template, files, compiling, e.Message);
        }

        var writer = new BoundedWriter(MaxOutputChars);
        try
        {
            entry(writer, TemplateModel.From(situation, template.Manifest.Name), new object());
        }
        catch (Exception e)
        {
            throw Translate(template, files, e);
        }

        return writer.ToString();
    }

    private static Dictionary<string, string> AllFiles(BriefTemplate template)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [template.Manifest.Entry] = template.EntryText };
        foreach (var (name, text) in template.Partials)
            files["partials/" + name + ".hbs"] = text;
        return files;
    }

    /// <summary>Refuses what Handlebars would only discover too late: unknown or dynamic partials, cycles, deep loops.</summary>
    private static void CheckStatically(BriefTemplate template, Dictionary<string, string> files)
    {
        foreach (var (file, text) in files)
        {
            foreach (Match call in PartialCall().Matches(text))
            {
                var name = call.Groups[1].Value;
                if (name.StartsWith('(') || name.StartsWith('@') || name.Contains('/') || name.Contains('.'))
                    throw TemplateErrors.At(Position(template, file, text, call.Index), $"partial '{name}' is not allowed: name a file in partials/ directly (no paths, no computed names)");
                if (!template.Partials.ContainsKey(name))
                    throw TemplateErrors.At(Position(template, file, text, call.Index), $"unknown partial '{name}'; partials are the .hbs files in the template's partials/ folder" + Suggest(name, template.Partials.Keys));
            }
        }

        var depthCache = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            var depth = LoopDepth(template, file, text, files, depthCache, new Stack<string>());
            if (depth > MaxLoopNesting)
                throw TemplateErrors.At(SourceLocation.Of(template.Files.Display(file)), $"#each blocks are nested {depth} deep (counting partials); the limit is {MaxLoopNesting}");
        }
    }

    private static int LoopDepth(BriefTemplate template, string file, string text, Dictionary<string, string> files, Dictionary<string, int> cache, Stack<string> path)
    {
        if (cache.TryGetValue(file, out var known))
            return known;
        if (path.Contains(file))
            throw TemplateErrors.At(SourceLocation.Of(template.Files.Display(file)), $"partials call each other in a cycle: {string.Join(" → ", path.Reverse().Append(file))}");
        path.Push(file);
        var tokens = EachTag().Matches(text).Cast<Match>().Select(m => (m.Index, Kind: m.Groups[1].Value))
            .Concat(PartialCall().Matches(text).Cast<Match>().Select(m => (m.Index, Kind: ">" + m.Groups[1].Value)))
            .OrderBy(t => t.Index);
        int depth = 0, max = 0;
        foreach (var (_, kind) in tokens)
        {
            if (kind == "#each")
                max = Math.Max(max, ++depth);
            else if (kind == "/each")
                depth = Math.Max(0, depth - 1);
            else
            {
                var partial = "partials/" + kind[1..] + ".hbs";
                if (files.TryGetValue(partial, out var partialText))
                    max = Math.Max(max, depth + LoopDepth(template, partial, partialText, files, cache, path));
            }
        }

        path.Pop();
        cache[file] = max;
        return max;
    }

    private static InputException Translate(BriefTemplate template, Dictionary<string, string> files, Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner is not (HelperException or OutputLimitException or HandlebarsUndefinedBindingException))
            inner = inner.InnerException;
        return inner switch
        {
            HelperException helper => Located(template, files, null, helper.Message, helper.Helper),
            OutputLimitException limit => TemplateErrors.At(SourceLocation.Of(template.Files.Display(template.Manifest.Entry)), limit.Message + "; the output is capped to stop runaway templates"),
            HandlebarsUndefinedBindingException undefined => Undefined(template, files, undefined),
            HandlebarsRuntimeException runtime when runtime.Message.Contains("partial", StringComparison.OrdinalIgnoreCase) =>
                TemplateErrors.At(SourceLocation.Of(template.Files.Display(template.Manifest.Entry)), $"partials nest deeper than {MaxPartialDepth} levels (a partial that includes itself?)"),
            HandlebarsException other => Located(template, files, null, other.Message),
            _ => throw new InvalidOperationException("template rendering failed unexpectedly", e),
        };
    }

    private static InputException Undefined(BriefTemplate template, Dictionary<string, string> files, HandlebarsUndefinedBindingException e)
    {
        var name = e.Message.Replace(" is undefined", "", StringComparison.Ordinal).Trim();
        var isHelperLike = !name.Contains('.') && files.Values.Any(t => Regex.IsMatch(t, @"\{\{[#~]?\s*" + Regex.Escape(name) + @"\s+[^}]"));
        var what = isHelperLike ? $"unknown helper '{name}'" + Suggest(name, TemplateHelpers.Names) : $"unknown variable '{name}'";
        return Located(template, files, null, what, name);
    }

    private static InputException Located(BriefTemplate template, Dictionary<string, string> files, string? fileHint, string message, string? token = null)
    {
        message = message.Split('\n')[0];
        token ??= Regex.Match(message, @"'([^']+)'") is { Success: true } m ? m.Groups[1].Value : null;
        foreach (var (file, text) in files.OrderBy(f => f.Key == fileHint ? 0 : 1))
        {
            var index = token is null ? -1 : FindInExpression(text, token);
            if (index >= 0)
                return TemplateErrors.At(Position(template, file, text, index), message);
        }

        var fallback = fileHint ?? template.Manifest.Entry;
        return TemplateErrors.At(SourceLocation.Of(template.Files.Display(fallback)), message);
    }

    /// <summary>The first position of <paramref name="token"/> inside a <c>{{ … }}</c> expression.</summary>
    private static int FindInExpression(string text, string token)
    {
        var last = token.Split('.').Last();
        foreach (Match expression in Regex.Matches(text, @"\{\{[^}]*\}\}"))
        {
            var at = Regex.Match(expression.Value, @"(?<![\w-])" + Regex.Escape(last) + @"(?![\w-])");
            if (at.Success)
                return expression.Index + at.Index;
        }

        return -1;
    }

    private static SourceLocation Position(BriefTemplate template, string file, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(template.Files.Display(file), line, index - lineStart + 1);
    }

    private static string Suggest(string value, IEnumerable<string> known) =>
        YamlBinder.Suggest(value, known) is { } s ? $" (did you mean '{s}'?)" : "";
}
