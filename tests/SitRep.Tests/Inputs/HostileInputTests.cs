using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using SitRep.Extracts;
using SitRep.Pipeline;

namespace SitRep.Tests.Inputs;

/// <summary>
/// Each input that once hung, crashed, escaped its folder or changed a brief's bytes, tried again
/// through the real CLI: the exit code, the message (file:line:col), the time it takes, and that
/// nothing was written or left behind.
/// </summary>
[Collection(InputsCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);

    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int HardLink([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    private string Template()
    {
        var folder = Path.Combine(box.Dir, "tpl");
        if (!Directory.Exists(folder))
            Support.TestFiles.CopyDirectory(Path.Combine(Sandbox.RepoRoot, "templates", "analyst"), folder);
        return folder;
    }

    private (CliResult Result, TimeSpan Took) Timed(string[] args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var clock = Stopwatch.StartNew();
        var result = box.Run(args, Bound + TimeSpan.FromSeconds(15), workingDirectory: workingDirectory, environment: environment);
        Assert.False(result.TimedOut, result.ToString());
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:0.0} s\n{result}");
        Sandbox.AssertNoStackTrace(result);
        return (result, clock.Elapsed);
    }

    private CliResult BuildWith(string? template = null)
    {
        var args = new List<string> { "build", "--situation", box.Situation, "--out", box.Output, "--force" };
        if (template is not null)
            args.AddRange(["--template", template]);
        return Timed([.. args]).Result;
    }

    /// <summary>A successful build: a whole new PDF, no temporary file, and the manifest's inputs.</summary>
    private List<ManifestInput> AssertBuilt(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        var pdf = File.ReadAllBytes(box.Output);
        Assert.NotEqual(Sandbox.PreviousPdf, pdf);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text);
        Assert.EndsWith("%%EOF", text.TrimEnd());
        var left = Directory.EnumerateFileSystemEntries(box.OutDir).Select(Path.GetFileName).Where(n => n is not ("brief.pdf" or "manifest.json" or "editions")).ToList();
        Assert.True(left.Count == 0, "left behind: " + string.Join(", ", left));
        var manifest = BuildManifest.Load(box.OutDir);
        return Assert.Single(manifest.Briefs).Inputs;
    }

    [Fact]
    public void A_fifo_nothing_names_in_the_situation_or_template_is_neither_read_nor_hashed()
    {
        var template = Template();
        Assert.Equal(0, MkFifo(box.PathOf("notes.fifo"), Convert.ToUInt32("644", 8)));
        Assert.Equal(0, MkFifo(box.PathOf("sources/extra.txt"), Convert.ToUInt32("644", 8)));
        Assert.Equal(0, MkFifo(Path.Combine(template, "spare.sbn"), Convert.ToUInt32("644", 8)));

        var inputs = AssertBuilt(BuildWith(template));

        Assert.DoesNotContain(inputs, i => i.Path.Contains("fifo", StringComparison.Ordinal) || i.Path.Contains("extra", StringComparison.Ordinal) || i.Path.Contains("spare", StringComparison.Ordinal));
        Assert.Contains(inputs, i => i.Kind == "template" && i.Path == "brief.sbn");
    }

    [Fact]
    public void A_fifo_among_the_partials_is_refused_at_once()
    {
        // The template loads every partial of partials/, so a FIFO there is named by the template.
        var template = Template();
        Assert.Equal(0, MkFifo(Path.Combine(template, "partials", "spare.sbn"), Convert.ToUInt32("644", 8)));

        var result = BuildWith(template);

        box.AssertRejected(result, "partials/spare.sbn:1:1: error: is not a regular file (a FIFO, device or socket)");
    }

    [Theory]
    [InlineData("theme.yaml", "colors: ")]
    [InlineData("template.yaml", "extra: ")]
    public void A_template_file_nested_200000_deep_is_refused_at_the_bracket_that_goes_too_deep(string file, string key)
    {
        var template = Template();
        File.AppendAllText(Path.Combine(template, file), "\n" + key + new string('[', 200_000) + new string(']', 200_000) + "\n");

        var result = BuildWith(template);

        box.AssertRejected(result, file + ":", "nested more than 64 levels deep");
    }

    [Fact]
    public void A_link_to_dev_zero_in_a_template_folder_is_not_read()
    {
        var template = Template();
        File.CreateSymbolicLink(Path.Combine(template, "zero.bin"), "/dev/zero");

        var inputs = AssertBuilt(BuildWith(template));

        Assert.DoesNotContain(inputs, i => i.Path == "zero.bin");
    }

    [Fact]
    public void A_logo_linked_to_dev_zero_is_refused_at_the_theme()
    {
        var template = Template();
        File.CreateSymbolicLink(Path.Combine(template, "logo.png"), "/dev/zero");
        File.AppendAllText(Path.Combine(template, "theme.yaml"), "\nlogo: logo.png\n");

        var result = BuildWith(template);

        box.AssertRejected(result, "logo.png", "symbolic link");
    }

    [Fact]
    public void A_sparse_file_of_1_9_GB_in_a_template_folder_is_not_read()
    {
        var template = Template();
        using (var stream = new FileStream(Path.Combine(template, "huge.bin"), FileMode.CreateNew))
            stream.SetLength(1900L * 1024 * 1024);

        var inputs = AssertBuilt(BuildWith(template));

        Assert.DoesNotContain(inputs, i => i.Path == "huge.bin");
    }

    [Fact]
    public void A_title_of_one_10000_character_word_is_an_error_at_the_title()
    {
        box.Replace("situation.yaml", "title: \"Mali: The Fall of Kidal\"", "title: " + new string('W', 10_000));

        var result = BuildWith();

        box.AssertRejected(result, $"situation.yaml:{box.LineOf("situation.yaml", "title: WWW")}:8: error: 'title' is 10,000 characters long; at most {YamlBounds.MaxShortFieldChars} are allowed");
    }

    [Fact]
    public void A_timeline_event_in_year_1_builds()
    {
        box.Replace("timeline.yaml", "date: \"1960\"", "date: \"0001\"");

        AssertBuilt(BuildWith());
    }

    [Fact]
    public void A_figure_of_1e308_is_an_error_at_the_value()
    {
        box.Replace("figures.yaml", "value: 68000", "value: 1e308");

        var result = BuildWith();

        box.AssertRejected(result, $"figures.yaml:{box.LineOf("figures.yaml", "value: 1e308")}:12: error: figure 'pop-kidal-area'");
    }

    [Fact]
    public void A_margin_of_400_mm_is_an_error_at_the_margins()
    {
        var template = Template();
        var theme = Path.Combine(template, "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("top: 22", "top: 400", StringComparison.Ordinal));

        var result = BuildWith(template);

        box.AssertRejected(result, "theme.yaml:2:10: error: the margins leave -123 mm for the text");
    }

    private void Keywords(string list) =>
        box.Edit("situation.yaml", text => System.Text.RegularExpressions.Regex.Replace(text, "(?m)^keywords:.*$", "keywords: " + list));

    [Fact]
    public void Twelve_thousand_aliases_of_a_100_KB_string_are_refused_before_anything_expands_them()
    {
        Keywords("[&k \"" + new string('x', 100_000) + "\", " + string.Join(", ", Enumerable.Repeat("*k", 12_000)) + "]");

        var result = BuildWith();

        box.AssertRejected(result, $"situation.yaml:{box.LineOf("situation.yaml", "keywords: [&k")}:", "error: 'keywords' is 100,000 characters long");
    }

    [Fact]
    public void Twelve_thousand_aliases_of_a_40_KB_string_break_the_expanded_size()
    {
        Keywords("[&k \"" + new string('x', 40_000) + "\", " + string.Join(", ", Enumerable.Repeat("*k", 12_000)) + "]");

        var result = BuildWith();

        box.AssertRejected(result, $"situation.yaml:{box.LineOf("situation.yaml", "keywords: [&k")}:", $"error: with its aliases expanded the file would hold more than {YamlBounds.MaxExpandedChars:N0} characters");
    }

    [Fact]
    public void Three_hundred_thousand_aliases_are_refused_at_once()
    {
        Keywords("[&k Mali, " + string.Join(", ", Enumerable.Repeat("*k", 300_000)) + "]");

        var result = BuildWith();

        box.AssertRejected(result, "situation.yaml:", "error: the list holds 300,001 items; at most 20,000 are allowed in one list");
    }

    [Fact]
    public void More_aliases_than_the_bound_are_refused_even_in_a_short_list()
    {
        Keywords("[&k Mali, " + string.Join(", ", Enumerable.Repeat("*k", YamlBounds.MaxAliases + 1)) + "]");

        var result = BuildWith();

        box.AssertRejected(result, "situation.yaml:", $"error: more than {YamlBounds.MaxAliases:N0} aliases ('*name') in one file");
    }

    [Fact]
    public void A_link_to_etc_shadow_or_a_hard_link_to_a_file_outside_is_never_hashed()
    {
        var template = Template();
        File.CreateSymbolicLink(Path.Combine(template, "shadow"), "/etc/shadow");
        var outside = Path.Combine(box.Dir, "outside.txt");
        File.WriteAllText(outside, "a file that belongs to someone else");
        Assert.Equal(0, HardLink(outside, Path.Combine(template, "linked.txt")));
        Assert.Equal(0, HardLink(outside, box.PathOf("linked.txt")));

        var inputs = AssertBuilt(BuildWith(template));

        var outsideHash = BuildInputs.Sha256OfFile(outside);
        Assert.DoesNotContain(inputs, i => i.Path is "shadow" or "linked.txt" || i.Sha256 == outsideHash);
        Assert.DoesNotContain(outsideHash, File.ReadAllText(BuildManifest.PathIn(box.OutDir)));
    }

    [Fact]
    public void A_template_that_registers_Noto_Serif_does_not_change_the_analyst_brief()
    {
        var theirs = Path.Combine(box.Dir, "theirs");
        Support.TestFiles.CopyDirectory(Path.Combine(Sandbox.RepoRoot, "templates", "analyst"), theirs);
        Directory.CreateDirectory(Path.Combine(theirs, "fonts"));
        File.Copy(Path.Combine(Sandbox.RepoRoot, "assets", "fonts", "NotoSans-Regular.ttf"), Path.Combine(theirs, "fonts", "other.ttf"));
        File.AppendAllText(Path.Combine(theirs, "theme.yaml"), "\nfont_files:\n  - { family: Noto Serif, file: fonts/other.ttf }\n");
        var together = Path.Combine(box.Dir, "together");
        var alone = Path.Combine(box.Dir, "alone");
        Directory.CreateDirectory(together);
        Directory.CreateDirectory(alone);

        var both = Timed(["build", "--situation", box.Situation, "-t", theirs, "-t", "analyst"], together).Result;
        var single = Timed(["build", "--situation", box.Situation, "-t", "analyst"], alone).Result;

        Assert.True(both.ExitCode == 0, both.ToString());
        Assert.True(single.ExitCode == 0, single.ToString());
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(together, "output", "kidal-theirs.pdf")), File.ReadAllBytes(Path.Combine(together, "output", "kidal-analyst.pdf")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(alone, "output", "kidal-analyst.pdf")), File.ReadAllBytes(Path.Combine(together, "output", "kidal-analyst.pdf")));
    }

    [Fact]
    public void TZ_LANG_LC_ALL_and_DOTNET_globalization_give_the_same_bytes()
    {
        var plain = Path.Combine(box.Dir, "plain");
        var foreign = Path.Combine(box.Dir, "foreign");
        Directory.CreateDirectory(plain);
        Directory.CreateDirectory(foreign);
        var environment = new Dictionary<string, string>
        {
            ["TZ"] = "Pacific/Kiritimati",
            ["LANG"] = "ar_SA.UTF-8",
            ["LC_ALL"] = "th_TH.UTF-8",
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
            ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false",
        };

        var a = Timed(["build", "--situation", box.Situation], plain).Result;
        var b = Timed(["build", "--situation", box.Situation], foreign, environment).Result;

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain, "output", "kidal-analyst.pdf")), File.ReadAllBytes(Path.Combine(foreign, "output", "kidal-analyst.pdf")));
    }

    [Fact]
    public void A_bug_in_one_brief_does_not_stop_the_others_and_the_manifest_records_them()
    {
        var outDir = Path.Combine(box.Dir, "several");
        var plans = new[] { "analyst", "executive", "humanitarian" }
            .Select(t => new Cli.BuildCommand.BriefPlan(t, Path.Combine(outDir, $"kidal-{t}.pdf"))).ToList();
        Pipeline.BriefBuilder.PlantedFault = (_, template) =>
        {
            if (template.Manifest.Name == "executive")
                throw new InvalidOperationException("planted");
        };
        int exit;
        var clock = Stopwatch.StartNew();
        var error = Console.Error;
        var captured = new StringWriter();
        try
        {
            Console.SetError(captured);
            exit = Cli.BuildCommand.Run(box.Situation, plans, Fuzzer.Timestamp, force: true, Cli.BuildProgress.Create(quiet: true, json: false));
        }
        finally
        {
            Console.SetError(error);
            Pipeline.BriefBuilder.PlantedFault = null;
        }

        Assert.True(clock.Elapsed < Bound);
        Assert.Equal(Cli.CliApp.Bug, exit);
        var lines = captured.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bug = Assert.Single(lines, l => l.Contains("internal error", StringComparison.Ordinal));
        Assert.Contains("while building 'executive'", bug);
        Assert.DoesNotContain("   at ", captured.ToString());
        // The details went to the file the line names, and the test takes it away again.
        var report = bug[(bug.IndexOf("the details are in ", StringComparison.Ordinal) + "the details are in ".Length)..bug.IndexOf(".txt", StringComparison.Ordinal)] + ".txt";
        Assert.Contains("planted", File.ReadAllText(report), StringComparison.Ordinal);
        File.Delete(report);
        Assert.True(File.Exists(Path.Combine(outDir, "kidal-analyst.pdf")));
        Assert.True(File.Exists(Path.Combine(outDir, "kidal-humanitarian.pdf")));
        Assert.False(File.Exists(Path.Combine(outDir, "kidal-executive.pdf")));
        Assert.Equal(["kidal-analyst.pdf", "kidal-humanitarian.pdf"], BuildManifest.Load(outDir).Briefs.Select(b => b.Output).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateFiles(outDir), f => f.Contains(".tmp", StringComparison.Ordinal));
    }
}
