using SitRep.Drawing;
using SitRep.Charts;
using SitRep.Theming;

namespace SitRep.Layout;

/// <summary>A theme turned into fonts and colours the layout can use directly.</summary>
internal sealed class LayoutStyles
{
    public LayoutStyles(Theme theme)
    {
        Theme = theme;
        Body = new FontSpec(FontStacks.Key(FontStacks.Body(theme.Fonts.Body)), theme.Sizes.Body);
        Sans = new FontSpec(FontStacks.Key(FontStacks.Heading(theme.Fonts.Heading)), theme.Sizes.Body);
        Ink = Parse(theme.Colors.Ink);
        Muted = Parse(theme.Colors.Muted);
        Accent = Parse(theme.Colors.Accent);
        AccentLight = Parse(theme.Colors.AccentLight);
        Rule = Parse(theme.Colors.Rule);
        TableHeader = Parse(theme.Colors.TableHeader);
        TableStripe = Parse(theme.Colors.TableStripe);
        Callout = Parse(theme.Colors.Callout);
        CalloutBar = Parse(theme.Colors.CalloutBar);
        Link = Parse(theme.Colors.Link);
        Marking = Parse(theme.Colors.Marking);
        Palette = theme.Palette.Select(Parse).ToArray();
    }

    public Theme Theme { get; }
    public FontSpec Body { get; }
    public FontSpec Sans { get; }

    public Rgb Ink { get; }
    public Rgb Muted { get; }
    public Rgb Accent { get; }
    public Rgb AccentLight { get; }
    public Rgb Rule { get; }
    public Rgb TableHeader { get; }
    public Rgb TableStripe { get; }
    public Rgb Callout { get; }
    public Rgb CalloutBar { get; }
    public Rgb Link { get; }
    public Rgb Marking { get; }
    public IReadOnlyList<Rgb> Palette { get; }

    /// <summary>Chart colours and size from the theme; the PDF stage adds the typefaces (the heading stack, <see cref="Sans"/>).</summary>
    public ChartStyle ChartStyle(ChartFonts fonts) =>
        new(fonts, Ink, Muted, Rule, Palette, Accent, Parse("#e4e0d8"), Parse("#ffffff"), Theme.Sizes.Small);

    public TextAlignment BodyAlignment => Theme.Justify ? TextAlignment.Justify : TextAlignment.Left;

    public static Rgb Parse(string text) =>
        Rgb.TryParse(text.Trim(), out var color) ? color : throw new FormatException($"'{text}' is not a colour of the form #rrggbb");
}
