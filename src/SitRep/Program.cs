using SitRep.Cli;

return await CliApp.RunAsync(args);
