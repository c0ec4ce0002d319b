using System.Text;
using SitRep.Editions;

namespace SitRep.Tests.Editions;

/// <summary>A record is written as the UTF-8 of its text, whichever way the bytes are made.</summary>
public sealed class EditionRecordBytesTests
{
    [Theory]
    [InlineData("plain words")]
    [InlineData("two\r\nlines and a\rreturn")]
    [InlineData("feed\fnel\u0085line\u2028para\u2029")]
    [InlineData("قُتل ٣ أشخاص — « crue » 😀")]
    public void The_bytes_are_the_utf8_of_the_serialized_text(string value)
    {
        var record = new EditionRecord { Situation = "test-situation" };
        var snapshot = new ExtractSnapshot.Data { ["figures"] = new(StringComparer.Ordinal) { ["f-1"] = new(StringComparer.Ordinal) { ["label"] = value } } };
        record.Editions.Add(new EditionEntry { Number = 1, Date = "2024-01-02", AsOf = "2024-01-02", ContentHash = ExtractSnapshot.Hash(snapshot), Snapshot = snapshot });

        var bytes = record.SerializeToUtf8();
        Assert.Equal(new UTF8Encoding(false).GetBytes(record.Serialize()), bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.DoesNotContain((byte)'\r', bytes);
    }
}
