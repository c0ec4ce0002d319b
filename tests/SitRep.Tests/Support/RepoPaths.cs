namespace SitRep.Tests.Support;

/// <summary>Locates the repository from the test assembly, so tests run from any working folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string KidalSituation => Path.Combine(Root, "seeds", "kidal");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SitRep.sln")))
            directory = directory.Parent;
        if (directory is not null)
            return directory.FullName;
        var recorded = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        return recorded is not null && File.Exists(Path.Combine(recorded, "SitRep.sln"))
            ? recorded
            : throw new InvalidOperationException("SitRep.sln not found above the test assembly");
    }
}
