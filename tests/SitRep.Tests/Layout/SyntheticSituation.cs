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

    private static readonly string[] Words =
        "the convoy reached the outskirts of the town after a long night on the desert road while observers counted vehicles and residents waited for news of relatives".Split(' ');

    /// <summary>
    /// Copies seeds/kidal and fills timeline.yaml, background.yaml and judgments.yaml within the 4 MB a
    /// YAML file may hold, with long unique texts citing RFI verbatim: a brief of more than 1,000 pages.
    /// </summary>
    public static SyntheticSituation CreateLong(int events = 4300, int background = 5200, int judgments = 3400)
    {
        var directory = Path.Combine(Path.GetTempPath(), "sitrep-long-" + Guid.NewGuid().ToString("N"));
        Support.TestFiles.CopyDirectory(Support.RepoPaths.KidalSituation, directory);
        string Text(string what, int n, int words) =>
            $"Synthetic {what} {n:D5}: " + string.Join(' ', Enumerable.Range(0, words).Select(i => Words[(n + i) % Words.Length])) + ".";
        void Append(string file, int count, Func<int, string> item)
        {
            var path = Path.Combine(directory, file);
            var yaml = new StringBuilder(File.ReadAllText(path).TrimEnd('\n')).Append('\n');
            for (var n = 1; n <= count; n++)
                yaml.Append(item(n));
            File.WriteAllText(path, yaml.ToString());
        }

        var first = new DateOnly(2012, 1, 2);
        var evidence = $"    source: rfi\n    evidence: \"{Evidence}\"\n";
        Append("timeline.yaml", events, n => $"  - id: ev-long-{n:D5}\n    date: {first.AddDays(n % 3900).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n    precision: day\n    text: \"{Text("event", n, 45)}\"\n" + evidence);
        Append("background.yaml", background, n => $"  - id: bg-long-{n:D5}\n    period: \"2012\"\n    topic: history\n    text: \"{Text("background", n, 60)}\"\n" + evidence);
        Append("judgments.yaml", judgments, n => $"  - id: j-long-{n:D5}\n    text: \"{Text("judgment", n, 60)}\"\n    likelihood: likely\n    confidence: low\n    topic: security\n" + evidence);
        return new SyntheticSituation(directory, []);
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
