using System.Text.RegularExpressions;
using SitRep.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SitRep.Tests.Ci;

/// <summary>.github/workflows/briefs.yml parses and does what docs/ci.md says.</summary>
public sealed class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepoPaths.Root, ".github", "workflows", "briefs.yml");

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(WorkflowPath));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlNode? Get(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlNode? node) => (node as YamlScalarNode)?.Value;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode root) =>
        ((YamlMappingNode)Get(root, "jobs")!).Children.Values
            .SelectMany(job => ((YamlSequenceNode)Get(job, "steps")!).Children.Cast<YamlMappingNode>());

    [Fact]
    public void Triggers_are_pushes_to_seeds_and_templates_a_daily_schedule_and_manual_runs()
    {
        var root = Load();
        var on = Get(root, "on");
        Assert.NotNull(on);
        var paths = ((YamlSequenceNode)Get(Get(on!, "push")!, "paths")!).Children.Select(Scalar).ToList();
        Assert.Contains("seeds/**", paths);
        Assert.Contains("templates/**", paths);
        var schedule = (YamlSequenceNode)Get(on!, "schedule")!;
        var cron = Scalar(Get(schedule.Children.Single(), "cron"));
        Assert.Matches(@"^\d+ \d+ \* \* \*$", cron); // once a day
        Assert.True(((YamlMappingNode)on!).Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
    }

    [Fact]
    public void Permissions_are_read_only_and_jobs_have_a_timeout()
    {
        var root = Load();
        var permissions = (YamlMappingNode)Get(root, "permissions")!;
        Assert.Equal("read", Scalar(Get(permissions, "contents")));
        Assert.Single(permissions.Children);
        foreach (var job in ((YamlMappingNode)Get(root, "jobs")!).Children.Values)
            Assert.True(int.Parse(Scalar(Get(job, "timeout-minutes"))!, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
    }

    [Fact]
    public void Steps_set_up_dotnet_check_build_all_and_upload_the_briefs()
    {
        var steps = Steps(Load()).ToList();
        var uses = steps.Select(s => Scalar(Get(s, "uses"))).Where(u => u is not null).ToList();
        Assert.Contains("actions/checkout@v4.2.2", uses);
        Assert.Contains("actions/setup-dotnet@v4.3.1", uses);
        Assert.Contains("actions/upload-artifact@v4.6.2", uses);
        Assert.All(uses, u => Assert.Matches(@"@v\d+\.\d+\.\d+$", u)); // full tag versions only

        var setup = steps.Single(s => Scalar(Get(s, "uses"))?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        Assert.StartsWith("10.", Scalar(Get(Get(setup, "with")!, "dotnet-version")), StringComparison.Ordinal);

        var runs = steps.Select(s => Scalar(Get(s, "run"))).Where(r => r is not null).Select(r => r!).ToList();
        var check = runs.FindIndex(r => Regex.IsMatch(r, @"\bsitrep check\b"));
        var build = runs.FindIndex(r => Regex.IsMatch(r, @"\bsitrep build\b.*--all"));
        Assert.True(check >= 0, "no step runs 'sitrep check'");
        Assert.True(build > check, "no step runs 'sitrep build --all' after the check");
        Assert.Contains(runs, r => r.Contains("dotnet tool install", StringComparison.Ordinal) || r.Contains("dotnet run", StringComparison.Ordinal));

        var upload = steps.Single(s => Scalar(Get(s, "uses")) == "actions/upload-artifact@v4.6.2");
        var uploaded = Scalar(Get(Get(upload, "with")!, "path"))!;
        Assert.Contains("output/*.pdf", uploaded, StringComparison.Ordinal);
        Assert.Contains("output/manifest.json", uploaded, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ci_doc_lists_the_exit_codes_and_options()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ci.md"));
        foreach (var needle in new[] { "SOURCE_DATE_EPOCH", "--quiet", "--json", "--force", "manifest.json", "GitLab", "| 0 |", "| 1 |", "| 2 |" })
            Assert.Contains(needle, doc, StringComparison.Ordinal);
    }

    [Fact]
    public void The_editions_record_is_restored_before_the_build_saved_after_it_and_uploaded()
    {
        var steps = Steps(Load()).ToList();
        int Index(Func<YamlMappingNode, bool> match) => steps.FindIndex(s => match(s));
        string? Uses(YamlMappingNode step) => Scalar(Get(step, "uses"));
        var restore = Index(s => Uses(s)?.StartsWith("actions/cache/restore@", StringComparison.Ordinal) == true);
        var build = Index(s => Scalar(Get(s, "run")) is { } run && Regex.IsMatch(run, @"\bsitrep build\b"));
        var save = Index(s => Uses(s)?.StartsWith("actions/cache/save@", StringComparison.Ordinal) == true);
        Assert.True(restore >= 0 && restore < build && build < save, $"restore {restore}, build {build}, save {save}");
        foreach (var index in new[] { restore, save })
            Assert.Equal("output/editions", Scalar(Get(Get(steps[index], "with")!, "path")));
        // Caches are immutable: each run saves under its own key, and the restore falls back to the newest.
        Assert.Contains("github.run_id", Scalar(Get(Get(steps[save], "with")!, "key")), StringComparison.Ordinal);
        Assert.NotNull(Scalar(Get(Get(steps[restore], "with")!, "restore-keys")));

        var upload = steps.Single(s => Uses(s)?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Contains("output/editions/", Scalar(Get(Get(upload, "with")!, "path")), StringComparison.Ordinal);
        Assert.Contains(steps, s => Scalar(Get(s, "run")) is { } run && Regex.IsMatch(run, @"\bsitrep diff\b"));

        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ci.md"));
        foreach (var needle in new[] { "output/editions/", "actions/cache", "sitrep diff", "commit" })
            Assert.Contains(needle, doc, StringComparison.Ordinal);
    }
}
