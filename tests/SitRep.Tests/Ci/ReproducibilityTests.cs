using System.Text;
using System.Text.RegularExpressions;
using SitRep.Pipeline;
using SitRep.Tests.Support;

namespace SitRep.Tests.Ci;

/// <summary>Identical inputs give byte-identical PDFs, in process and from the CLI.</summary>
public sealed class ReproducibilityTests
{
    private const string Epoch = "1700000000"; // 2023-11-14T22:13:20Z

    [Fact]
    public void Building_twice_in_process_gives_identical_bytes()
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-repro-").FullName;
        try
        {
            var first = Path.Combine(directory, "first.pdf");
            var second = Path.Combine(directory, "second.pdf");
            BriefBuilder.Build(new BuildRequest(RepoPaths.KidalSituation, "analyst", first));
            BriefBuilder.Build(new BuildRequest(RepoPaths.KidalSituation, "analyst", second));
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

            var stampedA = Path.Combine(directory, "stamped-a.pdf");
            var stampedB = Path.Combine(directory, "stamped-b.pdf");
            var stamp = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Epoch, System.Globalization.CultureInfo.InvariantCulture));
            BriefBuilder.Build(new BuildRequest(RepoPaths.KidalSituation, "analyst", stampedA) { Timestamp = stamp });
            BriefBuilder.Build(new BuildRequest(RepoPaths.KidalSituation, "analyst", stampedB) { Timestamp = stamp });
            Assert.Equal(File.ReadAllBytes(stampedA), File.ReadAllBytes(stampedB));
            Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(stampedA));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Building_twice_with_the_cli_gives_identical_bytes_equal_to_an_in_process_build()
    {
        using var workspace = new CiWorkspace();
        var first = workspace.Run("build", "--out", "first.pdf");
        Assert.True(first.ExitCode == 0, first.ToString());
        var second = workspace.Run("build", "--out", "second.pdf");
        Assert.True(second.ExitCode == 0, second.ToString());
        var bytes = File.ReadAllBytes(Path.Combine(workspace.Root, "first.pdf"));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(workspace.Root, "second.pdf")));

        var inProcess = Path.Combine(workspace.Root, "in-process.pdf");
        BriefBuilder.Build(new BuildRequest(workspace.Situation, "analyst", inProcess));
        Assert.Equal(bytes, File.ReadAllBytes(inProcess));
    }

    [Fact]
    public void Source_date_epoch_sets_the_creation_and_modification_dates()
    {
        using var workspace = new CiWorkspace();
        var environment = new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = Epoch };
        Assert.Equal(0, workspace.Run(environment, "build", "--out", "a.pdf").ExitCode);
        Assert.Equal(0, workspace.Run(environment, "build", "--out", "b.pdf").ExitCode);
        Assert.Equal(0, workspace.Run("build", "--out", "as-of.pdf").ExitCode);

        var a = Path.Combine(workspace.Root, "a.pdf");
        var info = Poppler.Run("pdfinfo", "-isodates", a);
        Assert.Contains("CreationDate:    2023-11-14T22:13:20Z", info, StringComparison.Ordinal);
        Assert.Contains("ModDate:         2023-11-14T22:13:20Z", info, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(Path.Combine(workspace.Root, "b.pdf")));

        // Without SOURCE_DATE_EPOCH the situation's as-of date (22 November 2023) is used.
        var asOf = Poppler.Run("pdfinfo", "-isodates", Path.Combine(workspace.Root, "as-of.pdf"));
        Assert.Contains("CreationDate:    2023-11-22T12:00:00Z", asOf, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_source_date_epoch_is_an_input_problem()
    {
        using var workspace = new CiWorkspace();
        var run = workspace.Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "yesterday" }, "build");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("SOURCE_DATE_EPOCH", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(workspace.Pdf("analyst")));

        var empty = workspace.Run(new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "" }, "build");
        Assert.True(empty.ExitCode == 0, empty.ToString()); // empty means unset
    }

    [Fact]
    public void The_time_zone_of_the_machine_does_not_change_the_bytes()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run(new Dictionary<string, string?> { ["TZ"] = "UTC" }, "build", "--out", "utc.pdf").ExitCode);
        Assert.Equal(0, workspace.Run(new Dictionary<string, string?> { ["TZ"] = "Pacific/Auckland" }, "build", "--out", "nz.pdf").ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(workspace.Root, "utc.pdf")), File.ReadAllBytes(Path.Combine(workspace.Root, "nz.pdf")));
    }

    [Fact]
    public void Nothing_random_or_machine_specific_is_written()
    {
        using var workspace = new CiWorkspace();
        Assert.Equal(0, workspace.Run("build", "--out", "as-of.pdf").ExitCode);
        var asOf = Latin1(Path.Combine(workspace.Root, "as-of.pdf"));

        // No trailer /ID, no XMP packet with fresh UUIDs: Skia writes neither without PDF/A.
        Assert.DoesNotMatch(@"/ID\s*\[", asOf);
        Assert.DoesNotContain("uuid:", asOf, StringComparison.Ordinal);
        Assert.DoesNotContain("/Metadata", asOf, StringComparison.Ordinal);

        // Skia's file, then one incremental update (outline, language, dates in UTC), each ending in %%EOF.
        Assert.Equal(2, Regex.Matches(asOf, "%%EOF").Count);
        Assert.Matches(@"/Prev \d+ >>\s*startxref\s*\d+\s*%%EOF\s*$", asOf);
        Assert.Equal(["D:20231122120000+00'00'"], Regex.Matches(asOf, @"/(?:CreationDate|ModDate) \((D:[^)]*)\)").Select(m => m.Groups[1].Value).Distinct());

        // Font subset tags: six letters, assigned in sequence (the CLI test compares whole files).
        Assert.Matches(@"/FontName\s*/[A-Z]{6}\+", asOf);

        // Creator and Producer are fixed: no tool version, machine, OS or runtime patch level.
        Assert.Contains("/Creator (SitRep)", asOf, StringComparison.Ordinal);
        Assert.Contains("/Producer (SitRep)", asOf, StringComparison.Ordinal);
    }

    private static string Latin1(string path) => Encoding.Latin1.GetString(File.ReadAllBytes(path));
}
