using System.CommandLine;
using System.Text.Json;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Pipeline;
using SitRep.Templates;

namespace SitRep.Cli;

internal static class CheckCommand
{
    public static Command Create()
    {
        var situation = new Option<string>("--situation", "-s")
        {
            Description = "The situation folder to check.",
            DefaultValueFactory = _ => BuildCommand.DefaultSituation,
        };
        var template = new Option<string>("--template", "-t")
        {
            Description = "The template to check against the situation.",
            DefaultValueFactory = _ => BuildCommand.DefaultTemplate,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (file:line:col: severity: message) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check a situation and template without writing a PDF: structure, evidence, quotes, numbers, dates, discrepancies.") { situation, template, format };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var diagnostics = new DiagnosticBag();
            try
            {
                var loaded = SituationLoader.Load(parse.GetValue(situation)!, diagnostics);
                if (!diagnostics.HasErrors)
                    SituationValidator.Validate(loaded, diagnostics);
                if (!diagnostics.HasErrors)
                {
                    // A dry run of the build, into memory: the template, the Markdown it yields, charts,
                    // glyphs the fonts lack and layout are checked exactly as 'build' checks them.
                    using var pdf = new MemoryStream();
                    var brief = BriefTemplate.Load(parse.GetValue(template)!);
                    BriefBuilder.Compose(loaded, brief, pdf);
                    diagnostics.AddRange(BriefLocale.Findings(loaded, brief));
                }
            }
            catch (InputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }

            var sorted = diagnostics.Sorted().ToList();
            var discrepancies = sorted.Count(d => d.Code == "discrepancy");
            if (parse.GetValue(format) == "json")
                Console.WriteLine(JsonSerializer.Serialize(
                    new CheckReport(
                        diagnostics.Count(Severity.Error),
                        diagnostics.Count(Severity.Warning),
                        diagnostics.Count(Severity.Info),
                        discrepancies,
                        sorted.Select(d => new FindingReport(d.Location.File, d.Location.Line, d.Location.Column, d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message)).ToList()),
                    JsonReports.Default.CheckReport));
            else
            {
                foreach (var d in sorted)
                    Console.WriteLine(d);
                Console.WriteLine($"{Count(diagnostics.Count(Severity.Error), "error")}, {Count(diagnostics.Count(Severity.Warning), "warning")}, {Count(diagnostics.Count(Severity.Info), "note")} ({Count(discrepancies, "discrepancy", "discrepancies")} between sources)");
            }

            return diagnostics.HasErrors ? CliApp.InputProblem : CliApp.Success;
        }));
        return command;
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
