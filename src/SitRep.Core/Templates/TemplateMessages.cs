using System.Text.RegularExpressions;
using Scriban.Syntax;

namespace SitRep.Templates;

/// <summary>Scriban's messages, said in a template author's words: no .NET names, quotes instead of backticks.</summary>
internal static partial class TemplateMessages
{
    [GeneratedRegex(@"`([^`]*)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\bSystem\.[\w.`\[\], ]+|\bScriban\.[\w.]+")]
    private static partial Regex DotNetName();

    [GeneratedRegex(@"\bScript[A-Z]\w*")]
    private static partial Regex ScribanNode();

    public static string Syntax(string message) => "syntax error: " + Plain(message);

    public static string Runtime(ScriptRuntimeException e, TimeSpan elapsed)
    {
        if (e is TemplateFunctionError)
            return e.OriginalMessage;
        if (e is ScriptAbortException)
            return $"the template ran for more than {TemplateRenderer.TimeBudget.TotalSeconds:0} seconds; the limit stops runaway templates";
        var message = e.OriginalMessage;
        if (Regex.Match(message, @"^Cannot get member with name (\w+)") is { Success: true } removed && SandboxBuiltins.Removed.Any(r => r.Member == removed.Groups[1].Value))
            return $"'{removed.Groups[1].Value}' is not available in SitRep templates: a brief may not depend on the clock or on chance, nor run text as a template";
        if (Regex.Match(message, @"^Cannot get member with name (\w+)") is { Success: true } member)
            return $"no field '{member.Groups[1].Value}' here" + Extracts.YamlBinder.DidYouMean(member.Groups[1].Value, TemplateModel.FieldNames);
        if (Regex.Match(message, @"^Exceeding number of iteration limit `(\d+)`") is { Success: true } loop)
            return $"loops ran more than {loop.Groups[1].Value} steps (counting the loops nested inside); the limit stops runaway templates";
        if (message.Contains("recursive", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            return $"functions or partials call each other more than {SandboxContext.MaxRecursion} levels deep; the limit stops runaway templates";
        if (message.Contains("output", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
            return $"the template produced more than {SandboxContext.MaxOutputChars / 1_000_000.0:0.#} million characters; the output is capped to stop runaway templates";
        if (message.Contains("limit", StringComparison.OrdinalIgnoreCase) && message.Contains("string", StringComparison.OrdinalIgnoreCase))
            return $"a value grew longer than {SandboxContext.MaxStringChars / 1_000_000.0:0.#} million characters; the limit stops runaway templates";
        return Plain(message);
    }

    private static string Plain(string message)
    {
        message = message.Split('\n')[0].Trim();
        message = Backticked().Replace(message, m => $"'{m.Groups[1].Value}'");
        message = DotNetName().Replace(message, "a value");
        message = ScribanNode().Replace(message, "the template");
        return message.Length > 0 && char.IsUpper(message[0]) && !(message.Length > 1 && char.IsUpper(message[1])) ? char.ToLowerInvariant(message[0]) + message[1..] : message;
    }
}
