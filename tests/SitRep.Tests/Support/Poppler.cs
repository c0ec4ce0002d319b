using System.Diagnostics;

namespace SitRep.Tests.Support;

/// <summary>Runs poppler's command-line tools on a PDF and returns what they print.</summary>
internal static class Poppler
{
    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    public static string LayoutText(string pdf) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    public static string Fonts(string pdf) => Run("pdffonts", pdf);

    public static string Info(string pdf) => Run("pdfinfo", pdf);

    public static int PageCount(string pdf)
    {
        var line = Info(pdf).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Run(string tool, params string[] arguments)
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
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error.Result}");
        return output.Result;
    }
}
