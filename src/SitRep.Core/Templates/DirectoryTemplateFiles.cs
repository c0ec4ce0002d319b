using SitRep.Diagnostics;
using SitRep.Files;

namespace SitRep.Templates;

/// <summary>
/// A template folder on disk, read through <see cref="InputFolder"/>: only regular files inside the
/// folder, no symbolic links on the way, no hard links to files elsewhere, no FIFOs or devices, and
/// at most <see cref="MaxFileBytes"/> per file.
/// </summary>
public sealed class DirectoryTemplateFiles : ITemplateFiles
{
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly InputFolder folder;

    public DirectoryTemplateFiles(string directory)
    {
        var root = Path.GetFullPath(directory);
        folder = new InputFolder(root, Extracts.SituationLoader.Display(root), "template");
    }

    public string DisplayName => folder.DisplayName;

    public bool Exists(string relativePath) => Guarded(relativePath, () => folder.KindOf(relativePath) != EntryKind.Missing);

    public byte[] ReadBytes(string relativePath) => folder.ReadBytesOrThrow(relativePath, MaxFileBytes);

    public IReadOnlyList<string> List(string relativeFolder) => Guarded(relativeFolder, () => folder.ListEntries(relativeFolder));

    public string Display(string relativePath) => folder.Display(relativePath);

    public ReadRecord Record => folder.Record;

    public InputLookup Repeat(InputLookup lookup) => folder.Repeat(lookup);

    private T Guarded<T>(string relativePath, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (InputFileError e)
        {
            throw TemplateErrors.At(SourceLocation.Of(Display(relativePath)), e.Message);
        }
    }
}
