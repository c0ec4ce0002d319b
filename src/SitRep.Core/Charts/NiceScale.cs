namespace SitRep.Charts;

/// <summary>
/// "Nice" axis ticks: steps of 1, 2, 2.5 or 5 × 10ⁿ (2.5 only where it keeps ticks whole numbers),
/// the smallest step that covers [min, max] in at most <c>maxTicks</c> ticks (a range straddling
/// zero needs at least three).
/// </summary>
internal static class NiceScale
{
    private static readonly double[] Mantissas = { 1, 2, 2.5, 5 };

    /// <summary>Tick values from a nice value at or below <paramref name="min"/> to one at or above <paramref name="max"/>.</summary>
    public static IReadOnlyList<double> For(double min, double max, int maxTicks)
    {
        if (double.IsNaN(min) || double.IsNaN(max) || double.IsInfinity(min) || double.IsInfinity(max))
            throw new ArgumentException("scale bounds must be finite numbers");
        if (maxTicks < 2)
            throw new ArgumentOutOfRangeException(nameof(maxTicks), "a scale needs at least two ticks");
        if (min > max)
            (min, max) = (max, min);
        if (max - min < 1e-12 * Math.Max(1, Math.Abs(max)))
        {
            // A single value: show it on a scale from zero (or around it).
            if (max > 0) min = 0;
            else if (min < 0) max = 0;
            else max = 1;
        }

        var range = max - min;
        var exponent = (int)Math.Floor(Math.Log10(range / (maxTicks - 1)));
        (double First, int Count, double Step, int Exponent)? fewest = null;
        for (var e = exponent; e <= exponent + 4; e++)
        {
            var power = Math.Pow(10, e);
            foreach (var m in Mantissas)
            {
                if (m == 2.5 && e < 1)
                    continue;
                var step = m * power;
                var first = Math.Floor(min / step + 1e-9);
                var last = Math.Ceiling(max / step - 1e-9);
                var count = (int)(last - first) + 1;
                if (count <= maxTicks)
                    return Build(first, count, step, e);
                if (fewest is null || count < fewest.Value.Count)
                    fewest = (first, count, step, e);
            }
        }
        // Only reached when a range straddling zero is asked for two ticks: it gets three.
        return Build(fewest!.Value.First, fewest.Value.Count, fewest.Value.Step, fewest.Value.Exponent);
    }

    private static double[] Build(double first, int count, double step, int exponent)
    {
        var decimals = Math.Clamp(1 - exponent, 0, 15);
        var ticks = new double[count];
        for (var i = 0; i < count; i++)
        {
            var v = Math.Round((first + i) * step, decimals);
            ticks[i] = v == 0 ? 0 : v; // no "-0"
        }
        return ticks;
    }
}
