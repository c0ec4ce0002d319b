using SitRep.Diagnostics;
using SitRep.Files;

namespace SitRep.Extraction;

/// <summary>
/// Writes draft files into a folder: only `*.draft.yaml` names, so curated files are never touched;
/// an existing draft is kept unless forced; nothing is written unless every file can be.
/// </summary>
public static class DraftFiles
{
    public static IReadOnlyList<string> Write(string directory, IReadOnlyDictionary<string, string> files, bool force)
    {
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
            throw new InputException(SourceLocation.Of(Extracts.SituationLoader.Display(full)), "output folder not found; create it first");
        var folder = new InputFolder(full, Extracts.SituationLoader.Display(full), "output");
        var problems = new List<Diagnostic>();
        foreach (var kind in files.Keys)
        {
            var name = DraftWriter.FileName(kind);
            var at = folder.KindOf(name);
            if (at == EntryKind.Missing)
                continue;
            if (at != EntryKind.Regular)
                problems.Add(new Diagnostic(Severity.Error, SourceLocation.Of(folder.Display(name)), "is not a regular file (a link or a folder?); remove it first", "output"));
            else if (!force)
                problems.Add(new Diagnostic(Severity.Error, SourceLocation.Of(folder.Display(name)), "a draft is already here; review it and delete it, or pass --force to replace it", "output"));
        }

        if (problems.Count > 0)
            throw new InputException(problems);

        var written = new List<string>();
        foreach (var (kind, text) in files)
        {
            var name = DraftWriter.FileName(kind);
            var target = Path.Combine(full, name);
            var temporary = Path.Combine(full, $".{name}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(false));
            File.Move(temporary, target, overwrite: true);
            written.Add(folder.Display(name));
        }

        return written;
    }
}
