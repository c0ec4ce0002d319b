using System.CommandLine;
using System.Diagnostics;
using SitRep.Concurrency;
using SitRep.Diagnostics;
using SitRep.Editions;
using SitRep.Extracts;
using SitRep.Pdf;
using SitRep.Pipeline;
using SitRep.Templates;

namespace SitRep.Cli;

internal static class BuildCommand
{
    public const string DefaultSituation = "seeds/kidal";
    public const string DefaultTemplate = "analyst";

    public static Command Create()
    {
        var situation = new Option<string>("--situation", "-s")
        {
            Description = "The situation folder (situation.yaml, sources.yaml, extracts, sources/).",
            DefaultValueFactory = _ => DefaultSituation,
        };
        var template = new Option<string[]>("--template", "-t")
        {
            Description = $"A built-in template name (see 'sitrep templates') or a template folder; repeat to build several. Default: {DefaultTemplate}",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.OneOrMore,
        };
        var all = new Option<bool>("--all")
        {
            Description = "Build every built-in template (one brief per audience) for the situation.",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Where to write the PDF, when building one template. Default: output/<situation>-<template>.pdf",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Rebuild even when output/manifest.json shows the inputs and the PDF unchanged, and replace a read-only PDF (never a link or device).",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print nothing but errors.",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print a JSON summary of the build on standard output instead of progress lines.",
        };
        var command = new Command("build", "Build PDF briefs from a situation with one or more templates; unchanged briefs are skipped (see output/manifest.json).")
        {
            situation, template, all, output, force, quiet, json,
        };
        BriefOptionsValidator.Add(command, situation, template, all, output, "builds", "--out names one PDF; it can be used only when building a single template (without --all). Briefs of several templates go to output/<situation>-<template>.pdf.");
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var situationDirectory = parse.GetValue(situation)!;
            var templates = parse.GetValue(all)
                ? EmbeddedTemplateFiles.BuiltIns().ToArray()
                : (parse.GetValue(template) is { Length: > 0 } given ? given : [DefaultTemplate]).Distinct(StringComparer.Ordinal).ToArray();
            var outputPath = parse.GetValue(output);
            var plans = templates.Select(t => new BriefPlan(t, outputPath ?? DefaultOutput(situationDirectory, t))).ToList();
            var clash = plans.GroupBy(p => Path.GetFullPath(p.OutputPath), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (clash is not null)
            {
                Console.Error.WriteLine($"sitrep: templates {string.Join(" and ", clash.Select(p => $"'{p.Template}'"))} would both write {clash.First().OutputPath}; build them separately with --out.");
                return CliApp.UsageProblem;
            }

            var progress = BuildProgress.Create(parse.GetValue(quiet), parse.GetValue(json));
            return Run(situationDirectory, plans, Timestamps.FromEnvironment(), parse.GetValue(force), progress);
        }));
        return command;
    }

    public static string DefaultOutput(string situationDirectory, string template)
    {
        var situationName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(situationDirectory)));
        var templateName = Path.GetFileName(Path.TrimEndingDirectorySeparator(template));
        return Path.Combine("output", $"{situationName}-{templateName}.pdf");
    }

    internal sealed record BriefPlan(string Template, string OutputPath)
    {
        public string OutputDirectory => Path.GetDirectoryName(Path.GetFullPath(OutputPath))!;

        public string ManifestName => Path.GetFileName(OutputPath);
    }

    internal static int Run(string situationDirectory, IReadOnlyList<BriefPlan> plans, DateTimeOffset? timestamp, bool force, BuildProgress progress)
    {
        var manifests = new Dictionary<string, BuildManifest>(StringComparer.Ordinal);
        var pending = new List<BriefPlan>();
        var failed = 0;
        var bugs = 0;

        // First decide what is unchanged, without loading the situation: only the files and lookups
        // each brief's last build recorded are read again.
        foreach (var plan in plans)
        {
            var directory = plan.OutputDirectory;
            if (!manifests.TryGetValue(directory, out var manifest))
                manifests[directory] = manifest = BuildManifest.Load(directory);

            // A missing editions record is made again: that needs the situation loaded.
            if (!force && File.Exists(EditionRecord.PathFor(directory, situationDirectory))
                && manifest.IsUpToDate(directory, plan.ManifestName, situationDirectory, plan.Template, timestamp))
                progress.Skipped(plan.Template, plan.OutputPath, manifest.Find(plan.ManifestName)!);
            else
                pending.Add(plan);
        }

        var toBuild = new List<(BriefPlan Plan, BuildInputs Inputs, string Content, Task<(int Pages, string Sha256, TimeSpan Elapsed)> Build)>();
        var editions = new Dictionary<string, NextEdition>(StringComparer.Ordinal);
        Situation? situation = null;

        // Briefs are built side by side, one per core; what each did is reported in plan order, as it ends.
        using var cores = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        Task<(int Pages, string Sha256, TimeSpan Elapsed)> StartBuild(BriefPlan plan, BriefTemplate template, string markdown) => Task.Run(() =>
        {
            cores.Wait();
            try
            {
                var watch = Stopwatch.StartNew();
                var result = BriefBuilder.Build(situation!, template, plan.OutputPath, timestamp, markdown: markdown, replaceReadOnly: force);
                return (result.PageCount, result.Sha256, watch.Elapsed);
            }
            finally
            {
                cores.Release();
            }
        });

        if (pending.Count > 0)
        {
            // What does not depend on the situation is read on the other core while the situation loads.
            WarmUp.Start();
            var templates = pending.Select(p => p.Template).Distinct(StringComparer.Ordinal)
                .ToDictionary(t => t, t => new SharedWork<BriefTemplate>(() =>
                {
                    var loaded = BriefTemplate.Load(t);
                    // What the template's fonts cover is read on a free core, before its brief is laid out.
                    ThreadPool.QueueUserWorkItem(static theme => BriefFonts.ReadCoverage(theme), loaded.Theme, preferLocal: false);
                    return loaded;
                }), StringComparer.Ordinal);
            var records = pending.Select(p => p.OutputDirectory).Distinct(StringComparer.Ordinal)
                .ToDictionary(d => d, d => new SharedWork<EditionRecord>(() => EditionRecord.Load(EditionRecord.PathFor(d, situationDirectory))), StringComparer.Ordinal);

            // Check the situation once, so that its errors are reported once, not once per template.
            try
            {
                situation = BriefBuilder.LoadChecked(situationDirectory).Situation;
            }
            catch (InputException e)
            {
                progress.SituationFailed(situationDirectory, e.Diagnostics, pending.Select(p => (p.Template, p.OutputPath)).ToList());
                failed += pending.Count;
            }

            // An input changed; a brief that does not show the change keeps its PDF.
            foreach (var plan in situation is null ? [] : pending)
            {
                Task<(int Pages, string Sha256, TimeSpan Elapsed)>? forced = null;
                try
                {
                    if (!editions.ContainsKey(plan.OutputDirectory))
                        editions[plan.OutputDirectory] = Editions.Editions.Next(situation!, records[plan.OutputDirectory].Result, timestamp);
                    var template = templates[plan.Template].Result;
                    // Rendered once: the same Markdown is hashed and then laid out.
                    var next = editions[plan.OutputDirectory];
                    var markdown = TemplateRenderer.Render(template, situation!, TemplateExtras.For(situation!, template, next));
                    // Forced, the brief is built whatever its content hash: it starts now, and is hashed while it builds.
                    forced = force ? StartBuild(plan, template, markdown) : null;
                    // Everything this brief reads is read by now: the situation and its snapshot, the whole template.
                    var inputs = BuildInputs.Of(situation!.Folder!.Record, template.Files.Record, timestamp);
                    var content = BriefContent.Hash(situation!, inputs, markdown, next.Fingerprint);
                    var manifest = manifests[plan.OutputDirectory];
                    if (!force && manifest.HasSameContent(plan.OutputDirectory, plan.ManifestName, content))
                    {
                        var kept = manifest.Find(plan.ManifestName)!;
                        var refreshed = ManifestBrief.From(situationDirectory, plan.Template, plan.ManifestName, kept.Sha256, kept.Pages, inputs, content);
                        manifest.Put(refreshed);
                        progress.Skipped(plan.Template, plan.OutputPath, refreshed);
                    }
                    else
                    {
                        toBuild.Add((plan, inputs, content, forced ?? StartBuild(plan, template, markdown)));
                    }
                }
                catch (InputException e)
                {
                    // A build started before its brief failed to prepare ends before the run does; what it did is not reported.
                    TaskEnd.Await(forced);
                    progress.Failed(plan.Template, plan.OutputPath, e.Diagnostics);
                    failed++;
                }
                catch (Exception e)
                {
                    TaskEnd.Await(forced);
                    // A bug in one brief does not stop the others; the run ends with the internal-error code.
                    CliApp.ReportBug(e, $"preparing '{plan.Template}' ({plan.OutputPath})");
                    bugs++;
                }
            }
        }

        foreach (var (plan, inputs, content, build) in toBuild)
        {
            progress.Starting(plan.Template, plan.OutputPath);
            try
            {
                var (pages, sha256, elapsed) = build.GetAwaiter().GetResult();
                var entry = ManifestBrief.From(situationDirectory, plan.Template, plan.ManifestName, sha256, pages, inputs, content);
                manifests[plan.OutputDirectory].Put(entry);
                progress.Built(plan.Template, plan.OutputPath, entry, elapsed);
            }
            catch (InputException e)
            {
                progress.Failed(plan.Template, plan.OutputPath, e.Diagnostics);
                failed++;
            }
            catch (Exception e)
            {
                CliApp.ReportBug(e, $"building '{plan.Template}' ({plan.OutputPath})");
                bugs++;
            }
        }

        // The edition is recorded once every brief of the run is in place.
        foreach (var next in failed + bugs == 0 ? editions.Values.ToList() : [])
        {
            try
            {
                Editions.Editions.Commit(next);
                progress.Recorded(next.Edition, next.Changes, next.Record.Path, next.IsNew);
            }
            catch (InputException e)
            {
                progress.Failed("editions", next.Record.Path, e.Diagnostics);
                failed++;
            }
        }

        var manifestPaths = new List<string>();
        foreach (var (directory, manifest) in manifests)
        {
            if (manifest.Briefs.Count == 0)
                continue;
            var path = BuildManifest.PathIn(directory);
            try
            {
                manifest.Save(directory);
            }
            catch (InputException e)
            {
                progress.Failed("manifest", path, e.Diagnostics);
                failed++;
                continue;
            }

            manifestPaths.Add(Extracts.SituationLoader.Display(path));
        }

        progress.Finish(situationDirectory, manifestPaths);
        return bugs > 0 ? CliApp.Bug : failed > 0 ? CliApp.InputProblem : CliApp.Success;
    }
}
