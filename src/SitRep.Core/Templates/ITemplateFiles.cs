namespace SitRep.Templates;

/// <summary>The files of one template. Paths are relative, with '/' separators, and never leave the template.</summary>
public interface ITemplateFiles
{
    /// <summary>How the template is named in messages: a folder path or "built-in NAME".</summary>
    string DisplayName { get; }

    bool Exists(string relativePath);

    /// <summary>The file's bytes; a file that cannot be read (missing, a link, too large…) is an <see cref="Diagnostics.InputException"/> at the file.</summary>
    byte[] ReadBytes(string relativePath);

    /// <summary>Relative paths of every entry in <paramref name="folder"/> (not recursive), whatever its kind, so that a refused one is reported rather than skipped.</summary>
    IReadOnlyList<string> List(string folder);

    /// <summary>The path shown in messages for a file of the template.</summary>
    string Display(string relativePath);

    /// <summary>What was read from the template and what was looked up in it, for the build manifest.</summary>
    Files.ReadRecord Record { get; }

    /// <summary>Asks the question of <paramref name="lookup"/> again, without recording it.</summary>
    Files.InputLookup Repeat(Files.InputLookup lookup);
}
