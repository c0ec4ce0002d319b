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
}

public sealed class Margins : YamlRecord
{
    public double Top { get; set; } = 22;
    public double Right { get; set; } = 18;
    public double Bottom { get; set; } = 20;
    public double Left { get; set; } = 18;
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
}

public sealed class PageText : YamlRecord
{
    public string? Left { get; set; }
    public string? Center { get; set; }
    public string? Right { get; set; }
}

public sealed class FontFile : YamlRecord
{
    public string Family { get; set; } = "";
    public string File { get; set; } = "";
    public bool Bold { get; set; }
    public bool Italic { get; set; }
}
