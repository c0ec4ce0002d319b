using System.Diagnostics;
using System.Runtime.CompilerServices;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

/// <summary>
/// Renders each chart with fixed data at a fixed size to a one-page Skia PDF, rasterises it with
/// <c>pdftoppm -r 50</c> and compares it with <c>golden/&lt;name&gt;.png</c>. A pixel differs when a
/// channel is off by more than <see cref="ChannelTolerance"/>; up to <see cref="MaxDifferentShare"/>
/// of the pixels may differ (anti-aliasing noise). On failure the actual image and a diff are
/// written to <c>visual-failures/</c> under the working directory. With SITREP_UPDATE_GOLDEN=1
/// the goldens are rewritten instead.
/// </summary>
public sealed class VisualRegressionTests
{
    private const int ChannelTolerance = 48;
    private const double MaxDifferentShare = 0.002;

    public static TheoryData<string> Charts => new(ChartSamples.Names);

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_matches_its_golden_image(string name)
    {
        var work = Path.Combine(Path.GetTempPath(), $"sitrep-visual-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var pdf = Path.Combine(work, name + ".pdf");
            ChartPdf.Render(ChartSamples.Make(name), pdf);
            var actualPath = Rasterise(pdf, Path.Combine(work, name));
            var actual = PngImage.Load(actualPath);

            if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1")
            {
                var sourceGolden = Path.Combine(SourceGoldenDirectory(), name + ".png");
                Directory.CreateDirectory(Path.GetDirectoryName(sourceGolden)!);
                File.Copy(actualPath, sourceGolden, overwrite: true);
                return;
            }

            var goldenPath = Path.Combine(AppContext.BaseDirectory, "Charts", "golden", name + ".png");
            if (!File.Exists(goldenPath))
            {
                var saved = SaveFailure(name, actualPath, null);
                Assert.Fail($"no golden image at {goldenPath}. The rendering was saved to {saved}. " +
                    "Run the tests with SITREP_UPDATE_GOLDEN=1 to create the goldens (and check they are copied to the output).");
            }
            var golden = PngImage.Load(goldenPath);
            var (different, diff) = Compare(golden, actual);
            var share = (double)different / (actual.Width * actual.Height);
            if (golden.Width != actual.Width || golden.Height != actual.Height || share > MaxDifferentShare)
            {
                var saved = SaveFailure(name, actualPath, diff);
                Assert.Fail($"chart '{name}' differs from {goldenPath}: golden {golden.Width}×{golden.Height}, actual {actual.Width}×{actual.Height}, " +
                    $"{different} pixels ({share:P2}) differ by more than {ChannelTolerance}. Actual and diff images: {saved}. " +
                    "If the change is intended, rerun with SITREP_UPDATE_GOLDEN=1.");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Rasterise(string pdf, string prefix)
    {
        var start = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-r", "50", "-png", "-singlefile", pdf, prefix })
            start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("the visual tests need pdftoppm on PATH (Debian: apt-get install poppler-utils)", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"pdftoppm took over a minute on {pdf}");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"pdftoppm failed ({process.ExitCode}) on {pdf}: {stderr.Result}");
        }
        return prefix + ".png";
    }

    /// <summary>Counts differing pixels and paints a diff: differences red over a faded golden.</summary>
    private static (int Different, PngImage Diff) Compare(PngImage golden, PngImage actual)
    {
        var width = Math.Max(golden.Width, actual.Width);
        var height = Math.Max(golden.Height, actual.Height);
        var diff = new byte[width * height * 3];
        var different = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var o = (y * width + x) * 3;
                var inGolden = x < golden.Width && y < golden.Height;
                var inActual = x < actual.Width && y < actual.Height;
                var g = inGolden ? (y * golden.Width + x) * 3 : -1;
                var a = inActual ? (y * actual.Width + x) * 3 : -1;
                var differs = !inGolden || !inActual;
                if (!differs)
                {
                    for (var c = 0; c < 3 && !differs; c++)
                        differs = Math.Abs(golden.Rgb[g + c] - actual.Rgb[a + c]) > ChannelTolerance;
                }
                if (differs)
                {
                    different++;
                    diff[o] = 255;
                    diff[o + 1] = 0;
                    diff[o + 2] = 0;
                }
                else
                {
                    for (var c = 0; c < 3; c++)
                        diff[o + c] = (byte)(255 - (255 - golden.Rgb[g + c]) / 4);
                }
            }
        }
        return (different, new PngImage(width, height, diff));
    }

    private static string SaveFailure(string name, string actualPath, PngImage? diff)
    {
        var folder = Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), "visual-failures"));
        Directory.CreateDirectory(folder);
        File.Copy(actualPath, Path.Combine(folder, name + ".actual.png"), overwrite: true);
        diff?.Save(Path.Combine(folder, name + ".diff.png"));
        return folder;
    }

    private static string SourceGoldenDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "golden");
}
