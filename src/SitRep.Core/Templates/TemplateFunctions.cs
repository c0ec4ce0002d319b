using System.Globalization;
using System.Text;
using Scriban.Runtime;
using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>
/// SitRep's template functions: citations, numbers, dates, figures, charts, quotes, judgments.
/// Each call is checked: an unknown id or a wrong argument fails the build at the call, in words
/// that name the function. docs/templates.md documents every one.
/// </summary>
internal sealed class TemplateFunctions
{
    private readonly Situation situation;
    private readonly Dictionary<string, Figure> figures;

    private TemplateFunctions(Situation situation)
    {
        this.situation = situation;
        figures = situation.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The names of the functions, for "did you mean" and the static check of names.</summary>
    public static IReadOnlyList<string> Names { get; } =
        For(new Situation { Directory = "", Info = new SituationInfo(), Sources = [], Texts = new Dictionary<string, Sources.SourceText>() }).Select(f => f.Name).ToList();

    /// <summary>The functions bound to one situation, for one render.</summary>
    public static IReadOnlyList<TemplateFunction> For(Situation situation)
    {
        var f = new TemplateFunctions(situation);
        return
        [
            new("cite", 1, 1, "cite SOURCE_ID, e.g. {{ cite item.source }}", c => Safe(f.Cite(c, c.Text(0, "a source id")))),
            new("format_number", 1, 2, "format_number NUMBER [DECIMALS]", FormatNumber),
            new("format_date", 1, 2, "format_date \"2023-11-14\" [\"short\"]", FormatDate),
            new("figure", 1, 1, "figure FIGURE_ID", c => Discrepancy.FormatFigure(f.Figure(c, 0))),
            new("figure_label", 1, 1, "figure_label FIGURE_ID", c => f.Figure(c, 0).Label),
            new("chart", 1, 2, "chart CHART_ID [\"full\"|\"half\"|\"small\"]", f.Chart),
            new("judgment", 1, 1, "judgment j inside {{ for j in judgments }}", f.Judgment),
            new("quote", 1, 1, "quote q inside {{ for q in quotes }}", c => f.QuoteBlock(c, f.Quote(c), f.Quote(c).Text)),
            new("quote_excerpt", 2, 2, "quote_excerpt q MAX_CHARACTERS", f.QuoteExcerpt),
            new("keyfigures", 1, 6, "keyfigures FIGURE_ID … (one to six ids)", f.KeyFigures),
            new("sources_differ", 0, int.MaxValue, "sources_differ [KEY …]", f.SourcesDiffer),
            new("source_line", 1, int.MaxValue, "source_line SOURCE_ID …", f.SourceLine),
            new("source_anchor", 1, 1, "source_anchor SOURCE_ID", c => Safe($"[](anchor:source-{f.Source(c, 0).Id})")),
            new("pagebreak", 0, 0, "pagebreak", _ => Safe("\n\n<!-- pagebreak -->\n\n")),
        ];
    }

    private static MarkdownFragment Safe(string markdown) => new(markdown);

    private static object FormatNumber(FunctionCall c)
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

        return value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
    }

    private static object FormatDate(FunctionCall c)
    {
        var text = c.Text(0, "a date such as \"2023-11-14\"");
        if (!PartialDate.TryParse(text, out var date))
            throw c.Fail(0, $"'{text}' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)");
        if (c.Count > 1 && c.Text(1, "the word \"short\"") != "short")
            throw c.Fail(1, $"the second argument may only be \"short\", not '{c[1]}'");
        return c.Count > 1 ? date.ToShortDisplay() : date.ToDisplay();
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
        var id = c.Text(0, "a chart id from charts.yaml");
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
        return Safe($"**{Capitalize(judgment.Likelihood)}.** {MarkdownText.Escape(judgment.Text)} {Cite(c, judgment.Source)} *{Capitalize(judgment.Confidence)} confidence.*");
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
        Safe($"\n\n> “{MarkdownText.Escape(text)}”\n>\n> — **{MarkdownText.Escape(quote.Speaker)}**, {MarkdownText.Escape(quote.Role)} {Cite(c, quote.Source)}\n\n");

    private object KeyFigures(FunctionCall c)
    {
        var builder = new StringBuilder("\n\n:::keyfigures\n");
        for (var i = 0; i < c.Count; i++)
        {
            var figure = Figure(c, i);
            var value = (figure.Approximate ? "~" : "") + (figure.Value ?? 0).ToString("#,0", CultureInfo.InvariantCulture) + (figure.Unit == "km" ? " km" : "");
            builder.Append($"- **{value}** {MarkdownText.Escape(figure.Label)} — {MarkdownText.Escape(Outlet(figure.Source))} {Cite(c, figure.Source)}\n");
        }

        return Safe(builder.Append(":::\n\n").ToString());
    }

    private object SourcesDiffer(FunctionCall c)
    {
        var all = Discrepancy.FindAll(situation);
        var keys = Enumerable.Range(0, c.Count).Select(i => c.Text(i, "a discrepancy key")).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!all.Any(d => d.Key == keys[i]))
                throw c.Fail(i, $"no discrepancy with key '{keys[i]}'" + YamlBinder.DidYouMean(keys[i], all.Select(d => d.Key)));
        }

        var chosen = keys.Count == 0 ? all : all.Where(d => keys.Contains(d.Key)).ToList();
        if (chosen.Count == 0)
            return Safe("");
        var builder = new StringBuilder("\n\n:::note Sources differ\n");
        foreach (var d in chosen)
        {
            var values = string.Join("; ", d.Values.Select(v => $"{MarkdownText.Escape(Outlet(v.SourceId))} {Cite(c, v.SourceId)}: {MarkdownText.Escape(v.Value)}"));
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

        return Safe("Sources: " + string.Join("; ", ids.Select(id => $"{MarkdownText.Escape(Outlet(id))} [{situation.SourceNumber(id)}](cite:{id})")));
    }

    private string Outlet(string id)
    {
        var source = situation.FindSource(id);
        return source is null ? id : TemplateModel.OutletLabel(source);
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
