using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>The situation a compiled template is rendering now; helpers read it at call time.</summary>
internal sealed class RenderScope
{
    private Situation? situation;

    public Situation Situation => situation ?? throw new InvalidOperationException("no render is under way");

    public Dictionary<string, Figure> Figures { get; private set; } = new(StringComparer.Ordinal);

    public void Enter(Situation current)
    {
        situation = current;
        Figures = current.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public void Leave()
    {
        situation = null;
        Figures = new(StringComparer.Ordinal);
    }
}
