using System.Diagnostics;
using System.Runtime.InteropServices;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Pipeline;

namespace SitRep.Tests.Ci;

/// <summary>
/// The manifest records exactly what a brief's build read and looked up, and the next build re-reads
/// only that to decide whether to skip: an edit nothing refers to is no change, an edit to a file the
/// build used is, and so is a new file the build would now read.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ManifestInputsTests
{
    private const string Pdf = "kidal-analyst.pdf";

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    private static bool UpToDate(CiWorkspace workspace, string template = "analyst", string pdf = Pdf) =>
        BuildManifest.Load(workspace.Output).IsUpToDate(workspace.Output, pdf, workspace.Situation, template, timestamp: null);

    private static ManifestBrief Entry(CiWorkspace workspace, string pdf = Pdf) => BuildManifest.Load(workspace.Output).Find(pdf)!;

    private static string TemplateCopy(CiWorkspace workspace)
    {
        var folder = Path.Combine(workspace.Root, "tpl");
        Support.TestFiles.CopyDirectory(Path.Combine(Support.RepoPaths.Root, "templates", "analyst"), folder);
        return folder;
    }

    [Fact]
    public void The_manifest_lists_exactly_the_files_the_build_read_and_the_lookups_it_made()
    {
        using var workspace = new CiWorkspace();
        File.WriteAllText(Path.Combine(workspace.Situation, "sources", "uncited.txt"), "a source no entry of sources.yaml names");
        File.WriteAllText(Path.Combine(workspace.Situation, "notes.md"), "the analyst's own notes");
        Assert.Equal(0, workspace.Run("build").ExitCode);

        var entry = Entry(workspace);
        var cited = SituationLoader.Load(workspace.Situation, new DiagnosticBag()).Sources.Select(s => s.File);
        var yaml = Directory.GetFiles(workspace.Situation, "*.yaml").Select(Path.GetFileName);
        Assert.Equal(yaml.Concat(cited).Order(StringComparer.Ordinal), entry.Inputs.Where(i => i.Kind == "situation").Select(i => i.Path));
        Assert.Equal(new SitRep.Templates.EmbeddedTemplateFiles("analyst").AllFiles(), entry.Inputs.Where(i => i.Kind == "template").Select(i => i.Path));
        foreach (var input in entry.Inputs.Where(i => i.Kind == "situation"))
            Assert.Equal(CiWorkspace.Sha256(Path.Combine(workspace.Situation, input.Path)), input.Sha256);

        // What the loader looked for by name and did not find, and the names of the folders it listed.
        var lookups = entry.Lookups.Where(l => l.Kind == "situation").ToList();
        Assert.Contains(lookups, l => l.Path == "response.yaml" && l.Found == "missing");
        Assert.Contains(lookups, l => l.Path == "figures.draft.yaml" && l.Found == "missing");
        var listed = Assert.Single(lookups, l => l.Found == "files *.yaml");
        Assert.Equal(yaml.Order(StringComparer.Ordinal), listed.Names!);
        Assert.Contains(entry.Lookups, l => l.Kind == "template" && l.Path == "partials" && l.Found == "entries");
        Assert.DoesNotContain(File.ReadAllText(workspace.ManifestPath), "uncited", StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllText(workspace.ManifestPath), "notes.md", StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_to_a_file_nothing_refers_to_does_not_rebuild()
    {
        using var workspace = new CiWorkspace();
        var uncited = Path.Combine(workspace.Situation, "sources", "uncited.txt");
        File.WriteAllText(uncited, "first");
        Assert.Equal(0, workspace.Run("build").ExitCode);
        var written = File.GetLastWriteTimeUtc(workspace.Pdf("analyst"));

        File.WriteAllText(uncited, "second, longer");
        File.WriteAllText(Path.Combine(workspace.Situation, "notes.md"), "new notes");
        Directory.CreateDirectory(Path.Combine(workspace.Situation, "drafts"));
        File.WriteAllText(Path.Combine(workspace.Situation, "drafts", "figures.yaml"), "figures: [");

        Assert.True(UpToDate(workspace));
        var again = workspace.Run("build");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("output/kidal-analyst.pdf: unchanged, skipped", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(workspace.Pdf("analyst")));
    }

    [Fact]
    public void An_edit_to_a_cited_source_or_an_extract_is_seen_before_anything_is_loaded()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build").ExitCode);
        Assert.True(UpToDate(workspace));

        var source = Path.Combine(workspace.Situation, "sources", "afp-2023-11-14.txt");
        File.AppendAllText(source, "\nA closing line added by the editor.\n");
        Assert.False(UpToDate(workspace));

        var run = workspace.Run("build");
        Assert.True(run.ExitCode == 0, run.ToString());
        // The brief does not show the source's text, so its PDF stands, but the manifest now holds the new bytes' hash.
        Assert.Equal(CiWorkspace.Sha256(source), Entry(workspace).Inputs.Single(i => i.Path == "sources/afp-2023-11-14.txt").Sha256);
        Assert.True(UpToDate(workspace));

        File.WriteAllText(Path.Combine(workspace.Situation, "judgments.yaml"), File.ReadAllText(Path.Combine(workspace.Situation, "judgments.yaml")) + "\n# a comment\n");
        Assert.False(UpToDate(workspace));
    }

    [Fact]
    public void An_edit_to_a_partial_rebuilds_and_a_file_beside_the_partials_does_not()
    {
        using var workspace = new CiWorkspace();
        var template = TemplateCopy(workspace);
        const string Pdf = "kidal-tpl.pdf";
        Assert.Equal(0, workspace.Run("build", "-t", template).ExitCode);
        Assert.True(UpToDate(workspace, template, Pdf));

        File.WriteAllText(Path.Combine(template, "README.md"), "notes on the template");
        File.WriteAllText(Path.Combine(template, "partials", "draft.txt"), "not a partial");
        Assert.False(UpToDate(workspace, template, Pdf), "partials/ is listed whole, so a new entry there is a change");
        File.Delete(Path.Combine(template, "partials", "draft.txt"));
        Assert.True(UpToDate(workspace, template, Pdf));

        var masthead = Path.Combine(template, "partials", "masthead.sbn");
        File.AppendAllText(masthead, "\nEdited masthead line\n");
        Assert.False(UpToDate(workspace, template, Pdf));
        var run = workspace.Run("build", "-t", template);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote output/kidal-tpl.pdf", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Edited masthead line", Support.Poppler.Text(workspace.Pdf("tpl")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_file_the_build_would_read_rebuilds()
    {
        using var workspace = new CiWorkspace();
        var template = TemplateCopy(workspace);
        const string Pdf = "kidal-tpl.pdf";
        Assert.Equal(0, workspace.Run("build", "-t", template).ExitCode);

        // An extract file the loader looks for by name, absent at the last build.
        File.WriteAllText(Path.Combine(workspace.Situation, "figures.draft.yaml"), "figures: []\n");
        Assert.False(UpToDate(workspace, template, Pdf));
        var run = workspace.Run("build", "-t", template);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(Entry(workspace, Pdf).Inputs, i => i.Kind == "situation" && i.Path == "figures.draft.yaml");
        Assert.DoesNotContain(Entry(workspace, Pdf).Lookups, l => l.Path == "figures.draft.yaml");

        // A partial the entry now includes.
        File.WriteAllText(Path.Combine(template, "partials", "closing.sbn"), "Closing words of the new partial\n");
        Assert.False(UpToDate(workspace, template, Pdf));
        File.AppendAllText(Path.Combine(template, "brief.sbn"), "\n{{ include \"closing\" }}\n");
        run = workspace.Run("build", "-t", template);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote output/kidal-tpl.pdf", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(Entry(workspace, Pdf).Inputs, i => i.Kind == "template" && i.Path == "partials/closing.sbn");
        Assert.Contains("Closing words of the new partial", Support.Poppler.Text(workspace.Pdf("tpl")), StringComparison.Ordinal);
        Assert.True(UpToDate(workspace, template, Pdf));
    }

    [Fact]
    public void A_locale_file_added_to_the_template_for_the_brief_language_rebuilds()
    {
        using var workspace = new CiWorkspace();
        var template = TemplateCopy(workspace);
        const string Pdf = "kidal-tpl.pdf";
        File.AppendAllText(Path.Combine(template, "template.yaml"), "\nlanguage: fr\n");
        Assert.Equal(0, workspace.Run("build", "-t", template).ExitCode);
        Assert.Contains(Entry(workspace, Pdf).Lookups, l => l.Kind == "template" && l.Path == "locales/fr.yaml" && l.Found == "missing");
        Assert.True(UpToDate(workspace, template, Pdf));

        Directory.CreateDirectory(Path.Combine(template, "locales"));
        File.WriteAllText(Path.Combine(template, "locales", "de.yaml"), "language: de\n");
        Assert.True(UpToDate(workspace, template, Pdf), "a locale file of another language is not read");

        var french = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "assets", "locales", "fr.yaml"));
        File.WriteAllText(Path.Combine(template, "locales", "fr.yaml"), french.Replace("Page {page} sur {pages}", "Feuillet {page} sur {pages}", StringComparison.Ordinal));
        Assert.False(UpToDate(workspace, template, Pdf));
        var run = workspace.Run("build", "-t", template);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Feuillet 1 sur", Support.Poppler.Text(workspace.Pdf("tpl")), StringComparison.Ordinal);
        Assert.Contains(Entry(workspace, Pdf).Inputs, i => i.Kind == "template" && i.Path == "locales/fr.yaml");
        Assert.True(UpToDate(workspace, template, Pdf));
    }

    [Fact]
    public void A_fifo_a_link_to_dev_zero_and_a_huge_file_nobody_names_are_neither_read_nor_hashed_nor_block()
    {
        using var workspace = new CiWorkspace();
        var template = TemplateCopy(workspace);
        foreach (var folder in new[] { workspace.Situation, Path.Combine(workspace.Situation, "sources"), template })
        {
            Assert.Equal(0, MkFifo(Path.Combine(folder, "pipe.yml"), Convert.ToUInt32("644", 8)));
            File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
            using var huge = new FileStream(Path.Combine(folder, "huge.bin"), FileMode.CreateNew);
            huge.SetLength(3L * 1024 * 1024 * 1024);
        }

        var clock = Stopwatch.StartNew();
        var first = workspace.Run("build", "-t", template);
        var second = workspace.Run("build", "-t", template);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"took {clock.Elapsed.TotalSeconds:0} s");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("wrote output/kidal-tpl.pdf", first.Stdout, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("output/kidal-tpl.pdf: unchanged, skipped", second.Stdout, StringComparison.Ordinal);
        var manifest = File.ReadAllText(workspace.ManifestPath);
        foreach (var name in new[] { "pipe.yml", "zero.txt", "huge.bin" })
            Assert.DoesNotContain(name, manifest, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(workspace.Output), f => f.Contains(".tmp", StringComparison.Ordinal));
    }
}
