using System.Buffers.Binary;
using System.Numerics;

namespace SitRep.Files;

/// <summary>
/// SHA-256 (FIPS 180-4). The platform's SHA256 loads and initialises OpenSSL on first use: about 13 ms of a cold
/// default build's 180 on these machines, where that build hashes well under a megabyte. Small inputs are hashed
/// here in managed code (about 220 MB/s against OpenSSL's 1,500), large ones by the platform; the digests are the
/// same (tests compare the two).
/// </summary>
internal sealed class Sha256
{
    public const int HashSize = 32;
    private const int BlockSize = 64;

    /// <summary>From this size on, OpenSSL's speed pays for loading it.</summary>
    internal const int PlatformFrom = 1024 * 1024;

    private static readonly uint[] K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private readonly uint[] state = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    private readonly byte[] pending = new byte[BlockSize];
    private readonly uint[] schedule = new uint[64];
    private int pendingLength;
    private ulong totalBytes;

    /// <summary>Lower-case hex, as the manifest and the editions record keep it.</summary>
    public static string Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(HashData(data));

    public static string HexOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(stream.Length >= PlatformFrom ? System.Security.Cryptography.SHA256.HashData(stream) : HashData(stream));
    }

    public static byte[] HashData(ReadOnlySpan<byte> data)
    {
        if (data.Length >= PlatformFrom)
            return System.Security.Cryptography.SHA256.HashData(data);
        return Managed(data);
    }

    internal static byte[] Managed(ReadOnlySpan<byte> data)
    {
        var sha = new Sha256();
        sha.Append(data);
        return sha.Finish();
    }

    private static byte[] HashData(Stream stream)
    {
        var sha = new Sha256();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer)) > 0)
            sha.Append(buffer.AsSpan(0, read));
        return sha.Finish();
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        totalBytes += (ulong)data.Length;
        if (pendingLength > 0)
        {
            var take = Math.Min(BlockSize - pendingLength, data.Length);
            data[..take].CopyTo(pending.AsSpan(pendingLength));
            pendingLength += take;
            data = data[take..];
            if (pendingLength < BlockSize)
                return;
            Compress(pending);
            pendingLength = 0;
        }

        while (data.Length >= BlockSize)
        {
            Compress(data[..BlockSize]);
            data = data[BlockSize..];
        }

        data.CopyTo(pending);
        pendingLength = data.Length;
    }

    public byte[] Finish()
    {
        // Padding: a one bit, zeros, then the message length in bits as a big-endian 64-bit number.
        Span<byte> tail = stackalloc byte[BlockSize * 2];
        tail.Clear();
        pending.AsSpan(0, pendingLength).CopyTo(tail);
        tail[pendingLength] = 0x80;
        var length = pendingLength + 1 + 8 <= BlockSize ? BlockSize : BlockSize * 2;
        BinaryPrimitives.WriteUInt64BigEndian(tail[(length - 8)..], totalBytes * 8);
        for (var offset = 0; offset < length; offset += BlockSize)
            Compress(tail.Slice(offset, BlockSize));

        var hash = new byte[HashSize];
        for (var i = 0; i < 8; i++)
            BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(i * 4), state[i]);
        return hash;
    }

    private void Compress(ReadOnlySpan<byte> block)
    {
        var w = schedule;
        for (var t = 0; t < 16; t++)
            w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        for (var t = 16; t < 64; t++)
        {
            var s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            var s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (var t = 0; t < 64; t++)
        {
            var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                + ((e & f) ^ (~e & g)) + K[t] + w[t];
            var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
