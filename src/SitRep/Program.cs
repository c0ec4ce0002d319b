using System.Globalization;
using SitRep.Cli;

// Whatever LANG, LC_ALL or DOTNET_SYSTEM_GLOBALIZATION_* say, dates, numbers and calendars are the same.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

return await CliApp.RunAsync(args);
