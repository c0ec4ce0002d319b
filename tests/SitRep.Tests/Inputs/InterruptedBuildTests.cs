using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace SitRep.Tests.Inputs;

/// <summary>A build killed part-way leaves the previous PDF as it was and no partial PDF.</summary>
[Collection(InputsCollection.Name)]
public sealed class InterruptedBuildTests(ITestOutputHelper output) : IDisposable
{
    private const int Events = 3000;
    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    /// <summary>Adds <paramref name="count"/> events, each with verbatim evidence in a synthetic source, to the Kidal copy.</summary>
    internal static void AddSyntheticTimeline(Sandbox box, int count)
    {
        var source = new StringBuilder("Synthetic field reports\n\n");
        var timeline = new StringBuilder(File.ReadAllText(box.PathOf("timeline.yaml")).TrimEnd()).Append('\n');
        var start = new DateOnly(2019, 1, 1);
        for (var i = 1; i <= count; i++)
        {
            var date = start.AddDays(i % 1700).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sentence = $"Field report {i}: a patrol of unit {i % 37} moved between the wells at Tin-Essako and Anefis without incident, according to local notables.";
            source.Append(sentence).Append('\n');
            timeline.Append(CultureInfo.InvariantCulture, $"  - id: ev-synthetic-{i}\n    date: \"{date}\"\n    precision: day\n")
                .Append(CultureInfo.InvariantCulture, $"    text: \"A patrol of unit {i % 37} moves between Tin-Essako and Anefis without incident (report {i}).\"\n")
                .Append("    source: synthetic\n")
                .Append(CultureInfo.InvariantCulture, $"    evidence: \"{sentence}\"\n");
        }

        File.WriteAllText(box.PathOf("sources/synthetic.txt"), source.ToString());
        File.WriteAllText(box.PathOf("timeline.yaml"), timeline.ToString());
        File.AppendAllText(box.PathOf("sources.yaml"),
            "  - id: synthetic\n    file: sources/synthetic.txt\n    outlet: Synthetic\n    title: \"Synthetic field reports\"\n    published: 2023-11-20\n    published_precision: day\n    language: en\n");
    }

    [Fact]
    public void Killed_build_leaves_the_previous_pdf_and_no_partial_pdf()
    {
        AddSyntheticTimeline(box, Events);

        // A full build first, elsewhere, to know how long one takes and that the situation is sound.
        var reference = Path.Combine(box.Dir, "reference", "brief.pdf");
        var watch = Stopwatch.StartNew();
        var full = box.Run(["build", "--situation", box.Situation, "--out", reference]);
        var duration = watch.Elapsed;
        output.WriteLine($"full build of {Events} extra events: {duration.TotalMilliseconds:0} ms; {full.StdOut.Trim()}");
        Assert.True(full.ExitCode == 0, full.ToString());
        Assert.True(new FileInfo(reference).Length > 10_000, "the reference build wrote no PDF");

        // Then kill builds at several points: early (~200-400 ms, loading or layout) and across the run, so one
        // is sure to land in layout and one close to the write.
        var delays = new[] { 250, 400 }.Select(ms => TimeSpan.FromMilliseconds(ms))
            .Concat(new[] { 0.3, 0.5, 0.7 }.Select(f => duration * f))
            .ToList();
        var killedWhileRunning = 0;
        foreach (var delay in delays)
        {
            using var process = box.Start(["build", "--situation", box.Situation, "--out", box.Output]);
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(delay))
            {
                process.Kill(entireProcessTree: true);
                killedWhileRunning++;
            }

            process.WaitForExit();
            output.WriteLine($"kill after {delay.TotalMilliseconds:0} ms: exit {process.ExitCode}; output folder: {string.Join(", ", Directory.EnumerateFiles(box.OutDir).Select(Path.GetFileName))}");
            if (!File.ReadAllBytes(box.Output).AsSpan().SequenceEqual(Sandbox.PreviousPdf))
            {
                // Renamed into place before the kill (the process may still have been writing the manifest): the new
                // PDF replaced the old one whole, byte for byte the reference. Put the old one back and go on.
                Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(box.Output));
                File.WriteAllBytes(box.Output, Sandbox.PreviousPdf);
                continue;
            }

            // Killed: the target is unchanged; a leftover temporary file is tolerated only if it is not a PDF.
            box.AssertPreviousPdfIntact(allowTempFiles: true);
        }

        Assert.True(killedWhileRunning >= 3, $"only {killedWhileRunning} of {delays.Count} builds were still running when killed (a full build took {duration.TotalMilliseconds:0} ms)");
        foreach (var leftover in Directory.EnumerateFiles(box.OutDir).Where(f => f != box.Output && Path.GetFileName(f) != "manifest.json"))
            Assert.Matches(@"^\.brief\.pdf\.\d+\.tmp$", Path.GetFileName(leftover));
    }
}
