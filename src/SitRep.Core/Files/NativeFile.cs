using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SitRep.Files;

/// <summary>
/// The few POSIX calls .NET does not expose: opening without following a final symbolic link,
/// without blocking on a FIFO, and reading the file's type and link count from the open handle.
/// </summary>
internal static partial class NativeFile
{
    private const int ORdOnly = 0;
    private const int ONonBlock = 0x800;
    private const int ONoFollow = 0x20000;
    private const int OCloExec = 0x80000;
    private const int SIfMt = 0xF000;
    private const int SIfReg = 0x8000;
    private const int SIfDir = 0x4000;
    private const int SIfLnk = 0xA000;

    public readonly record struct Status(EntryKind Kind, long Size, long Links, ulong Device, ulong Inode);

    /// <summary>Opens <paramref name="path"/> read-only; a final symbolic link fails with ELOOP rather than being followed.</summary>
    public static SafeFileHandle OpenNoFollow(string path, out int errno)
    {
        var fd = open(path, ORdOnly | ONonBlock | ONoFollow | OCloExec);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    public static Status StatOf(SafeFileHandle handle)
    {
        var buffer = new byte[256];
        if (fstat((int)handle.DangerousGetHandle(), buffer) != 0)
            return new Status(EntryKind.Missing, 0, 0, 0, 0);
        return Decode(buffer);
    }

    /// <summary>The entry itself, not what a symbolic link points at.</summary>
    public static Status LinkStatus(string path)
    {
        var buffer = new byte[256];
        return lstat(path, buffer) != 0 ? new Status(EntryKind.Missing, 0, 0, 0, 0) : Decode(buffer);
    }

    // struct stat differs between the two Linux ABIs the CLI ships for.
    private static Status Decode(byte[] b)
    {
        ulong device = BitConverter.ToUInt64(b, 0);
        ulong inode = BitConverter.ToUInt64(b, 8);
        uint mode;
        long links;
        long size;
        if (RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
        {
            mode = BitConverter.ToUInt32(b, 16);
            links = BitConverter.ToUInt32(b, 20);
            size = BitConverter.ToInt64(b, 48);
        }
        else
        {
            links = (long)BitConverter.ToUInt64(b, 16);
            mode = BitConverter.ToUInt32(b, 24);
            size = BitConverter.ToInt64(b, 48);
        }

        var kind = (mode & SIfMt) switch
        {
            SIfReg => EntryKind.Regular,
            SIfDir => EntryKind.Directory,
            SIfLnk => EntryKind.SymbolicLink,
            _ => EntryKind.Special,
        };
        return new Status(kind, size, links, device, inode);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int fstat(int fd, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int lstat(string path, [Out] byte[] buffer);
}
