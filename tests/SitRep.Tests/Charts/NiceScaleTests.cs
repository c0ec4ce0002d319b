using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class NiceScaleTests
{
    [Theory]
    [InlineData(0, 68_000, 5, new double[] { 0, 20_000, 40_000, 60_000, 80_000 })]
    [InlineData(0, 68_000, 8, new double[] { 0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000 })]
    [InlineData(0, 17, 5, new double[] { 0, 5, 10, 15, 20 })]
    [InlineData(0, 1, 5, new double[] { 0, 0.5, 1 })]
    [InlineData(1960, 2024, 8, new double[] { 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030 })]
    [InlineData(0, 250, 6, new double[] { 0, 50, 100, 150, 200, 250 })]
    public void Gives_round_ticks_covering_the_range(double min, double max, int maxTicks, double[] expected)
    {
        Assert.Equal(expected, NiceScale.For(min, max, maxTicks));
    }

    [Theory]
    [InlineData(0, 12_944)]
    [InlineData(3, 97)]
    [InlineData(-40, 130)]
    [InlineData(0.001, 0.0173)]
    [InlineData(0, 1e9)]
    public void Never_exceeds_max_ticks_and_steps_are_nice(double min, double max)
    {
        for (var maxTicks = 2; maxTicks <= 12; maxTicks++)
        {
            var ticks = NiceScale.For(min, max, maxTicks);
            Assert.InRange(ticks.Count, 2, min < 0 && max > 0 ? Math.Max(3, maxTicks) : maxTicks);
            Assert.True(ticks[0] <= min && ticks[^1] >= max, $"ticks {string.Join(",", ticks)} do not cover [{min}, {max}]");
            var step = ticks[1] - ticks[0];
            var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
            Assert.Contains(Math.Round(mantissa, 6), new[] { 1.0, 2.0, 2.5, 5.0 });
            for (var i = 1; i < ticks.Count; i++)
                Assert.Equal(step, ticks[i] - ticks[i - 1], 9);
        }
    }

    [Fact]
    public void Handles_a_single_value_and_reversed_bounds()
    {
        Assert.Equal(new double[] { 0, 5, 10, 15, 20 }, NiceScale.For(17, 17, 5));
        Assert.Equal(new double[] { 0, 0.5, 1 }, NiceScale.For(0, 0, 5));
        Assert.Equal(NiceScale.For(0, 100, 5), NiceScale.For(100, 0, 5));
    }

    [Fact]
    public void Rejects_non_finite_bounds()
    {
        Assert.Throws<ArgumentException>(() => NiceScale.For(double.NaN, 1, 5));
        Assert.Throws<ArgumentException>(() => NiceScale.For(0, double.PositiveInfinity, 5));
    }

    [Theory]
    [InlineData(68_000, false, "68,000")]
    [InlineData(25_000, true, "~25,000")]
    [InlineData(1_234_567, false, "1,234,567")]
    [InlineData(17, false, "17")]
    [InlineData(2.5, false, "2.5")]
    public void Formats_counts_with_thousands_separators(double value, bool approximate, string expected)
    {
        Assert.Equal(expected, ChartText.English.Count(value, approximate));
    }
}
