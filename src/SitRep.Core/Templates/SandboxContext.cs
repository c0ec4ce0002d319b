using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>
/// The context one render runs in, made fresh for every render: strict names, bounded loops,
/// recursion, strings and output (exceeding a bound fails, it never truncates), no built-in that
/// reads the clock, draws random numbers or runs a string as code, and partials only through
/// <see cref="PartialLoader"/>. Every value a template prints is escaped for Markdown, except the
/// Markdown SitRep's own functions and partials write.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    public const int MaxLoopSteps = 10_000;
    public const int MaxRecursion = 64;
    // Room for a brief of well over 1,000 pages (about 5,000 characters of Markdown a page).
    public const int MaxOutputChars = 12_000_000;
    public const int MaxStringChars = 1_000_000;

    public SandboxContext(BriefTemplate template, Situation situation, TemplateExtras? extras = null)
        : base(new SandboxBuiltins(new PartialFunction()))
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = MaxLoopSteps;
        LoopLimitQueryable = MaxLoopSteps;
        RecursiveLimit = MaxRecursion;
        ObjectRecursionLimit = 16;
        LimitToString = MaxStringChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromMilliseconds(500);
        NewLine = "\n";
        MemberFilter = _ => false;
        TemplateLoader = new PartialLoader(template);

        foreach (var partial in template.Partials.Values)
            CachedTemplates[partial.Path] = partial.Template;

        extras ??= TemplateExtras.For(situation, template);
        var globals = TemplateModel.From(situation, template.Manifest.Name, extras);
        foreach (var function in TemplateFunctions.For(situation, extras.Locale))
            globals.SetValue(function.Name, function, readOnly: true);
        PushGlobal(globals);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case MarkdownFragment fragment:
                Write(fragment.Markdown);
                return this;
            case string text:
                Write(MarkdownText.Escape(text));
                return this;
            default:
                Write(MarkdownText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }
}
