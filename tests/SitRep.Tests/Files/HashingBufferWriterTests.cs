using System.Text.Json;
using SitRep.Files;
using Xunit;
using PlatformSha256 = System.Security.Cryptography.SHA256;

namespace SitRep.Tests.Files;

/// <summary>What is hashed as it is written has the digest of the bytes written, however they were asked for.</summary>
public sealed class HashingBufferWriterTests
{
    [Fact]
    public void Pieces_of_every_size_across_the_buffers_edge_hash_as_the_whole()
    {
        var random = new Random(5);
        var all = new List<byte>();
        var writer = new HashingBufferWriter();
        foreach (var size in Enumerable.Range(0, 200).Select(i => i * 37 % 700).Concat([32 * 1024 - 1, 32 * 1024, 32 * 1024 + 1, 100_000, 3]))
        {
            var piece = new byte[size];
            random.NextBytes(piece);
            // Asked for room for the whole piece, or for none (the writer offers what it has), then given part of it.
            var span = writer.GetSpan(size % 2 == 0 ? size : 0);
            var taken = Math.Min(size, span.Length);
            piece.AsSpan(0, taken).CopyTo(span);
            writer.Advance(taken);
            all.AddRange(piece.AsSpan(0, taken).ToArray());
        }

        Assert.Equal(PlatformSha256.HashData(all.ToArray()), writer.Finish());
    }

    [Fact]
    public void A_json_writer_over_it_hashes_the_json_it_would_have_written()
    {
        void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartArray();
            for (var i = 0; i < 20_000; i++)
                writer.WriteStringValue($"item {i} — « élément » قُتل");
            writer.WriteEndArray();
        }

        var kept = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(kept))
            Write(writer);
        var hashing = new HashingBufferWriter();
        using (var writer = new Utf8JsonWriter(hashing))
            Write(writer);

        Assert.True(kept.WrittenCount > 200_000);
        Assert.Equal(PlatformSha256.HashData(kept.WrittenSpan), hashing.Finish());
    }

    [Fact]
    public void Advancing_past_what_was_given_is_refused()
    {
        var writer = new HashingBufferWriter();
        var room = writer.GetSpan(10).Length;
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(room + 1));
    }
}
