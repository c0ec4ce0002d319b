using System.CommandLine;
using SitRep.Extracts;

namespace SitRep.Cli;

internal static class NewCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The new situation's folder (its name becomes the situation id)." };
        var command = new Command("new", "Create a situation folder to fill in: manifest, commented extract files and a sources/ folder.") { name };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var folder = parse.GetValue(name)!;
            if (string.IsNullOrWhiteSpace(folder))
            {
                Console.Error.WriteLine("sitrep: new: give the new situation's folder name");
                return CliApp.UsageProblem;
            }

            var files = SituationScaffold.Create(folder);
            var shown = SituationLoader.Display(folder);
            Console.WriteLine($"Created {shown}: {string.Join(", ", files)}");
            Console.WriteLine($"Next: fill in title, country and as_of in {Path.Combine(shown, "situation.yaml")}, put the source texts in {Path.Combine(shown, "sources")}/ and list them in sources.yaml; then run: sitrep check --situation {shown}");
            return CliApp.Success;
        }));
        return command;
    }
}
