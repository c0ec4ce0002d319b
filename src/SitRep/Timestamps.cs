using System.Globalization;

namespace SitRep.Cli;

internal static class Timestamps
{
    /// <summary>SOURCE_DATE_EPOCH, when set, fixes the PDF's dates for reproducible builds.</summary>
    public static DateTimeOffset? FromEnvironment()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
