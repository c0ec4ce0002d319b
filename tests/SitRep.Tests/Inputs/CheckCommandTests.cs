using System.Text.Json;
using System.Text.RegularExpressions;

namespace SitRep.Tests.Inputs;

/// <summary><c>sitrep check</c> on the shipped Kidal situation: clean, with the discrepancies between sources listed.</summary>
[Collection(InputsCollection.Name)]
public sealed partial class CheckCommandTests : IDisposable
{
    /// <summary>The disputed points of the Kidal seed: when MINUSMA left its camp, since when the rebels held the town, the size of the UN force, what the CSP is called.</summary>
    private static readonly string[] Disputes = ["minusma-leaves-kidal", "rebels-take-kidal", "minusma-strength", "csp-name"];

    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    [GeneratedRegex(@"^\d+ errors?, \d+ warnings?, \d+ notes? \(\d+ discrepanc(y|ies) between sources\)$")]
    private static partial Regex Summary();

    [Fact]
    public void Check_of_the_shipped_situation_exits_0_lists_discrepancies_and_ends_with_a_summary()
    {
        var result = box.Run(["check"], workingDirectory: Sandbox.RepoRoot);
        Assert.True(result.ExitCode == 0, result.ToString());
        Sandbox.AssertNoStackTrace(result);
        var lines = result.StdOut.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var key in Disputes)
            Assert.Contains(lines, l => l.StartsWith("seeds/kidal/", StringComparison.Ordinal) && l.Contains($": info: sources differ on '{key}'", StringComparison.Ordinal));
        Assert.Matches(Summary(), lines[^1]);
        Assert.StartsWith("0 errors, 0 warnings, ", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_as_json_is_valid_json_with_counts_and_findings()
    {
        var result = box.Run(["check", "--format", "json"], workingDirectory: Sandbox.RepoRoot);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var discrepancies = findings.Where(f => f.GetProperty("code").GetString() == "discrepancy").ToList();
        Assert.Equal(discrepancies.Count, root.GetProperty("discrepancies").GetInt32());
        foreach (var key in Disputes)
            Assert.Contains(discrepancies, f => f.GetProperty("message").GetString()!.Contains($"'{key}'", StringComparison.Ordinal));
        foreach (var f in findings)
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("file").GetString()));
            Assert.True(f.GetProperty("line").GetInt32() >= 1);
            Assert.True(f.GetProperty("column").GetInt32() >= 1);
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
        }
    }

    [Fact]
    public void Check_of_a_broken_situation_exits_1_and_json_still_parses()
    {
        box.Replace("figures.yaml", "value: 13000", "value: 14000");
        box.Replace("actors.yaml", "    short: FAMa", "  \tshort: FAMa");
        var text = box.Run(["check", "--situation", box.Situation]);
        Assert.True(text.ExitCode == 1, text.ToString());
        Sandbox.AssertNoStackTrace(text);
        Assert.Matches(Summary(), text.StdOut.TrimEnd().Split('\n')[^1]);
        Assert.Contains("kidal/actors.yaml:", text.StdOut);

        var json = box.Run(["check", "--situation", box.Situation, "--format", "json"]);
        Assert.True(json.ExitCode == 1, json.ToString());
        using var doc = JsonDocument.Parse(json.StdOut);
        Assert.True(doc.RootElement.GetProperty("errors").GetInt32() >= 1);
        Assert.Equal(Sandbox.PreviousPdf, File.ReadAllBytes(box.Output));
    }

    [Fact]
    public void Check_reports_glyphs_the_fonts_lack_like_build_does()
    {
        box.Replace("actors.yaml", "name: \"Malian Armed Forces\"", "name: \"習近平 Armed Forces\"");
        var result = box.Run(["check", "--situation", box.Situation]);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("U+7FD2", result.StdOut);
    }
}
