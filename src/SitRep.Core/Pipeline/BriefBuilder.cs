using System.Globalization;
using SitRep.Diagnostics;
using SitRep.Document;
using SitRep.Extracts;
using SitRep.Layout;
using SitRep.Pdf;
using SitRep.Templates;
using SitRep.Text;

namespace SitRep.Pipeline;

/// <summary>
/// The pipeline: sources → extracts → template → document → layout → PDF. Inputs are checked
/// first; the PDF is written to a temporary file and renamed, so a failed build never leaves a
/// partial PDF and never destroys the previous one.
/// </summary>
public static class BriefBuilder
{
    private static readonly AsyncLocal<Action<Situation, BriefTemplate>?> plantedFault = new();

    /// <summary>
    /// Tests only: called just before layout, to plant a fault that the fuzzer must catch. Never set in the
    /// product; local to the setting test's flow, so tests running beside it are not touched.
    /// </summary>
    internal static Action<Situation, BriefTemplate>? PlantedFault
    {
        get => plantedFault.Value;
        set => plantedFault.Value = value;
    }

    /// <summary>Loads and checks a situation; throws <see cref="InputException"/> listing every error.</summary>
    public static (Situation Situation, DiagnosticBag Diagnostics) LoadChecked(string situationDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var situation = SituationLoader.Load(situationDirectory, diagnostics);
        if (!diagnostics.HasErrors)
        {
            Editions.ExtractSnapshot.Begin(situation);
            SituationValidator.Validate(situation, diagnostics);
        }

        if (diagnostics.HasErrors)
            throw new InputException(diagnostics.Sorted().Where(d => d.Severity == Severity.Error).ToList());
        return (situation, diagnostics);
    }

    public static BuildResult Build(BuildRequest request)
    {
        var (situation, diagnostics) = LoadChecked(request.SituationDirectory);
        var template = BriefTemplate.Load(request.Template);
        // The edition this build would be, read from the record beside the output as 'sitrep build' keeps it; nothing is recorded here.
        var outputDirectory = Path.GetDirectoryName(Path.GetFullPath(request.OutputPath))!;
        var next = Editions.Editions.Next(situation, Editions.EditionRecord.Load(Editions.EditionRecord.PathFor(outputDirectory, request.SituationDirectory)), request.Timestamp);
        var markdown = TemplateRenderer.Render(template, situation, TemplateExtras.For(situation, template, next));
        return Build(situation, template, request.OutputPath, request.Timestamp, diagnostics.Items, markdown);
    }

    /// <summary>Builds from a situation already loaded and checked, e.g. once for several templates.</summary>
    /// <param name="markdown">What the template rendered for this situation, when the caller rendered it already (to hash it); rendered here otherwise.</param>
    public static BuildResult Build(Situation situation, BriefTemplate template, string outputPath, DateTimeOffset? timestamp, IReadOnlyList<Diagnostic>? diagnostics = null, string? markdown = null, bool replaceReadOnly = false)
    {
        using var pdf = new MemoryStream();
        var (_, rendered, writeResult) = Compose(situation, template, pdf, timestamp, markdown);
        markdown = rendered;
        WriteAtomically(outputPath, pdf, replaceReadOnly);
        return new BuildResult(outputPath, writeResult.PageCount, writeResult.Bookmarks, diagnostics ?? [], markdown)
        {
            Sha256 = BuildInputs.Sha256Hex(pdf.GetBuffer().AsSpan(0, (int)pdf.Length)),
        };
    }

    /// <summary>Renders, maps, checks glyphs and lays out into <paramref name="pdf"/>; no files are touched.</summary>
    public static (BriefDocument Document, string Markdown, PdfBriefWriter.Result Result) Compose(Situation situation, BriefTemplate template, Stream pdf, DateTimeOffset? timestamp = null, string? markdown = null)
    {
        markdown ??= TemplateRenderer.Render(template, situation);
        var locale = BriefLocale.For(situation, template);
        var charts = new ChartFactory(situation, locale);
        var resolver = new SituationResolver(situation, charts, locale);
        IReadOnlyList<Block> blocks;
        try
        {
            blocks = new MarkdownMapper(resolver, locale).Map(markdown);
        }
        catch (DocumentException e)
        {
            throw new InputException(TemplateRenderer.Locate(template, e.Token), e.Message, "template");
        }

        var info = Info(situation, template, locale);
        var document = new BriefDocument(info, blocks);
        using var fonts = new BriefFonts(template.Fonts);
        // The check of every character against the fonts runs beside the layout; its findings come first either way.
        var glyphs = GlyphCheck(situation, template, markdown, fonts);
        PdfBriefWriter.Result result;
        try
        {
            if (template.Logo is { } logo)
                LogoImage.Check(logo, template.Files.Display(template.Theme.Logo!));
            PlantedFault?.Invoke(situation, template);
            result = PdfBriefWriter.Write(document, template.Theme, fonts, charts.Get, template.Logo, timestamp ?? new DateTimeOffset(info.AsOf.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), pdf, locale);
        }
        catch (Exception) when (Missing(glyphs).Count > 0)
        {
            throw new InputException(Missing(glyphs));
        }
        catch (FontSubsetException e)
        {
            var file = template.Theme.FontFiles.FirstOrDefault(f => f.Family == e.Family && f.Bold == e.Bold && f.Italic == e.Italic)?.File;
            var where = file is null ? SourceLocation.Of(template.Entry.Display) : SourceLocation.Of(template.Files.Display(file));
            throw new InputException(where, $"the font for '{e.Family}' is damaged: its glyphs cannot be subset for embedding", "template");
        }
        catch (Layout.LayoutException e)
        {
            // What does not fit the page is the content's doing (a word wider than the page, too many pages).
            throw new InputException(SourceLocation.Of(template.Entry.Display), $"the brief cannot be laid out: {e.Message}", "layout");
        }

        ThrowIfMissing(glyphs);
        return (document, markdown, result);
    }

    private static IReadOnlyList<Diagnostic> Missing(Task<IReadOnlyList<Diagnostic>> glyphs) => glyphs.GetAwaiter().GetResult();

    private static void ThrowIfMissing(Task<IReadOnlyList<Diagnostic>> glyphs)
    {
        if (Missing(glyphs) is { Count: > 0 } problems)
            throw new InputException(problems);
    }

    private static DocumentInfo Info(Situation situation, BriefTemplate template, Localization.Locale locale)
    {
        var asOf = PartialDate.TryParse(situation.Info.AsOf, out var date) ? date.Start : DateOnly.FromDateTime(DateTime.UnixEpoch);
        var audience = string.IsNullOrWhiteSpace(template.Manifest.Audience) ? template.Manifest.Name : template.Manifest.Audience;
        return new DocumentInfo(
            situation.Info.Title,
            $"{situation.Info.Subtitle} — situation brief for {audience}, as of {asOf.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}".TrimStart(' ', '—'),
            situation.Info.Author,
            situation.Info.Keywords,
            BriefLocale.Language(situation, template),
            asOf,
            locale.Date(asOf));
    }

    /// <summary>
    /// The characters no font of the brief's stacks has, found on another thread: the texts to check are gathered there
    /// too, while the layout starts. The stacks are made here, on the thread that owns the fonts.
    /// </summary>
    private static Task<IReadOnlyList<Diagnostic>> GlyphCheck(Situation situation, BriefTemplate template, string markdown, BriefFonts fonts)
    {
        var stacks = FontStacks.Of(template.Theme).Select(families => fonts.Stack(FontStacks.Key(families))).ToList();
        return Task.Run(IReadOnlyList<Diagnostic> () =>
        {
            var problems = FallbackCheck.Check(TextsShown(situation), stacks);

            // The template's own text is checked only when the extracts pass, so a character is reported once, where it was typed.
            if (problems.Count == 0)
                problems = FallbackCheck.Check([(markdown, SourceLocation.Of(template.Entry.Display))], stacks);
            return problems;
        });
    }

    /// <summary>Every text of the situation a brief may show, with where it was written.</summary>
    private static List<(string, SourceLocation)> TextsShown(Situation situation)
    {
        var texts = new List<(string, SourceLocation)>();
        foreach (var item in situation.AllSourcedItems())
        {
            foreach (var (field, value) in TextFields(item))
                texts.Add((value, item.Where(field)));
        }

        foreach (var quote in situation.Quotes)
        {
            texts.Add((quote.Text, quote.Where("text")));
            texts.Add((quote.Speaker, quote.Where("speaker")));
            texts.Add((quote.Role, quote.Where("role")));
        }

        foreach (var place in situation.Places)
        {
            texts.Add((place.Name, place.Where("name")));
            texts.Add((place.LocalName ?? "", place.Where("local_name")));
        }
        foreach (var source in situation.Sources)
        {
            texts.Add((source.Title, source.Where("title")));
            texts.Add((source.Outlet, source.Where("outlet")));
        }

        texts.Add((situation.Info.Title, situation.Info.Where("title")));
        texts.Add((situation.Info.Subtitle ?? "", situation.Info.Where("subtitle")));
        return texts;
    }

    private static IEnumerable<(string Field, string Value)> TextFields(SourcedItem item)
    {
        // Evidence is never drawn, so only the fields a brief shows are checked.
        foreach (var field in item.YamlFields)
        {
            if (field.Kind == YamlFieldKind.Text && field.Key is not ("evidence" or "source" or "id" or "key")
                && field.Value(item) is string { Length: > 0 } value)
                yield return (field.Key, value);
        }
    }

    /// <summary>Writes next to the target, then renames over it: readers see the old PDF or the new one, never half of one.</summary>
    public static void WriteAtomically(string outputPath, MemoryStream pdf, bool replaceReadOnly = false) =>
        OutputFile.Write(outputPath, pdf.GetBuffer().AsSpan(0, (int)pdf.Length), replaceReadOnly, "the PDF");
}
