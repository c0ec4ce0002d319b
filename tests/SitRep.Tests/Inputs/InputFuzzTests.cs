using SitRep.Pipeline;
using Xunit.Abstractions;

namespace SitRep.Tests.Inputs;

/// <summary>
/// The fuzzer: a new seed each run (printed), 1,000 cases of damaged situations, templates, fonts, images
/// and file systems. Replay one run with SITREP_FUZZ_SEED=n (and SITREP_FUZZ_CASES=m).
/// </summary>
[Collection(InputsCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InputFuzzTests(ITestOutputHelper output) : IDisposable
{
    public const int Cases = 1000;

    private readonly Fuzzer fuzzer = new();

    public void Dispose() => fuzzer.Dispose();

    public static int SeedOfThisRun() =>
        int.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_SEED"), out var s) ? s : Random.Shared.Next();

    public static int CasesOfThisRun() =>
        int.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_CASES"), out var n) ? n : Cases;

    [Fact]
    public void Damaged_inputs_meet_every_promise()
    {
        var seed = SeedOfThisRun();
        var cases = CasesOfThisRun();
        output.WriteLine($"fuzz seed {seed} ({cases} cases); replay with SITREP_FUZZ_SEED={seed} SITREP_FUZZ_CASES={cases}");
        Console.WriteLine($"sitrep fuzz seed {seed} ({cases} cases)");

        var report = fuzzer.Run(new FuzzOptions(seed, cases, TimeSpan.FromSeconds(20)));

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report.ToString());
        if (cases >= 200)
        {
            Assert.True(report.Rejected > cases / 4, "most damage should be caught\n" + report);
            Assert.True(report.PassedChecks > cases / 20, "some damage is harmless\n" + report);
            Assert.True(report.Built * 2 >= report.PassedChecks, "a real build in at least half of the cases that pass the checks\n" + report);
            Assert.True(report.CliRuns > 0, "some cases run the CLI\n" + report);
        }
    }

    [Fact]
    public void A_planted_exception_is_caught()
    {
        var clean = fuzzer.Run(new FuzzOptions(4242, 60, TimeSpan.FromSeconds(20), CliOneIn: int.MaxValue));
        Assert.True(clean.Failures.Count == 0, clean.ToString());
        BriefBuilder.PlantedFault = (_, _) => throw new InvalidOperationException("planted");
        try
        {
            var report = fuzzer.Run(new FuzzOptions(4242, 60, TimeSpan.FromSeconds(20), CliOneIn: int.MaxValue));

            Assert.NotEmpty(report.Failures);
            Assert.Contains("threw System.InvalidOperationException: planted", report.Failures[0]);
            Assert.Contains("SITREP_FUZZ_SEED=", report.Failures[0]);
        }
        finally
        {
            BriefBuilder.PlantedFault = null;
        }
    }

    [Fact]
    public void A_planted_hang_breaches_the_time_limit()
    {
        using var release = new ManualResetEventSlim();
        BriefBuilder.PlantedFault = (_, _) => release.Wait(TimeSpan.FromSeconds(30));
        try
        {
            var report = fuzzer.Run(new FuzzOptions(77, 60, TimeSpan.FromSeconds(2), CliOneIn: int.MaxValue, Lanes: 1));

            Assert.Single(report.Failures);
            Assert.Contains("still running after 2 s", report.Failures[0]);
        }
        finally
        {
            release.Set();
            BriefBuilder.PlantedFault = null;
        }
    }

    [Fact]
    public void A_planted_allocation_breaches_the_memory_ceiling()
    {
        var clean = fuzzer.Run(new FuzzOptions(99, 60, TimeSpan.FromSeconds(20), CliOneIn: int.MaxValue));
        Assert.True(clean.Failures.Count == 0, clean.ToString());
        BriefBuilder.PlantedFault = (_, _) =>
        {
            var hog = new List<byte[]>();
            for (var i = 0; i < 40; i++)
                hog.Add(new byte[8 * 1024 * 1024]);
            GC.KeepAlive(hog);
        };
        try
        {
            var report = fuzzer.Run(new FuzzOptions(99, 60, TimeSpan.FromSeconds(20), MaxAllocatedBytes: clean.MaxAllocated + 200L * 1024 * 1024, CliOneIn: int.MaxValue));

            Assert.NotEmpty(report.Failures);
            Assert.Contains("allocated", report.Failures[0]);
        }
        finally
        {
            BriefBuilder.PlantedFault = null;
        }
    }
}
