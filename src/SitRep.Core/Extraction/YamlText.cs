using System.Globalization;
using System.Text;

namespace SitRep.Extraction;

/// <summary>Writes values as YAML scalars that read back exactly: strings double-quoted and escaped.</summary>
public static class YamlText
{
    public static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (c < 0x20 || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else
                        builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A comment line's text on one line.</summary>
    public static string Comment(string value) => value.Replace('\n', ' ').Replace('\r', ' ');
}
