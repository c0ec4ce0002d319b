using System.Text;

namespace SitRep.Tests.Editions;

/// <summary>Edits to a copy of the Kidal situation that still pass every check (evidence verbatim, numbers in it).</summary>
internal static class SituationEdits
{
    public const string FigureId = "wagner-fighters";
    public const string JudgmentId = "j-csp-jnim-cooperation";
    public const string EventId = "ev-junta-calls-celebration";

    /// <summary>Wagner's strength becomes <paramref name="to"/> (written "1,400"), in its source text and its figure.</summary>
    public static void SetWagnerFighters(string situation, int from, int to)
    {
        string Written(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        Replace(Path.Combine(situation, "sources", "ict-2023-11.txt"), $"roughly {Written(from)} fighters", $"roughly {Written(to)} fighters");
        Replace(Path.Combine(situation, "figures.yaml"), $"    value: {from}\n    unit: personnel", $"    value: {to}\n    unit: personnel");
        Replace(Path.Combine(situation, "figures.yaml"), $"supported by roughly {Written(from)} fighters", $"supported by roughly {Written(to)} fighters");
    }

    /// <summary>The CSP–JNIM judgment goes from "likely" to "very likely".</summary>
    public static void RaiseCooperationLikelihood(string situation) =>
        Replace(Path.Combine(situation, "judgments.yaml"), "    likelihood: likely\n    confidence: low", "    likelihood: very likely\n    confidence: low");

    /// <summary>A new timeline event, with evidence quoted from the DW source.</summary>
    public static void AddCelebrationEvent(string situation) =>
        File.AppendAllText(Path.Combine(situation, "timeline.yaml"), $"""
              - id: {EventId}
                date: 2023-11-14
                precision: day
                text: "The junta calls on citizens to celebrate the victory at two World Cup qualifier matches."
                source: dw
                evidence: "Following the military victory on Tuesday, Mali's junta called on citizens to celebrate by attending two World Cup qualifier matches"

            """.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));

    public static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(from, StringComparison.Ordinal), $"{Path.GetFileName(path)} no longer contains \"{from}\"");
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
    }
}
