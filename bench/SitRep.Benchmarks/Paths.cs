namespace SitRep.Benchmarks;

internal static class Paths
{
    /// <summary>seeds/kidal: above the working folder, or in the repository the benchmarks were built from.</summary>
    public static string Kidal { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds", "kidal");
            if (Directory.Exists(candidate))
                return candidate;
        }

        var recorded = typeof(Paths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && Directory.Exists(Path.Combine(recorded, "seeds", "kidal")))
            return Path.Combine(recorded, "seeds", "kidal");
        throw new DirectoryNotFoundException("run the benchmarks from inside the repository");
    }
}
