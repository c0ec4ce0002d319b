using System.Diagnostics;
using System.Text;
using SitRep.Diagnostics;
using SitRep.Pipeline;
using SitRep.Templates;

namespace SitRep.Tests.Inputs;

/// <summary>How a fuzz run is set up.</summary>
/// <param name="CaseTimeout">A case that takes longer fails the run.</param>
/// <param name="MaxAllocatedBytes">The most one in-process case may allocate (GC allocated bytes of its thread).</param>
/// <param name="MaxWorkingSetBytes">The process's working set after a case may not exceed this.</param>
/// <param name="CliOneIn">One case in this many runs the real CLI instead of the library.</param>
/// <param name="Lanes">Cases run on this many threads at once, each in its own copy of the folders; a case's oracles are its own.</param>
public sealed record FuzzOptions(int Seed, int Cases, TimeSpan CaseTimeout, long MaxAllocatedBytes = 1536L * 1024 * 1024, long MaxWorkingSetBytes = 4L * 1024 * 1024 * 1024, int CliOneIn = 200, int QpdfEvery = 40, int Lanes = 2);

/// <summary>What a fuzz run found.</summary>
public sealed record FuzzReport(int Seed, int Cases, int Rejected, int PassedChecks, int Built, int CliRuns, long MaxAllocated, TimeSpan Elapsed, IReadOnlyList<string> Failures, string Phases = "")
{
    public override string ToString() =>
        $"{Cases} cases (seed {Seed}) in {Elapsed.TotalSeconds:0.0} s: {Rejected} rejected with findings, {PassedChecks} passed the checks, {Built} built a PDF, {CliRuns} through the CLI; " +
        $"most allocated by one case {MaxAllocated / (1024 * 1024)} MB; {Phases}{Failures.Count} failure(s)" + string.Concat(Failures.Select(f => "\n  " + f));
}

/// <summary>
/// Damages a copy of the Kidal situation and of a template folder (with its own fonts and logo), runs
/// the pipeline on it, and checks the promises: only input problems (with file:line:col) escape, no
/// case runs past its time or memory, the previous PDF is whole or replaced by a whole one, and no
/// temporary file is left. Case <c>i</c> of seed <c>S</c> is replayed alone with seed <c>S + i</c>.
/// With several lanes, lane k runs cases k, k + lanes, … in a copy of its own (folders and output),
/// so a case sees exactly what it would see alone.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Fuzzer : IDisposable
{
    public static readonly DateTimeOffset Timestamp = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    private readonly string root = Path.Combine(Path.GetTempPath(), "sitrep-fuzz-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string pristineSituation;
    private readonly string pristineTemplate;
    private readonly string situation;
    private readonly string template;
    private readonly string outside;
    private readonly string outDir;
    private readonly string output;
    private readonly string[] yamlFiles;
    private readonly string[] sourceFiles;
    private readonly string[] templateTexts;
    private readonly string[] templateBinaries;
    private readonly BuildInputs recorded;

    /// <summary>The undamaged situation, loaded and checked once: a case that damages only the template builds from it.</summary>
    private readonly SitRep.Extracts.Situation undamaged;
    private readonly Stopwatch setupClock = new(), outputClock = new(), cliClock = new();
    private readonly object clocks = new();
    private long checkTicks, buildTicks;
    private readonly List<Fuzzer> lanes = [];

    /// <summary>Cases that ran past their time limit and may still write into the folders; disposing waits for them.</summary>
    private readonly List<Thread> overdue = [];

    public Fuzzer()
    {
        pristineSituation = Path.Combine(root, "pristine", "kidal");
        pristineTemplate = Path.Combine(root, "pristine", "fuzzed");
        situation = Path.Combine(root, "live", "kidal");
        template = Path.Combine(root, "live", "fuzzed");
        outside = Path.Combine(root, "outside");
        outDir = Path.Combine(root, "out");
        output = Path.Combine(outDir, "brief.pdf");
        Support.TestFiles.CopyDirectory(Path.Combine(Sandbox.RepoRoot, "seeds", "kidal"), pristineSituation);
        MakeTemplate(pristineTemplate);
        Support.TestFiles.CopyDirectory(pristineSituation, situation);
        Support.TestFiles.CopyDirectory(pristineTemplate, template);
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(outDir);

        yamlFiles = YamlMutator.YamlFiles.Where(f => File.Exists(Path.Combine(situation, f))).ToArray();
        sourceFiles = Directory.GetFiles(Path.Combine(situation, "sources")).Select(f => Path.Combine("sources", Path.GetFileName(f))).Order(StringComparer.Ordinal).ToArray();
        templateTexts = Directory.GetFiles(template, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(template, f))
            .Where(f => f.EndsWith(".sbn", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        templateBinaries = ["fonts/body.ttf", "fonts/body-bold.ttf", "logo.png"];

        // The previous brief every failed case must leave whole, and what its build read: each case first
        // asks, as the next 'sitrep build' would, whether those inputs changed.
        var first = BriefBuilder.LoadChecked(situation).Situation;
        var firstTemplate = BriefTemplate.Load(template);
        SitRep.Editions.ExtractSnapshot.Read(first);
        BriefBuilder.Build(first, firstTemplate, output, Timestamp);
        recorded = BuildInputs.Of(first.Folder!.Record, firstTemplate.Files.Record, Timestamp);
        undamaged = first;
    }

    /// <summary>The analyst template with fonts and a logo of its own, so that fonts and images can be damaged too.</summary>
    private static void MakeTemplate(string folder)
    {
        Support.TestFiles.CopyDirectory(Path.Combine(Sandbox.RepoRoot, "templates", "analyst"), folder);
        Directory.CreateDirectory(Path.Combine(folder, "fonts"));
        var fonts = Path.Combine(Sandbox.RepoRoot, "assets", "fonts");
        File.Copy(Path.Combine(fonts, "NotoSerif-Regular.ttf"), Path.Combine(folder, "fonts", "body.ttf"));
        File.Copy(Path.Combine(fonts, "NotoSerif-Bold.ttf"), Path.Combine(folder, "fonts", "body-bold.ttf"));
        File.Copy(Path.Combine(Sandbox.RepoRoot, "tests", "SitRep.Tests", "Charts", "golden", "bars.png"), Path.Combine(folder, "logo.png"));
        var theme = Path.Combine(folder, "theme.yaml");
        var text = File.ReadAllText(theme).Replace("body: Noto Serif", "body: Fuzz Serif", StringComparison.Ordinal);
        Assert.Contains("Fuzz Serif", text);
        File.WriteAllText(theme, text + "\nlogo: logo.png\nfont_files:\n  - { family: Fuzz Serif, file: fonts/body.ttf }\n  - { family: Fuzz Serif, file: fonts/body-bold.ttf, bold: true }\n");
    }

    /// <summary>What the lanes found so far; every count is taken under its lock.</summary>
    private sealed class Tally
    {
        public readonly List<string> Failures = [];
        public int Rejected, Passed, Built, Cli;
        public long MaxAllocated;
        public bool Stopped;

        public bool Done
        {
            get
            {
                lock (this)
                    return Stopped || Failures.Count >= 5;
            }
        }

        public void Fail(string failure, bool fatal = false)
        {
            lock (this)
            {
                Failures.Add(failure);
                Stopped |= fatal;
            }
        }
    }

    public FuzzReport Run(FuzzOptions options)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var count = Math.Max(1, options.Lanes);
        while (lanes.Count < count - 1)
            lanes.Add(new Fuzzer());
        var all = lanes.Take(count - 1).Prepend(this).ToList();
        var tally = new Tally();
        // Threads started here carry this flow's context, so a fault planted by a test reaches every lane.
        var threads = all.Select((lane, k) => new Thread(() => lane.RunLane(options, k, count, tally)) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        static string S(TimeSpan time) => $"{time.TotalSeconds:0.0} s";
        TimeSpan Sum(Func<Fuzzer, TimeSpan> of) => all.Aggregate(TimeSpan.Zero, (total, lane) => total + of(lane));
        var processor = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var phases = $"processor time of this process {S(processor)} (other tests running beside count too); time (summed over {count} lane(s)) in damaging and restoring {S(Sum(l => l.setupClock.Elapsed))}, loading and checking {S(Sum(l => new TimeSpan(l.checkTicks)))}, " +
            $"building or rendering {S(Sum(l => new TimeSpan(l.buildTicks)))}, checking the output {S(Sum(l => l.outputClock.Elapsed))}, CLI cases {S(Sum(l => l.cliClock.Elapsed))}; ";
        foreach (var lane in all)
        {
            lane.setupClock.Reset();
            lane.outputClock.Reset();
            lane.cliClock.Reset();
            lane.checkTicks = lane.buildTicks = 0;
        }

        return new FuzzReport(options.Seed, options.Cases, tally.Rejected, tally.Passed, tally.Built, tally.Cli, tally.MaxAllocated, watch.Elapsed, tally.Failures, phases);
    }

    private void RunLane(FuzzOptions options, int lane, int lanes, Tally tally)
    {
        var qpdfChecks = 0;
        for (var i = lane; i < options.Cases && !tally.Done; i += lanes)
        {
            var caseSeed = unchecked(options.Seed + i);
            var random = new Random(caseSeed);
            var touched = new List<(bool InTemplate, string Path)>();
            string what;
            setupClock.Start();
            try
            {
                what = Mutate(random, touched);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                tally.Fail($"case {i} (SITREP_FUZZ_SEED={caseSeed} SITREP_FUZZ_CASES=1): could not set up: {e.Message}", fatal: true);
                break;
            }
            finally
            {
                setupClock.Stop();
            }

            var viaCli = random.Next(options.CliOneIn) == 0;
            var build = random.Next(100) < 70;
            var previous = File.ReadAllBytes(output);
            var label = $"case {i} (SITREP_FUZZ_SEED={caseSeed} SITREP_FUZZ_CASES=1; {what})";
            try
            {
                if (viaCli)
                    cliClock.Start();
                var outcome = viaCli ? RunCli(options) : RunInProcess(options, build, situationDamaged: touched.Any(t => !t.InTemplate));
                cliClock.Stop();
                if (outcome.Problem is not null)
                {
                    tally.Fail($"{label}: {outcome.Problem}", outcome.Fatal);
                    if (outcome.Fatal)
                        break;
                }

                lock (tally)
                {
                    tally.Cli += viaCli ? 1 : 0;
                    tally.Rejected += outcome.Rejected ? 1 : 0;
                    tally.Passed += outcome.Rejected ? 0 : 1;
                    tally.Built += outcome.Built ? 1 : 0;
                    tally.MaxAllocated = Math.Max(tally.MaxAllocated, outcome.Allocated);
                }

                outputClock.Start();
                var problem = CheckOutput(previous, outcome.Built, options, ref qpdfChecks);
                outputClock.Stop();
                if (problem is not null)
                    tally.Fail($"{label}: {problem}");
            }
            finally
            {
                setupClock.Start();
                foreach (var (inTemplate, path) in touched)
                    FileSystemMutator.Restore(inTemplate ? template : situation, inTemplate ? pristineTemplate : pristineSituation, path);
                setupClock.Stop();
            }
        }
    }

    private string Mutate(Random random, List<(bool, string)> touched)
    {
        var yaml = new YamlMutator(random);
        var templates = new TemplateMutator(random);
        var parts = new List<string>();
        var count = random.Next(100) < 80 ? 1 : 2;
        for (var k = 0; k < count; k++)
        {
            try
            {
                parts.Add(MutateOnce(random, yaml, templates, touched));
            }
            catch (Exception e) when (k > 0 && e is IOException or UnauthorizedAccessException)
            {
                // The first change made the second impossible (an unreadable file, a folder now a link).
                parts.Add("second change not possible: " + e.Message);
            }

            // A second change to the same file would be lost on restore order; one file, one change. After a
            // change to the file system (a link to /dev/zero, a 3 GB sparse file) the fuzzer reads nothing more.
            if (touched.Count > 1 && touched.Take(touched.Count - 1).Any(t => t == touched[^1]))
                break;
            if (touched.Any(t => !IsPlainFile(t.Item1 ? template : situation, t.Item2)))
                break;
        }

        return string.Join("; ", parts);
    }

    private static bool IsPlainFile(string folder, string relative)
    {
        var info = new FileInfo(Path.Combine(folder, relative));
        return SitRep.Files.NativeFile.LinkStatus(info.FullName).Kind == SitRep.Files.EntryKind.Regular && info.Length < 16 * 1024 * 1024
            && info.UnixFileMode.HasFlag(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private string MutateOnce(Random random, YamlMutator yaml, TemplateMutator templates, List<(bool, string)> touched)
    {
        var parts = new List<string>();
        {
            var pick = random.Next(100);
            if (pick < 30)
            {
                var name = yamlFiles[random.Next(yamlFiles.Length)];
                var (text, change) = yaml.MutateText(File.ReadAllText(Path.Combine(situation, name)));
                File.WriteAllText(Path.Combine(situation, name), text);
                touched.Add((false, name));
                parts.Add($"{name}: {change}");
            }
            else if (pick < 38)
            {
                var name = sourceFiles[random.Next(sourceFiles.Length)];
                var (bytes, change) = yaml.MutateSource(File.ReadAllBytes(Path.Combine(situation, name)));
                File.WriteAllBytes(Path.Combine(situation, name), bytes);
                touched.Add((false, name));
                parts.Add($"{name}: {change}");
            }
            else if (pick < 65)
            {
                var name = templateTexts[random.Next(templateTexts.Length)];
                var (text, change) = templates.MutateText(name, File.ReadAllText(Path.Combine(template, name)), yaml);
                File.WriteAllText(Path.Combine(template, name), text);
                touched.Add((true, name));
                parts.Add($"template {name}: {change}");
            }
            else if (pick < 75)
            {
                var name = templateBinaries[random.Next(templateBinaries.Length)];
                var (bytes, change) = templates.MutateBinary(File.ReadAllBytes(Path.Combine(template, name)));
                File.WriteAllBytes(Path.Combine(template, name), bytes);
                touched.Add((true, name));
                parts.Add($"template {name}: {change}");
            }
            else if (pick < 95)
            {
                var inTemplate = random.Next(2) == 0;
                var (path, change) = new FileSystemMutator(random, outside).Mutate(inTemplate ? template : situation);
                touched.Add((inTemplate, path));
                parts.Add($"{(inTemplate ? "template" : "situation")} {change}");
            }
            else
            {
                parts.Add("no change");
            }
        }

        return parts[0];
    }

    private sealed record Outcome(bool Rejected, bool Built, long Allocated, string? Problem, bool Fatal = false);

    private Outcome RunInProcess(FuzzOptions options, bool build, bool situationDamaged)
    {
        Outcome? outcome = null;
        var thread = new Thread(() => outcome = Case(options, build, situationDamaged), 16 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        if (!thread.Join(options.CaseTimeout))
        {
            lock (overdue)
                overdue.Add(thread);
            return new Outcome(false, false, 0, $"still running after {options.CaseTimeout.TotalSeconds:0} s (the time limit of a case)", Fatal: true);
        }

        if (Environment.WorkingSet > options.MaxWorkingSetBytes)
            return new Outcome(false, false, 0, $"working set {Environment.WorkingSet / (1024 * 1024)} MB after the case (limit {options.MaxWorkingSetBytes / (1024 * 1024)} MB)", Fatal: true);
        return outcome!;
    }

    private Outcome Case(FuzzOptions options, bool build, bool situationDamaged)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        long Allocated() => GC.GetAllocatedBytesForCurrentThread() - before;
        var built = false;
        var check = Stopwatch.StartNew();
        var render = new Stopwatch();
        try
        {
            BuildInputs.Replay(recorded.Files, recorded.Lookups, situation, template, Timestamp);
            var loaded = situationDamaged ? BriefBuilder.LoadChecked(situation).Situation : undamaged;
            SitRep.Editions.ExtractSnapshot.Read(loaded);
            var brief = BriefTemplate.Load(template);
            check.Stop();
            render.Start();
            if (build)
            {
                BriefBuilder.Build(loaded, brief, output, Timestamp);
                built = true;
            }
            else
            {
                TemplateRenderer.Render(brief, loaded);
            }
        }
        catch (InputException e)
        {
            return new Outcome(true, false, Allocated(), CheckFindings(e.Diagnostics));
        }
        catch (Exception e)
        {
            return new Outcome(false, false, Allocated(), $"threw {e.GetType().FullName}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
        }
        finally
        {
            lock (clocks)
            {
                checkTicks += check.Elapsed.Ticks;
                buildTicks += render.Elapsed.Ticks;
            }
        }

        var allocated = Allocated();
        return allocated > options.MaxAllocatedBytes
            ? new Outcome(false, built, allocated, $"allocated {allocated / (1024 * 1024)} MB (limit {options.MaxAllocatedBytes / (1024 * 1024)} MB)")
            : new Outcome(false, built, allocated, null);
    }

    /// <summary>Every finding names a file, a line and a column, in the user's words.</summary>
    private static string? CheckFindings(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
            return "an input problem without any finding";
        foreach (var d in diagnostics)
        {
            if (d.Location.File.Length == 0 || d.Location.Line < 1 || d.Location.Column < 1)
                return $"a finding without file:line:col: {d}";
            if (d.Message.Contains("Exception", StringComparison.Ordinal) || d.Message.Contains("System.", StringComparison.Ordinal) || d.Message.Contains("   at ", StringComparison.Ordinal))
                return $"a finding that speaks .NET: {d}";
        }

        return null;
    }

    private Outcome RunCli(FuzzOptions options)
    {
        using var box = new Sandbox();
        var result = box.Run(["build", "--situation", situation, "--template", template, "--out", output, "--force"], TimeSpan.FromSeconds(Math.Max(60, options.CaseTimeout.TotalSeconds * 3)), workingDirectory: root);
        if (result.TimedOut)
            return new Outcome(false, false, 0, "the CLI is still running after its time limit", Fatal: true);
        if (result.StdErr.Contains("   at ", StringComparison.Ordinal) || result.StdOut.Contains("   at ", StringComparison.Ordinal) || result.StdErr.Contains("Unhandled", StringComparison.Ordinal))
            return new Outcome(false, false, 0, "a stack trace in the CLI's output\n" + result);
        return result.ExitCode switch
        {
            0 => new Outcome(false, true, 0, null),
            1 when result.StdErr.Contains(": error: ", StringComparison.Ordinal) => new Outcome(true, false, 0, null),
            _ => new Outcome(false, false, 0, $"the CLI exited {result.ExitCode}\n{result}"),
        };
    }

    /// <summary>The output folder holds the previous PDF, or a whole new one, and nothing else.</summary>
    private string? CheckOutput(byte[] previous, bool built, FuzzOptions options, ref int checkedBuilds)
    {
        var left = Directory.EnumerateFileSystemEntries(outDir).Where(f => f != output && Path.GetFileName(f) is not ("manifest.json" or "editions")).ToList();
        foreach (var f in left)
            File.Delete(f);
        if (left.Count > 0)
            return "left in the output folder: " + string.Join(", ", left.Select(Path.GetFileName));
        if (!File.Exists(output))
            return "the previous PDF is gone";
        var now = File.ReadAllBytes(output);
        if (!built)
            return now.AsSpan().SequenceEqual(previous) ? null : "a failed build changed the previous PDF";
        var text = Encoding.Latin1.GetString(now);
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal) || !text.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal))
            return "the new PDF is not whole (it must start with %PDF- and end with %%EOF)";
        if (++checkedBuilds % options.QpdfEvery == 1 && File.Exists("/usr/bin/qpdf"))
        {
            using var qpdf = Process.Start(new ProcessStartInfo("/usr/bin/qpdf", ["--check", output]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var report = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
            qpdf.WaitForExit();
            if (qpdf.ExitCode != 0)
                return "qpdf --check fails on the new PDF: " + report.Trim();
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var lane in lanes)
            lane.Dispose();
        lock (overdue)
            foreach (var thread in overdue)
                thread.Join(TimeSpan.FromSeconds(60));
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root))
                new DirectoryInfo(dir).UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
