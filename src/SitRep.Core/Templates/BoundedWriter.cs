using System.Text;

namespace SitRep.Templates;

/// <summary>A writer that refuses output past a limit, so a hostile template fails fast instead of filling memory.</summary>
internal sealed class BoundedWriter(int maxChars) : TextWriter
{
    private readonly StringBuilder builder = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        Check(1);
        builder.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
            return;
        Check(value.Length);
        builder.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        builder.Append(buffer, index, count);
    }

    public override string ToString() => builder.ToString();

    private void Check(int more)
    {
        if (builder.Length + more > maxChars)
            throw new OutputLimitException(maxChars);
    }
}

internal sealed class OutputLimitException(int maxChars) : Exception($"the template produced more than {maxChars / 1_000_000.0:0.#} million characters")
{
    public int MaxChars => maxChars;
}
