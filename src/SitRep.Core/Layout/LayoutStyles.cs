using System.Globalization;
using PdfSharp.Drawing;
using SitRep.Charts;
using SitRep.Theming;

namespace SitRep.Layout;

/// <summary>A theme turned into fonts and colours the layout can use directly.</summary>
internal sealed class LayoutStyles
{
    public LayoutStyles(Theme theme)
    {
        Theme = theme;
        Body = new FontSpec(theme.Fonts.Body, theme.Sizes.Body);
        Sans = new FontSpec(theme.Fonts.Heading, theme.Sizes.Body);
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
        Chart = ChartStyle.Default; // placeholder: the Skia PDF stage builds the chart style from the theme
    }

    public Theme Theme { get; }
    public FontSpec Body { get; }
    public FontSpec Sans { get; }
    public XColor Ink { get; }
    public XColor Muted { get; }
    public XColor Accent { get; }
    public XColor AccentLight { get; }
    public XColor Rule { get; }
    public XColor TableHeader { get; }
    public XColor TableStripe { get; }
    public XColor Callout { get; }
    public XColor CalloutBar { get; }
    public XColor Link { get; }
    public XColor Marking { get; }
    public IReadOnlyList<XColor> Palette { get; }
    public ChartStyle Chart { get; }

    public TextAlignment BodyAlignment => Theme.Justify ? TextAlignment.Justify : TextAlignment.Left;

    public static bool TryParse(string text, out XColor color)
    {
        color = XColors.Black;
        var hex = text.Trim().TrimStart('#');
        if (hex.Length != 6 || !uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            return false;
        color = XColor.FromArgb((int)(0xFF000000 | rgb));
        return true;
    }

    public static XColor Parse(string text) =>
        TryParse(text, out var color) ? color : throw new FormatException($"'{text}' is not a colour of the form #rrggbb");
}
