using System.Buffers.Binary;

namespace SitRep.Text;

/// <summary>
/// Which code points a TrueType or OpenType face maps to a glyph, read from its <c>cmap</c> table
/// (formats 4 and 12, Unicode and Windows platforms) straight from the font bytes. A bitmap answers
/// for the Basic Multilingual Plane, sorted ranges for the planes above.
/// </summary>
public sealed class FaceCoverage
{
    private readonly ulong[] basic = new ulong[0x10000 / 64];
    private readonly List<(int Start, int End)> supplementary = [];

    private FaceCoverage()
    {
    }

    public bool Has(int codePoint)
    {
        if ((uint)codePoint < 0x10000)
            return (basic[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;
        int low = 0, high = supplementary.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (start, end) = supplementary[middle];
            if (codePoint < start)
                high = middle - 1;
            else if (codePoint > end)
                low = middle + 1;
            else
                return true;
        }

        return false;
    }

    /// <summary>Adds this face's Basic Multilingual Plane to <paramref name="plane"/>, a bitmap of 1,024 words.</summary>
    internal void AddBasicPlaneTo(ulong[] plane)
    {
        for (var i = 0; i < basic.Length; i++)
            plane[i] |= basic[i];
    }

    /// <summary>How many code points the face covers.</summary>
    public int Count => basic.Sum(word => System.Numerics.BitOperations.PopCount(word)) + supplementary.Sum(r => r.End - r.Start + 1);

    /// <exception cref="InvalidDataException">The bytes are not a font with a readable cmap table.</exception>
    public static FaceCoverage Read(ReadOnlySpan<byte> font)
    {
        try
        {
            var coverage = new FaceCoverage();
            coverage.ReadCmap(font, FindCmap(font));
            coverage.Merge();
            return coverage;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // An offset past the file, or past what an offset can reach: either way the map cannot be read.
            throw new InvalidDataException("the font's cmap table is cut short or points outside the file");
        }
    }

    private static int FindCmap(ReadOnlySpan<byte> font)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = font.Slice(12 + i * 16, 16);
            if (record[..4].SequenceEqual("cmap"u8))
                return checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
        }

        throw new InvalidDataException("the font has no cmap table");
    }

    private void ReadCmap(ReadOnlySpan<byte> font, int cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font[(cmap + 2)..]);
        for (var i = 0; i < count; i++)
        {
            var entry = font.Slice(cmap + 4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(entry);
            if (platform is not (0 or 3))
                continue;
            var offset = checked(cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]));
            var format = BinaryPrimitives.ReadUInt16BigEndian(font[offset..]);
            if (format == 4)
                ReadFormat4(font, offset);
            else if (format == 12)
                ReadFormat12(font, offset);
        }
    }

    private void ReadFormat4(ReadOnlySpan<byte> font, int offset)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(font[(offset + 6)..]) / 2;
        var ends = offset + 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        var spanned = 0;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(font[(ends + s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(font[(starts + s * 2)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(font[(deltas + s * 2)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(font[(rangeOffsets + s * 2)..]);
            end = Math.Min(end, 0xFFFE);
            if (end < start)
                continue;
            // Segments of a well-formed subtable do not overlap, so together they span at most the whole plane.
            spanned += end - start + 1;
            if (spanned > 0x10000)
                throw new InvalidDataException("the font's cmap table has overlapping segments");
            if (rangeOffset == 0)
            {
                SetBasic(start, end);
                var unmapped = (0x10000 - delta) & 0xFFFF; // the one code point, if any, that lands on glyph 0
                if (unmapped >= start && unmapped <= end)
                    basic[unmapped >> 6] &= ~(1UL << (unmapped & 63));
                continue;
            }

            for (var c = start; c <= end; c++)
            {
                var glyph = BinaryPrimitives.ReadUInt16BigEndian(font[(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2)..]);
                if (glyph != 0 && ((glyph + delta) & 0xFFFF) != 0)
                    basic[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> font, int offset)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(font[(offset + 12)..]);
        for (var g = 0L; g < groups; g++)
        {
            var group = font.Slice(checked(offset + 16 + (int)g * 12), 12);
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFFu);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            if (glyph == 0)
                start++; // only the first code point of a group can map to glyph 0
            if (start < 0x10000 && start <= end)
                SetBasic((int)start, (int)Math.Min(end, 0xFFFF));
            if (end >= 0x10000 && start <= end)
                supplementary.Add(((int)Math.Max(start, 0x10000), (int)end));
        }
    }

    private void SetBasic(int start, int end)
    {
        for (var c = start; c <= end;)
        {
            if ((c & 63) == 0 && c + 63 <= end)
            {
                basic[c >> 6] = ulong.MaxValue;
                c += 64;
            }
            else
            {
                basic[c >> 6] |= 1UL << (c & 63);
                c++;
            }
        }
    }

    private void Merge()
    {
        supplementary.Sort();
        for (var i = supplementary.Count - 1; i > 0; i--)
        {
            if (supplementary[i].Start > supplementary[i - 1].End + 1)
                continue;
            supplementary[i - 1] = (supplementary[i - 1].Start, Math.Max(supplementary[i - 1].End, supplementary[i].End));
            supplementary.RemoveAt(i);
        }
    }
}
