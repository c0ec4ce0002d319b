using System.Buffers.Binary;

namespace SitRep.Theming;

/// <summary>
/// Checks that bytes are a whole TrueType font with glyf outlines, by its table directory: the
/// header, every table inside the file, and the tables a font needs to be drawn and embedded.
/// </summary>
public static class FontFileCheck
{
    private static readonly string[] Needed = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"];

    /// <summary>Null when the font is usable; otherwise what is wrong, in the author's words.</summary>
    public static string? Problem(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
            return $"is not a font: it has only {font.Length} bytes";
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version == 0x4F54544F)
            return "is an OpenType font with CFF outlines (.otf); give a TrueType (.ttf) file with glyf outlines";
        if (version is not (0x00010000 or 0x74727565))
            return version is 0x774F4646 or 0x774F4632 ? "is a web font (WOFF); give a TrueType (.ttf) file" : "is not a TrueType font (.ttf)";
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (tables == 0 || tables > 512)
            return "is not a TrueType font: its table directory is damaged";
        if (12 + (16 * tables) > font.Length)
            return $"is cut short: its table directory needs {12 + (16 * tables)} bytes but the file has {font.Length}";
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tables; i++)
        {
            var record = font.Slice(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if ((ulong)offset + length > (ulong)font.Length)
                return $"is cut short: its '{tag.Trim()}' table ends at byte {(ulong)offset + length} but the file has {font.Length} bytes";
            found.Add(tag);
        }

        var missing = Needed.Where(t => !found.Contains(t)).ToList();
        if (missing.Count > 0)
            return $"is not a usable TrueType font: it has no {string.Join(", ", missing.Select(t => $"'{t}'"))} table";

        // The character map is read whole here, so that a damaged one is the template's finding, not a failure mid-build.
        try
        {
            Text.FaceCoverage.Read(font);
        }
        catch (InvalidDataException e)
        {
            return $"is damaged: {e.Message}";
        }

        return null;
    }
}
