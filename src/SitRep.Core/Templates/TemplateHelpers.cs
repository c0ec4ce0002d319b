using System.Globalization;
using System.Text;
using HandlebarsDotNet;
using SitRep.Extracts;

namespace SitRep.Templates;

/// <summary>A helper was called wrongly; the renderer adds the template file, line and column.</summary>
internal sealed class HelperException(string helper, string message) : Exception(message)
{
    public string Helper => helper;
}

/// <summary>SitRep's Handlebars helpers: citations, numbers, dates, figures, charts, quotes, judgments.</summary>
internal static class TemplateHelpers
{
    public static readonly IReadOnlyList<string> Names =
    [
        "cite", "format_number", "format_date", "figure", "figure_label", "chart", "judgment",
        "quote", "quote_excerpt", "keyfigures", "sources_differ", "pagebreak", "source_anchor", "capitalize", "upper", "eq", "source_line",
    ];

    /// <summary>Registers the helpers once per compiled template; they read the scope.Situation of the render under way from <paramref name="scope"/>.</summary>
    public static void Register(IHandlebars handlebars, RenderScope scope)
    {

        Write(handlebars, "cite", args => Cite(scope.Situation, Text(args, 0, "cite", "a source id")));
        Write(handlebars, "format_number", args => Number(args, 0, "format_number").ToString(Decimals(args), CultureInfo.InvariantCulture));
        Write(handlebars, "format_date", args =>
        {
            var text = Text(args, 0, "format_date", "a date such as 2023-11-14");
            if (!PartialDate.TryParse(text, out var date))
                throw new HelperException("format_date", $"'{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            return MarkdownText.Escape(args.Length > 1 && Equals(args[1], "short") ? date.ToShortDisplay() : date.ToDisplay());
        });
        Write(handlebars, "figure", args => MarkdownText.Escape(Discrepancy.FormatFigure(Lookup(scope.Figures, Text(args, 0, "figure", "a figure id"), "figure"))));
        Write(handlebars, "figure_label", args => MarkdownText.Escape(Lookup(scope.Figures, Text(args, 0, "figure_label", "a figure id"), "figure_label").Label));
        Write(handlebars, "chart", args =>
        {
            var id = Text(args, 0, "chart", "a chart id");
            var chart = scope.Situation.Charts.FirstOrDefault(c => c.Id == id)
                ?? throw new HelperException("chart", $"unknown chart id '{id}'" + YamlBinder.DidYouMean(id, scope.Situation.Charts.Select(c => c.Id)));
            var size = args.Length > 1 ? Text(args, 1, "chart", "a size: full, half or small") : "full";
            if (size is not ("full" or "half" or "small"))
                throw new HelperException("chart", $"chart size '{size}' must be full, half or small");
            return $"\n\n![{MarkdownText.Escape(chart.Alt)}](chart:{chart.Id} \"{size}\")\n\n";
        });
        Write(handlebars, "judgment", args =>
        {
            var likelihood = Capitalize(Field(args, 0, "judgment", "likelihood"));
            var confidence = Capitalize(Field(args, 0, "judgment", "confidence"));
            var text = MarkdownText.Escape(Field(args, 0, "judgment", "text"));
            var source = Field(args, 0, "judgment", "source");
            return $"**{likelihood}.** {text} {Cite(scope.Situation, source)} *{confidence} confidence.*";
        });
        Write(handlebars, "quote", args => QuoteBlock(scope.Situation, args, "quote", Field(args, 0, "quote", "text")));
        Write(handlebars, "quote_excerpt", args =>
        {
            var text = Field(args, 0, "quote_excerpt", "text");
            var max = (int)Number(args, 1, "quote_excerpt");
            if (max < 1)
                throw new HelperException("quote_excerpt", "quote_excerpt needs a positive number of characters as argument 2");
            return QuoteBlock(scope.Situation, args, "quote_excerpt", QuoteExcerpt.Shorten(text, max));
        });
        Write(handlebars, "keyfigures", args =>
        {
            if (args.Length is < 1 or > 6)
                throw new HelperException("keyfigures", "keyfigures takes one to six figure ids");
            var builder = new StringBuilder("\n\n:::keyfigures\n");
            for (var i = 0; i < args.Length; i++)
            {
                var figure = Lookup(scope.Figures, Text(args, i, "keyfigures", "a figure id"), "keyfigures");
                var value = (figure.Approximate ? "~" : "") + (figure.Value ?? 0).ToString("#,0", CultureInfo.InvariantCulture) + (figure.Unit == "km" ? " km" : "");
                builder.Append($"- **{value}** {MarkdownText.Escape(figure.Label)} — {MarkdownText.Escape(Outlet(scope.Situation, figure.Source))} {Cite(scope.Situation, figure.Source)}\n");
            }

            return builder.Append(":::\n\n").ToString();
        });
        Write(handlebars, "sources_differ", args =>
        {
            var all = Discrepancy.FindAll(scope.Situation);
            var chosen = args.Length == 0 ? all : all.Where(d => Enumerable.Range(0, args.Length).Any(i => Equals(args[i], d.Key))).ToList();
            if (args.Length > 0 && chosen.Count == 0)
                throw new HelperException("sources_differ", $"no discrepancy with key '{args[0]}'" + YamlBinder.DidYouMean(args[0]?.ToString() ?? "", all.Select(d => d.Key)));
            if (chosen.Count == 0)
                return "";
            var builder = new StringBuilder("\n\n:::note Sources differ\n");
            foreach (var d in chosen)
            {
                var values = string.Join("; ", d.Values.Select(v => $"{MarkdownText.Escape(Outlet(scope.Situation, v.SourceId))} {Cite(scope.Situation, v.SourceId)}: {MarkdownText.Escape(v.Value)}"));
                builder.Append($"- **{MarkdownText.Escape(Capitalize(d.Subject.TrimEnd('.')))}.** {values}\n");
            }

            return builder.Append(":::\n\n").ToString();
        });
        Write(handlebars, "source_line", args =>
        {
            var ids = Enumerable.Range(0, args.Length).Select(i => Text(args, i, "source_line", "a source id")).Distinct().ToList();
            return "Sources: " + string.Join("; ", ids.Select(id => $"{MarkdownText.Escape(Outlet(scope.Situation, id))} {Cite(scope.Situation, id)}"));
        });
        Write(handlebars, "pagebreak", _ => "\n\n<!-- pagebreak -->\n\n");
        Write(handlebars, "source_anchor", args =>
        {
            var id = Text(args, 0, "source_anchor", "a source id");
            _ = Cite(scope.Situation, id);
            return $"[](anchor:source-{id})";
        });
        Write(handlebars, "capitalize", args => MarkdownText.Escape(Capitalize(Text(args, 0, "capitalize", "text"))));
        Write(handlebars, "upper", args => MarkdownText.Escape(Text(args, 0, "upper", "text").ToUpperInvariant()));
        handlebars.RegisterHelper("eq", (in HelperOptions _, in Context _, in Arguments args) =>
            args.Length == 2 ? Equals(args[0]?.ToString(), args[1]?.ToString()) : throw new HelperException("eq", "eq takes two values"));
    }

    private static string QuoteBlock(Situation situation, Arguments args, string helper, string quoteText)
    {
        var text = MarkdownText.Escape(quoteText);
        var speaker = MarkdownText.Escape(Field(args, 0, helper, "speaker"));
        var role = MarkdownText.Escape(Field(args, 0, helper, "role"));
        var source = Field(args, 0, helper, "source");
        return $"\n\n> “{text}”\n>\n> — **{speaker}**, {role} {Cite(situation, source)}\n\n";
    }

    private static void Write(IHandlebars handlebars, string name, Func<Arguments, string> body)
    {
        handlebars.RegisterHelper(name, (EncodedTextWriter output, Context _, Arguments args) => output.WriteSafeString(body(args)));
    }

    private static string Cite(Situation situation, string id)
    {
        var number = situation.SourceNumber(id);
        if (number == 0)
            throw new HelperException("cite", $"unknown source id '{id}'" + YamlBinder.DidYouMean(id, situation.Sources.Select(s => s.Id)));
        return $"[{number}](cite:{id})";
    }

    private static string Outlet(Situation situation, string id)
    {
        var source = situation.FindSource(id);
        return source is null ? id : TemplateModel.OutletLabel(source);
    }

    private static Figure Lookup(Dictionary<string, Figure> figures, string id, string helper) =>
        figures.TryGetValue(id, out var figure)
            ? figure
            : throw new HelperException(helper, $"unknown figure id '{id}'" + YamlBinder.DidYouMean(id, figures.Keys));

    private static string Text(Arguments args, int index, string helper, string what)
    {
        if (args.Length <= index || args[index] is null || args[index] is UndefinedBindingResult)
            throw new HelperException(helper, $"{helper} needs {what} as argument {index + 1}");
        return args[index]?.ToString() ?? "";
    }

    private static double Number(Arguments args, int index, string helper)
    {
        var value = args.Length > index ? args[index] : null;
        return value switch
        {
            double d => d,
            int i => i,
            long l => l,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new HelperException(helper, $"{helper} needs a number, not '{value}'"),
        };
    }

    private static string Decimals(Arguments args) =>
        args.Length > 1 && args[1] is int decimals and >= 0 and <= 6 ? "#,0." + new string('0', decimals) : "#,0";

    private static string Field(Arguments args, int index, string helper, string field)
    {
        if (args.Length <= index || args[index] is not IDictionary<string, object?> map || !map.TryGetValue(field, out var value))
            throw new HelperException(helper, $"{helper} needs an item with a '{field}' field, e.g. {{{{{helper} this}}}} inside {{{{#each}}}}");
        return value?.ToString() ?? "";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
