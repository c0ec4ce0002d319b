using SitRep.Diagnostics;
using SitRep.Theming;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SitRep.Templates;

/// <summary>A template, loaded: manifest, theme, entry text, partials and assets.</summary>
public sealed class BriefTemplate
{
    public required ITemplateFiles Files { get; init; }
    public required TemplateManifest Manifest { get; init; }
    public required Theme Theme { get; init; }
    public required string EntryText { get; init; }
    public required IReadOnlyDictionary<string, string> Partials { get; init; }
    public byte[]? Logo { get; init; }

    /// <summary>The theme's font files, read; they are used by this template's briefs only.</summary>
    public IReadOnlyList<FontData> Fonts { get; init; } = [];

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

    public static BriefTemplate Load(ITemplateFiles files)
    {
        var manifest = ReadYaml<TemplateManifest>(files, "template.yaml", required: true) ?? new TemplateManifest();
        var theme = ReadYaml<Theme>(files, "theme.yaml", required: false) ?? new Theme();
        if (!manifest.Entry.EndsWith(".hbs", StringComparison.Ordinal))
            throw TemplateErrors.At(SourceLocation.Of(files.Display("template.yaml")), $"entry '{manifest.Entry}' must be a .hbs file");
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files.List("partials").Where(p => p.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(path);
            name = name[..name.IndexOf('.', StringComparison.Ordinal)];
            partials[name] = ReadText(files, path);
        }

        byte[]? logo = null;
        if (theme.Logo is { Length: > 0 } logoPath)
        {
            logo = files.ReadBytes(logoPath);
            if (!IsPng(logo) && !IsJpeg(logo))
                throw TemplateErrors.At(SourceLocation.Of(files.Display(logoPath)), "the logo must be a PNG or JPEG file");
        }

        var fonts = new List<FontData>();
        foreach (var font in theme.FontFiles)
        {
            var bytes = files.ReadBytes(font.File);
            if (bytes.Length < 12 || !(bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0))
                throw TemplateErrors.At(SourceLocation.Of(files.Display(font.File)), "the font must be a TrueType (.ttf) file with glyf outlines");
            fonts.Add(new FontData(font.Family, font.Bold, font.Italic, bytes));
        }

        return new BriefTemplate
        {
            Files = files,
            Manifest = manifest,
            Theme = theme,
            EntryText = ReadText(files, manifest.Entry),
            Partials = partials,
            Logo = logo,
            Fonts = fonts,
        };
    }

    private static bool IsPng(byte[] b) => b.Length > 8 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G';

    private static bool IsJpeg(byte[] b) => b.Length > 3 && b[0] == 0xFF && b[1] == 0xD8;

    private static string ReadText(ITemplateFiles files, string path)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(files.ReadBytes(path)).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw TemplateErrors.At(SourceLocation.Of(files.Display(path)), "file is not valid UTF-8");
        }
    }

    private static T? ReadYaml<T>(ITemplateFiles files, string path, bool required)
        where T : class
    {
        if (!files.Exists(path))
        {
            if (required)
                throw TemplateErrors.At(SourceLocation.Of(files.Display(path)), "file not found; a template folder needs template.yaml");
            return null;
        }

        var text = ReadText(files, path);
        try
        {
            return new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<T>(text);
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            message = message.StartsWith("Property '", StringComparison.Ordinal) ? "unknown key: " + message : message;
            throw TemplateErrors.At(new SourceLocation(files.Display(path), (int)e.Start.Line, (int)e.Start.Column), message);
        }
    }
}
