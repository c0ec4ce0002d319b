using System.Globalization;
using System.Runtime.InteropServices;
using SitRep.Cli;

// Whatever LANG, LC_ALL or DOTNET_SYSTEM_GLOBALIZATION_* say, dates, numbers and calendars are the same.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// A write past the file-size limit (ulimit -f) would kill the process with SIGXFSZ mid-write, leaving a
// partial temporary file; handled, the write fails instead, and the file is removed and the error reported.
const PosixSignal FileSizeExceeded = (PosixSignal)25; // SIGXFSZ on Linux x64 and arm64
using var fileSize = OperatingSystem.IsLinux() ? PosixSignalRegistration.Create(FileSizeExceeded, context => context.Cancel = true) : null;

return await CliApp.RunAsync(args);
