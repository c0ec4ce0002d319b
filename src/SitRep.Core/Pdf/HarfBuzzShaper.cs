using HarfBuzzSharp;
using SitRep.Layout;
using Buffer = HarfBuzzSharp.Buffer;

namespace SitRep.Pdf;

/// <summary>
/// Shapes every run with HarfBuzz (kerning, ligatures, marks) in the brief's own fonts. A run is shaped once
/// per face in font units and cached, whatever its size: the layout measures, and the canvas draws, the same glyphs.
/// </summary>
internal sealed class HarfBuzzShaper(BriefFonts fonts) : ITextShaper, IDisposable
{
    // Runs by face, script, direction and language, then by text: most runs in a row share the first four, which are
    // then matched by reference instead of hashing all five parts for every word.
    private readonly Dictionary<(FontFace, string, TextDirection, string), Dictionary<string, ShapedText>> shaped = new();
    private (FontFace Face, string Script, TextDirection Direction, string Language, Dictionary<string, ShapedText> Runs)? last;
    private readonly Dictionary<string, Language> languages = new(StringComparer.Ordinal);
    // One buffer serves every run: a brief shapes tens of thousands, each a native allocation otherwise.
    private readonly Buffer buffer = new();

    public double Width(ShapingRun run)
    {
        var text = Shape(run);
        return text.Advance * text.Scale(run.Font.Size);
    }

    public (double Ascent, double Descent) VerticalMetrics(FontSpec font)
    {
        var face = fonts.Face(font);
        var scale = font.Size / face.UnitsPerEm;
        return (face.Ascender * scale, face.Descender * scale);
    }

    public Text.FontStack Stack(FontSpec font) => fonts.Stack(font.Family, font.Bold, font.Italic);

    public ShapedText Shape(ShapingRun run)
    {
        var face = fonts.Face(run.Font);
        var runs = RunsFor(face, run);
        if (runs.TryGetValue(run.Text, out var text))
            return text;

        buffer.ClearContents();
        buffer.AddUtf16(run.Text);
        buffer.Direction = run.Direction == TextDirection.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Script = Script.Parse(run.Script);
        buffer.Language = LanguageOf(run.Language);
        face.Font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var count = infos.Length;
        var glyphs = new ushort[count];
        var clusters = new int[count];
        var advances = new int[count];
        var nominal = new int[count];
        var offsetsX = new int[count];
        var offsetsY = new int[count];
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            nominal[i] = face.Font.GetHorizontalGlyphAdvance(infos[i].Codepoint);
            offsetsX[i] = positions[i].XOffset;
            offsetsY[i] = positions[i].YOffset;
            total += advances[i];
        }

        text = new ShapedText(face, run.Text, glyphs, clusters, advances, nominal, offsetsX, offsetsY, total);
        runs[run.Text] = text;
        return text;
    }

    private Dictionary<string, ShapedText> RunsFor(FontFace face, ShapingRun run)
    {
        if (last is { } l && ReferenceEquals(l.Face, face) && ReferenceEquals(l.Script, run.Script) && l.Direction == run.Direction && ReferenceEquals(l.Language, run.Language))
            return l.Runs;
        var key = (face, run.Script, run.Direction, run.Language);
        if (!shaped.TryGetValue(key, out var runs))
            shaped[key] = runs = new Dictionary<string, ShapedText>(StringComparer.Ordinal);
        last = (face, run.Script, run.Direction, run.Language, runs);
        return runs;
    }

    private Language LanguageOf(string tag)
    {
        if (!languages.TryGetValue(tag, out var language))
            languages[tag] = language = new Language(tag);
        return language;
    }

    public void Dispose() => buffer.Dispose();
}
