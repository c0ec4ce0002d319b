using System.Text;
using SitRep.Diagnostics;
using SitRep.Extracts;

namespace SitRep.Tests.Inputs;

/// <summary>
/// In-process checks of the loader and validator on damage the fuzzer found or that the CLI tests do not
/// cover; each must become a located finding, never an exception.
/// </summary>
[Collection(InputsCollection.Name)]
public sealed class LoaderFindingsTests : IDisposable
{
    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    /// <summary>The errors, found as a build finds them: validation only when loading went well, unless <paramref name="always"/>.</summary>
    private List<Diagnostic> Findings(bool always = false)
    {
        var diagnostics = new DiagnosticBag();
        var situation = SituationLoader.Load(box.Situation, diagnostics);
        if (always || !diagnostics.HasErrors)
            SituationValidator.Validate(situation, diagnostics);
        return diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
    }

    private Diagnostic Single(string file, string text)
    {
        var errors = Findings();
        var error = Assert.Single(errors);
        Assert.EndsWith(file, error.Location.File, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void Seed_is_clean()
    {
        Assert.Empty(Findings());
    }

    [Fact]
    public void Stray_bracket_that_crashes_the_yaml_scanner_is_a_finding()
    {
        // Fuzz case 94 (seed 20231208): YamlDotNet 16.3 threw InvalidOperationException from ScanPlainScalar here; the
        // finding must not depend on how the scanner fails.
        box.Replace("charts.yaml", "      - ev-rebels-take-kidal-ict\n", "   [   - ev-rebels-take-kidal-ict\n");
        var line = box.LineOf("charts.yaml", "   [   - ev-rebels");
        var error = Single("charts.yaml", "the '[' here is never closed");
        Assert.Equal((line, 4), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_before_the_tree_is_built()
    {
        File.WriteAllText(box.PathOf("actors.yaml"), "actors: " + new string('[', 5000) + new string(']', 5000) + "\n");
        Single("actors.yaml", $"nested more than {SituationLoader.MaxYamlDepth} levels deep");
    }

    [Fact]
    public void Backslash_in_double_quotes_explains_escapes()
    {
        box.Replace("actors.yaml", "name: \"Malian Armed Forces\"", "name: \"Malian\\Armed Forces\"");
        Single("actors.yaml", "a backslash in a double-quoted value starts an escape");
    }

    [Fact]
    public void Control_character_in_a_value()
    {
        box.Replace("actors.yaml", "name: \"Malian Armed Forces\"", "name: \"Malian\\u0007Armed Forces\"");
        var error = Single("actors.yaml", "'name' contains the control character U+0007");
        Assert.Equal(box.LineOf("actors.yaml", "Malian\\u0007Armed"), error.Location.Line);
    }

    [Fact]
    public void Unpaired_surrogate_in_a_value()
    {
        box.Replace("actors.yaml", "name: \"Malian Armed Forces\"", "name: \"Malian \\uD800 Forces\"");
        var error = Single("actors.yaml", "");
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("no closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_top_level_key_names_the_key()
    {
        File.AppendAllText(box.PathOf("places.yaml"), "places:\n  - id: x\n");
        Single("places.yaml", "key 'places' appears twice");
    }

    [Fact]
    public void Two_yaml_documents_in_one_file()
    {
        File.AppendAllText(box.PathOf("places.yaml"), "---\nplaces: []\n");
        Single("places.yaml", "more than one YAML document");
    }

    [Fact]
    public void Utf16_source_is_named_as_such()
    {
        var path = box.PathOf("sources/dw-2023-11-17.txt");
        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File.ReadAllText(path))]);
        Single("dw-2023-11-17.txt", "UTF-16 text; save it as UTF-8");
    }

    [Fact]
    public void Utf8_byte_order_mark_is_accepted()
    {
        var path = box.PathOf("actors.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(path)]);
        Assert.Empty(Findings());
    }

    [Fact]
    public void Year_zero_is_not_a_date()
    {
        box.Replace("timeline.yaml", "date: \"1960\"", "date: \"0000\"");
        Single("timeline.yaml", "'0000' is not a date");
    }

    [Fact]
    public void A_yaml_file_that_is_a_folder()
    {
        File.Delete(box.PathOf("quotes.yaml"));
        Directory.CreateDirectory(box.PathOf("quotes.yaml"));
        Single("quotes.yaml", "is a folder, not a YAML file");
    }

    [Fact]
    public void A_source_file_that_is_a_folder()
    {
        File.Delete(box.PathOf("sources/dw-2023-11-17.txt"));
        Directory.CreateDirectory(box.PathOf("sources/dw-2023-11-17.txt"));
        Single("sources.yaml", "is a folder, not a text file");
    }

    [Fact]
    public void A_source_path_outside_the_folder()
    {
        box.Replace("sources.yaml", "file: sources/dw-2023-11-17.txt", "file: ../../../../etc/passwd");
        Single("sources.yaml", "may not use '.' or '..'");
    }

    [Fact]
    public void Validator_copes_with_a_half_loaded_situation()
    {
        // The library may be asked to validate what failed to load (the fuzz test does it on every case).
        File.WriteAllText(box.PathOf("sources.yaml"), "sources: {a: b}\n");
        File.WriteAllText(box.PathOf("figures.yaml"), "figures:\n  - value: [1, 2]\n    id: {x: y}\n");
        var errors = Findings(always: true);
        Assert.Contains(errors, e => e.Message.Contains("sources must be a list", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'value' must be a single value, not a list", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_evidence_against_a_long_source_finds_the_difference_quickly()
    {
        // A whole article pasted as evidence, with one word changed near its end, against a 3 MB source.
        var path = box.PathOf("sources/ict-2023-11.txt");
        var article = File.ReadAllText(path);
        var filler = string.Concat(Enumerable.Repeat("Unrelated filler text about the weather in the Sahel and the price of millet. ", 40_000));
        File.WriteAllText(path, filler + article);
        var words = article.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Take(600).ToArray();
        Assert.True(words.Length == 600, "the ICT source is shorter than expected");
        words[550] = "XXXX";
        var broken = string.Join(' ', words).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        box.Replace("background.yaml", "    source: ict\n    evidence: \"", "    source: ict\n    evidence: \"" + broken + " ");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var errors = Findings();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"validation took {watch.Elapsed}");
        Assert.Contains(errors, e => e.Code == "evidence" && e.Message.Contains("where the evidence has 'XXXX'", StringComparison.Ordinal));
    }
}
