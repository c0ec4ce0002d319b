using System.CommandLine;
using System.Text.Json;
using SitRep.Diagnostics;
using SitRep.Extracts;
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
                    TemplateRenderer.Render(BriefTemplate.Load(parse.GetValue(template)!), loaded);
            }
            catch (InputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }

            var sorted = diagnostics.Sorted().ToList();
            if (parse.GetValue(format) == "json")
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    errors = diagnostics.Count(Severity.Error),
                    warnings = diagnostics.Count(Severity.Warning),
                    findings = sorted.Select(d => new { file = d.Location.File, line = d.Location.Line, column = d.Location.Column, severity = d.Severity.ToString().ToLowerInvariant(), code = d.Code, message = d.Message }),
                }, new JsonSerializerOptions { WriteIndented = true }));
            else
            {
                foreach (var d in sorted)
                    Console.WriteLine(d);
                Console.WriteLine($"{diagnostics.Count(Severity.Error)} errors, {diagnostics.Count(Severity.Warning)} warnings, {diagnostics.Count(Severity.Info)} notes");
            }

            return diagnostics.HasErrors ? CliApp.InputProblem : CliApp.Success;
        }));
        return command;
    }
}
