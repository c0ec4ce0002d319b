namespace SitRep.Templates;

/// <summary>The files of one template. Paths are relative, with '/' separators, and never leave the template.</summary>
public interface ITemplateFiles
{
    /// <summary>How the template is named in messages: a folder path or "built-in NAME".</summary>
    string DisplayName { get; }

    bool Exists(string relativePath);

    byte[] ReadBytes(string relativePath);

    /// <summary>Relative paths of the files in <paramref name="folder"/> (not recursive).</summary>
    IReadOnlyList<string> List(string folder);

    /// <summary>The path shown in messages for a file of the template.</summary>
    string Display(string relativePath);
}
