using System.Globalization;
using System.Text;
using Scriban.Runtime;
using SitRep.Extracts;
using SitRep.Localization;

namespace SitRep.Templates;

/// <summary>
/// SitRep's template functions: citations, numbers, dates, figures, charts, quotes, judgments.
/// Each call is checked: an unknown id or a wrong argument fails the build at the call, in words
/// that name the function. docs/templates.md documents every one.
/// </summary>
internal sealed class TemplateFunctions
{
    private readonly Situation situation;
    private readonly Locale locale;
    private readonly Dictionary<string, Figure> figures;

    private TemplateFunctions(Situation situation, Locale locale)
    {
        this.situation = situation;
        this.locale = locale;
        figures = situation.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The names of the functions, for "did you mean" and the static check of names.</summary>
    public static IReadOnlyList<string> Names { get; } =
        For(new Situation { Directory = "", Info = new SituationInfo(), Sources = [], Texts = new Dictionary<string, Sources.SourceText>() }, Locales.English).Select(f => f.Name).ToList();

    /// <summary>The functions bound to one situation and the brief's language, for one render.</summary>
    public static IReadOnlyList<TemplateFunction> For(Situation situation, Locale locale)
    {
        var f = new TemplateFunctions(situation, locale);
        return
        [
            new("cite", 1, 1, "cite SOURCE_ID, e.g. {{ cite item.source }}", c => Safe(f.Cite(c, c.Text(0, "a source id")))),
            new("t", 1, int.MaxValue, "t \"summary\" [NAME VALUE …], a word in the brief's language", f.Translate),
            new("format_number", 1, 2, "format_number NUMBER [DECIMALS]", f.FormatNumber),
            new("format_date", 1, 2, "format_date \"2023-11-14\" [\"short\"]", f.FormatDate),
            new("figure", 1, 1, "figure FIGURE_ID", c => QuantityText.WithBasis(f.Figure(c, 0), f.locale)),
            new("figure_label", 1, 1, "figure_label FIGURE_ID", c => f.Figure(c, 0).Label),
            new("chart", 1, 2, "chart CHART_ID_OR_CHART [\"full\"|\"half\"|\"small\"]", f.Chart),
            new("judgment", 1, 1, "judgment j inside {{ for j in judgments }}", f.Judgment),
            new("quote", 1, 1, "quote q inside {{ for q in quotes }}", c => f.QuoteBlock(c, f.Quote(c), f.Quote(c).Text)),
            new("quote_excerpt", 2, 2, "quote_excerpt q MAX_CHARACTERS", f.QuoteExcerpt),
            new("keyfigures", 0, 6, "keyfigures [FIGURE_ID …] (none: the situation's key_figures; else one to six ids)", f.KeyFigures),
            new("sources_differ", 0, int.MaxValue, "sources_differ [KEY …]", f.SourcesDiffer),
            new("source_line", 1, int.MaxValue, "source_line SOURCE_ID …", f.SourceLine),
            new("source_anchor", 1, 1, "source_anchor SOURCE_ID", c => Safe($"[](anchor:source-{f.Source(c, 0).Id})")),
            new("pagebreak", 0, 0, "pagebreak", _ => Safe("\n\n<!-- pagebreak -->\n\n")),
        ];
    }

    private static MarkdownFragment Safe(string markdown) => new(markdown);

    private object Translate(FunctionCall c)
    {
        var key = c.Text(0, "a key of the locale files, such as \"summary\"");
        if (!locale.Has(key))
            throw c.Fail(0, $"no string '{key}' in the locale files" + YamlBinder.DidYouMean(key, locale.Keys));
        if (c.Count % 2 == 0)
            throw c.Fail(null, "takes a key and then pairs of NAME VALUE, e.g. t \"as_of\" \"date\" situation.as_of");
        var values = new List<(string, string)>();
        for (var i = 1; i + 1 < c.Count; i += 2)
            values.Add((c.Text(i, "a placeholder name"), c[i + 1] is double or int or long ? FormatNumberValue(c.Number(i + 1, "a number"), 0) : c.Text(i + 1, "a value")));
        return locale.Text(key, values.ToArray());
    }

    private string FormatNumberValue(double value, int decimals) => locale.Number(value, decimals);

    private object FormatNumber(FunctionCall c)
    {
        var value = c.Number(0, "a number");
        var decimals = 0;
        if (c.Count > 1)
        {
            var wanted = c.Number(1, "a number of decimals from 0 to 6");
            if (wanted is < 0 or > 6 || wanted != Math.Floor(wanted))
                throw c.Fail(1, $"the number of decimals must be a whole number from 0 to 6, not {wanted.ToString(CultureInfo.InvariantCulture)}");
            decimals = (int)wanted;
        }

        if (!double.IsFinite(value))
            throw c.Fail(0, "the number must be finite");
        return FormatNumberValue(value, decimals);
    }

    private object FormatDate(FunctionCall c)
    {
        var text = c.Text(0, "a date such as \"2023-11-14\"");
        if (!PartialDate.TryParse(text, out var date))
            throw c.Fail(0, $"'{text}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)");
        if (c.Count > 1 && c.Text(1, "the word \"short\"") != "short")
            throw c.Fail(1, $"the second argument may only be \"short\", not '{c[1]}'");
        if (c.Count > 1)
            return date.ToShortDisplay();
        return locale.Date(date);
    }

    private string Cite(FunctionCall c, string id, int argument = 0)
    {
        var number = situation.SourceNumber(id);
        if (number == 0)
            throw c.Fail(argument, $"unknown source id '{id}'" + YamlBinder.DidYouMean(id, situation.Sources.Select(s => s.Id)));
        return $"[{number}](cite:{id})";
    }

    private SourceEntry Source(FunctionCall c, int index)
    {
        var id = c.Text(index, "a source id");
        _ = Cite(c, id, index);
        return situation.FindSource(id)!;
    }

    private Figure Figure(FunctionCall c, int index)
    {
        var id = c.Text(index, "a figure id");
        return figures.TryGetValue(id, out var figure)
            ? figure
            : throw c.Fail(index, $"unknown figure id '{id}'" + YamlBinder.DidYouMean(id, figures.Keys));
    }

    private object Chart(FunctionCall c)
    {
        var id = c[0] is ScriptObject chartItem ? c.Record(0, "a chart (c in {{ for c in charts }})")["id"]?.ToString() ?? "" : c.Text(0, "a chart id from charts.yaml");
        var chart = situation.Charts.FirstOrDefault(s => s.Id == id)
            ?? throw c.Fail(0, $"unknown chart id '{id}'" + YamlBinder.DidYouMean(id, situation.Charts.Select(s => s.Id)));
        var size = c.Count > 1 ? c.Text(1, "a size: \"full\", \"half\" or \"small\"") : "full";
        if (size is not ("full" or "half" or "small"))
            throw c.Fail(1, $"chart size '{size}' must be \"full\", \"half\" or \"small\"" + YamlBinder.DidYouMean(size, ["full", "half", "small"]));
        return Safe($"\n\n![{MarkdownText.Escape(chart.Alt)}](chart:{chart.Id} \"{size}\")\n\n");
    }

    private object Judgment(FunctionCall c)
    {
        var id = c[0] is string text ? text : c.Record(0, "a judgment (j in {{ for j in judgments }})")["id"]?.ToString() ?? "";
        var judgment = situation.Judgments.FirstOrDefault(j => j.Id == id)
            ?? throw c.Fail(0, $"'{id}' is not a judgment" + YamlBinder.DidYouMean(id, situation.Judgments.Select(j => j.Id)));
        return Safe($"**{Capitalize(Term(judgment.Likelihood, locale.Likelihood))}.** {MarkdownText.Escape(judgment.Text)} {Cite(c, judgment.Source)} *{Capitalize(Term(judgment.Confidence, locale.Confidence))}.*");
    }

    private Quote Quote(FunctionCall c)
    {
        var id = c[0] is string text ? text : c.Record(0, "a quote (q in {{ for q in quotes }})")["id"]?.ToString() ?? "";
        return situation.Quotes.FirstOrDefault(q => q.Id == id)
            ?? throw c.Fail(0, $"'{id}' is not a quote" + YamlBinder.DidYouMean(id, situation.Quotes.Select(q => q.Id)));
    }

    private object QuoteExcerpt(FunctionCall c)
    {
        var quote = Quote(c);
        var max = c.Number(1, "a maximum number of characters");
        if (max < 1 || max > 100_000 || max != Math.Floor(max))
            throw c.Fail(1, $"the maximum number of characters must be a whole number from 1 to 100000, not {max.ToString(CultureInfo.InvariantCulture)}");
        return QuoteBlock(c, quote, Templates.QuoteExcerpt.Shorten(quote.Text, (int)max));
    }

    private MarkdownFragment QuoteBlock(FunctionCall c, Quote quote, string text) =>
        Safe($"\n\n> {locale.Text("quote_open")}{MarkdownText.Escape(text)}{locale.Text("quote_close")}\n>\n> — **{MarkdownText.Escape(quote.Speaker)}**{locale.Text("comma")}{MarkdownText.Escape(quote.Role)} {Cite(c, quote.Source)}\n\n");

    /// <summary>Key figures as rows of at most four boxes, balanced (five make three and two).</summary>
    private object KeyFigures(FunctionCall c)
    {
        var chosen = c.Count == 0 ? TemplateModel.KeyFigures(situation) : Enumerable.Range(0, c.Count).Select(i => Figure(c, i)).ToList();
        if (chosen.Count == 0)
            return Safe("");
        var rows = (chosen.Count + 3) / 4;
        var perRow = (chosen.Count + rows - 1) / rows;
        var builder = new StringBuilder();
        foreach (var row in chosen.Chunk(perRow))
        {
            builder.Append("\n\n:::keyfigures\n");
            foreach (var figure in row)
                builder.Append(KeyFigure(c, figure));
            builder.Append(":::\n");
        }

        return Safe(builder.Append('\n').ToString());
    }

    /// <summary>
    /// One key figure: the number as its source bounds it ("about 68,000", "at least 312", "US$ 2.5 billion"),
    /// a long unit word left to the label. A disputed figure shows the span of the sources' values, never one
    /// of them alone, says that the sources differ and cites them all.
    /// </summary>
    private string KeyFigure(FunctionCall c, Figure figure)
    {
        var dispute = situation.DisputeOf(figure);
        var differ = locale.Text("sources_differ");
        var value = dispute?.RangeIn(locale) ?? QuantityText.Format(figure, locale);
        var unit = (dispute?.Values[0].Item as Figure ?? figure).Unit.Trim();
        if (unit.Length > 3 && value.EndsWith(" " + unit, StringComparison.Ordinal))
            value = value[..^(unit.Length + 1)];
        var label = dispute is null ? figure.Label : $"{figure.Label}{locale.Text("semicolon")}{char.ToLowerInvariant(differ[0])}{differ[1..]}";
        var sources = dispute is null ? [figure.Source] : dispute.Values.Select(v => v.SourceId).Distinct().ToList();
        var attribution = string.Join(locale.Text("comma"), sources.Select(id => $"{MarkdownText.Escape(Outlet(id))} {Cite(c, id)}"));
        if (dispute is null && figure.Basis is { Length: > 0 } basis)
            attribution += $" · {MarkdownText.Escape(QuantityText.Basis(basis, locale))}";
        return $"- **{MarkdownText.Escape(value)}** {MarkdownText.Escape(label)} — {attribution}\n";
    }

    private object SourcesDiffer(FunctionCall c)
    {
        var all = situation.Discrepancies;
        var keys = Enumerable.Range(0, c.Count).Select(i => c.Text(i, "a discrepancy key")).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!all.Any(d => d.Key == keys[i]))
                throw c.Fail(i, $"no discrepancy with key '{keys[i]}'" + YamlBinder.DidYouMean(keys[i], all.Select(d => d.Key)));
        }

        var chosen = keys.Count == 0 ? all : all.Where(d => keys.Contains(d.Key)).ToList();
        if (chosen.Count == 0)
            return Safe("");
        var builder = new StringBuilder($"\n\n:::note {locale.Text("sources_differ")}\n");
        foreach (var d in chosen)
        {
            var values = string.Join(locale.Text("semicolon"), d.Values.Select(v => $"{MarkdownText.Escape(Outlet(v.SourceId))} {Cite(c, v.SourceId)}{locale.Text("colon")}{MarkdownText.Escape(Discrepancy.ValueIn(v, locale))}"));
            builder.Append($"- **{MarkdownText.Escape(Capitalize(d.Subject.TrimEnd('.')))}.** {values}\n");
        }

        return Safe(builder.Append(":::\n\n").ToString());
    }

    private object SourceLine(FunctionCall c)
    {
        var ids = new List<string>();
        for (var i = 0; i < c.Count; i++)
        {
            var id = Source(c, i).Id;
            if (!ids.Contains(id))
                ids.Add(id);
        }

        return Safe(locale.Text(ids.Count == 1 ? "source" : "sources") + locale.Text("colon") + string.Join(locale.Text("semicolon"), ids.Select(id => $"{MarkdownText.Escape(Outlet(id))} [{situation.SourceNumber(id)}](cite:{id})")));
    }

    private string Outlet(string id)
    {
        var source = situation.FindSource(id);
        return source is null ? id : TemplateModel.OutletLabel(source, locale);
    }

    /// <summary>An ICD 203 term in the brief's language; the term itself where the locale has none.</summary>
    private static string Term(string term, Func<string, string> translate)
    {
        try
        {
            return translate(term);
        }
        catch (KeyNotFoundException)
        {
            return term;
        }
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
