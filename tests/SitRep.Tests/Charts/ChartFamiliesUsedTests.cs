using SitRep.Charts;
using SitRep.Text;
using SitRep.Text.Bidi;
using Xunit;

namespace SitRep.Tests.Charts;

/// <summary>The families a chart text needs embedded, with and without the shortcut for plain Latin text.</summary>
public sealed class ChartFamiliesUsedTests
{
    private static readonly string[] Mixed =
        ["Kidal", "كيدال", "Kidal (كيدال)", "≈ 60 km", "60 km…", "Gao – Kidal", "\u200FKidal", "A\u202Eb", "ⵜⵉⴼⵉⵏⴰⵖ", "Côte d'Ivoire", "x\u2066y\u2069", ""];

    [Fact]
    public void The_families_used_are_those_the_items_and_characters_take()
    {
        var typeface = global::SitRep.Charts.EmbeddedFonts.Sans.Regular;
        var texts = GeoWorld.Default.Countries.Select(c => c.Name.ToUpperInvariant()).Concat(GeoWorld.Default.Countries.Select(c => c.Name)).Concat(Mixed);
        foreach (var (text, direction) in texts.SelectMany(t => new[] { (t, Direction.LeftToRight), (t, Direction.RightToLeft) }))
        {
            var expected = new HashSet<int> { 0 };
            foreach (var item in TextItems.Logical(BidiParagraph.Analyze(text, direction), typeface.Stack, 0, text.Length))
                expected.Add(Math.Max(0, item.Family));
            foreach (var rune in text.EnumerateRunes())
            {
                if (typeface.Stack.FamilyFor(rune.Value) is >= 0 and var family)
                    expected.Add(family);
            }

            Assert.True(expected.Order().SequenceEqual(typeface.FamiliesUsed(text, direction).Order()), $"'{text}' {direction}");
        }
    }
}
