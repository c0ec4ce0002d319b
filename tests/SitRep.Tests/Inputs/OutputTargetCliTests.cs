using System.Diagnostics;
using SitRep.Files;

namespace SitRep.Tests.Inputs;

/// <summary>
/// Where a build may write: a regular file or nothing yet. Links, devices, FIFOs and folders are
/// refused with exit 1 and left as they were; a read-only PDF is replaced only with --force; no
/// temporary file outlives a build.
/// </summary>
[Collection(InputsCollection.Name)]
public sealed class OutputTargetCliTests : IDisposable
{
    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    [Fact]
    public void A_symlinked_out_is_refused_and_the_link_and_its_target_survive()
    {
        var target = Path.Combine(box.Dir, "elsewhere.pdf");
        File.WriteAllBytes(target, Sandbox.PreviousPdf);
        var link = Path.Combine(box.OutDir, "linked.pdf");
        File.CreateSymbolicLink(link, target);

        var clock = Stopwatch.StartNew();
        var result = box.Run(["build", "--situation", box.Situation, "--out", link], TimeSpan.FromSeconds(60));

        Assert.False(result.TimedOut, result.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"took {clock.Elapsed.TotalSeconds:0} s");
        Assert.Equal(1, result.ExitCode);
        Sandbox.AssertNoStackTrace(result);
        Assert.Contains("linked.pdf:1:1: error: the output path is a symbolic link", result.StdErr);
        Assert.Equal(EntryKind.SymbolicLink, NativeFile.LinkStatus(link).Kind);
        Assert.Equal(Sandbox.PreviousPdf, File.ReadAllBytes(target));
        Assert.Contains("was not written", result.StdErr);
        Assert.Empty(Directory.EnumerateFiles(box.OutDir, "*.tmp"));
        Assert.False(File.Exists(Path.Combine(box.OutDir, "manifest.json")));
    }

    [Fact]
    public void A_fifo_as_out_is_refused_at_once()
    {
        var fifo = Path.Combine(box.OutDir, "pipe.pdf");
        Run("mkfifo", fifo);
        var clock = Stopwatch.StartNew();

        var result = box.Run(["build", "--situation", box.Situation, "--out", fifo], TimeSpan.FromSeconds(60));

        Assert.False(result.TimedOut, result.ToString());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is a device, FIFO or socket", result.StdErr);
        Assert.Equal(EntryKind.Special, NativeFile.LinkStatus(fifo).Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_device_as_out_is_never_replaced_even_with_force()
    {
        // As root, rename(2) would happily replace /dev/full with a regular file.
        var clock = Stopwatch.StartNew();
        var result = box.Run(["build", "--situation", box.Situation, "--out", "/dev/full", "--force"], TimeSpan.FromSeconds(60));

        Assert.False(result.TimedOut, result.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"took {clock.Elapsed.TotalSeconds:0} s");
        Assert.Equal(1, result.ExitCode);
        Sandbox.AssertNoStackTrace(result);
        Assert.Contains("/dev/full:1:1: error: the output path is a device, FIFO or socket", result.StdErr);
        Assert.Equal(EntryKind.Special, NativeFile.LinkStatus("/dev/full").Kind);
        Assert.Empty(Directory.EnumerateFiles("/dev", ".full*"));
        Assert.Contains("was not written", result.StdErr);
    }

    [Fact]
    public void A_read_only_pdf_is_refused_unless_forced()
    {
        if (OperatingSystem.IsWindows())
            return;
        File.SetUnixFileMode(box.Output, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var clock = Stopwatch.StartNew();
        var refused = box.Build();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"took {clock.Elapsed.TotalSeconds:0} s");
        box.AssertRejected(refused, "brief.pdf:1:1: error: the output file is read-only", "--force");

        var forced = box.Build("--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(box.Output), 0, 5));
        Assert.NotEqual(Sandbox.PreviousPdf, File.ReadAllBytes(box.Output));
    }

    [Fact]
    public void A_manifest_write_that_fills_the_disk_fails_cleanly_and_leaves_no_temporary_file()
    {
        var first = box.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        var manifest = Path.Combine(box.OutDir, "manifest.json");
        var manifestBefore = File.ReadAllBytes(manifest);
        var pdfBefore = File.ReadAllBytes(box.Output);
        Assert.True(manifestBefore.Length > 4096, "the manifest must be larger than the limit below");
        // A cited source the brief does not show: the PDF stands, the manifest must be written again.
        File.AppendAllText(box.PathOf("sources/afp-2023-11-14.txt"), "\nA closing line.\n");

        var clock = Stopwatch.StartNew();
        var result = box.Run(["build", "--situation", box.Situation, "--out", box.Output], TimeSpan.FromSeconds(90), fileSizeLimit: 4096);

        Assert.False(result.TimedOut, result.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(result.ExitCode == 1, result.ToString());
        Sandbox.AssertNoStackTrace(result);
        Assert.Contains("brief.pdf: unchanged, skipped", result.StdOut);
        Assert.Contains("manifest.json:1:1: error: cannot write the manifest: it is larger than the file-size limit this process may write", result.StdErr);
        Assert.Contains("manifest.json was not written", result.StdErr);
        Assert.Equal(manifestBefore, File.ReadAllBytes(manifest));
        Assert.Equal(pdfBefore, File.ReadAllBytes(box.Output));
        Assert.Empty(Directory.EnumerateFiles(box.OutDir, "*.tmp"));
    }

    [Fact]
    public void A_pdf_write_that_fills_the_disk_fails_cleanly_and_leaves_the_previous_pdf()
    {
        var clock = Stopwatch.StartNew();
        var result = box.Run(["build", "--situation", box.Situation, "--out", box.Output, "--force"], TimeSpan.FromSeconds(90), fileSizeLimit: 64 * 1024);

        Assert.False(result.TimedOut, result.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:0} s");
        box.AssertRejected(result, "brief.pdf:1:1: error: cannot write the PDF: it is larger than the file-size limit this process may write");
        Assert.Empty(Directory.EnumerateFiles(box.OutDir, "*.tmp"));
    }

    [Fact]
    public void Temporary_files_of_killed_builds_are_cleaned_by_the_next_build()
    {
        // A pid that cannot be alive: above the kernel's pid_max.
        var stale = Path.Combine(box.OutDir, ".brief.pdf.sitrep-99999999.tmp");
        File.WriteAllBytes(stale, new byte[4096]);
        var foreign = Path.Combine(box.OutDir, "notes.tmp");
        File.WriteAllText(foreign, "mine");

        var result = box.Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(stale), "the stale temporary file was left behind");
        Assert.True(File.Exists(foreign), "a file that is not SitRep's was deleted");
        Assert.Empty(Directory.EnumerateFiles(box.OutDir, "*.sitrep-*"));
    }

    [Fact]
    public void The_pdf_is_the_same_whatever_the_locale_and_time_zone()
    {
        var plain = box.Build();
        Assert.True(plain.ExitCode == 0, plain.ToString());
        var expected = File.ReadAllBytes(box.Output);

        foreach (var locale in new[] { "ar_SA.UTF-8", "th_TH.UTF-8", "fa_IR.UTF-8" })
        {
            var result = box.Run(["build", "--situation", box.Situation, "--out", box.Output, "--force"], environment: new Dictionary<string, string>
            {
                ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false",
                ["LANG"] = locale,
                ["LC_ALL"] = locale,
                ["TZ"] = "Asia/Tokyo",
            });
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(box.Output)), $"the PDF built under {locale} differs");
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
