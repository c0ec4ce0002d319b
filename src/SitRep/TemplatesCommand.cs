using System.CommandLine;
using SitRep.Diagnostics;
using SitRep.Templates;

namespace SitRep.Cli;

internal static class TemplatesCommand
{
    public static Command Create()
    {
        var command = new Command("templates", "List the built-in templates.");
        command.SetAction(_ => CliApp.Guard(() =>
        {
            foreach (var name in EmbeddedTemplateFiles.BuiltIns())
            {
                var template = BriefTemplate.Load(name);
                Console.WriteLine($"{name,-14} {template.Manifest.Audience,-24} {template.Manifest.Description}");
            }

            return CliApp.Success;
        }));
        return command;
    }
}

internal static class TemplateCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The new template's name; it is created in ./templates/NAME." };
        var from = new Option<string>("--from")
        {
            Description = "The built-in template to start from.",
            DefaultValueFactory = _ => "analyst",
        };
        var create = new Command("new", "Copy a built-in template into ./templates/NAME to customise.") { name, from };
        create.SetAction(parse => CliApp.Guard(() =>
        {
            var newName = parse.GetValue(name)!;
            var source = parse.GetValue(from)!;
            if (newName.IndexOfAny(['/', '\\', '.']) >= 0 || newName.Length == 0)
                throw new InputException(SourceLocation.Of(newName), "a template name is a plain word, without '/', '\\' or '.'", "usage");
            if (!EmbeddedTemplateFiles.IsBuiltIn(source))
                throw new InputException(SourceLocation.Of(source), $"no built-in template '{source}' (built-in: {string.Join(", ", EmbeddedTemplateFiles.BuiltIns())})", "usage");
            var target = Path.Combine("templates", newName);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
                throw new InputException(SourceLocation.Of(target), "folder already exists and is not empty; nothing was copied", "usage");
            var files = new EmbeddedTemplateFiles(source);
            foreach (var file in files.AllFiles())
            {
                var path = Path.Combine(target, file.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var bytes = files.ReadBytes(file);
                if (file == "template.yaml")
                    bytes = System.Text.Encoding.UTF8.GetBytes(RenameManifest(System.Text.Encoding.UTF8.GetString(bytes), newName));
                File.WriteAllBytes(path, bytes);
            }

            Console.WriteLine($"created {target} from '{source}'; build with: sitrep build --template {target}");
            return CliApp.Success;
        }));
        return new Command("template", "Work with template folders.") { create };
    }

    private static string RenameManifest(string yaml, string name) =>
        string.Join('\n', yaml.Split('\n').Select(line => line.StartsWith("name:", StringComparison.Ordinal) ? $"name: {name}" : line));
}
