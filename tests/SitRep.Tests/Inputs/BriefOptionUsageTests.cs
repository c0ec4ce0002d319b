namespace SitRep.Tests.Inputs;

/// <summary>build and watch refuse the same contradictory options, with exit code 2 and a plain sentence.</summary>
[Collection(InputsCollection.Name)]
public sealed class BriefOptionUsageTests : IDisposable
{
    private readonly Sandbox box = new();

    public void Dispose() => box.Dispose();

    [Theory]
    [InlineData("build", "--all builds every built-in template; give either --all or --template, not both.")]
    [InlineData("watch", "--all watches every built-in template; give either --all or --template, not both.")]
    public void All_with_a_template_is_a_usage_error(string verb, string message)
    {
        var result = box.Run([verb, "--situation", box.Situation, "--all", "--template", "analyst"], TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr);
        Sandbox.AssertNoStackTrace(result);
        box.AssertPreviousPdfIntact();
    }

    [Theory]
    [InlineData("build", "it can be used only when building a single template")]
    [InlineData("watch", "it can be used only when watching a single template")]
    public void One_out_for_several_templates_is_a_usage_error(string verb, string message)
    {
        var result = box.Run([verb, "--situation", box.Situation, "-t", "analyst", "-t", "executive", "--out", box.Output], TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr);
        box.AssertPreviousPdfIntact();
    }

    [Fact]
    public void An_empty_out_is_a_usage_error()
    {
        var result = box.Run(["build", "--situation", box.Situation, "--out", ""], TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out needs a file name", result.StdErr);
    }
}
