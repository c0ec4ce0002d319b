using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SitRep.Templates;

/// <summary>
/// <c>include "name"</c>, replacing Scriban's own: the partial comes through <see cref="PartialLoader"/>,
/// its Markdown is written as it is (its values were escaped when it wrote them), and the number of
/// includes in one brief is bounded.
/// </summary>
internal sealed class PartialFunction : IScriptCustomFunction
{
    private int calls;

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var call = new FunctionCall("include", context, callerContext, arguments);
        if (arguments.Count == 0 || arguments[0] is not string name)
            throw call.Fail(0, "needs the name of a partial in quotes, e.g. include \"sources\"");
        if (++calls > Partials.MaxIncludes)
            throw call.Fail(null, $"partials were included more than {Partials.MaxIncludes} times in one brief; the limit stops runaway templates");
        var caller = callerContext ?? context.CurrentNode!;
        var path = context.GetTemplatePathFromName(name, caller)!;
        var template = context.GetOrCreateTemplate(path, caller);
        return new MarkdownFragment(context.RenderTemplate(template, arguments, caller));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "name" : "value");

    public int GetParameterIndexByName(string name) => -1;
}
