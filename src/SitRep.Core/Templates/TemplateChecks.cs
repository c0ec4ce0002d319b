using Scriban.Parsing;
using Scriban.Syntax;
using SitRep.Diagnostics;

namespace SitRep.Templates;

/// <summary>
/// What can be known about a template before it runs, reported all at once: syntax errors in every
/// file, includes that are not a plain partial name in quotes, unknown partials, partials that
/// include each other in a cycle or too deep, and names that are neither data, a function nor
/// assigned anywhere in the template.
/// </summary>
internal static class TemplateChecks
{
    private sealed record Include(ParsedFile Caller, SourceSpan Span, string Partial);

    public static List<Diagnostic> Check(ParsedFile entry, IReadOnlyDictionary<string, ParsedFile> partials)
    {
        var diagnostics = new List<Diagnostic>();
        var files = new List<ParsedFile> { entry };
        files.AddRange(partials.Values);
        foreach (var file in files)
        {
            foreach (var message in file.Template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                // Scriban notices a missing 'end' only at the end of the file: point at the block left open instead.
                if (message.Message.Contains("<end> statement was not found", StringComparison.Ordinal) && UnclosedBlock(file.Text) is { } open)
                    diagnostics.Add(new Diagnostic(Severity.Error, new SourceLocation(file.Display, open.Line, open.Column), $"this '{open.Keyword}' has no matching 'end'; add {{{{ end }}}} where the block should end", "template"));
                else
                    diagnostics.Add(TemplateErrors.Diagnostic(message.Span, TemplateMessages.Syntax(message.Message)));
            }
        }

        if (diagnostics.Count > 0)
            return diagnostics;

        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var includes = new Dictionary<ParsedFile, List<Include>>();
        foreach (var file in files)
        {
            includes[file] = [];
            Walk(file.Template.Page, node => CollectAssigned(node, assigned));
        }

        var known = new HashSet<string>(TemplateModel.TopLevelNames.Concat(TemplateFunctions.Names).Concat(SandboxBuiltins.Names).Concat(["include", "for", "while", "tablerow"]), StringComparer.Ordinal);
        foreach (var file in files)
        {
            Walk(file.Template.Page, node =>
            {
                if (node is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call)
                    CheckInclude(file, call, partials, includes[file], diagnostics);
                else if (node is ScriptVariableGlobal variable && !known.Contains(variable.Name) && !assigned.Contains(variable.Name) && !IsIncludeTarget(variable))
                    diagnostics.Add(TemplateErrors.Diagnostic(variable.Span, Unknown(variable)));
            });
        }

        CheckChains(entry, partials, includes, diagnostics);
        return diagnostics;
    }

    /// <summary>Names that are not variables: the member after a dot, a named argument's name, and include itself.</summary>
    private static bool IsIncludeTarget(ScriptVariableGlobal variable) =>
        variable.Name == "include"
        || (variable.Parent is ScriptMemberExpression member && ReferenceEquals(member.Member, variable))
        || (variable.Parent is ScriptNamedArgument named && ReferenceEquals(named.Name, variable));

    private static string Unknown(ScriptVariableGlobal variable)
    {
        var called = variable.Parent is ScriptFunctionCall call && ReferenceEquals(call.Target, variable) && call.Arguments.Count > 0;
        var candidates = called ? TemplateFunctions.Names : TemplateModel.TopLevelNames.Concat(TemplateFunctions.Names);
        return (called ? $"unknown function '{variable.Name}'" : $"unknown variable '{variable.Name}'") + Extracts.YamlBinder.DidYouMean(variable.Name, candidates);
    }

    private static void CollectAssigned(ScriptNode node, HashSet<string> assigned)
    {
        switch (node)
        {
            case ScriptAssignExpression { Target: ScriptVariableGlobal target }:
                assigned.Add(target.Name);
                break;
            case ScriptForStatement { Variable: ScriptVariableGlobal loop }:
                assigned.Add(loop.Name);
                break;
            case ScriptCaptureStatement { Target: ScriptVariableGlobal captured }:
                assigned.Add(captured.Name);
                break;
            case ScriptFunction function:
                if (function.NameOrDoToken is ScriptVariableGlobal name)
                    assigned.Add(name.Name);
                foreach (var parameter in function.Parameters ?? [])
                    assigned.Add(parameter.Name?.Name ?? "");
                break;
        }
    }

    private static void CheckInclude(ParsedFile file, ScriptFunctionCall call, IReadOnlyDictionary<string, ParsedFile> partials, List<Include> found, List<Diagnostic> diagnostics)
    {
        if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name })
        {
            diagnostics.Add(TemplateErrors.Diagnostic(call.Arguments.Count > 0 ? call.Arguments[0].Span : call.Span,
                "include needs the name of a partial in quotes, e.g. include \"sources\"; a name computed while the template runs is not allowed"));
            return;
        }

        if (!Partials.IsPlainName(name))
            diagnostics.Add(TemplateErrors.Diagnostic(call.Arguments[0].Span, Partials.NotPlain(name)));
        else if (!partials.ContainsKey(name))
            diagnostics.Add(TemplateErrors.Diagnostic(call.Arguments[0].Span, Partials.Unknown(name, partials.Keys)));
        else
            found.Add(new Include(file, call.Span, name));
    }

    /// <summary>
    /// From the entry, the longest chain of includes (each file's is computed once, so a partial
    /// included many times costs nothing more): a cycle is refused at the include that closes it, a
    /// chain deeper than the limit at the include that goes too deep.
    /// </summary>
    private static void CheckChains(ParsedFile entry, IReadOnlyDictionary<string, ParsedFile> partials, Dictionary<ParsedFile, List<Include>> includes, List<Diagnostic> diagnostics)
    {
        var longest = new Dictionary<ParsedFile, List<Include>>();
        var path = new List<ParsedFile>();

        List<Include> Chain(ParsedFile file)
        {
            if (longest.TryGetValue(file, out var known))
                return known;
            path.Add(file);
            var best = new List<Include>();
            foreach (var include in includes[file])
            {
                var callee = partials[include.Partial];
                if (path.Contains(callee))
                {
                    var cycle = path.Skip(path.IndexOf(callee)).Append(callee).Select(f => f.Path);
                    diagnostics.Add(TemplateErrors.Diagnostic(include.Span, $"partials include each other in a cycle: {string.Join(" → ", cycle)}"));
                    continue;
                }

                var below = Chain(callee);
                if (below.Count + 1 > best.Count)
                    best = [include, .. below];
            }

            path.RemoveAt(path.Count - 1);
            longest[file] = best;
            return best;
        }

        var chain = Chain(entry);
        if (chain.Count > Partials.MaxDepth)
        {
            var names = string.Join(" → ", chain.Select(i => i.Partial).Prepend(entry.Path));
            diagnostics.Add(TemplateErrors.Diagnostic(chain[Partials.MaxDepth].Span, $"partials nest {chain.Count} levels deep ({names}); the limit is {Partials.MaxDepth}"));
        }
    }

    private static readonly System.Text.RegularExpressions.Regex Tag = new(@"\{\{[~-]?\s*(for|if|while|case|capture|func|with|tablerow|wrap|end)\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>The innermost block opened and never closed in <paramref name="text"/>, 1-based, or null.</summary>
    private static (int Line, int Column, string Keyword)? UnclosedBlock(string text)
    {
        var open = new Stack<(int Index, string Keyword)>();
        foreach (System.Text.RegularExpressions.Match tag in Tag.Matches(text))
        {
            var keyword = tag.Groups[1].Value;
            if (keyword != "end")
                open.Push((tag.Groups[1].Index, keyword));
            else if (open.Count > 0)
                open.Pop();
        }

        if (open.Count == 0)
            return null;
        var (index, word) = open.Peek();
        var before = text.AsSpan(0, index);
        return (before.Count('\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1, word);
    }

    private static void Walk(ScriptNode? node, Action<ScriptNode> visit)
    {
        if (node is null)
            return;
        visit(node);
        for (var i = 0; i < node.ChildrenCount; i++)
            Walk(node.GetChildren(i), visit);
    }
}
