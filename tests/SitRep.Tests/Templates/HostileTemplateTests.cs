using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Templates;

/// <summary>
/// Broken and hostile templates fail with one clear finding (file:line:col: message) and no PDF:
/// unknown names, syntax errors, escapes from the template folder, recursion and runaway output.
/// </summary>
[Collection(TemplateCollection.Name)]
public sealed class HostileTemplateTests
{
    [Fact]
    public void A_custom_template_folder_builds()
    {
        using var template = new TemplateFolder(
            """
            {{> head}}

            {{#each summary}}
            - {{text}} {{cite source}}
            {{/each}}

            {{keyfigures "pop-kidal-area" "refugees-algerian-border"}}

            {{chart "drawdown" "half"}}
            """,
            ("partials/head.hbs", "# {{situation.title}}\n\nAs of {{situation.as_of}}\n"),
            ("theme.yaml", "justify: false\nmarking: FOR INTERNAL USE\ncolors: { accent: \"#2a7f62\" }\n"));
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "custom.pdf");

        var result = TemplateTestSupport.Build(template.Root, pdf);

        Assert.Equal(1, result.PageCount);
        var text = TemplateTestSupport.Text(pdf);
        Assert.Contains("Mali: The Fall of Kidal", text);
        Assert.Contains("FOR INTERNAL USE", text);
        Assert.Contains("MINUSMA drawdown", text);
    }

    [Fact]
    public void An_unknown_variable_is_reported_at_its_line_and_column()
    {
        using var template = new TemplateFolder("# Title\n\nAs of {{situation.as_of}}.\n\nWritten by   {{situation.autor}}\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.EndsWith("brief.md.hbs", error.Location.File);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal(16, error.Location.Column);
        Assert.Equal("unknown variable 'situation.autor'", error.Message);
    }

    [Fact]
    public void An_unknown_variable_in_a_loop_is_reported()
    {
        using var template = new TemplateFolder("{{#each summary}}\n- {{txt}}\n{{/each}}\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(5, error.Location.Column);
        Assert.Contains("unknown variable 'txt'", error.Message);
    }

    [Fact]
    public void An_unknown_helper_is_reported_with_a_suggestion()
    {
        using var template = new TemplateFolder("# Brief\n\n{{format_numbr 12000}}\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(3, error.Location.Column);
        Assert.Contains("unknown helper 'format_numbr'", error.Message);
        Assert.Contains("format_number", error.Message);
    }

    [Fact]
    public void A_helper_called_with_a_wrong_id_is_reported()
    {
        using var template = new TemplateFolder("# Brief\n\n{{chart \"locater\" \"small\"}}\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("unknown chart id 'locater'", error.Message);
        Assert.Contains("locator", error.Message);
    }

    [Fact]
    public void An_unknown_partial_is_reported()
    {
        using var template = new TemplateFolder("# Brief\n\n{{> sauces}}\n", ("partials/sources.hbs", "# Sources\n"));
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(1, error.Location.Column);
        Assert.Contains("unknown partial 'sauces'", error.Message);
        Assert.Contains("sources", error.Message);
    }

    [Fact]
    public void An_unclosed_block_is_reported_where_it_opens()
    {
        using var template = new TemplateFolder("# Brief\n\n{{#each summary}}\n- {{text}}\n{{/each}}\n\n  {{#each judgments}}\n- {{text}}\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.EndsWith("brief.md.hbs", error.Location.File);
        Assert.Equal("template", error.Code);
        Assert.Equal(7, error.Location.Line);
        Assert.Equal(3, error.Location.Column);
        Assert.Equal("the template ends before block expression '#each' was closed; add '{{/each}}' where the block opened here should end", error.Message);
    }

    [Fact]
    public void A_closing_tag_without_its_block_is_reported()
    {
        using var template = new TemplateFolder("# Brief\n\n{{#if situation.subtitle}}x\n{{/each}}\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("'{{/each}}' closes a block that was never opened", error.Message);
    }

    [Fact]
    public void A_syntax_error_in_a_partial_is_reported_in_the_partial_at_its_line()
    {
        using var template = new TemplateFolder("{{> broken}}\n", ("partials/broken.hbs", "first line\n# {{situation.title}\n"));
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.EndsWith(Path.Combine("partials", "broken.hbs"), error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.StartsWith("syntax error:", error.Message);
    }

    [Theory]
    [InlineData("{{> ../secret}}")]
    [InlineData("{{> partials/../../secret}}")]
    [InlineData("{{> /etc/passwd}}")]
    [InlineData("{{> (lookup situation 'title')}}")]
    public void A_partial_named_by_a_path_or_computed_is_refused(string call)
    {
        using var template = new TemplateFolder("# Brief\n\n" + call + "\n");
        template.Write("../secret.hbs", "stolen");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("is not allowed", error.Message);
        Assert.Contains("partials/", error.Message);
    }

    [Fact]
    public void An_entry_outside_the_folder_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n");
        template.Write("../outside.hbs", "stolen");
        template.Write("template.yaml", "name: custom\nentry: ../outside.hbs\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("'..'", error.Message);
    }

    [Fact]
    public void An_absolute_entry_path_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n");
        var outside = Path.Combine(template.Outside, "outside.hbs");
        File.WriteAllText(outside, "stolen");
        template.Write("template.yaml", $"name: custom\nentry: {outside}\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("must be a relative path inside the template folder", error.Message);
    }

    [Fact]
    public void An_absolute_logo_path_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n", ("theme.yaml", "logo: /etc/hostname\n"));
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("must be a relative path inside the template folder", error.Message);
    }

    [Fact]
    public void A_symlinked_partial_pointing_outside_is_not_read()
    {
        using var template = new TemplateFolder("# Brief\n\n{{> leak}}\n", ("partials/ok.hbs", "fine\n"));
        var secret = Path.Combine(template.Outside, "secret.hbs");
        File.WriteAllText(secret, "SECRET-CONTENT");
        File.CreateSymbolicLink(Path.Combine(template.Root, "partials", "leak.hbs"), secret);

        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("unknown partial 'leak'", error.Message);
        Assert.DoesNotContain("SECRET", error.Message);
    }

    [Fact]
    public void A_symlinked_partials_folder_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n\n{{> leak}}\n");
        var outsideFolder = Directory.CreateDirectory(Path.Combine(template.Outside, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outsideFolder, "leak.hbs"), "SECRET-CONTENT");
        Directory.CreateSymbolicLink(Path.Combine(template.Root, "partials"), outsideFolder);

        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void A_symlinked_logo_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n", ("theme.yaml", "logo: logo.png\n"));
        var outside = Path.Combine(template.Outside, "logo.png");
        File.WriteAllBytes(outside, [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0, 0, 0]);
        File.CreateSymbolicLink(Path.Combine(template.Root, "logo.png"), outside);

        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n\n{{> loop}}\n", ("partials/loop.hbs", "again {{> loop}}\n"));
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("cycle", error.Message);
        Assert.Contains("loop.hbs", error.Message);
    }

    [Fact]
    public void Partials_that_call_each_other_in_a_cycle_are_refused()
    {
        using var template = new TemplateFolder("{{> ping}}\n", ("partials/ping.hbs", "{{> pong}}\n"), ("partials/pong.hbs", "{{> ping}}\n"));
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("cycle", error.Message);
    }

    [Fact]
    public void A_chain_of_partials_nested_too_deep_is_refused_before_rendering()
    {
        var files = Enumerable.Range(1, 9)
            .Select(i => ($"partials/p{i}.hbs", i < 9 ? $"level {i} {{{{> p{i + 1}}}}}\n" : "end\n"))
            .ToArray();
        using var template = new TemplateFolder("{{> p1}}\n", files);
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.EndsWith(Path.Combine("partials", "p8.hbs"), error.Location.File);
        Assert.Equal(1, error.Location.Line);
        Assert.Equal(9, error.Location.Column);
        Assert.Contains("partials nest 9 levels deep", error.Message);
        Assert.Contains($"the limit is {TemplateRenderer.MaxPartialDepth}", error.Message);
    }

    [Fact]
    public void A_chain_of_partials_at_the_limit_builds()
    {
        var files = Enumerable.Range(1, 8)
            .Select(i => ($"partials/p{i}.hbs", i < 8 ? $"level {i} {{{{> p{i + 1}}}}}\n" : "{{situation.title}}\n"))
            .ToArray();
        using var template = new TemplateFolder("{{> p1}}\n", files);
        using var output = new TempFolder();
        var result = TemplateTestSupport.Build(template.Root, Path.Combine(output.Path, "brief.pdf"));
        Assert.Contains("Mali: The Fall of Kidal", result.Markdown);
    }

    [Fact]
    public void Loops_nested_too_deep_are_refused()
    {
        var nested = string.Concat(Enumerable.Repeat("{{#each figures}}", 5)) + "x" + string.Concat(Enumerable.Repeat("{{/each}}", 5));
        using var template = new TemplateFolder(nested + "\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("nested 5 deep", error.Message);
        Assert.Contains($"limit is {TemplateRenderer.MaxLoopNesting}", error.Message);
    }

    [Fact]
    public void Loops_nested_too_deep_through_partials_are_refused()
    {
        using var template = new TemplateFolder(
            "{{#each figures}}{{#each figures}}{{> inner}}{{/each}}{{/each}}\n",
            ("partials/inner.hbs", "{{#each figures}}{{#each figures}}{{#each figures}}x{{/each}}{{/each}}{{/each}}"));
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("counting partials", error.Message);
    }

    [Fact]
    public void Nested_loops_producing_huge_output_are_stopped()
    {
        // 14 figures × 23 timeline events × 14 figures × 23 events ≈ 100,000 rows of ~100 characters.
        var bomb = "{{#each figures}}{{#each ../timeline}}{{#each ../../figures}}{{#each ../../../timeline}}"
            + "{{text}} {{text}} {{text}}\n"
            + "{{/each}}{{/each}}{{/each}}{{/each}}\n";
        using var template = new TemplateFolder(bomb);
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("million characters", error.Message);
        Assert.Contains("capped", error.Message);
    }

    [Fact]
    public void A_chain_of_partials_multiplying_output_is_stopped()
    {
        // Each level calls the next ten times: 10^7 copies of the title without any loop.
        var files = new List<(string, string)>();
        for (var level = 1; level <= 7; level++)
        {
            var next = level == 7 ? "{{situation.title}} " : $"{{{{> p{level + 1}}}}}";
            files.Add(($"partials/p{level}.hbs", string.Concat(Enumerable.Repeat(next, 10))));
        }

        using var template = new TemplateFolder("{{> p1}}\n", files.ToArray());
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Contains("million characters", error.Message);
    }

    [Theory]
    [InlineData("{{{situation.title}}}")]
    [InlineData("{{& situation.title}}")]
    public void Unescaped_output_is_refused(string expression)
    {
        using var template = new TemplateFolder("# Brief\n\nTitle: " + expression + "\n");
        var error = TemplateTestSupport.BuildFails(template.Root);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(8, error.Location.Column);
        Assert.Contains("without escaping", error.Message);
    }

    [Fact]
    public void A_partial_call_inside_a_comment_is_not_a_call()
    {
        using var template = new TemplateFolder("{{!-- an example: {{> nothing}} --}}\n# {{situation.title}}\n");
        using var output = new TempFolder();
        var result = TemplateTestSupport.Build(template.Root, Path.Combine(output.Path, "brief.pdf"));
        Assert.Contains("# Mali: The Fall of Kidal", result.Markdown);
    }

    [Fact]
    public void Data_cannot_inject_markdown_or_html()
    {
        Assert.Equal("\\<script\\> \\*bold\\* \\[x\\](y)", MarkdownText.Escape("<script> *bold* [x](y)"));
    }
}
