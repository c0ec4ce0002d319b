using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SitRep.Templates;

/// <summary>A problem a SitRep function found with its arguments; the message is already in the author's words.</summary>
internal sealed class TemplateFunctionError(Scriban.Parsing.SourceSpan span, string message) : ScriptRuntimeException(span, message);

/// <summary>
/// A SitRep function as Scriban sees it. It takes its arguments as given (no conversion by Scriban)
/// and checks them itself, so every complaint names the function, the argument and the problem.
/// </summary>
internal sealed class TemplateFunction(string name, int minArguments, int maxArguments, string usage, Func<FunctionCall, object?> body) : IScriptCustomFunction
{
    public string Name => name;

    public string Usage => usage;

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var call = new FunctionCall(name, context, callerContext, arguments);
        if (arguments.Count < minArguments || arguments.Count > maxArguments)
        {
            var expected = minArguments == maxArguments
                ? Count(minArguments)
                : maxArguments == int.MaxValue ? $"at least {Count(minArguments)}" : $"{minArguments} to {Count(maxArguments)}";
            throw call.Fail(null, $"takes {expected}, not {arguments.Count}; write {usage}");
        }

        return body(call);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public int GetParameterIndexByName(string parameterName) => -1;

    private static string Count(int n) => n == 1 ? "one argument" : $"{n} arguments";
}

/// <summary>One call of a SitRep function: its arguments, read with checks that say what was expected.</summary>
internal sealed class FunctionCall(string function, TemplateContext context, ScriptNode? caller, ScriptArray arguments)
{
    public int Count => arguments.Count;

    public object? this[int index] => index < arguments.Count ? arguments[index] : null;

    /// <summary>An argument that must be text (an id, a word): numbers are accepted as their digits.</summary>
    public string Text(int index, string what)
    {
        return this[index] switch
        {
            string s => s,
            null => throw Fail(index, $"needs {what} as argument {index + 1}, but it is empty (null)"),
            ScriptObject or ScriptArray or MarkdownFragment => throw Fail(index, $"needs {what} as argument {index + 1}, not {Describe(this[index])}"),
            bool b => throw Fail(index, $"needs {what} as argument {index + 1}, not {(b ? "true" : "false")}"),
            var other => context.ObjectToString(other) ?? "",
        };
    }

    public double Number(int index, string what)
    {
        return this[index] switch
        {
            int i => i,
            long l => l,
            double d => d,
            float f => f,
            decimal m => (double)m,
            string s when double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            var other => throw Fail(index, $"needs {what} as argument {index + 1}, not {Describe(other)}"),
        };
    }

    /// <summary>An argument that must be an item of the model (an object with an 'id').</summary>
    public ScriptObject Record(int index, string what)
    {
        if (this[index] is ScriptObject item && item.ContainsKey("id"))
            return item;
        throw Fail(index, $"needs {what} as argument {index + 1}, not {Describe(this[index])}");
    }

    /// <summary>An error at argument <paramref name="index"/> (or at the call when null or not written), prefixed with the function's name.</summary>
    public TemplateFunctionError Fail(int? index, string message)
    {
        var span = caller?.Span ?? context.CurrentSpan;
        if (index is { } i && caller is ScriptFunctionCall call && call.Arguments.Count == arguments.Count && i < call.Arguments.Count)
            span = call.Arguments[i].Span;
        return new TemplateFunctionError(span, $"{function}: {message}");
    }

    public static string Describe(object? value) => value switch
    {
        null => "nothing (null)",
        string s => $"the text \"{(s.Length > 40 ? s[..40] + "…" : s)}\"",
        bool b => b ? "true" : "false",
        int or long or double or float or decimal => $"the number {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}",
        ScriptArray => "a list",
        ScriptObject o when o.ContainsKey("id") => $"the item '{o["id"]}'",
        ScriptObject => "an object",
        MarkdownFragment => "the output of a function",
        IScriptCustomFunction => "a function",
        _ => "a value of another kind",
    };
}
