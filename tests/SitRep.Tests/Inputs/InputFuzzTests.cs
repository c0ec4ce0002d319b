using System.Diagnostics;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Pipeline;
using SitRep.Templates;
using Xunit.Abstractions;

namespace SitRep.Tests.Inputs;

/// <summary>
/// Seeded fuzzing of the Kidal situation. Whatever the damage, the library reports findings (or throws
/// <see cref="InputException"/>), never anything else; a build with errors writes no PDF.
/// </summary>
[Collection(InputsCollection.Name)]
public sealed class InputFuzzTests(ITestOutputHelper output) : IDisposable
{
    public const int Seed = 20231114;
    public const int Cases = 1000;
    public const int PdfEvery = 100;

    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    private sealed record Outcome(int ExitCode, bool Rendered, bool PdfWritten);

    [Fact]
    public void Library_survives_1000_mutations_of_the_Kidal_yaml()
    {
        var originals = YamlMutator.YamlFiles.ToDictionary(f => f, f => File.ReadAllText(box.PathOf(f)));
        var sourceFiles = Directory.GetFiles(box.PathOf("sources")).Order(StringComparer.Ordinal).ToArray();
        var sourceOriginals = sourceFiles.ToDictionary(f => f, File.ReadAllBytes);
        var template = BriefTemplate.Load("analyst");
        var watch = Stopwatch.StartNew();
        var exitCodes = new int[3];
        int rendered = 0, pdfs = 0;

        // For exploring beyond the fixed run: SITREP_FUZZ_SEED=n SITREP_FUZZ_CASES=m dotnet test --filter InputFuzz
        var seed = int.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_SEED"), out var s) ? s : Seed;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("SITREP_FUZZ_CASES"), out var n) ? n : Cases;
        for (var i = 0; i < cases; i++)
        {
            var random = new Random(seed + i);
            var mutator = new YamlMutator(random);
            var files = new Dictionary<string, string>(originals);
            var what = mutator.Mutate(files);
            string? touchedSource = null;
            if (random.Next(20) == 0)
            {
                touchedSource = sourceFiles[random.Next(sourceFiles.Length)];
                var (bytes, change) = mutator.MutateSource(sourceOriginals[touchedSource]);
                File.WriteAllBytes(touchedSource, bytes);
                what += $"; {Path.GetFileName(touchedSource)}: {change}";
            }

            foreach (var (name, text) in files)
            {
                if (!ReferenceEquals(text, originals[name]))
                    File.WriteAllText(box.PathOf(name), text);
            }

            try
            {
                var outcome = RunCase(template, withPdf: i % PdfEvery == 0, i);
                Assert.True(outcome.ExitCode is 0 or 1, $"case {i} ({what}): exit code {outcome.ExitCode}");
                exitCodes[outcome.ExitCode]++;
                rendered += outcome.Rendered ? 1 : 0;
                pdfs += outcome.PdfWritten ? 1 : 0;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"case {i} (seed {seed + i}: {what}) threw {e.GetType().FullName}: {e.Message}\n{e}");
            }
            finally
            {
                foreach (var (name, text) in files)
                {
                    if (!ReferenceEquals(text, originals[name]))
                        File.WriteAllText(box.PathOf(name), originals[name]);
                }

                if (touchedSource is not null)
                    File.WriteAllBytes(touchedSource, sourceOriginals[touchedSource]);
            }
        }

        watch.Stop();
        output.WriteLine($"{cases} cases (seed {seed}) in {watch.Elapsed.TotalSeconds:0.0} s: {exitCodes[0]} clean (exit 0), {exitCodes[1]} with errors (exit 1); {rendered} rendered, {pdfs} PDFs built");
        Assert.True(exitCodes[1] > cases / 2, "most mutations should be caught");
        Assert.True(exitCodes[0] > 0, "some mutations are harmless (a comment, a number in free text)");
    }

    /// <summary>One case, as the CLI would run it; the exit code the CLI would map it to.</summary>
    private Outcome RunCase(BriefTemplate template, bool withPdf, int index)
    {
        var diagnostics = new DiagnosticBag();
        bool rendered = false, written = false;
        try
        {
            var situation = SituationLoader.Load(box.Situation, diagnostics);

            // Validated even after loading errors: the validator must cope with a half-loaded situation.
            SituationValidator.Validate(situation, diagnostics);
            if (!diagnostics.HasErrors)
            {
                TemplateRenderer.Render(template, situation);
                rendered = true;
            }

            if (withPdf)
            {
                var pdf = Path.Combine(box.OutDir, $"fuzz-{index}.pdf");
                try
                {
                    BriefBuilder.Build(new BuildRequest(box.Situation, "analyst", pdf));
                    Assert.False(diagnostics.HasErrors, "Build succeeded although check found errors:\n" + string.Join("\n", diagnostics.Items));
                    Assert.True(File.Exists(pdf));
                    written = true;
                    File.Delete(pdf);
                }
                catch (InputException)
                {
                    Assert.False(File.Exists(pdf), "a PDF was written although the build reported errors");
                    Assert.DoesNotContain(Directory.EnumerateFiles(box.OutDir, "*.pdf"), f => f != box.Output);
                    throw;
                }
            }
        }
        catch (InputException e)
        {
            Assert.NotEmpty(e.Diagnostics);
            Assert.All(e.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Location.File)));
            return new Outcome(1, rendered, written);
        }

        Assert.All(diagnostics.Items, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1 && d.Location.File.Length > 0, d.ToString()));
        return new Outcome(diagnostics.HasErrors ? 1 : 0, rendered, written);
    }

    [Fact]
    public void Cli_survives_10_mutations()
    {
        var originals = YamlMutator.YamlFiles.ToDictionary(f => f, f => File.ReadAllText(box.PathOf(f)));
        var exits = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            var random = new Random(Seed * 7 + i);
            var files = new Dictionary<string, string>(originals);
            var what = new YamlMutator(random).Mutate(files);
            foreach (var (name, text) in files)
                File.WriteAllText(box.PathOf(name), text);
            var result = box.Build();
            Assert.False(result.TimedOut, $"case {i} ({what}) timed out");
            Assert.True(result.ExitCode is 0 or 1, $"case {i} ({what}): {result}");
            Sandbox.AssertNoStackTrace(result);
            if (result.ExitCode == 1)
            {
                Assert.Contains(": error: ", result.StdErr);
                box.AssertPreviousPdfIntact();
            }
            else
            {
                Assert.StartsWith("%PDF-", File.ReadAllText(box.Output)[..8]);
                File.WriteAllBytes(box.Output, Sandbox.PreviousPdf);
            }

            exits.Add(result.ExitCode);
            output.WriteLine($"case {i}: exit {result.ExitCode} ({what}) {Sandbox.FirstError(result).Trim()}");
        }

        foreach (var (name, text) in originals)
            File.WriteAllText(box.PathOf(name), text);
    }
}
