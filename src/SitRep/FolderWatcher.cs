namespace SitRep.Cli;

/// <summary>
/// Watches folders (recursively) and says which of them changed, once the changes have settled:
/// <see cref="WaitAsync"/> returns after a quiet period with no further event, so an editor that saves
/// in several steps (write a temporary file, rename it over the old one) causes one rebuild.
/// Hidden files, editor backups and the ignored folders (the output) do not count.
/// </summary>
internal sealed class FolderWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly HashSet<string> changed = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> ignored;
    private readonly SemaphoreSlim signal = new(0, 1);
    private readonly TimeSpan quiet;
    private long lastEvent;

    public FolderWatcher(IEnumerable<string> folders, IEnumerable<string> ignoredFolders, TimeSpan quiet)
    {
        this.quiet = quiet;
        ignored = ignoredFolders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar).ToList();
        foreach (var folder in folders.Select(f => Path.GetFullPath(f)).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Saw(folder, e.FullPath);
            watcher.Created += (_, e) => Saw(folder, e.FullPath);
            watcher.Deleted += (_, e) => Saw(folder, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Saw(folder, e.OldFullPath);
                Saw(folder, e.FullPath);
            };
            // Events were lost (too many at once): rebuild to be safe.
            watcher.Error += (_, _) => Saw(folder, null);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then for <c>quiet</c> without one; returns the watched folders that changed.</summary>
    public async Task<IReadOnlySet<string>> WaitAsync(CancellationToken cancel)
    {
        await signal.WaitAsync(cancel);
        while (true)
        {
            var since = TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref lastEvent));
            if (since >= quiet)
                break;
            await Task.Delay(quiet - since, cancel);
        }

        lock (changed)
        {
            var folders = changed.ToHashSet(StringComparer.Ordinal);
            changed.Clear();
            // A change that came in while we slept is part of this batch; a later one signals again.
            signal.Wait(0);
            return folders;
        }
    }

    private void Saw(string folder, string? path)
    {
        if (path is not null && Ignored(path))
            return;
        Interlocked.Exchange(ref lastEvent, Environment.TickCount64);
        lock (changed)
        {
            changed.Add(folder);
            if (signal.CurrentCount == 0)
                signal.Release();
        }
    }

    private bool Ignored(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913")
            return true;
        var full = Path.GetFullPath(path);
        return ignored.Any(i => full.StartsWith(i, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == i);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
            watcher.Dispose();
        signal.Dispose();
    }
}
