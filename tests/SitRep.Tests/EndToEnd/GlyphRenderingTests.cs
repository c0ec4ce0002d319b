using SitRep.Document;
using SitRep.Layout;
using SitRep.Pdf;
using SitRep.Tests.Support;
using SitRep.Theming;

namespace SitRep.Tests.EndToEnd;

public sealed class GlyphRenderingTests
{
    [Theory]
    [InlineData("Noto Serif")]
    [InlineData("Noto Sans")]
    public void French_quotation_marks_and_accented_names_come_out_as_written(string family)
    {
        const string Sentence = "« Kidal est tombée », dit Assimi Goïta; Anéfis, Ménaka, Tinzaouatine — 1 500 km.";
        var theme = new Theme { Fonts = new Fonts { Body = [family], Heading = [family] } };
        var document = new BriefDocument(
            new DocumentInfo("Glyphs", "test", "SitRep", [], "fr", new DateOnly(2023, 11, 22), "22 November 2023"),
            [new HeadingBlock(1, [new TextInline("Ménaka")], "menaka"), new ParagraphBlock([new TextInline(Sentence)])]);
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-glyphs-{Guid.NewGuid():N}.pdf");
        try
        {
            using (var file = File.Create(path))
            using (var fonts = new BriefFonts())
                PdfBriefWriter.Write(document, theme, fonts, _ => throw new InvalidOperationException("no charts here"), null, DateTimeOffset.UnixEpoch, file);
            var text = System.Text.RegularExpressions.Regex.Replace(Poppler.Text(path), @"\s+", " ");
            Assert.Contains(Sentence, text);
            Assert.Contains(family.Replace(" ", "", StringComparison.Ordinal), Poppler.Fonts(path).Replace(" ", "", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_character_the_fonts_lack_is_reported_with_its_code_point_and_place()
    {
        using var fonts = new BriefFonts();
        var stacks = new[] { fonts.Stack(FontStacks.Key(FontStacks.Body([BriefFonts.Serif]))), fonts.Stack(FontStacks.Key(FontStacks.Heading([BriefFonts.Sans]))) };
        var findings = SitRep.Text.FallbackCheck.Check([("Xi Jinping (習近平)", new Diagnostics.SourceLocation("actors.yaml", 12, 11))], stacks);
        var first = Assert.IsType<Diagnostics.Diagnostic>(findings[0]);
        Assert.Equal(3, findings.Count);
        Assert.Contains("U+7FD2", first.Message);
        Assert.Equal("actors.yaml:12:11", first.Location.ToString());
    }
}
