using System.CommandLine;
using System.Diagnostics;
using SitRep.Pipeline;

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
        var template = new Option<string>("--template", "-t")
        {
            Description = "A built-in template name (see 'sitrep templates') or a template folder.",
            DefaultValueFactory = _ => DefaultTemplate,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Where to write the PDF. Default: output/<situation>-<template>.pdf",
        };
        var command = new Command("build", "Build a PDF brief from a situation with a template.") { situation, template, output };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var situationDirectory = parse.GetValue(situation)!;
            var templateName = parse.GetValue(template)!;
            var outputPath = parse.GetValue(output) ?? DefaultOutput(situationDirectory, templateName);
            var watch = Stopwatch.StartNew();
            var result = BriefBuilder.Build(new BuildRequest(situationDirectory, templateName, outputPath) { Timestamp = Timestamps.FromEnvironment() });
            Console.WriteLine($"wrote {outputPath} ({result.PageCount} pages, {watch.ElapsedMilliseconds} ms)");
            return CliApp.Success;
        }));
        return command;
    }

    public static string DefaultOutput(string situationDirectory, string template)
    {
        var situationName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(situationDirectory)));
        var templateName = Path.GetFileName(Path.TrimEndingDirectorySeparator(template));
        return Path.Combine("output", $"{situationName}-{templateName}.pdf");
    }
}
