using System.CommandLine;
using System.Runtime.InteropServices;
using SitRep.Templates;

namespace SitRep.Cli;

/// <summary>
/// <c>sitrep watch</c>: builds once, then rebuilds whenever the situation folder or a template folder
/// changes (debounced), in this process, until Ctrl-C or SIGTERM (exit code 0).
/// </summary>
internal static class WatchCommand
{
    /// <summary>How long the files must stay unchanged before a rebuild starts.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(100);

    public static Command Create()
    {
        var situation = new Option<string>("--situation", "-s")
        {
            Description = "The situation folder to watch.",
            DefaultValueFactory = _ => BuildCommand.DefaultSituation,
        };
        var template = new Option<string[]>("--template", "-t")
        {
            Description = $"A built-in template name or a template folder (watched too); repeat for several. Default: {BuildCommand.DefaultTemplate}",
            AllowMultipleArgumentsPerToken = false,
            Arity = ArgumentArity.OneOrMore,
        };
        var all = new Option<bool>("--all")
        {
            Description = "Keep every built-in template's brief up to date.",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Where to write the PDF, when watching one template. Default: output/<situation>-<template>.pdf",
        };
        var command = new Command("watch", "Build, then rebuild on every change to the situation or template folder; one line per rebuild. Ctrl-C stops. Editions are previewed, not recorded.")
        {
            situation, template, all, output,
        };
        BriefOptionsValidator.Add(command, situation, template, all, output, "watches", "--out names one PDF; it can be used only when watching a single template.");
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var situationDirectory = parse.GetValue(situation)!;
            if (!Directory.Exists(situationDirectory))
                throw new Diagnostics.InputException(Diagnostics.SourceLocation.Of(Extracts.SituationLoader.Display(situationDirectory)), "situation folder not found");
            var templates = parse.GetValue(all)
                ? EmbeddedTemplateFiles.BuiltIns().ToArray()
                : (parse.GetValue(template) is { Length: > 0 } given ? given : [BuildCommand.DefaultTemplate]).Distinct(StringComparer.Ordinal).ToArray();
            var outputPath = parse.GetValue(output);
            var plans = templates.Select(t => new BuildCommand.BriefPlan(t, outputPath ?? BuildCommand.DefaultOutput(situationDirectory, t))).ToList();
            // An unknown template is reported now; an error inside a template folder is reported by the first build, and watched.
            foreach (var plan in plans.Where(p => !EmbeddedTemplateFiles.IsBuiltIn(p.Template) && !Directory.Exists(p.Template)))
                BriefTemplate.Load(plan.Template);
            return Run(situationDirectory, plans, Timestamps.FromEnvironment());
        }));
        return command;
    }

    private static int Run(string situationDirectory, IReadOnlyList<BuildCommand.BriefPlan> plans, DateTimeOffset? timestamp)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true; // exit through the loop below, with code 0
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        var session = new WatchSession(situationDirectory, plans, timestamp, Console.Out);
        var templateFolders = plans.Where(p => !EmbeddedTemplateFiles.IsBuiltIn(p.Template) && Directory.Exists(p.Template))
            .ToDictionary(p => Path.GetFullPath(p.Template), p => p.Template, StringComparer.Ordinal);
        var situationFolder = Path.GetFullPath(situationDirectory);
        using var watcher = new FolderWatcher([situationFolder, .. templateFolders.Keys], plans.Select(p => p.OutputDirectory), Debounce);

        session.Rebuild();
        Console.WriteLine($"watching {string.Join(", ", new[] { situationDirectory }.Concat(templateFolders.Values))}; Ctrl-C stops");
        while (!stop.IsCancellationRequested)
        {
            IReadOnlySet<string> changed;
            try
            {
                changed = watcher.WaitAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                break;
            }

            // A change to the situation rebuilds every brief; a change to a template folder, its briefs.
            var only = changed.Contains(situationFolder)
                ? null
                : changed.Select(f => templateFolders[f]).ToHashSet(StringComparer.Ordinal);
            session.Rebuild(only);
        }

        return CliApp.Success;
    }
}
