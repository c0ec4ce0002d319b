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

    /// <summary>Triple braces and '&amp;' write a value without escaping it for Markdown.</summary>
    [GeneratedRegex(@"\{\{\{|\{\{~?\s*&")]
    private static partial Regex UnescapedOutput();

    public static string Render(BriefTemplate template, Situation situation)
    {
        var files = AllFiles(template);
        var compiled = Compile(template, files);
        var writer = new BoundedWriter(MaxOutputChars);
        lock (compiled)
        {
            compiled.Scope.Enter(situation);
            try
            {
                compiled.Entry(writer, TemplateModel.From(situation, template.Manifest.Name), new object());
            }
            catch (Exception e)
            {
                throw Translate(template, files, e);
            }
            finally
            {
                compiled.Scope.Leave();
            }
        }

        return writer.ToString();
    }

    private sealed record CompiledTemplate(HandlebarsTemplate<TextWriter, object, object> Entry, RenderScope Scope);

    /// <summary>
    /// Compiling Handlebars costs more than rendering, so a template is compiled once per process and
    /// reused while its files are unchanged (scheduled runs and --all build many briefs in one process).
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CompiledTemplate> Compiled = new(StringComparer.Ordinal);

    private static CompiledTemplate Compile(BriefTemplate template, Dictionary<string, string> files)
    {
        var key = CacheKey(template, files);
        if (Compiled.TryGetValue(key, out var cached))
            return cached;

        CheckStatically(template, files);
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
            TextEncoder = new MarkdownText(),
            PartialRecursionDepthLimit = MaxPartialDepth,
        });
        var scope = new RenderScope();
        TemplateHelpers.Register(handlebars, scope);

        string compiling = template.Manifest.Entry;
        try
        {
            foreach (var (name, text) in template.Partials)
            {
                compiling = "partials/" + name + ".hbs";
                handlebars.RegisterTemplate(name, text);
            }

            compiling = template.Manifest.Entry;
            var compiled = new CompiledTemplate(handlebars.Compile(new StringReader(template.EntryText)), scope);
            if (Compiled.Count >= 64)
                Compiled.Clear();
            Compiled[key] = compiled;
            return compiled;
        }
        catch (Exception e) when (e is HandlebarsException)
        {
            throw Syntax(template, files, compiling, e.Message);
        }
    }

    private static string CacheKey(BriefTemplate template, Dictionary<string, string> files)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (path, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(path + "\0" + text + "\0"));
        }

        return template.Files.DisplayName + ":" + Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The text with Handlebars comments blanked out, positions unchanged.</summary>
    private static string StripComments(string text) =>
        Regex.Replace(text, @"\{\{!--.*?--\}\}|\{\{![^}]*\}\}", m => Regex.Replace(m.Value, @"[^\n]", " "), RegexOptions.Singleline);

    private static Dictionary<string, string> AllFiles(BriefTemplate template)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [template.Manifest.Entry] = template.EntryText };
        foreach (var (name, text) in template.Partials)
            files["partials/" + name + ".hbs"] = text;
        return files;
    }

    /// <summary>Refuses what Handlebars would only discover too late: unknown or dynamic partials, cycles, deep loops, long partial chains.</summary>
    private static void CheckStatically(BriefTemplate template, Dictionary<string, string> source)
    {
        // Comments are blanked (same length, same lines), so a call inside a comment is not a call.
        var files = source.ToDictionary(f => f.Key, f => StripComments(f.Value), StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            if (UnescapedOutput().Match(text) is { Success: true } raw)
                throw TemplateErrors.At(Position(template, file, text, raw.Index), "'{{{ }}}' and '{{& }}' write data without escaping it, so a quote or a name could become Markdown formatting or a link; write '{{value}}'");
            foreach (Match call in PartialCall().Matches(text))
            {
                var name = call.Groups[1].Value;
                if (name.StartsWith('(') || name.StartsWith('@') || name.Contains('/') || name.Contains('.'))
                    throw TemplateErrors.At(Position(template, file, text, call.Index), $"partial '{name}' is not allowed: name a file in partials/ directly (no paths, no computed names)");
                if (!template.Partials.ContainsKey(name))
                    throw TemplateErrors.At(Position(template, file, text, call.Index), $"unknown partial '{name}'; partials are the .hbs files in the template's partials/ folder" + YamlBinder.DidYouMean(name, template.Partials.Keys));
            }
        }

        var depthCache = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            var depth = LoopDepth(template, file, text, files, depthCache, new Stack<string>());
            if (depth > MaxLoopNesting)
                throw TemplateErrors.At(SourceLocation.Of(template.Files.Display(file)), $"#each blocks are nested {depth} deep (counting partials); the limit is {MaxLoopNesting}");
        }

        var chain = PartialChain(template.Manifest.Entry, files, new Dictionary<string, List<(string Caller, int Index, string Callee)>>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        if (chain.Count > MaxPartialDepth)
        {
            var (caller, index, _) = chain[MaxPartialDepth];
            var names = string.Join(" → ", chain.Select(c => c.Callee[..^".hbs".Length]["partials/".Length..]).Prepend(template.Manifest.Entry));
            throw TemplateErrors.At(Position(template, caller, files[caller], index), $"partials nest {chain.Count} levels deep ({names}); the limit is {MaxPartialDepth}");
        }
    }

    /// <summary>
    /// The longest chain of partial calls from <paramref name="file"/>: each step names the calling
    /// file, the position of the call in it, and the partial called. Run after the cycle check.
    /// </summary>
    private static List<(string Caller, int Index, string Callee)> PartialChain(string file, Dictionary<string, string> files, Dictionary<string, List<(string Caller, int Index, string Callee)>> cache, HashSet<string> visiting)
    {
        if (cache.TryGetValue(file, out var known))
            return known;
        var longest = new List<(string Caller, int Index, string Callee)>();
        if (!visiting.Add(file) || !files.TryGetValue(file, out var text))
            return longest;
        foreach (Match call in PartialCall().Matches(text))
        {
            var partial = "partials/" + call.Groups[1].Value + ".hbs";
            if (!files.ContainsKey(partial))
                continue;
            var below = PartialChain(partial, files, cache, visiting);
            if (below.Count + 1 > longest.Count)
                longest = [(file, call.Index, partial), .. below];
        }

        visiting.Remove(file);
        cache[file] = longest;
        return longest;
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
                TemplateErrors.At(SourceLocation.Of(template.Files.Display(template.Manifest.Entry)), $"partials nest deeper than {MaxPartialDepth} levels; the limit stops runaway templates"),
            HandlebarsException other => Located(template, files, null, other.Message),
            _ => throw new InvalidOperationException("template rendering failed unexpectedly", e),
        };
    }

    /// <summary>A template that does not parse: the message rephrased, placed where Handlebars or a scan of the blocks says.</summary>
    private static InputException Syntax(BriefTemplate template, Dictionary<string, string> files, string file, string message)
    {
        var text = files.GetValueOrDefault(file, "");
        var occurred = Regex.Match(message, @"Occured at: ?(\d+):(\d+)");
        message = message.Split('\n')[0].Trim().TrimEnd(':').Trim();

        if (Regex.Match(message, @"^Reached end of template before block expression '[#^]?([^']+)' was closed") is { Success: true } open)
        {
            var name = open.Groups[1].Value;
            var at = UnclosedBlock(text);
            var what = $"the template ends before block expression '#{name}' was closed; add '{{{{/{name}}}}}' where the block opened here should end";
            return at >= 0 ? TemplateErrors.At(Position(template, file, text, at), what) : Located(template, files, file, what, "#" + name);
        }

        if (Regex.Match(message, @"^A closing element '/([^']+)' was found without a matching open element") is { Success: true } close)
            return Located(template, files, file, $"'{{{{/{close.Groups[1].Value}}}}}' closes a block that was never opened", "/" + close.Groups[1].Value);

        if (message.StartsWith("Reached unparseable token", StringComparison.Ordinal))
            message = "cannot parse this expression (a '}}' missing or misplaced?)";
        if (occurred.Success)
        {
            var line = int.Parse(occurred.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var column = int.Parse(occurred.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            return TemplateErrors.At(new SourceLocation(template.Files.Display(file), Math.Max(1, line), Math.Max(1, column)), "syntax error: " + message);
        }

        return Located(template, files, file, "syntax error: " + message);
    }

    /// <summary>The position of the innermost block opened and never closed in <paramref name="text"/>, or -1.</summary>
    private static int UnclosedBlock(string text)
    {
        var open = new Stack<(string Name, int Index)>();
        foreach (Match tag in Regex.Matches(text, @"\{\{~?\s*([#^/])\s*([\w-]+)"))
        {
            if (tag.Groups[1].Value != "/")
                open.Push((tag.Groups[2].Value, tag.Index));
            else if (open.Count > 0)
                open.Pop();
        }

        return open.Count > 0 ? open.Peek().Index : -1;
    }

    private static InputException Undefined(BriefTemplate template, Dictionary<string, string> files, HandlebarsUndefinedBindingException e)
    {
        var name = e.Path is { Length: > 0 } path ? path : e.Message.Replace(" is undefined", "", StringComparison.Ordinal).Trim();
        var isHelperLike = !name.Contains('.') && files.Values.Any(t => Regex.IsMatch(t, @"\{\{[#~]?\s*" + Regex.Escape(name) + @"\s+[^}]"));
        var what = isHelperLike ? $"unknown helper '{name}'" + YamlBinder.DidYouMean(name, TemplateHelpers.Names) : $"unknown variable '{name}'";
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
        // The whole path first ("situation.autor" points at its start), then its last segment
        // (a name inside #each or #with, where Handlebars reports only the part it could not bind).
        foreach (var candidate in new[] { token, token.Split('.').Last() }.Distinct())
        {
            foreach (Match expression in Regex.Matches(text, @"\{\{[^}]*\}\}"))
            {
                var at = Regex.Match(expression.Value, @"(?<![\w-])" + Regex.Escape(candidate) + @"(?![\w-])");
                if (at.Success)
                    return expression.Index + at.Index;
            }
        }

        return -1;
    }

    /// <summary>Where <paramref name="token"/> is first written in the template's files; the entry file when nowhere.</summary>
    internal static SourceLocation Locate(BriefTemplate template, string? token)
    {
        if (token is not null)
        {
            foreach (var (file, text) in AllFiles(template))
            {
                var index = text.IndexOf(token, StringComparison.Ordinal);
                if (index >= 0)
                    return Position(template, file, text, index);
            }
        }

        return SourceLocation.Of(template.Files.Display(template.Manifest.Entry));
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
}
