using System.Text;
using Xunit.Abstractions;

namespace SitRep.Tests.Inputs;

/// <summary>
/// "Every fact traceable": each bad input makes the real CLI exit 1 with a message naming the file (and
/// line) and the problem, without a stack trace, without a partial PDF, and with the previous PDF intact.
/// </summary>
[Collection(InputsCollection.Name)]
public sealed class BadInputCliTests(ITestOutputHelper output) : IDisposable
{
    private const string Actors = "actors.yaml";
    private const string Afp = "sources/afp-2023-11-14.txt";
    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    /// <summary>"kidal/actors.yaml:LINE:COL" of the first occurrence of <paramref name="needle"/>.</summary>
    private string At(string relative, string needle, string? lineWith = null)
    {
        var line = box.LineOf(relative, lineWith ?? needle);
        var column = File.ReadAllLines(box.PathOf(relative))[line - 1].IndexOf(needle, StringComparison.Ordinal) + 1;
        return $"kidal/{relative}:{line}:{column}";
    }

    // ---- malformed YAML

    [Fact]
    public void Tab_indentation_names_the_line_of_the_tab()
    {
        box.Replace(Actors, "    short: FAMa", "  \tshort: FAMa");
        var line = box.LineOf(Actors, "\tshort: FAMa");
        box.AssertRejected(box.Build(), $"kidal/actors.yaml:{line}:3: error: YAML syntax:", "tab", "indent with spaces");
    }

    [Fact]
    public void Unclosed_quote_names_where_the_quote_opens()
    {
        box.Replace(Actors, "name: \"Malian Armed Forces\"", "name: \"Malian Armed Forces");
        box.AssertRejected(box.Build(), At(Actors, "\"Malian Armed Forces") + ": error: YAML syntax:", "no closing quote");
    }

    [Fact]
    public void Unclosed_quote_at_the_end_of_a_file()
    {
        box.Edit(Actors, text => text.TrimEnd().TrimEnd('"') + "\n");
        box.AssertRejected(box.Build(), "kidal/actors.yaml:", "no closing quote");
    }

    [Theory]
    [InlineData("actors.yaml", "a top-level 'actors:' list")]
    [InlineData("situation.yaml", "'key: value' lines")]
    [InlineData("sources.yaml", "a top-level 'sources:' list")]
    public void Empty_file(string file, string expected)
    {
        File.WriteAllText(box.PathOf(file), "");
        box.AssertRejected(box.Build(), $"kidal/{file}:1:1: error: file is empty", expected);
    }

    [Fact]
    public void Whitespace_only_file_is_empty_too()
    {
        File.WriteAllText(box.PathOf("timeline.yaml"), "\n   \n\t\n");
        box.AssertRejected(box.Build(), "kidal/timeline.yaml:1:1: error: file is empty");
    }

    // ---- source files that are not usable text

    [Fact]
    public void Source_of_50_MB_is_refused_before_it_is_read()
    {
        using (var file = new FileStream(box.PathOf(Afp), FileMode.Create, FileAccess.Write))
        {
            var line = Encoding.ASCII.GetBytes("The Malian army has captured the strategic town of Kidal, a stronghold of Tuareg separatists.\n");
            while (file.Length < 50L * 1024 * 1024)
                file.Write(line);
        }

        var result = box.Build();
        box.AssertRejected(result, $"kidal/{Afp}:1:1: error: source file is 50 MB; the limit for this file is 5 MB", "cited by source 'afp'");
    }

    [Fact]
    public void Binary_source()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"u8.ToArray().CopyTo(bytes, 0);
        File.WriteAllBytes(box.PathOf(Afp), bytes);
        box.AssertRejected(box.Build(), $"kidal/{Afp}:", "source file is binary, not text (it contains a NUL byte at offset");
    }

    [Fact]
    public void Latin1_source_names_line_column_and_byte()
    {
        var (line, column) = Latinize(box.PathOf(Afp), "Goïta");
        box.AssertRejected(box.Build(), $"kidal/{Afp}:{line}:{column}: error: source file is not valid UTF-8: byte 0xEF", "save it as UTF-8");
    }

    [Fact]
    public void Latin1_yaml_file()
    {
        var (line, column) = Latinize(box.PathOf(Actors), "Goïta");
        box.AssertRejected(box.Build(), $"kidal/actors.yaml:{line}:{column}: error: file is not valid UTF-8: byte 0xEF");
    }

    /// <summary>Rewrites the first <paramref name="word"/> in Latin-1 bytes; returns the line and column of its 'ï'.</summary>
    private static (int Line, int Column) Latinize(string path, string word)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{path} no longer contains {word}");
        var bad = at + word.IndexOf('ï', StringComparison.Ordinal);
        var line = text[..bad].Count(c => c == '\n') + 1;
        var column = bad - (text.LastIndexOf('\n', bad) + 1) + 1;
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(text[..at]), .. Encoding.Latin1.GetBytes(word), .. Encoding.UTF8.GetBytes(text[(at + word.Length)..])]);
        return (line, column);
    }

    // ---- glyphs, templates, output paths

    [Fact]
    public void Glyph_missing_from_the_fonts_names_the_character_and_where()
    {
        box.Replace(Actors, "name: \"Malian Armed Forces\"", "name: \"習近平 Armed Forces\"");
        var result = box.Build();
        box.AssertRejected(result, $"kidal/actors.yaml:{box.LineOf(Actors, "習近平")}:", "character '習' (U+7FD2", "is in no font of the stack (Noto Serif, Noto Naskh Arabic");
    }

    [Fact]
    public void Glyph_missing_from_a_local_place_name_names_the_character_and_where()
    {
        box.Replace("places.yaml", "local_name: كيدال", "local_name: 基达尔");
        var result = box.Build();
        box.AssertRejected(result, $"kidal/places.yaml:{box.LineOf("places.yaml", "基达尔")}:", "character '基' (U+57FA", "is in no font of the stack");
    }

    [Fact]
    public void Template_syntax_error_unclosed_for()
    {
        var template = Path.Combine(box.Dir, "tpl");
        Support.TestFiles.CopyDirectory(Path.Combine(Sandbox.RepoRoot, "templates", "analyst"), template);
        var entry = Path.Combine(template, "brief.sbn");
        var lines = File.ReadAllLines(entry).ToList();
        var open = lines.FindIndex(l => l.StartsWith("{{~ for", StringComparison.Ordinal));
        var close = lines.FindIndex(open, l => l.StartsWith("{{~ end", StringComparison.Ordinal));
        Assert.True(open >= 0 && close > open, "the analyst template changed shape");
        lines.RemoveAt(close);
        File.WriteAllLines(entry, lines);
        var result = box.Build("--template", template);
        // The first loop sits inside an 'if' (a section is left out when empty): without the loop's 'end', the 'if' is the block left open.
        var enclosing = lines.FindLastIndex(open, l => l.StartsWith("{{~ if", StringComparison.Ordinal));
        Assert.True(enclosing >= 0, "the analyst template changed shape");
        box.AssertRejected(result, $"tpl/brief.sbn:{enclosing + 1}:5:", "this 'if' has no matching 'end'");
        Assert.Contains("end", Sandbox.FirstError(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_parent_is_a_regular_file()
    {
        // Root ignores permissions, so "cannot create the folder" is what a root CI run can test.
        var blocker = Path.Combine(box.OutDir, "file.txt");
        File.WriteAllText(blocker, "not a folder");
        var result = box.Run(["build", "--situation", box.Situation, "--out", Path.Combine(blocker, "brief.pdf")]);
        Assert.True(result.ExitCode == 1, result.ToString());
        Sandbox.AssertNoStackTrace(result);
        Assert.Contains("out/file.txt/brief.pdf:1:1: error: cannot write the PDF", result.StdErr);
        Assert.Equal("not a folder", File.ReadAllText(blocker));
        Assert.Equal(Sandbox.PreviousPdf, File.ReadAllBytes(box.Output));
        Assert.Equal(["brief.pdf", "file.txt"], Directory.EnumerateFileSystemEntries(box.OutDir).Select(Path.GetFileName).Where(f => f != "manifest.json").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Output_folder_not_writable()
    {
        if (OperatingSystem.IsWindows())
            return;
        string? runAs = null;
        if (Sandbox.IsRoot)
        {
            // Root would write anyway: run the CLI as 'nobody' when the machine allows it.
            var probe = box.Run(["--help"], runAs: "65534");
            if (probe.ExitCode != 0)
            {
                // setpriv missing or the build output unreadable for 'nobody'; the regular-file case above still runs.
                output.WriteLine("running as root and cannot run the CLI as 'nobody'; permission case not exercised:\n" + probe);
                return;
            }

            runAs = "65534";
            output.WriteLine("running as root: the CLI runs as 'nobody' (uid 65534) for this case");
        }

        new DirectoryInfo(box.OutDir).UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        try
        {
            var result = box.Run(["build", "--situation", box.Situation, "--out", box.Output], runAs: runAs);
            box.AssertRejected(result, "out/brief.pdf:1:1: error: cannot write the PDF", "denied");
        }
        finally
        {
            new DirectoryInfo(box.OutDir).UnixFileMode |= UnixFileMode.UserWrite;
        }
    }

    [Fact]
    public void Output_path_is_a_directory()
    {
        var result = box.Run(["build", "--situation", box.Situation, "--out", box.OutDir]);
        box.AssertRejected(result, "out:1:1: error: the output path is a directory");
    }

    // ---- findings about the extracts

    [Fact]
    public void Evidence_broken_by_one_word()
    {
        box.Replace(Actors, "have taken a position in the city of Kidal,” said the general staff", "have taken up position in the city of Kidal,” said the general staff");
        var sourceLine = File.ReadAllLines(box.PathOf(Afp)).ToList().FindIndex(l => l.Contains("have taken a position", StringComparison.Ordinal)) + 1;
        box.AssertRejected(box.Build(),
            // At the word that differs, not at the opening quotation mark of the value.
            At(Actors, "up position", lineWith: "\"“The FAMa") + ": error: evidence of 'fama' is not verbatim in source 'afp'",
            "the source has 'a' where the evidence has 'up'",
            $"closest passage, kidal/{Afp}:{sourceLine}:",
            "have taken a position in the city of Kidal");
    }

    [Fact]
    public void Unknown_key_with_suggestion()
    {
        box.Replace(Actors, "    evidence: \"“The FAMa", "    evidnce: \"“The FAMa");
        var result = box.Build();
        box.AssertRejected(result, At(Actors, "evidnce") + ": error: unknown key 'evidnce' in actors (did you mean 'evidence'?)");
        Assert.DoesNotContain("missing required key 'evidence'", result.StdErr, StringComparison.Ordinal); // one mistake, one message
    }

    [Fact]
    public void Duplicate_id()
    {
        box.Replace(Actors, "  - id: junta", "  - id: fama");
        var first = At(Actors, "fama", "  - id: fama");
        var lines = File.ReadAllLines(box.PathOf(Actors)).ToList();
        var second = lines.FindIndex(box.LineOf(Actors, "  - id: fama"), l => l == "  - id: fama") + 1;
        box.AssertRejected(box.Build(), $"kidal/actors.yaml:{second}:9: error: duplicate id 'fama' (first used at {first})");
    }

    [Fact]
    public void Unknown_source_id()
    {
        box.Replace(Actors, "    source: afp\n    evidence: \"“The FAMa", "    source: apf\n    evidence: \"“The FAMa");
        box.AssertRejected(box.Build(), At(Actors, "apf") + ": error: 'fama' cites unknown source 'apf' (did you mean 'afp'?)");
    }

    [Fact]
    public void Likelihood_outside_ICD_203()
    {
        box.Replace("judgments.yaml", "likelihood: very likely", "likelihood: probable");
        box.AssertRejected(box.Build(), At("judgments.yaml", "probable") + ": error: 'probable' is not a valid likelihood", "(ICD 203 writes 'probable' as 'likely')");
    }

    [Fact]
    public void Event_dated_after_its_source_was_published()
    {
        box.Replace("timeline.yaml", "    date: \"1960\"\n    precision: year", "    date: \"2024-01-05\"\n    precision: day");
        box.AssertRejected(box.Build(), At("timeline.yaml", "\"2024-01-05\"") + ": error: event 'ev-independence' is dated 5 January 2024, after its source 'ict' was published (November 2023)");
    }

    [Fact]
    public void Figure_value_disagrees_with_its_evidence()
    {
        box.Replace("figures.yaml", "value: 13000", "value: 14000");
        box.AssertRejected(box.Build(), At("figures.yaml", "14000") + ": error: figure 'minusma-strength-soldiers' is 14,000 but its evidence says 13,000");
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        box.Replace("figures.yaml", "value: 13000", "value: 14000");
        box.Replace("judgments.yaml", "likelihood: very likely", "likelihood: probable");
        var result = box.Build();
        box.AssertRejected(result, "figures.yaml", "judgments.yaml", "2 errors");
    }
}
