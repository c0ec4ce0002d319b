using System.Text;
using SitRep.Files;
using Xunit;
using PlatformSha256 = System.Security.Cryptography.SHA256;

namespace SitRep.Tests.Files;

public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void KnownDigestsOfFips180Examples(string text, string digest) =>
        Assert.Equal(digest, Sha256.Hex(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void AMillionLettersA() =>
        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Sha256.Hex(Encoding.ASCII.GetBytes(new string('a', 1_000_000))));

    [Fact]
    public void EveryLengthAroundTheBlockAndPaddingEdgesMatchesThePlatform()
    {
        var random = new Random(7);
        foreach (var length in Enumerable.Range(0, 300).Concat([1023, 1024, 4095, 65_536, 100_001]))
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            Assert.True(PlatformSha256.HashData(bytes).AsSpan().SequenceEqual(Sha256.Managed(bytes)), $"length {length}");
        }
    }

    [Fact]
    public void BothSidesOfThePlatformThresholdGiveThePlatformsDigest()
    {
        var random = new Random(11);
        foreach (var length in new[] { Sha256.PlatformFrom - 1, Sha256.PlatformFrom, Sha256.PlatformFrom + 1 })
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            var expected = Convert.ToHexStringLower(PlatformSha256.HashData(bytes));
            Assert.Equal(expected, Sha256.Hex(bytes));
            Assert.Equal(expected, Convert.ToHexStringLower(Sha256.Managed(bytes)));

            var path = Path.Combine(Path.GetTempPath(), $"sitrep-sha-{Guid.NewGuid():N}.bin");
            try
            {
                File.WriteAllBytes(path, bytes);
                Assert.Equal(expected, Sha256.HexOfFile(path));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Sha256.PlatformFrom)]
    public void Text_hashed_as_it_is_appended_is_the_hash_of_its_UTF8_bytes(long expectedChars)
    {
        var pieces = new List<string> { "Kidal ", "كيدال", "\u001f", "\ud83d", "\ude00", " 😀 ", new string('é', 8191) + "\ud83d", "\ude00" + new string('x', 9000), "\ud800 lone", "", "end\u001e" };
        var text = new Sha256Text(expectedChars);
        foreach (var piece in pieces)
            text.Append(piece);
        text.Append('!');
        var expected = Convert.ToHexStringLower(PlatformSha256.HashData(Encoding.UTF8.GetBytes(string.Concat(pieces) + "!")));
        Assert.Equal(expected, text.Hex());
    }
}
