using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace SitRep.Tests.Watch;

/// <summary>A running 'sitrep watch' whose standard output is read line by line as it comes.</summary>
internal sealed class WatchProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<string> lines = new();
    private readonly StringBuilder all = new();
    private readonly StringBuilder errors = new();

    public WatchProcess(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        start.ArgumentList.Add("watch");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                lines.CompleteAdding();
                return;
            }

            lock (all)
                all.AppendLine(e.Data);
            lines.Add(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (errors)
                    errors.AppendLine(e.Data);
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public string Transcript
    {
        get
        {
            lock (all)
            lock (errors)
                return $"--- stdout\n{all}--- stderr\n{errors}";
        }
    }

    /// <summary>The next line of standard output that matches, skipping others; fails after <paramref name="timeout"/>.</summary>
    public string WaitFor(string pattern, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (lines.TryTake(out var line, Remaining(timeout, deadline)) && Regex.IsMatch(line, pattern))
                return line;
            if (lines.IsCompleted)
                break;
        }

        Assert.Fail($"no line matching /{pattern}/ within {timeout.TotalSeconds:0} s\n{Transcript}");
        return "";
    }

    public static TimeSpan Remaining(TimeSpan timeout, Stopwatch since) =>
        timeout > since.Elapsed ? timeout - since.Elapsed : TimeSpan.Zero;

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal does, and waits for the exit code.</summary>
    public int Interrupt(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            kill.WaitForExit();
        Assert.True(process.WaitForExit(timeout), $"sitrep watch did not exit within {timeout.TotalSeconds:0} s of SIGINT\n{Transcript}");
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
        lines.Dispose();
    }
}
