using System.CommandLine;
using SitRep.Extraction;

namespace SitRep.Cli;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("SOURCE") { Description = "Source text files to draft from (with --situation: some of its sources; none means all).", Arity = ArgumentArity.ZeroOrMore };
        var situation = new Option<string?>("--situation", "-s") { Description = "A situation folder: its sources.yaml and sources/ are read, and names are matched against its places and actors." };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the *.draft.yaml files (default: the situation folder)." };
        var review = new Option<bool>("--review") { Description = "Print what was found per source, and write nothing." };
        var force = new Option<bool>("--force") { Description = "Replace draft files that are already there (curated files are never touched)." };
        var format = new Option<string>("--format") { Description = "Review format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("extract", "Draft quotes, figures, dated events and name candidates from raw sources into *.draft.yaml files, every evidence cut verbatim from its source.")
        {
            sources, situation, output, review, force, format,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var files = parse.GetValue(sources) ?? [];
            var folder = parse.GetValue(situation);
            var target = parse.GetValue(output) ?? folder;
            if (files.Length == 0 && string.IsNullOrWhiteSpace(folder))
                return Usage("give SOURCE files or --situation DIR");
            if (!parse.GetValue(review) && string.IsNullOrWhiteSpace(target))
                return Usage("say where the drafts go with --out DIR (or give --situation DIR), or use --review to only look");

            var set = string.IsNullOrWhiteSpace(folder) ? SourceSet.FromFiles(files) : SourceSet.FromSituation(folder, files);
            var result = Extractor.Extract(set.Documents, set.Places, set.Actors);
            if (parse.GetValue(review))
            {
                Console.Write(parse.GetValue(format) == "json" ? ReviewTable.Json(result) + Environment.NewLine : ReviewTable.Text(result));
                return CliApp.Success;
            }

            foreach (var written in DraftFiles.Write(target!, DraftWriter.Render(result), parse.GetValue(force)))
                Console.WriteLine($"wrote {written}");
            var quotes = result.Sources.Sum(s => s.Quotes.Count);
            var figures = result.Sources.Sum(s => s.Figures.Count);
            var events = result.Sources.Sum(s => s.Events.Count);
            Console.WriteLine($"{result.Sources.Count} sources: {quotes} quotes, {figures} figures, {events} events, {result.Names.Count(n => n.KnownId is null)} new names to review");
            return CliApp.Success;
        }));
        return command;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"sitrep extract: {message}");
        Console.Error.WriteLine("Run 'sitrep extract --help' for usage.");
        return CliApp.UsageProblem;
    }
}
