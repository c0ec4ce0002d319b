using SitRep.Text.Bidi;

namespace SitRep.Text;

/// <summary>Characters [Start, Start + Length) of a paragraph in one script at one bidi level: what a shaper takes in one call.</summary>
public readonly record struct ScriptRun(int Start, int Length, Script Script, int Level)
{
    public int End => Start + Length;

    public Direction Direction => (Level & 1) == 0 ? Direction.LeftToRight : Direction.RightToLeft;

    /// <summary>The ISO 15924 tag of the run's script.</summary>
    public string ScriptTag => Scripts.Tag(Script);
}

/// <summary>
/// Splits a line into runs of one script and one direction, in logical order. Common characters
/// (spaces, digits, punctuation) join the run before them, or the one after them at the start of a
/// level run; inherited ones (marks, joiners) always join the letter before them. Runs never cross a
/// change of bidi level, so a space between an English and an Arabic word goes with the side it is
/// read with.
/// </summary>
public static class ScriptRuns
{
    /// <summary>The runs of a whole paragraph, its direction found from its first strong letter.</summary>
    public static IReadOnlyList<ScriptRun> Split(string text) => Split(BidiParagraph.Analyze(text), 0, text.Length);

    public static IReadOnlyList<ScriptRun> Split(BidiParagraph paragraph, int lineStart, int lineEnd)
    {
        var text = paragraph.Text;
        if (lineStart == lineEnd)
            return [];
        if (paragraph.IsLeftToRightOnly && IsPlainLatin(text, lineStart, lineEnd, out var script))
            return [new ScriptRun(lineStart, lineEnd - lineStart, script, 0)];
        var levels = paragraph.LineLevels(lineStart, lineEnd);
        var scripts = ResolvedScripts(text, lineStart, lineEnd, levels);
        var runs = new List<ScriptRun>();
        var start = 0;
        for (var i = 1; i <= scripts.Length; i++)
        {
            if (i < scripts.Length && scripts[i] == scripts[start] && levels[i] == levels[start])
                continue;
            runs.Add(new ScriptRun(lineStart + start, i - start, scripts[start], levels[start]));
            start = i;
        }

        return runs;
    }

    /// <summary>
    /// True when the line has only Latin letters, common characters below U+0250 and general punctuation
    /// (U+2000–U+206F): one run, Latin, or Common if it has no letter. The common case, checked in one pass.
    /// </summary>
    internal static bool IsPlainLatin(string text, int lineStart, int lineEnd, out Script script)
    {
        script = Script.Common;
        foreach (var c in text.AsSpan(lineStart, lineEnd - lineStart))
        {
            if (c >= '\u0250' && c is < '\u2000' or >= '\u2070')
                return false;
            if (script == Script.Common && (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' || c >= '\u00C0' && c < '\u0250' && c != '\u00D7' && c != '\u00F7'))
                script = Script.Latin;
        }

        return true;
    }

    /// <summary>The script of each code unit of the line once common and inherited characters have joined a neighbour.</summary>
    internal static Script[] ResolvedScripts(string text, int lineStart, int lineEnd, byte[] levels)
    {
        var scripts = new Script[lineEnd - lineStart];
        for (var i = 0; i < scripts.Length; i++)
        {
            var at = lineStart + i;
            if (char.IsHighSurrogate(text[at]) && at + 1 < lineEnd && char.IsLowSurrogate(text[at + 1]))
            {
                scripts[i] = Scripts.Of(char.ConvertToUtf32(text[at], text[at + 1]));
                scripts[i + 1] = Script.Inherited;
                i++;
            }
            else
            {
                scripts[i] = Scripts.Of(text[at]);
            }
        }

        // Forward: each common or inherited character takes the script before it in its level run.
        for (var i = 1; i < scripts.Length; i++)
        {
            if (scripts[i] is Script.Common or Script.Inherited && levels[i] == levels[i - 1] && scripts[i - 1] is not (Script.Common or Script.Inherited))
                scripts[i] = scripts[i - 1];
        }

        // Backward: what is still common opens its level run and takes the script after it.
        for (var i = scripts.Length - 2; i >= 0; i--)
        {
            if (scripts[i] is Script.Common or Script.Inherited && levels[i] == levels[i + 1])
                scripts[i] = scripts[i + 1];
        }

        return scripts;
    }
}
