using System.Buffers;

namespace SitRep.Files;

/// <summary>
/// A buffer writer that hashes (SHA-256) what is written into it, a buffer at a time: text written only to be
/// hashed, such as a long situation's snapshot JSON, never has to be held whole (a large-object allocation each
/// time a growing buffer doubles).
/// </summary>
internal sealed class HashingBufferWriter : IBufferWriter<byte>
{
    private readonly Sha256 sha = new();
    private byte[] buffer = new byte[32 * 1024];
    private int written;

    public void Advance(int count)
    {
        if (count < 0 || written + count > buffer.Length)
            throw new ArgumentOutOfRangeException(nameof(count));
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        // Reserve first: it may replace the buffer.
        var start = Reserve(sizeHint);
        return buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return buffer.AsSpan(start);
    }

    /// <summary>The digest of everything advanced past; the writer is not to be used after.</summary>
    public byte[] Finish()
    {
        HashWritten();
        return sha.Finish();
    }

    private int Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (buffer.Length - written < sizeHint)
        {
            HashWritten();
            if (buffer.Length < sizeHint)
                buffer = new byte[sizeHint];
        }

        return written;
    }

    private void HashWritten()
    {
        sha.Append(buffer.AsSpan(0, written));
        written = 0;
    }
}
