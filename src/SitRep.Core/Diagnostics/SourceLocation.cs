namespace SitRep.Diagnostics;

/// <summary>A place in an input file, 1-based, as editors and compilers print it.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation Of(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
