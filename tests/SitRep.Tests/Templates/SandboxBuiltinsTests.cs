using Scriban;
using SitRep.Pipeline;
using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Templates;

/// <summary>The sandbox makes Scriban's built-in modules on first use; they must be the ones Scriban offers, less what the sandbox removes.</summary>
public sealed class SandboxBuiltinsTests
{
    [Fact]
    public void The_sandbox_offers_every_top_level_builtin_of_Scriban_but_include_join()
    {
        var scriban = new TemplateContext().BuiltinObject.Keys.Where(k => k != "include_join").Order(StringComparer.Ordinal);
        Assert.Equal(scriban, SandboxBuiltins.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_module_works_in_a_template_and_keeps_its_members_but_the_removed_ones()
    {
        var scriban = new TemplateContext().BuiltinObject;
        foreach (var module in SandboxBuiltins.Names.Where(n => scriban[n] is Scriban.Runtime.ScriptObject))
        {
            var expected = ((Scriban.Runtime.ScriptObject)scriban[module]!).Keys
                .Where(member => !SandboxBuiltins.Removed.Contains((module, member)))
                .Order(StringComparer.Ordinal);
            var builtins = new SandboxBuiltins(new PartialFunction());
            Assert.True(builtins.Contains(module), module);
            Assert.Equal(expected, ((Scriban.Runtime.ScriptObject)builtins[module]!).Keys.Order(StringComparer.Ordinal));
        }

        using var template = new TemplateFolder(
            "# {{ situation.title | string.upcase }}\n\n" +
            "{{ [3, 1, 2] | array.sort | array.join \",\" }} {{ 2.567 | math.round 1 }} {{ \"<b>\" | html.escape }} " +
            "{{ \"a1b\" | regex.replace `\\d` \"-\" }} {{ timespan.from_days 2 | object.typeof }} {{ date.parse \"2023-11-14\" | date.to_string \"%Y\" }} " +
            "{{ object.typeof 1 }}\n");
        var loaded = BriefTemplate.Load(template.Root);
        var (situation, _) = BriefBuilder.LoadChecked(TemplateTestSupport.Kidal);
        var markdown = TemplateRenderer.Render(loaded, situation);
        Assert.Contains("# MALI: THE FALL OF KIDAL", markdown);
        Assert.Contains("1,2,3 2.6 &lt;b&gt; a-b object 2023 number", markdown.Replace("\\", ""));
    }
}
