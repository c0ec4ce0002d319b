using SitRep.Diagnostics;
using SitRep.Layout;
using SitRep.Pdf;
using SitRep.Theming;

namespace SitRep.Tests.Pdf;

/// <summary>Each brief has its own font registry: a template's fonts never reach another brief.</summary>
public sealed class BriefFontsTests
{
    private static byte[] NotoSans => File.ReadAllBytes(Path.Combine(Support.RepoPaths.Root, "assets", "fonts", "NotoSans-Regular.ttf"));

    [Fact]
    public void A_template_font_is_known_to_its_own_brief_only()
    {
        using var withFont = new BriefFonts([new FontData("House Sans", false, false, NotoSans)]);
        using var without = new BriefFonts();
        Assert.True(withFont.HasFamily("House Sans"));
        Assert.False(without.HasFamily("House Sans"));
        var error = Assert.Throws<InputException>(() => new HarfBuzzShaper(without).Width(new ShapingRun("x", new FontSpec("House Sans", 10), "Latn", TextDirection.LeftToRight, "en")));
        Assert.Contains("font family 'House Sans'", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Skia_sees_no_system_font_so_none_can_reach_a_brief()
    {
        // The pinned native library is built without fontconfig: whatever the machine has installed, Skia's font
        // manager offers no face with a glyph, so nothing can fall back to a system font.
        var manager = SkiaSharp.SKFontManager.Default;
        for (var i = 0; i < manager.FontFamilyCount; i++)
        {
            using var typeface = manager.MatchFamily(manager.GetFamilyName(i));
            Assert.True(typeface is null || typeface.GlyphCount == 0, $"system family '{manager.GetFamilyName(i)}' has {typeface?.GlyphCount} glyphs");
        }

        using var fallback = manager.MatchCharacter('A');
        Assert.True(fallback is null || fallback.GlyphCount == 0, $"'A' falls back to '{fallback?.FamilyName}'");
    }

    [Fact]
    public void A_family_without_a_bold_face_is_emboldened_from_its_regular_face()
    {
        using var fonts = new BriefFonts([new FontData("House Sans", false, false, NotoSans)]);
        var face = fonts.Face(new FontSpec("House Sans", 10, Bold: true));
        Assert.True(face.SyntheticBold);
        Assert.False(fonts.Face(new FontSpec(BriefFonts.Sans, 10, Bold: true)).SyntheticBold);
    }

    [Fact]
    public void A_subset_keeps_the_characters_asked_for_and_is_a_small_part_of_the_face()
    {
        using var fonts = new BriefFonts();
        var face = fonts.Face(new FontSpec(BriefFonts.Serif, 10));
        var subset = FontSubsetter.Subset(face, "Kidal, Ménaka".EnumerateRunes().Select(r => r.Value), []);
        var coverage = SitRep.Text.FaceCoverage.Read(subset);
        Assert.True(coverage.Has('é'));
        Assert.True(coverage.Has('K'));
        Assert.False(coverage.Has('Z'));
        Assert.True(subset.Length < face.Data.Length / 10, $"subset {subset.Length} bytes of {face.Data.Length}");
    }
}
