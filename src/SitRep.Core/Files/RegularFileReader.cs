namespace SitRep.Files;

/// <summary>Reads one regular file through a handle opened without following links, bounded in size.</summary>
internal static class RegularFileReader
{
    private const int ENoEnt = 2;
    private const int EAcces = 13;
    private const int ELoop = 40;

    public static byte[] Read(string path, long maxBytes, string folderKind)
    {
        using var handle = NativeFile.OpenNoFollow(path, out var errno);
        if (handle.IsInvalid)
        {
            throw new InputFileError(errno switch
            {
                ENoEnt => "file not found",
                ELoop => $"is a symbolic link; a {folderKind} reads only regular files inside its folder",
                EAcces => "cannot be read: permission denied",
                _ => $"cannot be opened (system error {errno})",
            });
        }

        var status = NativeFile.StatOf(handle);
        switch (status.Kind)
        {
            case EntryKind.Directory:
                throw new InputFileError("is a folder, not a file");
            case EntryKind.Special:
                throw new InputFileError("is not a regular file (a FIFO, device or socket); SitRep reads only regular files");
            case EntryKind.Regular:
                break;
            default:
                throw new InputFileError("is not a regular file");
        }

        if (status.Links > 1)
            throw new InputFileError($"has other hard links; a {folderKind} reads only files that belong to its folder alone (copy the file instead of linking it)");
        if (status.Size > maxBytes)
            throw new InputFileError($"is {Describe(status.Size)}; the limit for this file is {Describe(maxBytes)}");

        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var buffer = new byte[Math.Min(status.Size, maxBytes) + 1];
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
                break;
            total += n;
        }

        if (total > maxBytes)
            throw new InputFileError($"grew past the limit of {Describe(maxBytes)} while it was read");
        return total == buffer.Length ? buffer : buffer.AsSpan(0, total).ToArray();
    }

    internal static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
