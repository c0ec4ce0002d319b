using System.Runtime.InteropServices;

namespace SitRep.Tests.Inputs;

/// <summary>
/// Random, reproducible damage to the file system under a folder: links, FIFOs, huge sparse files,
/// unreadable files, hard links to files elsewhere, a folder where a file was. Each change names the
/// path it touched, so the case can put the pristine copy back.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileSystemMutator(Random random, string outside)
{
    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int HardLink([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    /// <summary>Changes one entry under <paramref name="root"/>; returns the relative path touched and what was done.</summary>
    public (string Touched, string What) Mutate(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        var folders = Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        var file = files[random.Next(files.Count)];
        var newName = Path.Combine(folders.Count > 0 && random.Next(2) == 0 ? folders[random.Next(folders.Count)] : "", $"stray-{random.Next(1000)}.sbn");
        var full = Path.Combine(root, file);
        switch (random.Next(11))
        {
            case 0:
                Replace(full, () => File.CreateSymbolicLink(full, "/dev/zero"));
                return (file, $"{file} -> symlink to /dev/zero");
            case 1:
                Replace(full, () => File.CreateSymbolicLink(full, "/etc/passwd"));
                return (file, $"{file} -> symlink to /etc/passwd");
            case 2:
                Replace(full, () => Fifo(full));
                return (file, $"{file} -> FIFO");
            case 3:
                Fifo(Path.Combine(root, newName));
                return (newName, $"FIFO {newName} that nothing names");
            case 4:
            {
                using (var stream = new FileStream(full, FileMode.Open, FileAccess.Write))
                    stream.SetLength(3L * 1024 * 1024 * 1024);
                return (file, $"{file} grown sparse to 3 GB");
            }

            case 5:
            {
                using (var stream = new FileStream(Path.Combine(root, newName), FileMode.CreateNew))
                    stream.SetLength(1900L * 1024 * 1024);
                return (newName, $"sparse 1.9 GB {newName} that nothing names");
            }

            case 6:
                File.SetUnixFileMode(full, UnixFileMode.None);
                return (file, $"{file} chmod 000");
            case 7:
            {
                var elsewhere = Path.Combine(outside, Guid.NewGuid().ToString("N"));
                File.Copy(full, elsewhere);
                Replace(full, () => Check(HardLink(elsewhere, full)));
                return (file, $"{file} -> hard link to a file outside the folder");
            }

            case 8:
            {
                if (folders.Count == 0)
                    goto case 0;
                var folder = folders[random.Next(folders.Count)];
                var fullFolder = Path.Combine(root, folder);
                var copy = Path.Combine(outside, Guid.NewGuid().ToString("N"));
                Support.TestFiles.CopyDirectory(fullFolder, copy);
                Directory.Delete(fullFolder, recursive: true);
                Directory.CreateSymbolicLink(fullFolder, copy);
                return (folder, $"{folder}/ -> symlink to a copy outside");
            }

            case 9:
                Replace(full, () => Directory.CreateDirectory(full));
                return (file, $"{file} -> a folder");
            default:
                File.CreateSymbolicLink(Path.Combine(root, newName), "/etc/shadow");
                return (newName, $"{newName} -> symlink to /etc/shadow that nothing names");
        }
    }

    private static void Replace(string path, Action create)
    {
        File.Delete(path);
        create();
    }

    private static void Fifo(string path) => Check(MkFifo(path, Convert.ToUInt32("644", 8)));

    private static void Check(int result)
    {
        if (result != 0)
            throw new IOException($"system error {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Puts <paramref name="relative"/> under <paramref name="root"/> back as it is under <paramref name="pristine"/> (or removes it).</summary>
    public static void Restore(string root, string pristine, string relative)
    {
        var path = Path.Combine(root, relative);
        if (new FileInfo(path).LinkTarget is not null)
            File.Delete(path);
        else if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
        else if (Path.Exists(path))
            File.Delete(path);
        var source = Path.Combine(pristine, relative);
        if (Directory.Exists(source))
            Support.TestFiles.CopyDirectory(source, path);
        else if (File.Exists(source))
            File.Copy(source, path);
    }
}
