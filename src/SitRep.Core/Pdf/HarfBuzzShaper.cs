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
    private readonly Dictionary<(FontFace, string, string, TextDirection, string), ShapedText> shaped = new();
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
        var key = (face, run.Text, run.Script, run.Direction, run.Language);
        if (shaped.TryGetValue(key, out var text))
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
        shaped[key] = text;
        return text;
    }

    private Language LanguageOf(string tag)
    {
        if (!languages.TryGetValue(tag, out var language))
            languages[tag] = language = new Language(tag);
        return language;
    }

    public void Dispose() => buffer.Dispose();
}
