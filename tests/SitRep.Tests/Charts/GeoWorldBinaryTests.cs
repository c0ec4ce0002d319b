using System.Buffers.Binary;
using System.Text;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class GeoWorldBinaryTests
{
    private static string BinaryPath => Path.ChangeExtension(GeoWorldTests.GeoJsonPath, ".bin");

    private static byte[] Write(GeoWorld world)
    {
        using var output = new MemoryStream();
        GeoWorldBinary.Write(world, output);
        return output.ToArray();
    }

    private static GeoWorld Sample() => GeoWorld.Load(new MemoryStream(Encoding.UTF8.GetBytes(GeoWorldTests.Sample)));

    /// <summary>With SITREP_UPDATE_GOLDEN=1 this writes the committed binary instead of checking it.</summary>
    [Fact]
    public void The_committed_binary_is_what_the_committed_GeoJSON_writes()
    {
        using var geojson = File.OpenRead(GeoWorldTests.GeoJsonPath);
        var expected = Write(GeoWorld.Load(geojson));
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(BinaryPath, expected);
            return;
        }
        var committed = File.ReadAllBytes(BinaryPath);
        Assert.True(expected.AsSpan().SequenceEqual(committed),
            $"{BinaryPath} ({committed.Length} bytes) is not what {GeoWorldTests.GeoJsonPath} writes ({expected.Length} bytes); " +
            "regenerate it with SITREP_UPDATE_GOLDEN=1 dotnet test --filter GeoWorldBinaryTests");
    }

    [Fact]
    public void The_embedded_world_has_every_country_ring_and_point_of_the_GeoJSON_bit_for_bit()
    {
        using var geojson = File.OpenRead(GeoWorldTests.GeoJsonPath);
        var source = GeoWorld.Load(geojson);
        AssertSame(source, GeoWorld.Default);
    }

    [Fact]
    public void A_world_survives_a_round_trip()
    {
        var world = Sample();
        var copy = GeoWorldBinary.Read(Write(world));
        AssertSame(world, copy);
        Assert.Equal(-6.5, copy.Find("12")!.Rings[1].Points[2].Lat);
        Assert.Equal("", copy.Countries[2].IsoN3);
    }

    [Fact]
    public void Names_keep_their_letters()
    {
        var json = GeoWorldTests.Sample.Replace("Squareland", "Côte d’Ivoire ⵜⴰⵎⴰⵣⵖⴰ", StringComparison.Ordinal);
        var world = GeoWorldBinary.Read(Write(GeoWorld.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)))));
        Assert.Equal("Côte d’Ivoire ⵜⴰⵎⴰⵣⵖⴰ", world.Find("001")!.Name);
    }

    [Fact]
    public void Every_truncation_is_rejected_as_corrupt()
    {
        var bytes = Write(Sample());
        for (var length = 0; length < bytes.Length; length++)
        {
            var e = Assert.Throws<InvalidDataException>(() => GeoWorldBinary.Read(bytes.AsMemory(0, length)));
            Assert.Contains("world map data is corrupt", e.Message, StringComparison.Ordinal);
        }
        var longer = bytes.Append((byte)0).ToArray();
        Assert.Throws<InvalidDataException>(() => GeoWorldBinary.Read(longer));
    }

    [Theory]
    [InlineData(0, 4, 0x58585858u, "header")]       // magic
    [InlineData(4, 4, 2u, "version 2")]
    [InlineData(8, 4, 4u, "bytes")]                  // one more country than the file holds
    [InlineData(24 + 4, 4, 0u, "0 rings")]           // the first country's ring count
    [InlineData(24 + 4, 4, 6u, "6 rings")]           // more rings than the table holds
    [InlineData(24 + 40 * 3, 4, 2u, "2 points")]     // the first ring
    [InlineData(24 + 40 * 3, 4, 4000u, "4000 points")]
    [InlineData(24 + 0, 2, 400u, "text section")]    // the first name's length
    public void A_damaged_file_is_rejected_with_a_reason(int offset, int width, uint value, string reason)
    {
        var bytes = Write(Sample());
        if (width == 2)
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset), (ushort)value);
        else
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset), value);
        var e = Assert.Throws<InvalidDataException>(() => GeoWorldBinary.Read(bytes));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_that_are_no_box_and_names_that_are_no_UTF8_are_rejected()
    {
        var bytes = Write(Sample());
        var nan = (byte[])bytes.Clone();
        BinaryPrimitives.WriteDoubleLittleEndian(nan.AsSpan(24 + 8), double.NaN);
        Assert.Contains("bounds", Assert.Throws<InvalidDataException>(() => GeoWorldBinary.Read(nan)).Message, StringComparison.Ordinal);
        var inverted = (byte[])bytes.Clone();
        BinaryPrimitives.WriteDoubleLittleEndian(inverted.AsSpan(24 + 8), 100);
        Assert.Contains("bounds", Assert.Throws<InvalidDataException>(() => GeoWorldBinary.Read(inverted)).Message, StringComparison.Ordinal);
        var text = 24 + 40 * 3 + 4 * 5;
        var utf8 = (byte[])bytes.Clone();
        utf8[text] = 0xFF;
        Assert.Contains("UTF-8", Assert.Throws<InvalidDataException>(() => GeoWorldBinary.Read(utf8)).Message, StringComparison.Ordinal);
    }

    /// <summary>Any byte of the header and tables set to any of a few values either reads or fails as corrupt data.</summary>
    [Fact]
    public void No_damaged_header_or_table_fails_other_than_as_corrupt()
    {
        var bytes = Write(Sample());
        var tables = 24 + 40 * 3 + 4 * 5;
        foreach (var value in new byte[] { 0, 1, 2, 3, 0x7F, 0x80, 0xFF })
        {
            for (var i = 0; i < tables; i++)
            {
                var damaged = (byte[])bytes.Clone();
                damaged[i] = value;
                try
                {
                    var world = GeoWorldBinary.Read(damaged);
                    foreach (var country in world.Countries)
                        Assert.All(country.Rings, r => Assert.True(r.Points.Count >= 3));
                }
                catch (InvalidDataException)
                {
                }
            }
        }
    }

    private static void AssertSame(GeoWorld expected, GeoWorld actual)
    {
        Assert.Equal(expected.Countries.Count, actual.Countries.Count);
        for (var c = 0; c < expected.Countries.Count; c++)
        {
            GeoCountry e = expected.Countries[c], a = actual.Countries[c];
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.IsoN3, a.IsoN3);
            Assert.Equal(expected.BoundsOf(e), actual.BoundsOf(a));
            Assert.Equal(e.Rings.Count, a.Rings.Count);
            for (var r = 0; r < e.Rings.Count; r++)
            {
                var (ep, ap) = (e.Rings[r].Points, a.Rings[r].Points);
                Assert.Equal(ep.Count, ap.Count);
                for (var i = 0; i < ep.Count; i++)
                {
                    if (BitConverter.DoubleToInt64Bits(ep[i].Lon) != BitConverter.DoubleToInt64Bits(ap[i].Lon)
                        || BitConverter.DoubleToInt64Bits(ep[i].Lat) != BitConverter.DoubleToInt64Bits(ap[i].Lat))
                        Assert.Fail($"{e}: ring {r} point {i} is {ap[i]}, not {ep[i]}");
                }
            }
        }
    }
}
