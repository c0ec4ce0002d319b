using System.Diagnostics;
using Scriban.Syntax;
using SitRep.Diagnostics;
using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>
/// Renders a template to Markdown with Scriban, in a fresh sandbox per render and within a time
/// budget. Every problem becomes <c>file:line:col: error: message</c> at the place in the file
/// (the entry or a partial) where it happened.
/// </summary>
public static class TemplateRenderer
{
    /// <summary>The wall-clock budget of one render; a real brief renders in milliseconds.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(5);

    public const int MaxOutputChars = SandboxContext.MaxOutputChars;
    public const int MaxPartialDepth = Partials.MaxDepth;
    public const int MaxLoopSteps = SandboxContext.MaxLoopSteps;

    public static string Render(BriefTemplate template, Situation situation, TemplateExtras? extras = null)
    {
        var context = new SandboxContext(template, situation, extras);
        using var budget = new CancellationTokenSource(TimeBudget);
        context.CancellationToken = budget.Token;
        var watch = Stopwatch.StartNew();
        try
        {
            return template.Entry.Template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new InputException([TemplateErrors.Diagnostic(e.Span, TemplateMessages.Runtime(e, watch.Elapsed))]);
        }
    }

    /// <summary>Where <paramref name="token"/> is first written in the template's files; the entry file when nowhere.</summary>
    internal static SourceLocation Locate(BriefTemplate template, string? token)
    {
        if (token is not null)
        {
            foreach (var file in template.SourceFiles())
            {
                var index = file.Text.IndexOf(token, StringComparison.Ordinal);
                if (index >= 0)
                {
                    var before = file.Text.AsSpan(0, index);
                    var line = before.Count('\n') + 1;
                    var column = index - (before.LastIndexOf('\n') + 1) + 1;
                    return new SourceLocation(file.Display, line, column);
                }
            }
        }

        return SourceLocation.Of(template.Entry.Display);
    }
}
