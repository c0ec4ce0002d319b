using System.Diagnostics;
using SitRep.Pipeline;
using Xunit.Abstractions;

namespace SitRep.Tests.Layout;

/// <summary>The bounds are generous enough for real briefs: a brief of more than 1,000 pages builds.</summary>
public sealed class ThousandPageBriefTests(ITestOutputHelper output)
{
    [Fact]
    public void A_brief_of_more_than_1000_pages_builds()
    {
        using var situation = SyntheticSituation.CreateLong();
        var pdf = Path.Combine(situation.Directory, "long.pdf");
        var clock = Stopwatch.StartNew();

        var result = BriefBuilder.Build(new BuildRequest(situation.Directory, "analyst", pdf));

        output.WriteLine($"{result.PageCount} pages in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(result.PageCount >= 1000, $"{result.PageCount} pages");
        Assert.True(result.PageCount <= SitRep.Layout.Paginator.MaxPages);
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.StartsWith("%PDF-", text);
        Assert.EndsWith("%%EOF", text.TrimEnd());
    }
}
