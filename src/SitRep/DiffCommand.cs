using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SitRep.Diagnostics;
using SitRep.Editions;
using SitRep.Pipeline;

namespace SitRep.Cli;

/// <summary><c>sitrep diff</c>: the changes a brief shows, or the changes since a given edition or record.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var situation = new Option<string>("--situation", "-s")
        {
            Description = "The situation folder.",
            DefaultValueFactory = _ => BuildCommand.DefaultSituation,
        };
        var editions = new Option<string?>("--editions")
        {
            Description = "The editions record. Default: output/editions/<situation>.json, where 'sitrep build' keeps it.",
        };
        var since = new Option<string?>("--since")
        {
            Description = "An edition number of the record, or an editions record file (e.g. from the last CI run) whose last edition to compare with. Default: the changes the next brief shows.",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "Print what changed in the extracts since the last edition (or --since an edition or record), as the next brief states it.")
        {
            situation, editions, since, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(since) is not null && string.IsNullOrWhiteSpace(result.GetValue(since)))
                result.AddError("--since needs an edition number or an editions record file.");
            if (result.GetResult(editions) is not null && string.IsNullOrWhiteSpace(result.GetValue(editions)))
                result.AddError("--editions needs a file, such as output/editions/kidal.json.");
        });
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var situationDirectory = parse.GetValue(situation)!;
            var recordPath = parse.GetValue(editions) ?? EditionRecord.PathFor("output", situationDirectory);
            var sinceValue = parse.GetValue(since)?.Trim();
            var timestamp = Timestamps.FromEnvironment();

            EditionReport report;
            if (sinceValue is null)
            {
                var loaded = BriefBuilder.LoadChecked(situationDirectory).Situation;
                var (edition, changes) = Editions.Editions.Next(loaded, EditionRecord.Load(recordPath), timestamp);
                report = new EditionReport(edition, changes);
            }
            else if (int.TryParse(sinceValue, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                if (number < 1)
                {
                    Console.Error.WriteLine("sitrep: --since: editions are numbered from 1.");
                    return CliApp.UsageProblem;
                }

                var record = EditionRecord.Load(recordPath);
                if (record.Find(number) is null)
                {
                    Console.Error.WriteLine(record.Last is null
                        ? $"sitrep: --since {number}: {Extracts.SituationLoader.Display(recordPath)} records no edition yet."
                        : $"sitrep: --since {number}: {Extracts.SituationLoader.Display(recordPath)} records No. 1 to No. {record.Last.Number}.");
                    return CliApp.UsageProblem;
                }

                var loaded = BriefBuilder.LoadChecked(situationDirectory).Situation;
                report = Editions.Editions.Since(loaded, record, number, timestamp);
            }
            else
            {
                if (!File.Exists(sinceValue))
                {
                    Console.Error.WriteLine($"sitrep: --since: '{sinceValue}' is neither an edition number nor an editions record file.");
                    return CliApp.UsageProblem;
                }

                var loaded = BriefBuilder.LoadChecked(situationDirectory).Situation;
                var other = EditionRecord.Load(Path.GetFullPath(sinceValue));
                if (other.Last is null)
                    throw new InputException(SourceLocation.Of(Extracts.SituationLoader.Display(sinceValue)), "this editions record holds no edition", "editions");
                report = Editions.Editions.Since(loaded, other, other.Last.Number, timestamp);
            }

            if (parse.GetValue(format) == "json")
                Console.WriteLine(JsonSerializer.Serialize(report, EditionJson.Indented.EditionReport));
            else
                Console.Write(ChangesText.Format(report));
            return CliApp.Success;
        }));
        return command;
    }
}
