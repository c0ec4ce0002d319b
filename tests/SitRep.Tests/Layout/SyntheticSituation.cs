using System.Globalization;
using System.Text;

namespace SitRep.Tests.Layout;

/// <summary>A temporary copy of the Kidal seed with extra timeline events whose texts are unique and easy to find.</summary>
internal sealed class SyntheticSituation : IDisposable
{
    public const string Evidence = "Kidal was ruled by rebels for more than ten years.";

    private SyntheticSituation(string directory, IReadOnlyList<string> eventTexts)
    {
        Directory = directory;
        EventTexts = eventTexts;
    }

    public string Directory { get; }

    public IReadOnlyList<string> EventTexts { get; }

    public static string EventText(int number) => $"Synthetic event {number:D3} of the long test timeline.";

    /// <summary>Copies seeds/kidal and appends <paramref name="count"/> events, dated a day apart from 2 January 2012, citing RFI verbatim.</summary>
    public static SyntheticSituation Create(int count)
    {
        var seed = Support.RepoPaths.KidalSituation;
        var directory = Path.Combine(Path.GetTempPath(), "sitrep-layout-" + Guid.NewGuid().ToString("N"));
        Support.TestFiles.CopyDirectory(seed, directory);

        var timeline = Path.Combine(directory, "timeline.yaml");
        var yaml = new StringBuilder(File.ReadAllText(timeline));
        if (!yaml.ToString().StartsWith("timeline:", StringComparison.Ordinal))
            throw new InvalidOperationException("the seed's timeline.yaml no longer starts with 'timeline:'; the test must be adapted");
        if (yaml[^1] != '\n')
            yaml.Append('\n');
        var texts = new List<string>();
        var first = new DateOnly(2012, 1, 2);
        for (var n = 1; n <= count; n++)
        {
            var text = EventText(n);
            texts.Add(text);
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: ev-synthetic-{n:D3}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"    date: {first.AddDays(n - 1):yyyy-MM-dd}\n");
            yaml.Append("    precision: day\n");
            yaml.Append(CultureInfo.InvariantCulture, $"    text: \"{text}\"\n");
            yaml.Append("    source: rfi\n");
            yaml.Append(CultureInfo.InvariantCulture, $"    evidence: \"{Evidence}\"\n");
        }

        File.WriteAllText(timeline, yaml.ToString());
        return new SyntheticSituation(directory, texts);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }


}
