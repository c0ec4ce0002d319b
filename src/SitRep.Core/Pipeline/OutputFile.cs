using System.Diagnostics;
using SitRep.Diagnostics;
using SitRep.Extracts;
using SitRep.Files;

namespace SitRep.Pipeline;

/// <summary>
/// Writes an output (a PDF, the manifest) so that readers see the old file or the new one, never half
/// of one: the bytes go to a temporary file beside the target, which is then renamed over it. The
/// target must be a regular file or not exist yet: a link, device, FIFO or folder is refused and left
/// alone, and a read-only file is replaced only when the user says --force.
/// </summary>
public static class OutputFile
{
    /// <summary>Temporary files are named <c>.NAME.sitrep-PID.tmp</c>, so a later build can tell them and their owner.</summary>
    public const string TemporaryMarker = ".sitrep-";

    public static void Write(string path, ReadOnlySpan<byte> bytes, bool replaceReadOnly = false, string what = "the output")
    {
        var full = Path.GetFullPath(path);
        var display = SituationLoader.Display(full);
        CheckTarget(full, display, replaceReadOnly, what);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}{TemporaryMarker}{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            RemoveStaleTemporaries(directory);
            if (NativeFile.LinkStatus(temporary).Kind == EntryKind.Regular)
                File.Delete(temporary);
            // CreateNew refuses anything already at the temporary path, a planted link included.
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(bytes);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            TryDelete(temporary);
            throw new InputException(SourceLocation.Of(display), $"cannot write {what}: {e.Message}", "output");
        }
        catch (ArgumentOutOfRangeException)
        {
            // What .NET makes of EFBIG: the write passed the file-size limit (ulimit -f).
            TryDelete(temporary);
            throw new InputException(SourceLocation.Of(display), $"cannot write {what}: it is larger than the file-size limit this process may write (ulimit -f)", "output");
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void CheckTarget(string full, string display, bool replaceReadOnly, string what)
    {
        var status = NativeFile.LinkStatus(full);
        var problem = status.Kind switch
        {
            EntryKind.Missing => null,
            EntryKind.Directory => "the output path is a directory; give a file name such as brief.pdf",
            EntryKind.SymbolicLink => $"the output path is a symbolic link; SitRep does not write {what} through a link (remove the link or choose another --out)",
            EntryKind.Special => $"the output path is a device, FIFO or socket, not a regular file; SitRep writes {what} only to regular files",
            _ => IsReadOnly(full) && !replaceReadOnly
                ? "the output file is read-only; SitRep leaves it as it is (make it writable, or pass --force to replace it)"
                : null,
        };
        if (problem is not null)
            throw new InputException(SourceLocation.Of(display), problem, "output");
    }

    private static bool IsReadOnly(string full) =>
        OperatingSystem.IsWindows() ? new FileInfo(full).IsReadOnly : (File.GetUnixFileMode(full) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    /// <summary>Deletes temporary files a killed build left in <paramref name="directory"/>: those whose process is gone.</summary>
    public static void RemoveStaleTemporaries(string directory)
    {
        if (!Directory.Exists(directory))
            return;
        foreach (var entry in Directory.EnumerateFiles(directory, "*" + TemporaryMarker + "*.tmp"))
        {
            var name = Path.GetFileName(entry);
            var at = name.LastIndexOf(TemporaryMarker, StringComparison.Ordinal);
            var pidText = name[(at + TemporaryMarker.Length)..^".tmp".Length];
            if (!int.TryParse(pidText, out var pid) || pid == Environment.ProcessId || IsAlive(pid))
                continue;
            if (NativeFile.LinkStatus(entry).Kind == EntryKind.Regular)
                TryDelete(entry);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
