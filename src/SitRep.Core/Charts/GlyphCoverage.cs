using System.Buffers.Binary;
using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace SitRep.Charts;

/// <summary>
/// Which code points a face can draw, read from its TrueType <c>cmap</c> (formats 4 and 12).
/// Charts use it to draw stand-ins for symbols the embedded Noto subsets lack (such as "≈").
/// </summary>
internal static class GlyphCoverage
{
    private static readonly ConcurrentDictionary<(string, bool, bool), HashSet<int>> Faces = new();

    public static bool Has(XFont font, int codePoint)
    {
        var set = Faces.GetOrAdd((font.FontFamily.Name, font.Bold, font.Italic), static key =>
        {
            try
            {
                return Read(SitRep.Pdf.FontLibrary.Instance.GetFaceBytes(key.Item1, key.Item2, key.Item3));
            }
            catch (InvalidOperationException)
            {
                return new HashSet<int>();
            }
        });
        return set.Count == 0 || set.Contains(codePoint);
    }

    private static HashSet<int> Read(byte[] font)
    {
        var result = new HashSet<int>();
        var span = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var cmap = -1;
        for (var i = 0; i < tables; i++)
        {
            var record = span[(12 + 16 * i)..];
            if (record[..4].SequenceEqual("cmap"u8))
                cmap = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
        }
        if (cmap < 0)
            return result;
        var subtables = BinaryPrimitives.ReadUInt16BigEndian(span[(cmap + 2)..]);
        for (var i = 0; i < subtables; i++)
        {
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(span[(cmap + 4 + 8 * i + 4)..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            if (format == 4)
            {
                var segments = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 6)..]) / 2;
                for (var s = 0; s < segments; s++)
                {
                    int end = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 14 + 2 * s)..]);
                    int start = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 16 + 2 * segments + 2 * s)..]);
                    for (var c = start; c <= end && c != 0xFFFF; c++)
                        result.Add(c);
                }
            }
            else if (format == 12)
            {
                var groups = BinaryPrimitives.ReadUInt32BigEndian(span[(offset + 12)..]);
                for (var g = 0; g < groups; g++)
                {
                    var start = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(offset + 16 + 12 * g)..]);
                    var end = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(offset + 20 + 12 * g)..]);
                    for (var c = start; c <= end; c++)
                        result.Add(c);
                }
            }
        }
        return result;
    }
}
