using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SitRep.Templates;

/// <summary>
/// Scriban's built-in objects (<c>array</c>, <c>string</c>, <c>date</c>…) as a sandbox offers them, each made
/// when a template first names it. Scriban's own default set builds every module by reflection, about 10 ms
/// of a cold build, though a template uses one or two. What the sandbox removes is removed as a module is made.
/// </summary>
internal sealed class SandboxBuiltins : ScriptObject
{
    /// <summary>Built-ins removed from every context: what depends on the clock or chance, and what runs text as a template.</summary>
    public static readonly IReadOnlyList<(string Object, string Member)> Removed =
    [
        ("", "include_join"), ("date", "now"), ("date", "utc_now"), ("math", "random"), ("math", "uuid"),
        ("object", "eval"), ("object", "eval_template"),
    ];

    private static readonly Dictionary<string, Func<ScriptObject>> Modules = new(StringComparer.Ordinal)
    {
        ["array"] = () => new ArrayFunctions(),
        ["date"] = () => new DateTimeFunctions(),
        ["html"] = () => new HtmlFunctions(),
        ["math"] = () => new MathFunctions(),
        ["object"] = () => new ObjectFunctions(),
        ["regex"] = () => new RegexFunctions(),
        ["string"] = () => new StringFunctions(),
        ["timespan"] = () => new TimeSpanFunctions(),
    };

    /// <summary>The names a sandboxed template may use for Scriban's built-ins, for the static check of names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Modules.Keys, "empty", "blank", "include"];

    public SandboxBuiltins(IScriptCustomFunction include) : base(16, autoImportStaticsFromThisType: false)
    {
        SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        SetValue("include", include, readOnly: true);
    }

    public override bool Contains(string member) => Ensure(member) || base.Contains(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        Ensure(member);
        return base.TryGetValue(context, span, member, out value);
    }

    public override bool CanWrite(string member)
    {
        Ensure(member);
        return base.CanWrite(member);
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        Ensure(member);
        return base.TrySetValue(context, span, member, value, readOnly);
    }

    public override bool Remove(string member)
    {
        Ensure(member);
        return base.Remove(member);
    }

    /// <summary>Makes the module <paramref name="member"/> names if it is one not made yet; true when it is a module.</summary>
    private bool Ensure(string member)
    {
        if (!Modules.TryGetValue(member, out var make))
            return false;
        if (!base.Contains(member))
        {
            var module = make();
            foreach (var (owner, name) in Removed)
            {
                if (owner == member)
                    module.Remove(name);
            }
            SetValue(member, module, readOnly: true);
        }
        return true;
    }
}
