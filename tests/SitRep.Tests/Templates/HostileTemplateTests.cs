using System.Diagnostics;
using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Templates;

/// <summary>
/// Broken and hostile templates are refused through the CLI with exit code 1, each problem at its
/// file, line and column, no stack trace, within seconds, and the previous PDF left as it was.
/// </summary>
[Collection(TemplateCollection.Name)]
public sealed class HostileTemplateTests
{
    private const string Entry = @"custom/brief\.sbn";
    private const string Partial = @"custom/partials/";

    [Fact]
    public void A_custom_template_folder_builds()
    {
        using var template = new TemplateFolder(
            """
            {{ include "head" ~}}

            {{~ for s in summary ~}}
            - {{ s.text }} {{ cite s.source }}
            {{~ end ~}}

            {{ keyfigures "pop-kidal-area" "refugees-algerian-border" }}

            {{ chart "drawdown" "half" }}
            """,
            ("partials/head.sbn", "# {{ situation.title }}\n\nAs of {{ situation.as_of }}\n"),
            ("theme.yaml", "justify: false\nmarking: FOR INTERNAL USE\ncolors: { accent: \"#2a7f62\" }\npage_size: A5\n"));
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "custom.pdf");

        var result = TemplateTestSupport.Build(template.Root, pdf);

        Assert.InRange(result.PageCount, 1, 3);
        var text = TemplateTestSupport.Text(pdf);
        Assert.Contains("Mali: The Fall of Kidal", text);
        Assert.Contains("FOR INTERNAL USE", text);
        Assert.Contains("MINUSMA drawdown", text);
        Assert.Matches(@"Page size:\s+(419|420)(\.\d+)? x 595", TemplateTestSupport.Run("pdfinfo", pdf));
    }

    [Fact]
    public void An_unknown_variable_is_reported_where_it_is_used_wrongly_not_at_its_first_use()
    {
        // 'author' is right on line 3 and misspelt on line 5: the error is on line 5.
        using var template = new TemplateFolder("# Title\n\nBy {{ situation.author }}.\n\nWritten by   {{ situation.autor }}\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + @":5:\d+: error: no field 'autor' here \(did you mean 'author'\?\)");
    }

    [Fact]
    public void All_unknown_names_of_a_template_are_reported_in_one_run()
    {
        using var template = new TemplateFolder("{{ for s in summary }}\n- {{ s.text }} {{ txt }}\n{{ end }}\n{{ format_numbr 12000 }}\n", ("partials/x.sbn", "{{ situaton.title }}\n"));
        var stderr = TemplateTestSupport.CliRejects(template.Root,
            Entry + @":2:\d+: error: unknown variable 'txt'",
            Entry + @":4:4: error: unknown function 'format_numbr' \(did you mean 'format_number'\?\)",
            Partial + @"x\.sbn:1:4: error: unknown variable 'situaton' \(did you mean 'situation'\?\)");
        Assert.Contains("3 errors", stderr);
    }

    [Fact]
    public void A_function_called_with_a_wrong_id_is_reported_at_the_argument()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ chart \"locater\" \"small\" }}\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + @":3:10: error: chart: unknown chart id 'locater' \(did you mean 'locator'\?\)");
    }

    [Theory]
    [InlineData("{{ format_number \"many\" }}", @"format_number: needs a number as argument 1, not the text ""many""")]
    [InlineData("{{ quote_excerpt quotes[0] 0 }}", "quote_excerpt: the maximum number of characters must be a whole number")]
    [InlineData("{{ keyfigures \"a\" \"b\" \"c\" \"d\" \"e\" \"f\" \"g\" }}", "keyfigures: takes 0 to 6 arguments, not 7")]
    [InlineData("{{ judgment summary[0] }}", "judgment: 'sum-[a-z-]+' is not a judgment")]
    [InlineData("{{ cite 42 }}", "cite: unknown source id '42'")]
    public void A_bad_function_argument_is_reported_with_the_function_and_the_problem(string call, string message)
    {
        using var template = new TemplateFolder("# Brief\n\n" + call + "\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + @":3:\d+: error: " + message);
    }

    [Fact]
    public void An_error_inside_an_include_is_reported_in_the_included_file()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ include \"inner\" }}\n", ("partials/inner.sbn", "line one\n\n{{ figure \"no-such-figure\" }}\n"));
        TemplateTestSupport.CliRejects(template.Root, Partial + @"inner\.sbn:3:11: error: figure: unknown figure id 'no-such-figure'");
    }

    [Fact]
    public void A_syntax_error_in_a_partial_is_reported_in_the_partial_with_the_entry_error_in_the_same_run()
    {
        using var template = new TemplateFolder("{{ include \"broken\" }}\n{{ if }}x{{ end }}\n", ("partials/broken.sbn", "first line\n# {{ situation.title ) }}\n"));
        TemplateTestSupport.CliRejects(template.Root, Partial + @"broken\.sbn:2:\d+: error: syntax error", Entry + @":2:\d+: error: syntax error");
    }

    [Theory]
    [InlineData("{{ for }}{{ end }}")]
    [InlineData("{{ if }}x{{ end }}")]
    [InlineData("{{ for s in summary }}")]
    [InlineData("{{ end }}")]
    [InlineData("{{ }}{{ ) }}")]
    public void Empty_or_unbalanced_blocks_are_syntax_errors_not_crashes(string text)
    {
        using var template = new TemplateFolder("# Brief\n\n" + text + "\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + @":3:\d+: error: (syntax error: |this '[a-z]+' has no matching 'end')");
    }

    [Theory]
    [InlineData("{{ include \"../secret\" }}", "is not allowed")]
    [InlineData("{{ include \"partials/../../secret\" }}", "is not allowed")]
    [InlineData("{{ include \"/etc/passwd\" }}", "is not allowed")]
    [InlineData("{{ include situation.title }}", "a name computed while the template runs is not allowed")]
    [InlineData("{{ include \"sauces\" }}", @"unknown partial 'sauces'.*did you mean 'sources'")]
    [InlineData("{{ include_join \", \" [\"sources\"] }}", "unknown function 'include_join'")]
    [InlineData("{{ object.eval_template \"{{ 1 }}\" }}", "eval_template")]
    [InlineData("{{ date.now }}", "now")]
    [InlineData("{{ math.random 1 10 }}", "random")]
    [InlineData("{{ math.uuid }}", "uuid")]
    [InlineData("{{ summary.Count }}{{ summary.Length }}", "Count")]
    public void Reaching_outside_the_folder_or_the_sandbox_is_refused(string call, string message)
    {
        using var template = new TemplateFolder("# Brief\n\n" + call + "\n", ("partials/sources.sbn", "# Sources\n"));
        template.Write("../secret.sbn", "stolen");
        var stderr = TemplateTestSupport.CliRejects(template.Root, Entry + @":3:\d+: error: .*" + message);
        Assert.DoesNotContain("stolen", stderr);
    }

    [Fact]
    public void A_hard_link_to_etc_passwd_inside_the_template_folder_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ include \"leak\" }}\n");
        Directory.CreateDirectory(Path.Combine(template.Root, "partials"));
        var link = Path.Combine(template.Root, "partials", "leak.sbn");
        if (!TryHardLink("/etc/passwd", link))
        {
            // /etc is on another file system here: link a file outside the template instead.
            var outside = Path.Combine(template.Outside, "secret.txt");
            File.WriteAllText(outside, "root:x:0:0:secret");
            Assert.True(TryHardLink(outside, link), "could not create a hard link for the test");
        }

        TemplateTestSupport.CliRejects(template.Root, Partial + @"leak\.sbn:1:1: error: .*hard links");
    }

    [Fact]
    public void A_symlinked_partial_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ include \"leak\" }}\n", ("partials/ok.sbn", "fine\n"));
        var secret = Path.Combine(template.Outside, "secret.sbn");
        File.WriteAllText(secret, "SECRET-CONTENT");
        File.CreateSymbolicLink(Path.Combine(template.Root, "partials", "leak.sbn"), secret);
        var stderr = TemplateTestSupport.CliRejects(template.Root, Partial + @"leak\.sbn:1:1: error: .*symbolic link");
        Assert.DoesNotContain("SECRET", stderr);
    }

    [Fact]
    public void A_symlinked_partials_folder_is_refused()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ include \"leak\" }}\n");
        var outsideFolder = Directory.CreateDirectory(Path.Combine(template.Outside, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outsideFolder, "leak.sbn"), "SECRET-CONTENT");
        Directory.CreateSymbolicLink(Path.Combine(template.Root, "partials"), outsideFolder);
        TemplateTestSupport.CliRejects(template.Root, @"custom/partials:1:1: error: .*symbolic link");
    }

    [Fact]
    public void A_fifo_among_the_partials_is_refused_without_blocking()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ include \"pipe\" }}\n");
        Directory.CreateDirectory(Path.Combine(template.Root, "partials"));
        var fifo = Path.Combine(template.Root, "partials", "pipe.sbn");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
            mkfifo.WaitForExit();
        TemplateTestSupport.CliRejects(template.Root, Partial + @"pipe\.sbn:1:1: error: .*not a regular file");
    }

    [Fact]
    public void Partials_that_include_each_other_in_a_cycle_are_refused_before_rendering()
    {
        using var template = new TemplateFolder("{{ include \"ping\" }}\n", ("partials/ping.sbn", "{{ include \"pong\" }}\n"), ("partials/pong.sbn", "x\n{{ include \"ping\" }}\n"));
        TemplateTestSupport.CliRejects(template.Root, Partial + @"pong\.sbn:2:4: error: partials include each other in a cycle: partials/ping\.sbn → partials/pong\.sbn → partials/ping\.sbn");
    }

    [Fact]
    public void A_chain_of_partials_nested_too_deep_is_refused_at_the_include_that_goes_too_deep()
    {
        var files = Enumerable.Range(1, 9)
            .Select(i => ($"partials/p{i}.sbn", i < 9 ? $"level {i} {{{{ include \"p{i + 1}\" }}}}\n" : "end\n"))
            .ToArray();
        using var template = new TemplateFolder("{{ include \"p1\" }}\n", files);
        TemplateTestSupport.CliRejects(template.Root, Partial + $@"p8\.sbn:1:12: error: partials nest 9 levels deep .*the limit is {TemplateRenderer.MaxPartialDepth}");
    }

    [Fact]
    public void A_chain_of_partials_at_the_limit_builds()
    {
        var files = Enumerable.Range(1, 8)
            .Select(i => ($"partials/p{i}.sbn", i < 8 ? $"level {i} {{{{ include \"p{i + 1}\" }}}}\n" : "{{ situation.title }}\n"))
            .ToArray();
        using var template = new TemplateFolder("{{ include \"p1\" }}\n", files);
        using var output = new TempFolder();
        var result = TemplateTestSupport.Build(template.Root, Path.Combine(output.Path, "brief.pdf"));
        Assert.Contains("Mali: The Fall of Kidal", result.Markdown);
    }

    [Fact]
    public void Partials_each_including_the_next_thirty_times_eight_deep_stop_at_once()
    {
        var files = Enumerable.Range(1, 8)
            .Select(i => ($"partials/p{i}.sbn", i < 8 ? string.Concat(Enumerable.Repeat($"{{{{ include \"p{i + 1}\" }}}}", 30)) : "{{ situation.title }}"))
            .ToArray();
        using var template = new TemplateFolder("{{ include \"p1\" }}\n", files);
        TemplateTestSupport.CliRejects(template.Root, @"custom/partials/p\d\.sbn:1:\d+: error: include: partials were included more than \d+ times");
    }

    [Fact]
    public void Eight_nested_loops_stop_on_the_loop_limit()
    {
        var loops = string.Concat(Enumerable.Range(1, 8).Select(i => $"{{{{ for x{i} in figures }}}}")) + "{{ x8.label }}" + string.Concat(Enumerable.Repeat("{{ end }}", 8));
        using var template = new TemplateFolder("# Brief\n" + loops + "\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + $@":2:\d+: error: loops ran more than {TemplateRenderer.MaxLoopSteps} steps");
    }

    [Fact]
    public void A_function_that_calls_itself_twice_stops_on_the_time_budget_or_a_limit()
    {
        using var template = new TemplateFolder("# Brief\n{{ func f(n) }}{{ if n > 0 }}{{ f(n - 1) }}{{ f(n - 1) }}{{ end }}{{ end }}\n{{ f(60) }}\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + @":\d+:\d+: error: (the template ran for more than|the template produced more than)");
    }

    [Fact]
    public void Huge_output_fails_rather_than_being_cut()
    {
        using var template = new TemplateFolder("# Brief\n{{ for i in 1..9000 }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ situation.subtitle }}{{ end }}\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + @":2:\d+: error: the template produced more than 12 million characters");
    }

    [Fact]
    public void A_huge_string_fails_rather_than_being_cut()
    {
        using var template = new TemplateFolder("# Brief\n{{ x = situation.subtitle }}{{ for i in 1..20 }}{{ x = x + x }}{{ end }}{{ x | string.size }}\n");
        TemplateTestSupport.CliRejects(template.Root, Entry + @":2:\d+: error: ");
    }

    [Fact]
    public void Data_is_escaped_for_markdown_and_functions_write_markdown()
    {
        Assert.Equal("\\<script\\> \\*bold\\* \\[x\\](y)", MarkdownText.Escape("<script> *bold* [x](y)"));
        using var template = new TemplateFolder("# {{ \"*not bold* <b>\" }}\n\n{{ cite \"rfi\" }}\n");
        using var output = new TempFolder();
        var result = TemplateTestSupport.Build(template.Root, Path.Combine(output.Path, "brief.pdf"));
        Assert.Contains("# \\*not bold\\* \\<b\\>", result.Markdown);
        Assert.Contains("[1](cite:rfi)", result.Markdown);
    }

    [Fact]
    public void Each_render_gets_a_fresh_context()
    {
        using var template = new TemplateFolder("{{ count = 1 }}{{ for s in summary }}{{ count = count + 1 }}{{ end }}# {{ situation.title }} {{ count }}\n");
        var loaded = BriefTemplate.Load(template.Root);
        var (situation, _) = Pipeline.BriefBuilder.LoadChecked(TemplateTestSupport.Kidal);
        var first = TemplateRenderer.Render(loaded, situation);
        var watch = Stopwatch.StartNew();
        var second = TemplateRenderer.Render(loaded, situation);
        Assert.Equal(first, second);
        Assert.Contains("Mali: The Fall of Kidal", second);
        Assert.True(watch.ElapsedMilliseconds < 2000);
    }

    private static bool TryHardLink(string target, string link)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", [target, link]) { RedirectStandardError = true });
        ln!.WaitForExit();
        return ln.ExitCode == 0 && File.Exists(link);
    }
}
