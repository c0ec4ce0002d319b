using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using SitRep.Pipeline;
using SitRep.Tests.Support;

namespace SitRep.Tests.Pdf;

/// <summary>The three built-in briefs, built once, read by independent PDF readers.</summary>
public sealed class BuiltInBriefsFixture : IDisposable
{
    public static readonly string[] Templates = ["analyst", "executive", "humanitarian"];

    public BuiltInBriefsFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("sitrep-readers-").FullName;
        foreach (var template in Templates)
            BriefBuilder.Build(new BuildRequest(RepoPaths.KidalSituation, template, Path(template)));
    }

    public string Directory { get; }

    public string Path(string template) => System.IO.Path.Combine(Directory, $"kidal-{template}.pdf");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

public sealed class BuiltInBriefsPdfTests(BuiltInBriefsFixture briefs) : IClassFixture<BuiltInBriefsFixture>
{
    public static TheoryData<string> Templates => new(BuiltInBriefsFixture.Templates);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Qpdf_finds_no_error_and_no_warning(string template)
    {
        var (exit, output, error) = Tool("qpdf", "--check", briefs.Path(template));
        Assert.True(exit == 0, $"qpdf --check exited {exit}: {output}{error}");
        Assert.DoesNotContain("WARNING", output + error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Mupdf_draws_every_page_without_a_word(string template)
    {
        var (exit, output, error) = Tool("mutool", "draw", "-q", "-o", "/dev/null", briefs.Path(template));
        Assert.Equal(0, exit);

        // Debian's mupdf-tools is built without colour management and says so on every run, whatever the file.
        var said = (output + error).Split('\n').Where(l => l.Trim().Length > 0 && l.Trim() != "warning: ICC support is not available");
        Assert.Empty(said);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_font_is_an_embedded_subset_of_the_noto_files(string template)
    {
        var path = briefs.Path(template);
        var rows = Poppler.Fonts(path).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches(@"^[A-Z]{6}\+Noto(Sans|Serif|SansArabic|NaskhArabic|SansHebrew|SansTifinagh|SansMath)-", columns[0]);
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]);
        });

        // A whole Noto face is 510–660 KB; a subset of what a brief draws is a small fraction of that.
        var fontFiles = Objects(path).Where(o => o.TryGetProperty("stream", out var s) && s.GetProperty("dict").TryGetProperty("/Length1", out _))
            .Select(o => o.GetProperty("stream").GetProperty("dict").GetProperty("/Length1").GetInt32()).ToList();
        Assert.Equal(rows.Count, fontFiles.Count);
        Assert.All(fontFiles, length => Assert.InRange(length, 1_000, 60_000));
    }

    [Fact]
    public void The_default_analyst_brief_stays_under_210_kb()
    {
        // 200 KB before the map carried Arabic place names, which embed two Noto Sans Arabic subsets of about 7 KB each.
        var size = new FileInfo(briefs.Path("analyst")).Length;
        Assert.True(size < 210_000, $"the analyst brief is {size} bytes");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Text_copies_out_as_typed_ligatures_included(string template)
    {
        var text = Regex.Replace(Poppler.Text(briefs.Path(template)), @"\s+", " ");
        Assert.DoesNotContain("\uFB01", text); // "ﬁ": the ligature glyph copies as the two letters typed
        Assert.DoesNotContain("\uFB02", text);
        Assert.Contains("Kidal", text);
        if (template == "analyst")
        {
            Assert.Contains("Tuareg fighters forge alliances", text);
            Assert.Contains("Moderate confidence.", text);
            Assert.Contains("Anéfis", text);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_catalog_has_outline_language_and_title_display(string template)
    {
        var objects = Objects(briefs.Path(template)).Select(o => o.TryGetProperty("value", out var v) ? v : default).Where(v => v.ValueKind == JsonValueKind.Object).ToList();
        var catalog = objects.Single(v => v.TryGetProperty("/Type", out var t) && t.GetString() == "/Catalog");
        Assert.Equal("u:en", catalog.GetProperty("/Lang").GetString());
        Assert.Equal("/UseOutlines", catalog.GetProperty("/PageMode").GetString());
        Assert.True(catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());

        // Every outline entry and every internal link names a destination the catalog defines.
        Assert.EndsWith(" 0 R", catalog.GetProperty("/Dests").GetString());
        var destNames = objects.Single(v => v.EnumerateObject().Any(p => p.Name == "/o1")).EnumerateObject().Select(p => p.Name).ToHashSet();
        var targets = objects.Where(v => v.TryGetProperty("/Dest", out _)).Select(v => v.GetProperty("/Dest").GetString()).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains(t!, destNames));
    }

    [Fact]
    public void The_analyst_brief_links_citations_to_sources_and_urls_to_the_web()
    {
        var links = Objects(briefs.Path("analyst")).Select(o => o.TryGetProperty("value", out var v) ? v : default)
            .Where(v => v.ValueKind == JsonValueKind.Object && v.TryGetProperty("/Subtype", out var s) && s.GetString() == "/Link").ToList();
        Assert.Contains(links, l => l.TryGetProperty("/Dest", out var d) && d.GetString()!.StartsWith("/a", StringComparison.Ordinal));
        Assert.Contains(links, l => l.TryGetProperty("/A", out var a) && a.GetProperty("/URI").GetString()!.Contains("p.dw.com", StringComparison.Ordinal));
    }

    private static List<JsonElement> Objects(string pdf)
    {
        using var json = JsonDocument.Parse(Poppler.Run("qpdf", "--json=2", "--json-stream-data=none", pdf));
        return json.RootElement.GetProperty("qpdf")[1].EnumerateObject().Select(o => o.Value.Clone()).ToList();
    }

    private static (int Exit, string Output, string Error) Tool(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
