using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using SitRep.Diagnostics;
using SitRep.Theming;

namespace SitRep.Templates;

/// <summary>A template, loaded and checked: manifest, theme, the parsed entry and partials, logo and fonts.</summary>
public sealed class BriefTemplate
{
    public const string Extension = Templates.Partials.Extension;

    /// <summary>Parsed files by (display path, text): parsing costs more than rendering, and --all and scheduled runs load the same templates again.</summary>
    private static readonly ConcurrentDictionary<(string Display, string Text), Template> Parsed = new();

    public required ITemplateFiles Files { get; init; }
    public required TemplateManifest Manifest { get; init; }
    public required Theme Theme { get; init; }
    public required ParsedFile Entry { get; init; }

    /// <summary>The partials by name: partials/NAME.sbn.</summary>
    public required IReadOnlyDictionary<string, ParsedFile> Partials { get; init; }

    public byte[]? Logo { get; init; }

    /// <summary>The theme's font files, read; they are used by this template's briefs only.</summary>
    public IReadOnlyList<FontData> Fonts { get; init; } = [];

    /// <summary>The entry, then the partials.</summary>
    /// <summary>The locale each brief language resolved to, read once per template (<see cref="BriefLocale"/>).</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, (Localization.Locale Locale, IReadOnlyList<Diagnostic> Findings)> LocaleCache { get; } = new(StringComparer.Ordinal);

    public IEnumerable<ParsedFile> SourceFiles() => Partials.Values.Prepend(Entry);

    /// <summary>Loads a built-in template by name, or a template folder by path.</summary>
    public static BriefTemplate Load(string nameOrDirectory)
    {
        if (EmbeddedTemplateFiles.IsBuiltIn(nameOrDirectory))
            return Load(new EmbeddedTemplateFiles(nameOrDirectory));
        if (Directory.Exists(nameOrDirectory))
            return Load(new DirectoryTemplateFiles(nameOrDirectory));
        var names = string.Join(", ", EmbeddedTemplateFiles.BuiltIns());
        throw new InputException(SourceLocation.Of(nameOrDirectory), $"no built-in template or template folder named '{nameOrDirectory}' (built-in templates: {names})", "template");
    }

    /// <summary>Reads and checks everything; every problem found is reported together.</summary>
    public static BriefTemplate Load(ITemplateFiles files)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ReadManifest(files, diagnostics);
        var theme = ReadTheme(files, diagnostics);
        var logo = ReadLogo(files, theme, diagnostics);
        var fonts = ReadFonts(files, theme, diagnostics);

        ParsedFile? entry = null;
        if (!manifest.Entry.EndsWith(Extension, StringComparison.Ordinal))
            diagnostics.Error(manifest.Where("entry"), $"entry '{manifest.Entry}' must be a {Extension} file (a Scriban template)", "template");
        else if (Collect(diagnostics, () => ReadText(files, manifest.Entry)) is { } text)
            entry = Parse(files, manifest.Entry, text);

        var partials = new SortedDictionary<string, ParsedFile>(StringComparer.Ordinal);
        foreach (var path in Collect(diagnostics, () => files.List(Templates.Partials.Folder)) ?? [])
        {
            if (!path.EndsWith(Extension, StringComparison.Ordinal))
                continue;
            var name = Templates.Partials.NameOf(path);
            if (!Templates.Partials.IsPlainName(name))
            {
                diagnostics.Error(SourceLocation.Of(files.Display(path)), $"a partial's name is made of letters, digits, '-' and '_' (this one cannot be included)", "template");
                continue;
            }

            if (Collect(diagnostics, () => ReadText(files, path)) is { } text)
                partials[name] = Parse(files, path, text);
        }

        if (entry is not null && !diagnostics.HasErrors)
            diagnostics.AddRange(TemplateChecks.Check(entry, partials));
        if (diagnostics.HasErrors || entry is null)
            throw new InputException(diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList());

        return new BriefTemplate
        {
            Files = files,
            Manifest = manifest,
            Theme = theme,
            Entry = entry,
            Partials = partials,
            Logo = logo,
            Fonts = fonts,
        };
    }

    private static ParsedFile Parse(ITemplateFiles files, string path, string text)
    {
        var display = files.Display(path);
        if (Parsed.Count > 256)
            Parsed.Clear();
        var template = Parsed.GetOrAdd((display, text), key => Template.Parse(key.Text, key.Display, new ParserOptions { ExpressionDepthLimit = 64 }));
        return new ParsedFile(path, display, text, template);
    }

    private static TemplateManifest ReadManifest(ITemplateFiles files, DiagnosticBag diagnostics)
    {
        const string file = "template.yaml";
        if (!Collect(diagnostics, () => files.Exists(file)))
        {
            diagnostics.Error(SourceLocation.Of(files.Display(file)), "file not found; a template folder needs template.yaml", "template");
            return new TemplateManifest();
        }

        if (Collect(diagnostics, () => ReadText(files, file)) is not { } text || YamlRoot.Read(text, files.Display(file), diagnostics) is not { } root)
            return new TemplateManifest();
        return new Extracts.YamlBinder(files.Display(file), diagnostics).BindRecord<TemplateManifest>(root, file) ?? new TemplateManifest();
    }

    private static Theme ReadTheme(ITemplateFiles files, DiagnosticBag diagnostics)
    {
        const string file = "theme.yaml";
        if (!Collect(diagnostics, () => files.Exists(file)) || Collect(diagnostics, () => ReadText(files, file)) is not { } text)
            return new Theme();
        return ThemeLoader.Load(text, files.Display(file), Text.EmbeddedFonts.Families, diagnostics);
    }

    private static byte[]? ReadLogo(ITemplateFiles files, Theme theme, DiagnosticBag diagnostics)
    {
        if (theme.Logo is not { Length: > 0 } path || Collect(diagnostics, () => files.ReadBytes(path)) is not { } bytes)
            return null;
        var logo = LogoImage.Prepare(bytes, out var problem);
        if (logo is null)
            diagnostics.Error(SourceLocation.Of(files.Display(path)), problem, "template");
        return logo;
    }

    private static List<FontData> ReadFonts(ITemplateFiles files, Theme theme, DiagnosticBag diagnostics)
    {
        var fonts = new List<FontData>();
        foreach (var font in theme.FontFiles.Where(f => f.File.Length > 0 && f.Family.Length > 0))
        {
            if (Collect(diagnostics, () => files.ReadBytes(font.File)) is not { } bytes)
                continue;
            if (FontFileCheck.Problem(bytes) is { } problem)
                diagnostics.Error(SourceLocation.Of(files.Display(font.File)), $"the font for '{font.Family}' {problem}", "template");
            else
                fonts.Add(new FontData(font.Family, font.Bold, font.Italic, bytes));
        }

        return fonts;
    }

    private static string ReadText(ITemplateFiles files, string path)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(files.ReadBytes(path)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw TemplateErrors.At(SourceLocation.Of(files.Display(path)), "file is not valid UTF-8");
        }
    }

    /// <summary>Runs a read; a refusal becomes findings and the result is the default.</summary>
    private static T? Collect<T>(DiagnosticBag diagnostics, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (InputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return default;
        }
    }
}
