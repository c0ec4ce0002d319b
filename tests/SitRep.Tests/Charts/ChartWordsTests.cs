using System.Text.RegularExpressions;
using SitRep.Charts;
using SitRep.Diagnostics;
using SitRep.Drawing;
using SitRep.Localization;
using SitRep.Tests.Support;
using Xunit;
using Direction = SitRep.Text.Direction;

namespace SitRep.Tests.Charts;

/// <summary>
/// What charts print besides the data — dates, numbers, legends, the map's scale — is in the brief's language
/// and digits, is among the texts the fonts are subset for, and reads right to left in an Arabic brief.
/// </summary>
public sealed class ChartWordsTests
{
    private static ChartText Text(string language, string? digits = null) => new(Locales.ForBrief(language, digits));

    private static readonly ChartStyle RightToLeft = ChartStyle.Default with { Direction = Direction.RightToLeft, Language = "ar" };

    /// <summary>pdftotext's words without the direction marks it adds round right-to-left text, no-break spaces as spaces.</summary>
    private static string Words(string text) =>
        Regex.Replace(Regex.Replace(Regex.Replace(text, "[\u200E\u200F\u202A-\u202E\u2066-\u2069]", ""), "[\u00A0\u202F]", " "), @"\s+", " ");

    [Theory]
    [InlineData("en", "12,944", "1.25", "45%", "0.4%", "~6,500")]
    [InlineData("fr", "12\u202F944", "1,25", "45\u202F%", "0,4\u202F%", "~6\u202F500")]
    [InlineData("ar", "١٢٬٩٤٤", "١٫٢٥", "٤٥٪", "٠٫٤٪", "~٦٬٥٠٠")]
    public void Numbers_take_the_locales_separators_and_digits(string language, string count, string decimals, string percent, string small, string approximate)
    {
        var text = Text(language);
        Assert.Equal(count, text.Count(12944));
        Assert.Equal(decimals, text.Count(1.25));
        Assert.Equal(percent, text.Percent(0.45));
        Assert.Equal(small, text.Percent(0.004));
        Assert.Equal(approximate, text.Count(6500, approximate: true));
    }

    [Theory]
    [InlineData("en", "9 Mar", "9 Mar 2026", "Sep 2023", "Feb", "March", "2026", "1 Mar")]
    [InlineData("fr", "9 mars", "9 mars 2026", "sept. 2023", "févr.", "mars", "2026", "1er mars")]
    [InlineData("ar", "٩ مارس", "٩ مارس ٢٠٢٦", "سبتمبر ٢٠٢٣", "فبراير", "مارس", "٢٠٢٦", "١ مارس")]
    public void Dates_are_short_and_in_the_locales_month_names(string language, string day, string dayYear, string monthYear, string february, string march, string year, string first)
    {
        var text = Text(language);
        Assert.Equal(day, text.Day(new DateOnly(2026, 3, 9), withYear: false));
        Assert.Equal(dayYear, text.Day(new DateOnly(2026, 3, 9), withYear: true));
        Assert.Equal(monthYear, text.Month(new DateOnly(2023, 9, 1), withYear: true));
        Assert.Equal(february, text.Month(new DateOnly(2023, 2, 1), withYear: false));
        Assert.Equal(march, text.MonthName(new DateOnly(2026, 3, 9)));
        Assert.Equal(year, text.Year(2026));
        Assert.Equal(first, text.Day(new DateOnly(2026, 3, 1), withYear: false));
    }

    [Theory]
    [InlineData("en", null, "60 km", "exact date", "~ approximate", "~6,500 of 12,944", "3 events not labelled (too many to show)")]
    [InlineData("fr", null, "60\u00A0km", "date exacte", "~ approximatif", "~6\u202F500 sur 12\u202F944", "3 événements sans étiquette (trop nombreux pour tout afficher)")]
    [InlineData("ar", null, "٦٠ كم", "تاريخ دقيق", "~ تقريبي", "~٦٬٥٠٠ من ١٢٬٩٤٤", "أحداث بلا عنوان: ٣ (لا متسع لعرضها كلها)")]
    [InlineData("ar", "western", "60 كم", "تاريخ دقيق", "~ تقريبي", "~6,500 من 12,944", "أحداث بلا عنوان: 3 (لا متسع لعرضها كلها)")]
    public void Words_come_from_the_locale(string language, string? digits, string km, string exact, string approximate, string partOf, string unlabelled)
    {
        var text = Text(language, digits);
        Assert.Equal(km, text.Kilometres(60));
        Assert.Equal(exact, text.ExactDate);
        Assert.Equal(approximate, text.Approximate);
        Assert.Equal(partOf, text.PartOf(text.Count(6500, true), text.Count(12944)));
        Assert.Equal(unlabelled, text.Unlabelled(3));
    }

    [Theory]
    [InlineData("en", "as of 22 November 2023", "as of 22 November 2023")]
    [InlineData("en", "22 November 2023", "As of 22 November 2023")]
    [InlineData("fr", "au 22 novembre 2023", "au 22 novembre 2023")]
    [InlineData("fr", "22 novembre 2023", "Au 22 novembre 2023")]
    [InlineData("ar", "٢٢ نوفمبر ٢٠٢٣", "حتى ٢٢ نوفمبر ٢٠٢٣")]
    [InlineData("fr", " ", "")]
    public void A_share_charts_date_says_as_of_once_in_the_locales_words(string language, string label, string expected) =>
        Assert.Equal(expected, Text(language).AsOf(label));

    [Fact]
    public void A_locale_file_without_short_months_uses_its_full_names_and_a_broken_list_is_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = "language: de\ndates:\n  months: [Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]\n  day: \"{day}. {month} {year}\"\nstrings:\n  summary: Zusammenfassung\n";
        var german = new ChartText(Locales.Parse(yaml, "de.yaml", Locales.English, diagnostics));
        Assert.Equal("9 März", german.Day(new DateOnly(2026, 3, 9), withYear: false));
        Assert.DoesNotContain(diagnostics.Items, d => d.Message.Contains("short_months", StringComparison.Ordinal));

        var broken = new DiagnosticBag();
        Locales.Parse(yaml.Replace("strings:", "  short_months: [Jan, Feb]\nstrings:"), "de.yaml", Locales.English, broken);
        Assert.Contains(broken.Items, d => d.Location.Line == 5 && d.Message.Contains("dates.short_months is not a list of the twelve", StringComparison.Ordinal));
    }

    [Fact]
    public void A_french_timeline_writes_its_dates_ticks_and_legend_in_french_and_lists_them_for_the_fonts()
    {
        var marks = new[]
        {
            new TimelineMark(new DateOnly(2026, 3, 9), DatePrecision.Day, "La route est coupée", false),
            new TimelineMark(new DateOnly(2026, 3, 14), DatePrecision.Day, "Alerte du PAM", true),
            new TimelineMark(new DateOnly(2026, 2, 1), DatePrecision.Month, "Premières pluies", false),
        };
        var chart = new TimelineChart(marks, Text("fr"));
        var layout = chart.Layout(400, ChartStyle.Default);
        var items = layout.Overview.Items;
        Assert.Contains(items, i => i.DateText == "9 mars");
        Assert.Contains(items, i => i.DateText == "14 mars\u202F?");
        Assert.Contains(items, i => i.DateText == "février");
        Assert.Contains(layout.Overview.Ticks, t => t.Label is { } l && l.Contains("mars", StringComparison.Ordinal));
        Assert.DoesNotContain(layout.Overview.Ticks, t => t.Label is { } l && l.Contains("Mar", StringComparison.Ordinal));
        Assert.Equal(["date exacte", "mois ou année seulement", "date contestée entre les sources (?)"], layout.Legend.Select(l => l.Text));
        foreach (var word in new[] { "date exacte", "févr.", "déc.", "août", "\u202F?" })
            Assert.Contains(word, chart.Texts);
    }

    [Fact]
    public void A_bar_chart_prints_french_values_and_footnote()
    {
        var chart = new BarChart([new BarDatum("Sinistrés", 12944, false), new BarDatum("Sans-abri", 15000, true)], text: Text("fr"));
        var layout = chart.Layout(400, ChartStyle.Default);
        Assert.Equal(["~15\u202F000", "12\u202F944"], layout.Rows.Select(r => r.ValueText));
        Assert.Contains(layout.Ticks, t => t.Text == "10\u202F000");
        Assert.Equal("~ approximatif", layout.Footnote);
        Assert.Contains("~ approximatif", chart.Texts);
        Assert.Contains(chart.Texts, t => t.Contains('\u202F'));
    }

    [Fact]
    public void An_arabic_map_writes_its_scale_in_arabic_indic_digits_and_it_comes_back_from_the_pdf_in_logical_order()
    {
        var map = new LocatorMap(GeoWorld.Default, "729",
            [new MapPlace("w", "وادي الأمل", 13.6, 32.6, "town", true), new MapPlace("k", "كوستي", 13.16, 32.66, "town", false)],
            [new MapDistance("k", "٦٠ كم")], text: Text("ar"));
        var layout = map.Layout(new Rect(0, 0, 400, 300), RightToLeft);
        Assert.Matches("^[٠-٩]+ كم$", layout.ScaleText);
        Assert.Contains("كم", string.Join(" ", map.Texts));
        Assert.Contains(map.Texts, t => t.Contains("٠١٢٣٤٥٦٧٨٩", StringComparison.Ordinal));
        Assert.Contains("ش", map.Texts);

        var path = Path.Combine(Path.GetTempPath(), $"sitrep-arabic-map-{Guid.NewGuid():N}.pdf");
        try
        {
            ChartPdf.Render(map, path, ChartPdf.Style() with { Direction = Direction.RightToLeft, Language = "ar" }, height: 300);
            // The number before its unit, as typed (poppler may move the space between them out of the right-to-left run).
            var text = Words(Poppler.Text(path));
            Assert.Matches(layout.ScaleText.Replace(" ", @"\s?"), text);
            Assert.Matches(@"٦٠\s?كم", text);
            Assert.DoesNotMatch(@"كم\s?[٠-٩]", text);
            Assert.DoesNotContain("km", text);
            Assert.Contains("NotoSansArabic", Poppler.Fonts(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Right_to_left_timeline_labels_hang_left_of_their_leaders_and_the_legend_starts_at_the_right()
    {
        var marks = new[]
        {
            new TimelineMark(new DateOnly(2026, 1, 5), DatePrecision.Day, "إغلاق الطريق", false),
            new TimelineMark(new DateOnly(2026, 3, 1), DatePrecision.Month, "أمطار", false),
            new TimelineMark(new DateOnly(2026, 6, 20), DatePrecision.Day, "تحذير برنامج الأغذية", false),
        };
        const double Width = 400;
        var ltr = new TimelineChart(marks).Layout(Width, ChartStyle.Default).Overview.Items;
        var layout = new TimelineChart(marks, Text("ar")).Layout(Width, RightToLeft);
        var rtl = layout.Overview.Items;
        Assert.Equal(["٥ يناير", "مارس", "٢٠ يونيو"], rtl.Select(i => i.DateText));
        Assert.All(rtl, i => Assert.True(i.Labelled, $"'{i.Mark.Label}' has no label"));

        // Left to right a label starts at its leader, but for the last one, at the right edge; right to left, each
        // ends at its leader, its date beside it, but for the first one, at the left edge. The axis still runs left to right.
        static bool HangsRight(TimelineItem i) => i.LabelBox.Left > i.X && i.LabelBox.Left - i.X < 3;
        static bool HangsLeft(TimelineItem i) => i.LabelBox.Right < i.X && i.X - i.LabelBox.Right < 3;
        Assert.Equal([true, true, false], ltr.Select(HangsRight));
        Assert.True(HangsLeft(ltr[2]));
        Assert.Equal([false, true, true], rtl.Select(HangsLeft));
        Assert.True(HangsRight(rtl[0]));
        Assert.True(rtl[0].X < rtl[1].X && rtl[1].X < rtl[2].X);

        var first = layout.Legend[0];
        Assert.Equal("تاريخ دقيق", first.Text);
        Assert.Equal(Width, first.Box.Right, 6);
        Assert.Equal("الشهر أو السنة فقط", layout.Legend[1].Text);
        Assert.True(layout.Legend[1].Box.Right < first.Box.Left, "the second legend entry is not left of the first");
    }
}
