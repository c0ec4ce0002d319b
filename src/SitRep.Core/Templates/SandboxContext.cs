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

    /// <summary>Built-ins removed from every context: what depends on the clock or chance, and what runs text as a template.</summary>
    public static readonly IReadOnlyList<(string Object, string Member)> Removed =
    [
        ("", "include_join"), ("date", "now"), ("date", "utc_now"), ("math", "random"), ("math", "uuid"),
        ("object", "eval"), ("object", "eval_template"),
    ];

    public SandboxContext(BriefTemplate template, Situation situation, TemplateExtras? extras = null)
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

        foreach (var (owner, member) in Removed)
        {
            var target = owner.Length == 0 ? BuiltinObject : BuiltinObject[owner] as ScriptObject;
            target?.Remove(member);
        }

        BuiltinObject.Remove("include");
        BuiltinObject.SetValue("include", new PartialFunction(), readOnly: true);
        foreach (var partial in template.Partials.Values)
            CachedTemplates[partial.Path] = partial.Template;

        extras ??= TemplateExtras.For(situation, template);
        var globals = TemplateModel.From(situation, template.Manifest.Name, extras);
        foreach (var function in TemplateFunctions.For(situation, extras.Locale))
            globals.SetValue(function.Name, function, readOnly: true);
        PushGlobal(globals);
    }

    /// <summary>Scriban's built-in names left in a sandbox, for the static check of names.</summary>
    public static IReadOnlyList<string> BuiltinNames { get; } = BuiltinNamesOf();

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

    private static List<string> BuiltinNamesOf()
    {
        var context = new TemplateContext();
        var names = context.BuiltinObject.Keys.Where(k => k != "include_join").ToList();
        return names;
    }
}
