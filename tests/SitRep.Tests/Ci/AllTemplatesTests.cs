using SitRep.Pipeline;
using SitRep.Templates;
using SitRep.Tests.Support;

namespace SitRep.Tests.Ci;

/// <summary>'sitrep build --all' builds one brief per built-in template and records them in manifest.json.</summary>
public sealed class AllTemplatesTests
{
    [Fact]
    public void All_builds_one_valid_pdf_per_built_in_and_the_manifest_matches_the_files()
    {
        using var workspace = new CiWorkspace();
        var run = workspace.Run("build", "--all");
        Assert.True(run.ExitCode == 0, run.ToString());

        var builtIns = EmbeddedTemplateFiles.BuiltIns();
        Assert.Contains("analyst", builtIns);
        var manifest = workspace.Manifest();
        Assert.Equal(2, manifest.GetProperty("format").GetInt32());
        var briefs = manifest.GetProperty("briefs").EnumerateArray().ToList();
        Assert.Equal(builtIns.Order(StringComparer.Ordinal), briefs.Select(b => b.GetProperty("template").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(builtIns.Count, Directory.GetFiles(workspace.Output, "*.pdf").Length);

        foreach (var brief in briefs)
        {
            var template = brief.GetProperty("template").GetString()!;
            Assert.Equal($"kidal-{template}.pdf", brief.GetProperty("output").GetString());
            var pdf = workspace.Pdf(template);
            var pages = brief.GetProperty("pages").GetInt32();
            Assert.Contains($"wrote output/kidal-{template}.pdf ({(pages == 1 ? "1 page" : $"{pages} pages")}, ", run.Stdout, StringComparison.Ordinal);

            // A valid PDF (pdfinfo reads it) with the recorded page count and hash.
            Assert.Equal(brief.GetProperty("pages").GetInt32(), Poppler.PageCount(pdf));
            Assert.Equal(CiWorkspace.Sha256(pdf), brief.GetProperty("sha256").GetString());

            // The per-input hashes are those of the files, and the inputs hash is what the library computes.
            var inputs = brief.GetProperty("inputs").EnumerateArray().ToList();
            var situationInputs = inputs.Where(i => i.GetProperty("kind").GetString() == "situation").ToList();
            Assert.Contains(situationInputs, i => i.GetProperty("path").GetString() == "figures.yaml");
            Assert.Contains(situationInputs, i => i.GetProperty("path").GetString()!.StartsWith("sources/", StringComparison.Ordinal));
            foreach (var input in situationInputs)
                Assert.Equal(CiWorkspace.Sha256(Path.Combine(workspace.Situation, input.GetProperty("path").GetString()!)), input.GetProperty("sha256").GetString());
            var templateFiles = new EmbeddedTemplateFiles(template);
            var templateInputs = inputs.Where(i => i.GetProperty("kind").GetString() == "template").ToList();
            Assert.Equal(templateFiles.AllFiles(), templateInputs.Select(i => i.GetProperty("path").GetString()!));
            foreach (var input in templateInputs)
                Assert.Equal(BuildInputs.Sha256Hex(templateFiles.ReadBytes(input.GetProperty("path").GetString()!)), input.GetProperty("sha256").GetString());
            var expected = BuildInputs.Compute(workspace.Situation, template, timestamp: null);
            Assert.Equal(expected.Hash, brief.GetProperty("inputsHash").GetString());
            Assert.Equal(BuildInputs.CurrentToolVersion, brief.GetProperty("toolVersion").GetString());
        }

        Assert.Contains($"{builtIns.Count} built, 0 unchanged, 0 failed; manifest output/manifest.json", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brief_built_with_all_is_identical_to_the_same_brief_built_alone()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build", "--all", "--quiet").ExitCode);
        var last = EmbeddedTemplateFiles.BuiltIns()[^1]; // built after the others, in the same process
        Assert.Equal(0, workspace.Run("build", "--quiet", "--template", last, "--out", "alone.pdf").ExitCode);
        Assert.Equal(File.ReadAllBytes(workspace.Pdf(last)), File.ReadAllBytes(Path.Combine(workspace.Root, "alone.pdf")));
    }

    [Fact]
    public void Editing_a_file_of_a_template_folder_rebuilds_that_brief()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("template", "new", "donor").ExitCode);
        var first = workspace.Run("build", "--template", "templates/donor");
        Assert.True(first.ExitCode == 0, first.ToString());
        var entry = workspace.ManifestEntry("templates/donor");
        Assert.Contains(entry.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("kind").GetString() == "template" && i.GetProperty("path").GetString() == "brief.sbn");
        Assert.Contains("unchanged, skipped", workspace.Run("build", "--template", "templates/donor").Stdout, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(workspace.Root, "templates", "donor", "brief.sbn"), "\n{{ # edited }}\n");
        var edited = workspace.Run("build", "--template", "templates/donor");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains("wrote output/kidal-donor.pdf", edited.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(entry.GetProperty("inputsHash").GetString(), workspace.ManifestEntry("templates/donor").GetProperty("inputsHash").GetString());
    }

    [Fact]
    public void Template_can_be_given_several_times()
    {
        using var workspace = new CiWorkspace();
        var other = EmbeddedTemplateFiles.BuiltIns().FirstOrDefault(t => t != "analyst");
        var arguments = other is null ? new[] { "build", "-t", "analyst", "-t", "analyst" } : ["build", "-t", "analyst", "--template", other];
        var run = workspace.Run(arguments);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(workspace.Pdf("analyst")));
        if (other is not null)
            Assert.True(File.Exists(workspace.Pdf(other)));
        Assert.Equal(other is null ? 1 : 2, workspace.Manifest().GetProperty("briefs").GetArrayLength());
    }

    [Theory]
    [InlineData("build", "--all", "--out", "brief.pdf")]
    [InlineData("build", "-t", "analyst", "-t", "executive", "--out", "brief.pdf")]
    [InlineData("build", "--all", "--template", "analyst")]
    [InlineData("build", "--template")]
    public void Out_with_several_templates_and_other_misuse_is_a_usage_error(params string[] arguments)
    {
        using var workspace = new CiWorkspace();
        var run = workspace.Run(arguments);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.False(Directory.Exists(workspace.Output));
        Assert.False(File.Exists(Path.Combine(workspace.Root, "brief.pdf")));
    }

    [Fact]
    public void Out_with_one_template_writes_the_manifest_beside_it()
    {
        using var workspace = new CiWorkspace();
        var run = workspace.Run("build", "--template", "analyst", "--out", "briefs/today.pdf");
        Assert.True(run.ExitCode == 0, run.ToString());
        var manifest = Path.Combine(workspace.Root, "briefs", "manifest.json");
        Assert.True(File.Exists(manifest));
        Assert.Contains("\"output\": \"today.pdf\"", File.ReadAllText(manifest), StringComparison.Ordinal);
    }

    [Fact]
    public void Input_problems_exit_with_1()
    {
        using var workspace = new CiWorkspace();
        File.AppendAllText(Path.Combine(workspace.Situation, "figures.yaml"), "\nnot_a_key: [\n");
        var run = workspace.Run("build", "--all");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("figures.yaml", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.Pdf("analyst")));
    }
}
