using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SitRep.Tests.Extraction;

/// <summary>A hand-written gold file: per source, the quotes, figures and dated events a reader finds in it.</summary>
public sealed class GoldFile
{
    public List<GoldSource> Sources { get; set; } = [];

    public static GoldFile Load(string path) => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build()
        .Deserialize<GoldFile>(File.ReadAllText(path));
}

public sealed class GoldSource
{
    public string Id { get; set; } = "";
    public string File { get; set; } = "";
    public string Published { get; set; } = "";
    public string Language { get; set; } = "en";
    public bool HeldOut { get; set; }
    public List<GoldQuote> Quotes { get; set; } = [];
    public List<GoldFigure> Figures { get; set; } = [];
    public List<GoldEvent> Events { get; set; } = [];
}

public sealed class GoldQuote
{
    public string Text { get; set; } = "";
    public string Speaker { get; set; } = "";
}

public sealed class GoldFigure
{
    public double Value { get; set; }
    public List<string> Units { get; set; } = [];
    public string Qualifier { get; set; } = "exact";
}

public sealed class GoldEvent
{
    public string Date { get; set; } = "";
    public string Evidence { get; set; } = "";
}
