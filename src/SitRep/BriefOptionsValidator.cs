using System.CommandLine;

namespace SitRep.Cli;

/// <summary>The checks <c>build</c> and <c>watch</c> share on --situation, --template, --all and --out.</summary>
internal static class BriefOptionsValidator
{
    /// <param name="verb">"builds" or "watches", as the messages say it.</param>
    /// <param name="severalOutputs">What --out with several templates should be told.</param>
    public static void Add(Command command, Option<string> situation, Option<string[]> template, Option<bool> all, Option<string?> output, string verb, string severalOutputs) =>
        command.Validators.Add(result =>
        {
            // A --template without a value is already a parse error; reading its value would throw.
            var given = result.GetResult(template);
            if (given is not null && given.Tokens.Count == 0)
                return;
            var templates = given is not null ? result.GetValue(template) ?? [] : [];
            var several = result.GetValue(all) || templates.Distinct(StringComparer.Ordinal).Count() > 1;
            if (result.GetValue(all) && templates.Length > 0)
                result.AddError($"--all {verb} every built-in template; give either --all or --template, not both.");
            if (result.GetResult(output) is not null && string.IsNullOrWhiteSpace(result.GetValue(output)))
                result.AddError("--out needs a file name, such as output/brief.pdf.");
            if (result.GetResult(situation) is not null && string.IsNullOrWhiteSpace(result.GetValue(situation)))
                result.AddError("--situation needs a folder, such as seeds/kidal.");
            if (several && result.GetResult(output) is not null)
                result.AddError(severalOutputs);
        });
}
