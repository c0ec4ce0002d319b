using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace SitRep.Tests.Templates;

/// <summary>The command line, run as a separate process: findings on stderr, exit codes, no stack traces.</summary>
[Collection(TemplateCollection.Name)]
public sealed class TemplateCliTests
{
    [Fact]
    public void A_hostile_template_fails_with_exit_code_1_and_a_located_message()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ include \"../../etc/passwd\" }}\n");
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "brief.pdf");

        var (exit, stdout, stderr) = Sitrep(output.Path, "build", "--situation", TemplateTestSupport.Kidal, "--template", template.Root, "--out", pdf);

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"brief\.sbn:3:12: error: include ""\.\./\.\./etc/passwd"" is not allowed"), stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("root:", stdout + stderr);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void An_unknown_variable_is_reported_on_stderr_with_file_line_and_column()
    {
        using var template = new TemplateFolder("# Brief\n\n{{ for j in judgments }}\n- {{ j.likelyhood }}\n{{ end }}\n");
        using var output = new TempFolder();

        var (exit, _, stderr) = Sitrep(output.Path, "build", "--situation", TemplateTestSupport.Kidal, "--template", template.Root, "--out", Path.Combine(output.Path, "brief.pdf"));

        Assert.Equal(1, exit);
        Assert.Matches(new Regex(@"brief\.sbn:4:\d+: error: .*'likelyhood'.*did you mean 'likelihood'"), stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void The_worked_example_in_the_documentation_builds_from_template_new()
    {
        var example = DocumentedExample();
        Assert.Contains("brief.sbn", example.Keys);
        Assert.Contains("theme.yaml", example.Keys);
        using var work = new TempFolder();

        var created = Sitrep(work.Path, "template", "new", "donor", "--from", "analyst");
        Assert.True(created.Exit == 0, created.Stderr);
        var folder = Path.Combine(work.Path, "templates", "donor");
        Assert.True(File.Exists(Path.Combine(folder, "partials", "masthead.sbn")));
        foreach (var (file, text) in example)
            File.WriteAllText(Path.Combine(folder, file), text);

        var pdf = Path.Combine(work.Path, "donor.pdf");
        var built = Sitrep(work.Path, "build", "--situation", TemplateTestSupport.Kidal, "--template", "templates/donor", "--out", pdf);
        Assert.True(built.Exit == 0, built.Stderr);
        var text2 = TemplateTestSupport.Text(pdf);
        Assert.Contains("Donor update", text2);
        Assert.Contains("Humanitarian needs", text2);
    }

    [Fact]
    public void Help_documents_the_exit_codes()
    {
        using var work = new TempFolder();
        var (exit, stdout, _) = Sitrep(work.Path, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Exit codes: 0 success; 1 a problem with the inputs", stdout.ReplaceLineEndings(" "));
        Assert.Contains("3 a bug in SitRep", stdout.ReplaceLineEndings(" "));
    }

    [Fact]
    public void An_unexpected_exception_exits_3_with_one_line_and_the_details_in_a_file()
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int exit;
        try
        {
            exit = Cli.CliApp.Guard(() => throw new InvalidOperationException("a deliberate failure"));
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Equal(3, exit);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("this is a bug in SitRep", line);
        Assert.DoesNotContain("   at ", line);
        Assert.DoesNotContain("InvalidOperationException", line);
        var file = Regex.Match(line, @"the details are in (?<path>\S+?)\.\s").Groups["path"].Value;
        Assert.StartsWith(Path.GetTempPath(), file);
        var details = File.ReadAllText(file);
        Assert.Contains("a deliberate failure", details);
        Assert.Contains("   at ", details);
        File.Delete(file);
    }

    /// <summary>The files of the worked example in docs/templates.md: each is a fenced block after an "example file" comment.</summary>
    private static Dictionary<string, string> DocumentedExample()
    {
        var docs = File.ReadAllText(Path.Combine(TemplateTestSupport.RepoRoot, "docs", "templates.md"));
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Regex.Matches(docs, @"<!-- example file: (?<file>[^ ]+) -->\s*```[a-z]*\n(?<text>.*?)\n```", RegexOptions.Singleline))
            files[m.Groups["file"].Value] = m.Groups["text"].Value + "\n";
        return files;
    }

    private static (int Exit, string Stdout, string Stderr) Sitrep(string workingDirectory, params string[] args) => TemplateTestSupport.Sitrep(workingDirectory, args);
}
