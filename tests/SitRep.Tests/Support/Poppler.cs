using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SitRep.Tests.Support;

/// <summary>Runs poppler's command-line tools on a PDF and returns what they print.</summary>
internal static partial class Poppler
{
    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    public static string LayoutText(string pdf) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    /// <summary>
    /// Each word pdftotext -bbox finds, with its page (from 1) and box in points from the page's top-left. Poppler gives
    /// a right-to-left word's letters in visual order, so compare with <see cref="PdfWord.Is"/>.
    /// </summary>
    public static IReadOnlyList<PdfWord> Words(string pdf)
    {
        var words = new List<PdfWord>();
        var page = 0;
        foreach (Match m in BoxPattern().Matches(Run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")))
        {
            if (m.Groups["page"].Success)
            {
                page++;
                continue;
            }
            double At(string name) => double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
            words.Add(new PdfWord(page, WebUtility.HtmlDecode(m.Groups["text"].Value), At("x0"), At("y0"), At("x1"), At("y1")));
        }
        return words;
    }

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

    [GeneratedRegex(@"(?<page><page )|<word xMin=""(?<x0>[-0-9.]+)"" yMin=""(?<y0>[-0-9.]+)"" xMax=""(?<x1>[-0-9.]+)"" yMax=""(?<y1>[-0-9.]+)"">(?<text>[^<]*)</word>")]
    private static partial Regex BoxPattern();
}
