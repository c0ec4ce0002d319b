using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SitRep.Pdf;

/// <summary>
/// Adds what Skia's PDF backend cannot write (the outline, <c>/Lang</c>, <c>/PageMode /UseOutlines</c>) or writes
/// depending on the machine's time zone (the dates: SkiaSharp derives the zone from the local clock) as an incremental update appended after Skia's bytes (PDF 32000-1, 7.5.6): new
/// outline objects, new revisions of the catalog and the document information, a cross-reference section and a trailer whose <c>/Prev</c>
/// points at Skia's. Nothing Skia wrote is touched, and the result depends only on the input bytes.
/// It relies on Skia writing a classic cross-reference table, and refuses anything else.
/// </summary>
internal static partial class PdfIncrementalUpdate
{
    public static void Append(MemoryStream pdf, IReadOnlyList<OutlineEntry> outline, string language, DateTimeOffset timestamp)
    {
        // Skia's bytes are read in place: a long brief's PDF runs to megabytes.
        var bytes = new PdfBytes(pdf.TryGetBuffer(out var buffer) ? buffer.Array! : pdf.ToArray(), (int)pdf.Length);
        var previousXref = LastStartXref(bytes);
        var (size, root, info) = ReadTrailer(bytes, previousXref);
        var catalog = ReadDictionary(bytes, previousXref, root);
        if (!Regex.IsMatch(catalog, @"/Type\s*/Catalog"))
            throw Refuse("the root object is not a catalog");
        foreach (var key in new[] { "/Outlines", "/Lang", "/PageMode" })
        {
            if (Regex.IsMatch(catalog, Regex.Escape(key) + @"(?![A-Za-z])"))
                throw Refuse($"the catalog already has {key}");
        }

        // Skia asks viewers to show the title rather than the file name; anything else is new.
        var preferences = Regex.Match(catalog, @"/ViewerPreferences\s*<<([^<>]*)>>");
        var displaysTitle = preferences.Success
            && Regex.Replace(preferences.Groups[1].Value, @"/Type\s*/ViewerPreferences|/DisplayDocTitle\s+true|\s", "").Length == 0
            && preferences.Groups[1].Value.Contains("/DisplayDocTitle", StringComparison.Ordinal);
        if (!displaysTitle && catalog.Contains("/ViewerPreferences", StringComparison.Ordinal))
            throw Refuse("the catalog has /ViewerPreferences other than /DisplayDocTitle");

        var objects = new List<(int Number, string Body)>();
        var next = size;
        var additions = new StringBuilder();
        if (outline.Count > 0)
        {
            var rootNumber = next++;
            var numbers = outline.Select(_ => next++).ToArray();
            objects.AddRange(OutlineObjects(outline, rootNumber, numbers));
            additions.Append(CultureInfo.InvariantCulture, $" /Outlines {rootNumber} 0 R /PageMode /UseOutlines");
        }

        additions.Append(" /Lang ").Append(PdfString(language));
        if (!displaysTitle)
            additions.Append(" /ViewerPreferences << /DisplayDocTitle true >>");
        objects.Insert(0, (root, "<<" + catalog + additions + " >>"));
        if (info is not null)
        {
            var infoNumber = int.Parse(info.Split(' ')[0], CultureInfo.InvariantCulture);
            var entries = ReadDictionary(bytes, previousXref, infoNumber);
            if (entries.Contains("/CreationDate", StringComparison.Ordinal) || entries.Contains("/ModDate", StringComparison.Ordinal))
                throw Refuse("the document information already has dates");
            var date = PdfString("D:" + timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'");
            objects.Add((infoNumber, $"<<{entries} /CreationDate {date} /ModDate {date} >>"));
        }

        using var update = new MemoryStream();
        void Write(string text) => update.Write(Encoding.ASCII.GetBytes(text));
        var offsets = new Dictionary<int, long>();
        Write("\n");
        foreach (var (number, body) in objects)
        {
            offsets[number] = bytes.Length + update.Length;
            Write($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n{body}\nendobj\n");
        }

        var xref = bytes.Length + update.Length;
        Write("xref\n");
        foreach (var run in Runs(offsets.Keys.Order().ToList()))
        {
            Write($"{run[0].ToString(CultureInfo.InvariantCulture)} {run.Count.ToString(CultureInfo.InvariantCulture)}\n");
            foreach (var number in run)
                Write($"{offsets[number].ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        }

        var infoEntry = info is null ? "" : $" /Info {info}";
        Write(string.Create(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {next} /Root {root} 0 R{infoEntry} /Prev {previousXref} >>\nstartxref\n{xref}\n%%EOF\n"));
        update.Position = 0;
        pdf.Position = pdf.Length;
        update.CopyTo(pdf);
    }

    private static IEnumerable<(int, string)> OutlineObjects(IReadOnlyList<OutlineEntry> outline, int rootNumber, int[] numbers)
    {
        // Parent of each entry: the nearest earlier entry of a lower level, or the root.
        var parents = new int[outline.Count];
        var stack = new List<int>();
        for (var i = 0; i < outline.Count; i++)
        {
            while (stack.Count > 0 && outline[stack[^1]].Level >= outline[i].Level)
                stack.RemoveAt(stack.Count - 1);
            parents[i] = stack.Count == 0 ? -1 : stack[^1];
            stack.Add(i);
        }

        // Children in order, per parent (index + 1; 0 is the root), and descendant counts, in one pass each.
        var children = Enumerable.Range(0, outline.Count + 1).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < outline.Count; i++)
            children[parents[i] + 1].Add(i);
        var descendants = new int[outline.Count];
        for (var i = outline.Count - 1; i >= 0; i--)
        {
            if (parents[i] >= 0)
                descendants[parents[i]] += 1 + descendants[i];
        }

        List<int> ChildrenOf(int parent) => children[parent + 1];
        int Descendants(int parent) => descendants[parent];
        string Ref(int i) => $"{numbers[i].ToString(CultureInfo.InvariantCulture)} 0 R";

        var top = ChildrenOf(-1);
        yield return (rootNumber, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Outlines /First {Ref(top[0])} /Last {Ref(top[^1])} /Count {outline.Count} >>"));
        for (var i = 0; i < outline.Count; i++)
        {
            var siblings = ChildrenOf(parents[i]);
            var at = siblings.IndexOf(i);
            var body = new StringBuilder("<< /Title ").Append(PdfString(outline[i].Title))
                .Append(" /Parent ").Append(parents[i] < 0 ? $"{rootNumber.ToString(CultureInfo.InvariantCulture)} 0 R" : Ref(parents[i]));
            if (at > 0)
                body.Append(" /Prev ").Append(Ref(siblings[at - 1]));
            if (at < siblings.Count - 1)
                body.Append(" /Next ").Append(Ref(siblings[at + 1]));
            var own = ChildrenOf(i);
            if (own.Count > 0)
                body.Append(" /First ").Append(Ref(own[0])).Append(" /Last ").Append(Ref(own[^1]))
                    .Append(" /Count ").Append(Descendants(i).ToString(CultureInfo.InvariantCulture));
            body.Append(" /Dest /").Append(outline[i].Destination).Append(" >>");
            yield return (numbers[i], body.ToString());
        }
    }

    /// <summary>A text string: plain ASCII as a literal, anything else UTF-16BE with a byte-order mark, in hex.</summary>
    internal static string PdfString(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
            return "(" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }

    private static List<List<int>> Runs(List<int> numbers)
    {
        var runs = new List<List<int>>();
        foreach (var number in numbers)
        {
            if (runs.Count > 0 && runs[^1][^1] == number - 1)
                runs[^1].Add(number);
            else
                runs.Add([number]);
        }

        return runs;
    }

    private static long LastStartXref(PdfBytes bytes)
    {
        var tail = Latin1(bytes, Math.Max(0, bytes.Length - 1024), Math.Min(1024, bytes.Length));
        var match = StartXref().Matches(tail).LastOrDefault() ?? throw Refuse("there is no startxref");
        var offset = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (offset <= 0 || offset >= bytes.Length || !Latin1(bytes, (int)offset, Math.Min(4, bytes.Length - (int)offset)).Equals("xref", StringComparison.Ordinal))
            throw Refuse("startxref does not point at a classic cross-reference table (a cross-reference stream?)");
        return offset;
    }

    private static (int Size, int Root, string? Info) ReadTrailer(PdfBytes bytes, long xref)
    {
        // The trailer follows the table, which holds 20 bytes per object: only the file's end is read as text.
        var from = (int)Math.Max(xref, bytes.Length - TrailerWindow);
        var text = Latin1(bytes, from, bytes.Length - from);
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (at < 0 && from > xref)
        {
            text = Latin1(bytes, (int)xref, bytes.Length - (int)xref);
            at = text.IndexOf("trailer", StringComparison.Ordinal);
        }

        if (at < 0)
            throw Refuse("the cross-reference table has no trailer");
        var trailer = text[at..];
        if (trailer.Contains("/Encrypt", StringComparison.Ordinal) || trailer.Contains("/Prev", StringComparison.Ordinal))
            throw Refuse("the file is encrypted or already updated");
        var size = Regex.Match(trailer, @"/Size\s+(\d+)");
        var root = Regex.Match(trailer, @"/Root\s+(\d+)\s+0\s+R");
        if (!size.Success || !root.Success)
            throw Refuse("the trailer has no /Size or /Root");
        var info = Regex.Match(trailer, @"/Info\s+(\d+\s+0\s+R)");
        return (int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture), info.Success ? info.Groups[1].Value : null);
    }

    /// <summary>The entries of object <paramref name="number"/>'s dictionary, between its outer "&lt;&lt;" and "&gt;&gt;", found through the cross-reference table.</summary>
    private static string ReadDictionary(PdfBytes bytes, long xref, int number)
    {
        var table = Latin1(bytes, (int)xref, Math.Min(TableHeaderWindow, bytes.Length - (int)xref));
        var header = Regex.Match(table, @"^xref\s+(\d+)\s+(\d+)\s");
        if (!header.Success || int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture) != 0)
            throw Refuse("the cross-reference table does not start with one section from object 0");
        var count = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
        if (number >= count)
            throw Refuse($"object {number} is not in the cross-reference table");
        var at = xref + header.Length + number * 20L;
        if (at + 20 > bytes.Length)
            throw Refuse($"the cross-reference entry of object {number} is outside the file");
        var entry = Latin1(bytes, (int)at, 20);
        if (entry[17] != 'n')
            throw Refuse($"the cross-reference entry of object {number} is not in use");
        var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
        if (offset < 0 || offset >= bytes.Length)
            throw Refuse($"the offset of object {number} is outside the file");

        // A catalog or information dictionary is short: read a small window first, a larger one (then the rest of the
        // file) only if it is not enough.
        for (var window = ObjectWindow; ; window = (int)Math.Min((long)window * 16, bytes.Length - offset))
        {
            var text = Latin1(bytes, offset, Math.Min(window, bytes.Length - offset));
            if (!text.StartsWith($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj", StringComparison.Ordinal))
                throw Refuse($"the offset of object {number} does not point at it");
            var open = text.IndexOf("<<", StringComparison.Ordinal);
            if (open >= 0 && DictionaryEnd(text, open) is var close and >= 0)
                return text[(open + 2)..close];
            if (window >= bytes.Length - offset)
                throw Refuse("a dictionary does not end");
        }
    }

    private const int ObjectWindow = 4 * 1024;

    /// <summary>Enough for the trailer dictionary and what follows it.</summary>
    private const int TrailerWindow = 4 * 1024;

    /// <summary>Enough for "xref", the section's first object and its count.</summary>
    private const int TableHeaderWindow = 64;

    /// <summary>Where the dictionary opened at <paramref name="open"/> closes, skipping strings (which may hold "&gt;&gt;"); -1 when the text ends first.</summary>
    private static int DictionaryEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length - 1; i++)
        {
            switch (text[i])
            {
                case '(':
                    for (var nesting = 0; i < text.Length; i++)
                    {
                        if (text[i] == '\\')
                            i++;
                        else if (text[i] == '(')
                            nesting++;
                        else if (text[i] == ')' && --nesting == 0)
                            break;
                    }

                    break;
                case '<' when text[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case '<':
                    i = text.IndexOf('>', i);
                    if (i < 0)
                        return -1;
                    break;
                case '>' when text[i + 1] == '>':
                    if (--depth == 0)
                        return i;
                    i++;
                    break;
            }
        }

        return -1;
    }

    private static string Latin1(PdfBytes bytes, int start, int length) => Encoding.Latin1.GetString(bytes.Array, start, length);

    /// <summary>The PDF written so far: the start of a buffer that may be longer.</summary>
    private readonly record struct PdfBytes(byte[] Array, int Length);

    private static InvalidOperationException Refuse(string why) =>
        new($"cannot add the outline to Skia's PDF: {why}; the PDF writer needs updating for this SkiaSharp version");

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();
}
