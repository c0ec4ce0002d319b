using SitRep.Tests.Inputs;

namespace SitRep.Tests.Extraction;

/// <summary>The promise: drafts cut from the sources pass `sitrep check` with no evidence error.</summary>
[Collection(InputsCollection.Name)]
public sealed class ExtractThenCheckTests : IDisposable
{
    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    [Fact]
    public void Kidal_drafts_written_by_extract_are_accepted_by_check()
    {
        var extract = box.Run(["extract", "--situation", box.Situation]);
        Assert.True(extract.ExitCode == 0, extract.ToString());
        Assert.True(File.Exists(box.PathOf("figures.draft.yaml")), extract.ToString());

        var check = box.Run(["check", "--situation", box.Situation]);

        Assert.True(check.ExitCode == 0, check.ToString());
        Sandbox.AssertNoStackTrace(check);
        var output = check.StdOut + check.StdErr;
        Assert.Contains("0 errors", output);
        Assert.DoesNotContain(": error:", output);
        Assert.Contains("draft place", output);
    }
}
