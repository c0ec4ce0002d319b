using System.Diagnostics;
using System.Globalization;

namespace SitRep.Tests.Layout;

/// <summary>Reads a PDF back with poppler's command-line tools.</summary>
internal static class PdfProbe
{
    public static string LayoutText(string pdf) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    public static int PageCount(string pdf)
    {
        var line = Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}");
        return output;
    }
}
