using System.Collections.Concurrent;
using SitRep.Text;
using SitRep.Text.Bidi;
using Buffer = HarfBuzzSharp.Buffer;

namespace SitRep.Charts;

/// <summary>
/// A chart's font stack in one style. A label is split into bidi and script runs, each character set in the first
/// face of the stack that has it (as the body's text is), and each run shaped with HarfBuzz. Labels are shaped
/// once in ems and cached, whatever their size, so the width a layout measures is the width drawn.
/// </summary>
public sealed class ChartTypeface
{
    private const int MaxCachedLabels = 20_000;
    private static readonly ConcurrentDictionary<string, HarfBuzzSharp.Language> Languages = new(StringComparer.Ordinal);

    private readonly Func<int, ChartFace> open;
    private readonly ChartFace?[] faces;
    private readonly ConcurrentDictionary<(string, Direction, string), ShapedLabel> shaped = new();
    private readonly ConcurrentDictionary<(double, Direction, string), ChartFont> sizes = new();

    /// <param name="stack">The families of the stack with what each has.</param>
    /// <param name="open">Opens the face of family <c>i</c> of the stack; asked once, when a character first needs it.</param>
    public ChartTypeface(FontStack stack, Func<int, ChartFace> open)
    {
        Stack = stack;
        this.open = open;
        faces = new ChartFace?[stack.Families.Count];
    }

    public FontStack Stack { get; }

    /// <summary>The face the line's metrics come from: the stack's first.</summary>
    internal ChartFace Primary => Face(0);

    internal ChartFace Face(int family)
    {
        lock (faces)
            return faces[family] ??= open(family);
    }

    internal ChartFont At(double size, Direction direction, string language) =>
        sizes.GetOrAdd((size, direction, language), key => new ChartFont(this, key.Item1, key.Item2, key.Item3));

    /// <summary>
    /// The indices of the families any part of <paramref name="text"/> may be set in: those its items take, and the
    /// first family of each of its characters (a wrapped or shortened piece of the text may take that one).
    /// </summary>
    public IReadOnlySet<int> FamiliesUsed(string text, Direction direction)
    {
        var used = new HashSet<int> { 0 };
        // Most chart texts (every country name a map may show) are Latin the first family draws whole: no bidi to run.
        if (direction == Direction.LeftToRight && FirstFamilyDrawsAsLatin(text))
            return used;
        foreach (var item in TextItems.Logical(BidiParagraph.Analyze(text, direction), Stack, 0, text.Length))
            used.Add(Math.Max(0, item.Family));
        foreach (var rune in text.EnumerateRunes())
        {
            if (Stack.FamilyFor(rune.Value) is >= 0 and var family)
                used.Add(family);
        }

        return used;
    }

    /// <summary>Only Latin letters and punctuation that cannot turn the text right to left, all in the first family.</summary>
    private bool FirstFamilyDrawsAsLatin(string text)
    {
        foreach (var c in text)
        {
            if (!(c < '\u0250' || c is >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205E') || !Stack.Has(0, c))
                return false;
        }

        return true;
    }

    internal ShapedLabel Shape(string text, Direction direction, string language)
    {
        var key = (text, direction, language);
        if (shaped.TryGetValue(key, out var label))
            return label;
        if (shaped.Count >= MaxCachedLabels)
            shaped.Clear();
        label = Shaped(text, direction, language);
        shaped[key] = label;
        return label;
    }

    private ShapedLabel Shaped(string text, Direction direction, string language)
    {
        if (text.Length == 0)
            return new ShapedLabel(text, [], 0);
        var paragraph = BidiParagraph.Analyze(text, direction);
        var runs = new List<LabelRun>();
        var total = 0.0;
        foreach (var item in TextItems.InVisualOrder(paragraph, Stack, 0, text.Length))
        {
            var run = ShapeRun(Face(Math.Max(0, item.Family)), item.Length == text.Length ? text : text.Substring(item.Start, item.Length), item, language);
            runs.Add(run);
            total += run.Advance;
        }

        return new ShapedLabel(text, runs, total);
    }

    private static LabelRun ShapeRun(ChartFace face, string text, TextItem item, string language)
    {
        var rightToLeft = item.Direction == Direction.RightToLeft;
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = rightToLeft ? HarfBuzzSharp.Direction.RightToLeft : HarfBuzzSharp.Direction.LeftToRight;
        buffer.Script = HarfBuzzSharp.Script.Parse(item.ScriptTag);
        buffer.Language = Languages.GetOrAdd(language, tag => new HarfBuzzSharp.Language(tag));
        face.Font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var em = (double)face.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var xs = new double[infos.Length];
        var ys = new double[infos.Length];
        var advances = new double[infos.Length];
        var clusters = new int[infos.Length];
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            xs[i] = (pen + positions[i].XOffset) / em;
            ys[i] = -positions[i].YOffset / em;
            advances[i] = positions[i].XAdvance / em;
            pen += positions[i].XAdvance;
        }

        return new LabelRun(face, item.Start, text, rightToLeft, glyphs, xs, ys, advances, clusters, pen / em);
    }
}
