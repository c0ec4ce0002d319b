using System.Buffers.Binary;

namespace SitRep.Pdf;

/// <summary>
/// Which characters a TrueType font has glyphs for, read from its 'cmap' table (formats 4 and 12),
/// so that a character the embedded fonts lack is an error before anything is drawn.
/// </summary>
public sealed class FontCoverage
{
    private readonly HashSet<int> codePoints;

    private FontCoverage(HashSet<int> codePoints) => this.codePoints = codePoints;

    public bool Covers(int codePoint) => codePoints.Contains(codePoint);

    public static FontCoverage Parse(byte[] font)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + i * 16;
            if (font[record] == 'c' && font[record + 1] == 'm' && font[record + 2] == 'a' && font[record + 3] == 'p')
                return new FontCoverage(ReadCmap(font, (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8))));
        }

        throw new InvalidDataException("the font has no cmap table");
    }

    private static HashSet<int> ReadCmap(byte[] font, int cmap)
    {
        var points = new HashSet<int>();
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 2));
        for (var i = 0; i < count; i++)
        {
            var entry = cmap + 4 + i * 8;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(entry));
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(entry + 4));
            if (platform is not (0 or 3))
                continue;
            var format = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset));
            if (format == 4)
                ReadFormat4(font, offset, points);
            else if (format == 12)
                ReadFormat12(font, offset, points);
        }

        return points;
    }

    private static void ReadFormat4(byte[] font, int offset, HashSet<int> points)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(offset + 6)) / 2;
        var ends = offset + 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(ends + s * 2));
            int start = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(starts + s * 2));
            var delta = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(deltas + s * 2));
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(rangeOffsets + s * 2));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
                    if (glyph != 0)
                        glyph = (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                    points.Add(c);
            }
        }
    }

    private static void ReadFormat12(byte[] font, int offset, HashSet<int> points)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(offset + 12));
        for (var g = 0; g < groups; g++)
        {
            var group = offset + 16 + g * 12;
            var start = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(group));
            var end = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(group + 4));
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(group + 8));
            for (var c = start; c <= end && c - start < 0x10000; c++)
            {
                if (glyph + (c - start) != 0)
                    points.Add((int)c);
            }
        }
    }
}
