namespace SitRep.Benchmarks;

internal static class Paths
{
    /// <summary>seeds/kidal, found by walking up from the working folder to the repository.</summary>
    public static string Kidal { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds", "kidal");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("run the benchmarks from inside the repository");
    }
}
