using System.Text.RegularExpressions;
using SitRep.Charts;
using SitRep.Drawing;
using SitRep.Tests.Support;
using Xunit;
using Direction = SitRep.Text.Direction;
using TextFonts = SitRep.Text.EmbeddedFonts;

namespace SitRep.Tests.Charts;

/// <summary>Chart labels are set like the body: shaped with HarfBuzz, reordered by bidi, each character in the first face of the stack that has it.</summary>
public sealed class ChartTextTests
{
    private static readonly ChartTypeface Regular = ChartPdf.Fonts.Regular;

    private static ChartFont Font(Direction direction = Direction.LeftToRight) => ChartFont.Of(Regular, 7.5, direction);

    private static string FamilyOf(LabelRun run) =>
        Regular.Stack.Families[Enumerable.Range(0, Regular.Stack.Families.Count).Single(i => ReferenceEquals(Regular.Face(i), run.Face))];

    /// <summary>Poppler marks right-to-left text with embedding controls; the words are what count.</summary>
    private static string Words(string text) => Regex.Replace(Regex.Replace(text, "[\u200E\u200F\u202A-\u202E\u2066-\u2069]", ""), @"\s+", " ");

    [Fact]
    public void Arabic_in_a_label_takes_joined_forms()
    {
        const string Word = "كيدال";
        var label = Font().Shape(Word);
        var run = Assert.Single(label.Runs);
        Assert.True(run.RightToLeft);
        Assert.Equal(TextFonts.NotoSansArabic, FamilyOf(run));
        var isolated = Word.Select(c => Assert.Single(Font().Shape(c.ToString()).Runs).Glyphs.Single()).ToArray();
        // Right to left: the first glyph is the last letter.
        var differing = Enumerable.Range(0, Word.Length).Count(i => run.Glyphs[Word.Length - 1 - i] != isolated[i]);
        Assert.True(differing >= 3, $"only {differing} letters of {Word} took a joined form");
        var unshaped = Word.Sum(c => Font().Width(c.ToString()));
        Assert.NotEqual(unshaped, Font().Width(Word), 2);
    }

    [Fact]
    public void Each_character_falls_back_to_the_first_face_that_has_it()
    {
        var label = Font().Shape("Kidal كيدال ≈ 110 km");
        var families = label.Runs.Select(FamilyOf).ToList();
        Assert.Equal(TextFonts.NotoSans, families[0]);
        Assert.Contains(TextFonts.NotoSansArabic, families);
        Assert.Contains(label.Runs, r => r.Text.Contains('≈') && FamilyOf(r) == Regular.Stack.Families[Regular.Stack.FamilyFor('≈')]);
        Assert.Equal(TextFonts.NotoSansMath, Regular.Stack.Families[Regular.Stack.FamilyFor('≈')]);
        Assert.Equal(label.Runs.Sum(r => r.Advance) * 7.5, Font().Width(label.Text), 9);
    }

    [Fact]
    public void A_mixed_label_is_drawn_left_to_right_with_its_arabic_right_to_left()
    {
        var label = Font().Shape("Kidal كيدال");
        Assert.Equal(["Kidal ", "كيدال"], label.Runs.Select(r => r.Text));
        Assert.False(label.Runs[0].RightToLeft);
        Assert.True(label.Runs[1].RightToLeft);

        // In a right-to-left brief the same label starts at the right: the Arabic is drawn first, on the left.
        var rtl = Font(Direction.RightToLeft).Shape("Kidal كيدال");
        Assert.Equal("كيدال", rtl.Runs[0].Text.Trim());
        Assert.StartsWith("Kidal", rtl.Runs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_mixing_latin_arabic_and_symbols_come_back_from_the_pdf_as_typed()
    {
        var map = new LocatorMap(GeoWorld.Default, "466",
            [new MapPlace("k", "Kidal", 18.44, 1.41, "town", true, "كيدال"), new MapPlace("a", "Anéfis", 18.05, 0.60, "town", false, "أنفيس")],
            [new MapDistance("a", "≈ 110 km")]);
        string[] bars = ["وادي الأمل 2026", "لاجئون"];
        var chart = new BarChart(bars.Select((l, i) => new BarDatum(l, 10 * (i + 1), false)).ToList(), "People");
        var dir = Directory.CreateTempSubdirectory("sitrep-chart-text-").FullName;
        try
        {
            var (mapPdf, barPdf) = (Path.Combine(dir, "map.pdf"), Path.Combine(dir, "bars.pdf"));
            ChartPdf.Render(map, mapPdf);
            ChartPdf.Render(chart, barPdf);
            var text = Words(Poppler.Text(mapPdf)) + " " + Words(Poppler.Text(barPdf));
            foreach (var label in new[] { "Kidal كيدال", "Anéfis أنفيس", "≈ 110 km" }.Concat(bars))
                Assert.True(text.Contains(label, StringComparison.Ordinal), $"'{label}' is not in: {text}");
            var fonts = Poppler.Fonts(mapPdf);
            Assert.Contains("NotoSansArabic", fonts, StringComparison.Ordinal);
            Assert.Contains("NotoSansMath", fonts, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_wrapped_or_shortened_label_is_measured_as_shaped()
    {
        var font = Font();
        const string Name = "مخيم النازحين في وادي الأمل قرب الطريق";
        var fitted = TextWrap.Fit(Name, font, 60);
        Assert.EndsWith(TextWrap.Ellipsis, fitted, StringComparison.Ordinal);
        Assert.True(font.Width(fitted) <= 60, $"'{fitted}' is {font.Width(fitted):F2} wide");
        foreach (var line in TextWrap.Wrap(Name, font, 70, 3))
            Assert.True(font.Width(line) <= 70, $"'{line}' is {font.Width(line):F2} wide");
    }

    [Fact]
    public void Map_labels_with_local_names_are_laid_out_at_their_shaped_width_without_collisions()
    {
        string[] local = ["كيدال", "أنفيس", "تساليت", "غاو", "تمبكتو", "باماكو", "ميناكا", "تين زاوتين"];
        var places = ChartSamples.Places.Select((p, i) => p with { LocalName = local[i] }).ToList();
        var frame = new Rect(40, 60, 480, 400);
        var layout = new LocatorMap(GeoWorld.Default, "466", places, ChartSamples.Distances).Layout(frame, ChartStyle.Default);

        Assert.All(layout.Places, p => Assert.NotNull(p.Label));
        foreach (var p in layout.Places)
        {
            var font = MapLayout.PlaceFont(ChartStyle.Default, p.Kind, p.Place.IsFocus);
            Assert.Contains(p.Place.LocalName!, string.Join(" ", p.Lines), StringComparison.Ordinal);
            Assert.Equal(p.Lines.Max(font.Width), p.Label!.Box.Width, 6);
        }

        var boxes = layout.Places.Select(p => (What: p.Place.Name, p.Label!.Box))
            .Concat(layout.Distances.Where(d => d.Label is not null).Select(d => (What: d.Distance.Label, d.Label!.Box)))
            .Concat(layout.CountryLabels.Select(c => (What: c.Country.Name, c.Box)))
            .ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            Assert.True(frame.Contains(boxes[i].Box), $"'{boxes[i].What}' leaves the map");
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(Geometry.Overlaps(boxes[i].Box, boxes[j].Box), $"'{boxes[i].What}' overlaps '{boxes[j].What}'");
        }
    }

    [Fact]
    public void A_map_place_with_a_local_name_lists_it_among_the_texts_to_subset()
    {
        var map = new LocatorMap(GeoWorld.Default, "466", [new MapPlace("k", "Kidal", 18.44, 1.41, "town", true, "كيدال")], []);
        Assert.Contains("Kidal كيدال", map.Texts);
        Assert.Contains("كيدال", map.Texts);
    }
}
