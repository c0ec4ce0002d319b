using SitRep.Extracts;

namespace SitRep.Theming;

/// <summary>The look of a brief, read from a template's <c>theme.yaml</c>. Every field has a default.</summary>
public sealed class Theme : YamlRecord
{
    public string PageSize { get; set; } = "A4";

    public Margins Margins { get; set; } = new();

    public Fonts Fonts { get; set; } = new();

    public Sizes Sizes { get; set; } = new();

    public Colors Colors { get; set; } = new();

    /// <summary>Chart series colours; the default is the Okabe–Ito palette, safe for colour-blind readers.</summary>
    public List<string> Palette { get; set; } = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>Body text justified (true) or ragged right (false).</summary>
    public bool Justify { get; set; } = true;

    /// <summary>Running header; <c>{title}</c>, <c>{as_of}</c>, <c>{page}</c> and <c>{pages}</c> are replaced.</summary>
    public PageText Header { get; set; } = new() { Left = "{title}", Right = "As of {as_of}" };

    public PageText Footer { get; set; } = new() { Left = "SitRep situation brief", Right = "Page {page} of {pages}" };

    /// <summary>A PNG or JPEG inside the template folder, drawn in the masthead.</summary>
    public string? Logo { get; set; }

    /// <summary>A handling marking printed on every page, e.g. "FOR INTERNAL USE".</summary>
    public string? Marking { get; set; }

    /// <summary>TrueType files inside the template folder, registered as font families.</summary>
    public List<FontFile> FontFiles { get; set; } = [];

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Theme>("page_size", (r, v) => r.PageSize = v, r => r.PageSize),
        YamlField.Record<Theme, Margins>("margins", (r, v) => r.Margins = v, r => r.Margins),
        YamlField.Record<Theme, Fonts>("fonts", (r, v) => r.Fonts = v, r => r.Fonts),
        YamlField.Record<Theme, Sizes>("sizes", (r, v) => r.Sizes = v, r => r.Sizes),
        YamlField.Record<Theme, Colors>("colors", (r, v) => r.Colors = v, r => r.Colors),
        YamlField.Texts<Theme>("palette", (r, v) => r.Palette = v, r => r.Palette),
        YamlField.Flag<Theme>("justify", (r, v) => r.Justify = v, r => r.Justify),
        YamlField.Record<Theme, PageText>("header", (r, v) => r.Header = v, r => r.Header),
        YamlField.Record<Theme, PageText>("footer", (r, v) => r.Footer = v, r => r.Footer),
        YamlField.Text<Theme>("logo", (r, v) => r.Logo = v, r => r.Logo),
        YamlField.Text<Theme>("marking", (r, v) => r.Marking = v, r => r.Marking),
        YamlField.Records<Theme, FontFile>("font_files", (r, v) => r.FontFiles = v, r => r.FontFiles),
    ];
}

public sealed class Margins : YamlRecord
{
    public double Top { get; set; } = 22;
    public double Right { get; set; } = 18;
    public double Bottom { get; set; } = 20;
    public double Left { get; set; } = 18;

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Number<Margins>("top", (r, v) => r.Top = v, r => r.Top),
        YamlField.Number<Margins>("right", (r, v) => r.Right = v, r => r.Right),
        YamlField.Number<Margins>("bottom", (r, v) => r.Bottom = v, r => r.Bottom),
        YamlField.Number<Margins>("left", (r, v) => r.Left = v, r => r.Left),
    ];
}

/// <summary>
/// Each font is a family or an ordered list of families: a character is set in the first that has it, and
/// the embedded Arabic, Hebrew, Tifinagh and mathematical faces follow every list.
/// </summary>
public sealed class Fonts : YamlRecord
{
    public List<string> Body { get; set; } = ["Noto Serif"];
    public List<string> Heading { get; set; } = ["Noto Sans"];

    /// <summary>"western" (0-9) or "arabic-indic" (٠-٩) digits in dates and numbers; the language's own by default.</summary>
    public string? Digits { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Texts<Fonts>("body", (r, v) => r.Body = v, r => r.Body),
        YamlField.Texts<Fonts>("heading", (r, v) => r.Heading = v, r => r.Heading),
        YamlField.Text<Fonts>("digits", (r, v) => r.Digits = v, r => r.Digits),
    ];
}

public sealed class Sizes : YamlRecord
{
    public double Body { get; set; } = 9.5;
    public double LineHeight { get; set; } = 1.42;
    public double Small { get; set; } = 7.5;
    public double Title { get; set; } = 22;
    public double H1 { get; set; } = 14;
    public double H2 { get; set; } = 11.5;
    public double H3 { get; set; } = 10;
    public double ParagraphSpacing { get; set; } = 5;

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Number<Sizes>("body", (r, v) => r.Body = v, r => r.Body),
        YamlField.Number<Sizes>("line_height", (r, v) => r.LineHeight = v, r => r.LineHeight),
        YamlField.Number<Sizes>("small", (r, v) => r.Small = v, r => r.Small),
        YamlField.Number<Sizes>("title", (r, v) => r.Title = v, r => r.Title),
        YamlField.Number<Sizes>("h1", (r, v) => r.H1 = v, r => r.H1),
        YamlField.Number<Sizes>("h2", (r, v) => r.H2 = v, r => r.H2),
        YamlField.Number<Sizes>("h3", (r, v) => r.H3 = v, r => r.H3),
        YamlField.Number<Sizes>("paragraph_spacing", (r, v) => r.ParagraphSpacing = v, r => r.ParagraphSpacing),
    ];
}

public sealed class Colors : YamlRecord
{
    public string Ink { get; set; } = "#1a1a1a";
    public string Muted { get; set; } = "#5f6b73";
    public string Accent { get; set; } = "#0b4f71";
    public string AccentLight { get; set; } = "#e7f0f5";
    public string Rule { get; set; } = "#c9d1d6";
    public string TableHeader { get; set; } = "#dfe9ef";
    public string TableStripe { get; set; } = "#f5f7f8";
    public string Callout { get; set; } = "#fdf6e3";
    public string CalloutBar { get; set; } = "#d08c00";
    public string Link { get; set; } = "#0b5d8a";
    public string Marking { get; set; } = "#b00020";

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<Colors>("ink", (r, v) => r.Ink = v, r => r.Ink),
        YamlField.Text<Colors>("muted", (r, v) => r.Muted = v, r => r.Muted),
        YamlField.Text<Colors>("accent", (r, v) => r.Accent = v, r => r.Accent),
        YamlField.Text<Colors>("accent_light", (r, v) => r.AccentLight = v, r => r.AccentLight),
        YamlField.Text<Colors>("rule", (r, v) => r.Rule = v, r => r.Rule),
        YamlField.Text<Colors>("table_header", (r, v) => r.TableHeader = v, r => r.TableHeader),
        YamlField.Text<Colors>("table_stripe", (r, v) => r.TableStripe = v, r => r.TableStripe),
        YamlField.Text<Colors>("callout", (r, v) => r.Callout = v, r => r.Callout),
        YamlField.Text<Colors>("callout_bar", (r, v) => r.CalloutBar = v, r => r.CalloutBar),
        YamlField.Text<Colors>("link", (r, v) => r.Link = v, r => r.Link),
        YamlField.Text<Colors>("marking", (r, v) => r.Marking = v, r => r.Marking),
    ];
}

public sealed class PageText : YamlRecord
{
    public string? Left { get; set; }
    public string? Center { get; set; }
    public string? Right { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<PageText>("left", (r, v) => r.Left = v, r => r.Left),
        YamlField.Text<PageText>("center", (r, v) => r.Center = v, r => r.Center),
        YamlField.Text<PageText>("right", (r, v) => r.Right = v, r => r.Right),
    ];
}

public sealed class FontFile : YamlRecord
{
    public string Family { get; set; } = "";
    public string File { get; set; } = "";
    public bool Bold { get; set; }
    public bool Italic { get; set; }

    internal override IReadOnlyList<YamlField> YamlFields => Fields;

    private static readonly YamlField[] Fields =
    [
        YamlField.Text<FontFile>("family", (r, v) => r.Family = v, r => r.Family),
        YamlField.Text<FontFile>("file", (r, v) => r.File = v, r => r.File),
        YamlField.Flag<FontFile>("bold", (r, v) => r.Bold = v, r => r.Bold),
        YamlField.Flag<FontFile>("italic", (r, v) => r.Italic = v, r => r.Italic),
    ];
}
