using System.Buffers.Binary;
using System.Text;

namespace SitRep.Charts;

/// <summary>
/// A <see cref="GeoWorld"/> as a compact little-endian file, read with a few passes over its bytes and no parsing:
/// <code>
/// header     "SRGW", u32 version (1), u32 countries C, u32 rings R, u32 points P, u32 text bytes T
/// countries  C × { u16 name bytes, u16 code bytes, u32 rings, f64 min lon, f64 min lat, f64 max lon, f64 max lat }
/// rings      R × u32 points, country after country
/// text       each country's name then its ISO numeric code, UTF-8, country after country
/// points     P × { f64 lon, f64 lat }, ring after ring
/// </code>
/// The points are the doubles the GeoJSON reader produced, bit for bit, so a map drawn from either is the same.
/// After a change to <c>assets/geo/world-countries-50m.geojson</c>, rewrite <c>world-countries-50m.bin</c> beside it with
/// <c>SITREP_UPDATE_GOLDEN=1 dotnet test --filter GeoWorldBinaryTests</c>; until then a test fails.
/// </summary>
internal static class GeoWorldBinary
{
    private const uint Version = 1;
    private const int HeaderSize = 24;
    private const int CountrySize = 40;
    private const int PointSize = 16;

    private static ReadOnlySpan<byte> Magic => "SRGW"u8;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes every country of <paramref name="world"/>, reading all their rings.</summary>
    public static void Write(GeoWorld world, Stream output)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(output);
        var countries = world.Countries;
        var texts = new (byte[] Name, byte[] Iso)[countries.Count];
        long rings = 0, points = 0, textBytes = 0;
        for (var c = 0; c < countries.Count; c++)
        {
            var country = countries[c];
            texts[c] = (Utf8.GetBytes(country.Name), Utf8.GetBytes(country.IsoN3));
            if (texts[c].Name.Length > ushort.MaxValue || texts[c].Iso.Length > ushort.MaxValue)
                throw new ArgumentException($"country {c}'s name or code is longer than {ushort.MaxValue} bytes", nameof(world));
            textBytes += texts[c].Name.Length + texts[c].Iso.Length;
            if (country.Rings.Count == 0)
                throw new ArgumentException($"country {c} ('{country.Name}') has no ring", nameof(world));
            rings += country.Rings.Count;
            foreach (var ring in country.Rings)
            {
                if (ring.Points.Count < 3)
                    throw new ArgumentException($"country {c} ('{country.Name}') has a ring of fewer than three points", nameof(world));
                points += ring.Points.Count;
            }
        }
        var size = HeaderSize + (long)CountrySize * countries.Count + 4 * rings + textBytes + PointSize * points;
        if (size > Array.MaxLength)
            throw new ArgumentException($"the world would take {size} bytes, more than one file of this format holds", nameof(world));

        var bytes = new byte[size];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], Version);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], (uint)countries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)rings);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], (uint)points);
        BinaryPrimitives.WriteUInt32LittleEndian(span[20..], (uint)textBytes);
        var ringAt = HeaderSize + CountrySize * countries.Count;
        var textAt = ringAt + 4 * (int)rings;
        var pointAt = textAt + (int)textBytes;
        for (var c = 0; c < countries.Count; c++)
        {
            var country = countries[c];
            var record = span.Slice(HeaderSize + CountrySize * c, CountrySize);
            var b = world.BoundsOf(country);
            BinaryPrimitives.WriteUInt16LittleEndian(record, (ushort)texts[c].Name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(record[2..], (ushort)texts[c].Iso.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(record[4..], (uint)country.Rings.Count);
            BinaryPrimitives.WriteDoubleLittleEndian(record[8..], b.MinLon);
            BinaryPrimitives.WriteDoubleLittleEndian(record[16..], b.MinLat);
            BinaryPrimitives.WriteDoubleLittleEndian(record[24..], b.MaxLon);
            BinaryPrimitives.WriteDoubleLittleEndian(record[32..], b.MaxLat);
            texts[c].Name.CopyTo(span[textAt..]);
            texts[c].Iso.CopyTo(span[(textAt + texts[c].Name.Length)..]);
            textAt += texts[c].Name.Length + texts[c].Iso.Length;
            foreach (var ring in country.Rings)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span[ringAt..], (uint)ring.Points.Count);
                ringAt += 4;
                foreach (var (lon, lat) in ring.Points)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(span[pointAt..], lon);
                    BinaryPrimitives.WriteDoubleLittleEndian(span[(pointAt + 8)..], lat);
                    pointAt += PointSize;
                }
            }
        }
        output.Write(bytes);
    }

    /// <summary>
    /// The world in <paramref name="data"/>: one pass over the country records and the ring table checks every
    /// count and length against the file's size; a country's points are read when its rings are first asked for.
    /// <paramref name="data"/> must stay unchanged for the life of the world.
    /// </summary>
    public static GeoWorld Read(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        if (span.Length < HeaderSize || !span[..4].SequenceEqual(Magic))
            throw Corrupt("it does not start with the world map header");
        var version = BinaryPrimitives.ReadUInt32LittleEndian(span[4..]);
        if (version != Version)
            throw Corrupt($"it is version {version} of the format; this SitRep reads version {Version}");
        var countryCount = BinaryPrimitives.ReadUInt32LittleEndian(span[8..]);
        var ringCount = BinaryPrimitives.ReadUInt32LittleEndian(span[12..]);
        var pointCount = BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
        var textBytes = BinaryPrimitives.ReadUInt32LittleEndian(span[20..]);
        var size = HeaderSize + (long)CountrySize * countryCount + 4L * ringCount + textBytes + (long)PointSize * pointCount;
        if (size != span.Length)
            throw Corrupt($"its header describes {size} bytes but it has {span.Length}");

        // Every section fits in the span from here on, so every offset below fits in an int.
        var ringTable = HeaderSize + CountrySize * (int)countryCount;
        var textStart = ringTable + 4 * (int)ringCount;
        var pointsStart = textStart + (int)textBytes;
        int ringAt = ringTable, textAt = textStart, pointAt = pointsStart;
        var countries = new GeoCountry[countryCount];
        var bounds = new GeoBounds[countryCount];
        for (var c = 0; c < countries.Length; c++)
        {
            var record = span.Slice(HeaderSize + CountrySize * c, CountrySize);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(record);
            var isoLength = BinaryPrimitives.ReadUInt16LittleEndian(record[2..]);
            var rings = BinaryPrimitives.ReadUInt32LittleEndian(record[4..]);
            if (rings == 0 || rings > (uint)(textStart - ringAt) / 4)
                throw Corrupt($"country {c} claims {rings} rings, of {(textStart - ringAt) / 4} left");
            if (nameLength + isoLength > pointsStart - textAt)
                throw Corrupt($"country {c}'s name and code run past the text section");
            var b = new GeoBounds(
                BinaryPrimitives.ReadDoubleLittleEndian(record[8..]), BinaryPrimitives.ReadDoubleLittleEndian(record[16..]),
                BinaryPrimitives.ReadDoubleLittleEndian(record[24..]), BinaryPrimitives.ReadDoubleLittleEndian(record[32..]));
            if (!(double.IsFinite(b.MinLon) && double.IsFinite(b.MinLat) && double.IsFinite(b.MaxLon) && double.IsFinite(b.MaxLat)) || b.IsEmpty)
                throw Corrupt($"country {c}'s bounds are not a box");
            var name = Text(span.Slice(textAt, nameLength), c);
            var iso = Text(span.Slice(textAt + nameLength, isoLength), c);
            textAt += nameLength + isoLength;

            var firstRing = ringAt;
            var firstPoint = pointAt;
            for (var k = 0; k < rings; k++, ringAt += 4)
            {
                var points = BinaryPrimitives.ReadUInt32LittleEndian(span[ringAt..]);
                if (points < 3 || points > (uint)(span.Length - pointAt) / PointSize)
                    throw Corrupt($"a ring of country {c} claims {points} points, of {(span.Length - pointAt) / PointSize} left");
                pointAt += PointSize * (int)points;
            }
            var ringsOf = (int)rings;
            countries[c] = new GeoCountry(name, iso, new Lazy<IReadOnlyList<GeoRing>>(() => ReadRings(data.Span, firstRing, ringsOf, firstPoint)));
            bounds[c] = b;
        }
        if (ringAt != textStart || textAt != pointsStart || pointAt != span.Length)
            throw Corrupt("its countries leave rings, text or points unused");
        return new GeoWorld(countries, bounds);
    }

    /// <summary>The rings whose point counts start at <paramref name="ringAt"/> and points at <paramref name="pointAt"/> (checked by <see cref="Read"/>).</summary>
    private static GeoRing[] ReadRings(ReadOnlySpan<byte> span, int ringAt, int rings, int pointAt)
    {
        var result = new GeoRing[rings];
        for (var k = 0; k < rings; k++)
        {
            var count = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(ringAt + 4 * k)..]);
            var source = span.Slice(pointAt, PointSize * count);
            var points = new (double Lon, double Lat)[count];
            for (var i = 0; i < points.Length; i++)
            {
                var point = source.Slice(PointSize * i, PointSize);
                points[i] = (BinaryPrimitives.ReadDoubleLittleEndian(point), BinaryPrimitives.ReadDoubleLittleEndian(point[8..]));
            }
            result[k] = new GeoRing(points);
            pointAt += source.Length;
        }
        return result;
    }

    private static string Text(ReadOnlySpan<byte> utf8, int country)
    {
        try
        {
            return Utf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            throw Corrupt($"country {country}'s name or code is not UTF-8");
        }
    }

    private static InvalidDataException Corrupt(string reason) => new($"the world map data is corrupt: {reason}");
}
