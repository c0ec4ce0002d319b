using System.Globalization;
using SitRep.Diagnostics;

namespace SitRep.Cli;

internal static class Timestamps
{
    /// <summary>
    /// SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/), when set, fixes the
    /// PDF's dates for reproducible builds; unset or empty, the situation's as-of date is used. A value
    /// that is not a whole number of seconds since 1970-01-01 UTC is an input problem (exit code 1),
    /// not silently ignored.
    /// </summary>
    public static DateTimeOffset? FromEnvironment() => Parse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));

    public static DateTimeOffset? Parse(string? epoch)
    {
        if (string.IsNullOrWhiteSpace(epoch))
            return null;
        if (long.TryParse(epoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        throw new InputException(SourceLocation.Of("SOURCE_DATE_EPOCH"), $"'{epoch}' is not a whole number of seconds since 1970-01-01 UTC; unset it to use the situation's as-of date", "environment");
    }
}
