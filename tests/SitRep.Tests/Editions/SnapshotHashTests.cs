using System.Text.Json;
using SitRep.Editions;
using SitRep.Tests.Support;

namespace SitRep.Tests.Editions;

/// <summary>
/// Records keep the content hash, so the hash is the SHA-256 of exactly the compact JSON the serializer writes for a
/// snapshot, however it is computed.
/// </summary>
public sealed class SnapshotHashTests
{
    public static TheoryData<string> Situations() =>
    [
        Path.Combine("seeds", "kidal"),
        Path.Combine("seeds", "ancash-earthquake"),
        Path.Combine("tests", "SitRep.Tests", "Situations", "fr-crue-karbou"),
        Path.Combine("tests", "SitRep.Tests", "Situations", "ar-wadi-amal"),
    ];

    [Theory]
    [MemberData(nameof(Situations))]
    public void A_situations_hash_is_that_of_its_snapshots_serialized_json(string folder)
    {
        var snapshot = ExtractSnapshot.Read(Path.Combine(RepoPaths.Root, folder), folder);
        Assert.True(snapshot.Values.Sum(kind => kind.Count) > 10);
        Assert.Equal(Serialized(snapshot), ExtractSnapshot.Hash(snapshot));
    }

    [Fact]
    public void Escapes_and_scripts_hash_as_the_serializer_writes_them()
    {
        var snapshot = new ExtractSnapshot.Data
        {
            ["figures"] = new(StringComparer.Ordinal)
            {
                ["f-1"] = new(StringComparer.Ordinal) { ["label"] = "\"quoted\" \\ back\tslash\n<b>&amp;</b>", ["unit"] = "\u0001\u001f\u007f\u2028" },
                ["f-é"] = new(StringComparer.Ordinal) { ["text"] = "قُتل ٣ أشخاص — « crue » 😀 \ud800" },
                ["empty"] = new(StringComparer.Ordinal),
            },
            ["timeline"] = new(StringComparer.Ordinal),
        };
        Assert.Equal(Serialized(snapshot), ExtractSnapshot.Hash(snapshot));
    }

    [Fact]
    public void The_kidal_snapshots_hash_is_pinned()
    {
        // A change here makes every recorded edition look changed: it needs a migration, not a new value.
        var snapshot = ExtractSnapshot.Read(RepoPaths.KidalSituation, "kidal");
        Assert.Equal(Serialized(snapshot), ExtractSnapshot.Hash(snapshot));
        Assert.Equal(PinnedKidalHash, ExtractSnapshot.Hash(snapshot));
    }

    private const string PinnedKidalHash = "3f586007a51a40cbd4d6f4b86f2b76f24cbb905050e1f7d59a2c26ab3ff772f0";

    private static string Serialized(ExtractSnapshot.Data snapshot) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(snapshot, EditionJson.Compact.Data)));
}
