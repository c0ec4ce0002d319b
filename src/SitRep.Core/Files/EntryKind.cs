namespace SitRep.Files;

/// <summary>What a path names, seen without following a symbolic link.</summary>
public enum EntryKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Special,
}
