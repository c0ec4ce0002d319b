using SitRep.Diagnostics;
using SitRep.Templates;
using Xunit;

namespace SitRep.Tests.Templates;

/// <summary>theme.yaml and template.yaml problems are findings at their line and column, in the author's words.</summary>
[Collection(TemplateCollection.Name)]
public sealed class ThemeTests
{
    [Theory]
    [InlineData("page_size: A6\n", 1, 12, "unknown page size 'A6'")]
    [InlineData("page_size: 20x30mm\n", 1, 12, "out of range")]
    [InlineData("colors:\n  ink: \"#zzzzzz\"\n", 2, 8, "'#zzzzzz' is not a colour for 'colors.ink'")]
    [InlineData("colors:\n  ink: #3d2c5e\n", 2, 7, "write \"#3d2c5e\" in quotes")]
    [InlineData("colour:\n  ink: \"#000000\"\n", 1, 1, "unknown key 'colour' in theme.yaml (did you mean 'colors'?)")]
    [InlineData("sizes: { body: 90 }\n", 1, 16, "size 'body' is 90; it must be from 5 to 24 pt")]
    [InlineData("fonts: { body: Comic Sans }\n", 1, 16, "font family 'Comic Sans' does not exist")]
    [InlineData("fonts: { body: Noto Seriff }\n", 1, 16, "(did you mean 'Noto Serif'?)")]
    [InlineData("margins: { left: -5 }\n", 1, 18, "margin 'left' is -5 mm")]
    [InlineData("page_size: [A4\n", 1, 1, "YAML syntax")]
    public void A_bad_theme_value_is_reported_at_its_place(string theme, int line, int column, string message)
    {
        using var template = new TemplateFolder("# {{ situation.title }}\n", ("theme.yaml", theme));
        var error = Assert.Single(Assert.Throws<InputException>(() => BriefTemplate.Load(template.Root)).Diagnostics);
        Assert.EndsWith("theme.yaml", error.Location.File);
        if (message != "YAML syntax")
            Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message);
        Assert.DoesNotContain("System.", error.Message);
        Assert.DoesNotContain("SitRep.", error.Message);
    }

    [Fact]
    public void Every_theme_problem_is_reported_in_one_run()
    {
        using var template = new TemplateFolder("# x\n", ("theme.yaml", "page_size: A6\ncolors: { ink: \"#zzzzzz\" }\nfonts: { heading: Nope }\n"));
        var errors = Assert.Throws<InputException>(() => BriefTemplate.Load(template.Root)).Diagnostics;
        Assert.Equal([1, 2, 3], errors.Select(e => e.Location.Line).Order());
    }

    [Fact]
    public void A_misspelt_template_yaml_key_is_reported_with_a_suggestion()
    {
        using var template = new TemplateFolder("# x\n");
        template.Write("template.yaml", "name: custom\naudiense: Readers\nentry: brief.sbn\n");
        var error = Assert.Single(Assert.Throws<InputException>(() => BriefTemplate.Load(template.Root)).Diagnostics);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("unknown key 'audiense' in template.yaml (did you mean 'audience'?)", error.Message);
    }

    [Theory]
    [InlineData("A3", 842, 1191)]
    [InlineData("A5", 420, 595)]
    [InlineData("Letter", 612, 792)]
    [InlineData("Legal", 612, 1008)]
    [InlineData("170x240mm", 482, 680)]
    public void Page_sizes_are_known(string name, int width, int height)
    {
        var size = Theming.PageSizes.Parse(name, out var problem);
        Assert.True(size is not null, problem);
        Assert.Equal(width, Math.Round(size.Value.Width));
        Assert.Equal(height, Math.Round(size.Value.Height));
    }

    [Fact]
    public void A_truncated_font_is_refused_with_the_table_that_is_cut()
    {
        var font = File.ReadAllBytes(Path.Combine(TemplateTestSupport.RepoRoot, "assets", "fonts", "NotoSans-Regular.ttf"));
        using var template = new TemplateFolder("# x\n", ("theme.yaml", "font_files:\n  - { family: Cut, file: cut.ttf }\nfonts: { body: Cut }\n"));
        File.WriteAllBytes(Path.Combine(template.Root, "cut.ttf"), font[..(font.Length / 2)]);
        var error = Assert.Single(Assert.Throws<InputException>(() => BriefTemplate.Load(template.Root)).Diagnostics);
        Assert.EndsWith("cut.ttf", error.Location.File);
        Assert.Contains("is cut short", error.Message);
        Assert.Null(Theming.FontFileCheck.Problem(font));
        Assert.Contains("not a font", Theming.FontFileCheck.Problem([1, 2, 3]));
    }

    [Theory]
    [InlineData(0x00FFFFFFu)] // past the end of the file
    [InlineData(0x7FFFFFF0u)] // past what an offset from the table can reach
    public void A_font_whose_character_map_is_damaged_is_refused_when_the_template_loads(uint subtableOffset)
    {
        var font = File.ReadAllBytes(Path.Combine(TemplateTestSupport.RepoRoot, "assets", "fonts", "NotoSans-Regular.ttf"));
        var cmap = TableOffset(font, "cmap");
        var subtables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 2));
        for (var i = 0; i < subtables; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(cmap + 4 + (i * 8) + 4), subtableOffset);
        using var template = new TemplateFolder("# x\n", ("theme.yaml", "font_files:\n  - { family: Bent, file: bent.ttf }\nfonts: { body: Bent }\n"));
        File.WriteAllBytes(Path.Combine(template.Root, "bent.ttf"), font);

        var error = Assert.Single(Assert.Throws<InputException>(() => BriefTemplate.Load(template.Root)).Diagnostics);
        Assert.EndsWith("bent.ttf", error.Location.File);
        Assert.Equal("the font for 'Bent' is damaged: the font's cmap table is cut short or points outside the file", error.Message);
    }

    private static int TableOffset(byte[] font, string tag)
    {
        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = font.AsSpan(12 + (i * 16), 16);
            if (System.Text.Encoding.ASCII.GetString(record[..4]) == tag)
                return (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
        }

        throw new InvalidOperationException($"the test font has no '{tag}' table");
    }

    [Fact]
    public void A_sixteen_bit_png_logo_is_drawn_and_a_broken_one_is_refused()
    {
        using var template = new TemplateFolder("# {{ situation.title }}\n", ("theme.yaml", "logo: logo.png\n"));
        File.WriteAllBytes(Path.Combine(template.Root, "logo.png"), Png16());
        using var output = new TempFolder();
        var pdf = Path.Combine(output.Path, "logo.pdf");
        TemplateTestSupport.Build(template.Root, pdf);
        Assert.Contains("image", TemplateTestSupport.Run("pdfimages", "-list", pdf));

        File.WriteAllBytes(Path.Combine(template.Root, "logo.png"), Png16()[..40]);
        var error = Assert.Single(Assert.Throws<InputException>(() => BriefTemplate.Load(template.Root)).Diagnostics);
        Assert.EndsWith("logo.png", error.Location.File);
        Assert.Contains("cannot be decoded", error.Message);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }

    /// <summary>A 4×4 RGB PNG with 16 bits per channel, written by hand.</summary>
    private static byte[] Png16()
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            var length = BitConverter.GetBytes(data.Length).Reverse();
            var crc = BitConverter.GetBytes(Crc32(body)).Reverse();
            return [.. length, .. body, .. crc];
        }

        var header = new byte[] { 0, 0, 0, 4, 0, 0, 0, 4, 16, 2, 0, 0, 0 };
        var raw = new List<byte>();
        for (var y = 0; y < 4; y++)
        {
            raw.Add(0);
            for (var x = 0; x < 4; x++)
                raw.AddRange([0x20, 0x00, 0x80, 0x00, (byte)(x * 60), 0x00]);
        }

        using var compressed = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            z.Write(raw.ToArray());
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }
}
