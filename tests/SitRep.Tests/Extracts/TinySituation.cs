using SitRep.Diagnostics;
using SitRep.Extracts;

namespace SitRep.Tests.Extracts;

/// <summary>
/// A small situation written into a temporary folder: a manifest, two source texts and whatever
/// extract files a test gives, loaded and checked the way <c>sitrep check</c> does.
/// </summary>
public sealed class TinySituation : IDisposable
{
    public const string NewsText = """
        Flooding in the delta has killed at least 782 people, officials said on 3 May 2025.
        About 1.2 million people are affected and more than 600,000 have left their homes.
        Between 200 and 300 houses collapsed in the capital. Three hospitals are closed.
        Up to 25 % of wells are contaminated, and 40 per cent of schools are shut.
        The appeal seeks US$ 4.1 billion; donors have given US$ 1.03 billion, or 25 per cent.
        "We have never seen water rise so fast in our village," said Amara Diallo-Nguyễn, a farmer.
        """;

    public const string AgencyText = """
        The agency counts 500,000 people displaced as of 2 May 2025.
        "The next weeks will decide whether disease follows the water," the agency's director said.
        """;

    public TinySituation()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitrep-tiny-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "sources"));
        Write("situation.yaml", """
            id: delta-floods
            title: "Delta floods"
            country: { name: Bangladesh, iso_n3: "050" }
            as_of: 2025-05-04
            """);
        Write("sources.yaml", """
            sources:
              - id: news
                file: sources/news.txt
                outlet: "Test Wire"
                title: "Floods"
                published: 2025-05-03
              - id: agency
                file: sources/agency.txt
                outlet: "Test Agency"
                title: "Update"
                published: 2025-05-02
            """);
        File.WriteAllText(Path.Combine(Root, "sources", "news.txt"), NewsText);
        File.WriteAllText(Path.Combine(Root, "sources", "agency.txt"), AgencyText);
    }

    public string Root { get; }

    public void Write(string relative, string text) => File.WriteAllText(Path.Combine(Root, relative), text.ReplaceLineEndings("\n") + "\n");

    /// <summary>One figures.yaml entry with the given extra lines (indented like the others).</summary>
    public void Figure(string id, string lines, string source = "news") => Write("figures.yaml", $"""
        figures:
          - id: {id}
            label: "{id}"
            category: casualties
            source: {source}
        {Indent(lines)}
        """);

    public static string Indent(string lines) =>
        string.Join("\n", lines.ReplaceLineEndings("\n").Split('\n').Select(l => "    " + l.Trim()));

    public (Situation Situation, List<Diagnostic> Findings) Check()
    {
        var diagnostics = new DiagnosticBag();
        var situation = SituationLoader.Load(Root, diagnostics);
        if (!diagnostics.HasErrors)
            SituationValidator.Validate(situation, diagnostics);
        return (situation, diagnostics.Items.ToList());
    }

    public List<Diagnostic> Errors() => Check().Findings.Where(d => d.Severity == Severity.Error).ToList();

    public List<Diagnostic> Problems() => Check().Findings.Where(d => d.Severity != Severity.Info).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
