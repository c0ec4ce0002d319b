using SitRep.Diagnostics;
using SitRep.Text;

namespace SitRep.Tests.Text;

public class FallbackCheckTests
{
    [Fact]
    public void A_character_in_no_font_of_the_stack_is_an_error_with_its_place_and_code()
    {
        var stacks = new[] { FontStack.Embedded(FontStack.Serif) };
        var texts = new[]
        {
            ("Kidal (كيدال) ≈ 25 000 ⵜⵉⵏⵣⴰⵡⴰⵜⵉⵏ", new SourceLocation("places.yaml", 3, 11)),
            ("Beijing 北京", new SourceLocation("places.yaml", 9, 11)),
        };

        var finding = Assert.Single(FallbackCheck.Check(texts, stacks), d => d.Message.Contains("U+5317"));

        Assert.Equal("places.yaml:9:11: error: character '北' (U+5317, OtherLetter) is in no font of the stack (Noto Serif, Noto Naskh Arabic, Noto Sans Hebrew, Noto Sans Tifinagh, Noto Sans Math), in \"Beijing 北京\"; transliterate it or add a font that has it to the template's theme", finding.ToString());
        Assert.Equal(2, FallbackCheck.Check(texts, stacks).Count);
    }
}
