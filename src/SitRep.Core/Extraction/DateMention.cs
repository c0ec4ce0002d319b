namespace SitRep.Extraction;

/// <summary>Where a text gives a date, what the date is, and how it was read.</summary>
/// <param name="Date">YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Role">"event" (dates something that happened), "metadata" (a publication line), "citation" (a date in parentheses).</param>
public sealed record DateMention(TextSpan Span, string Date, string Precision, Confidence Confidence, bool Relative, string Role)
{
    public bool IsEvent => Role == "event";
}
