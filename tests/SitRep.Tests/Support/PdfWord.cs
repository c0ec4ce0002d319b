namespace SitRep.Tests.Support;

/// <summary>A word on a PDF page and its box, as <see cref="Poppler.Words"/> finds it.</summary>
internal sealed record PdfWord(int Page, string Text, double Left, double Top, double Right, double Bottom)
{
    /// <summary>Whether this is <paramref name="word"/>, as typed or (right to left) in visual order.</summary>
    public bool Is(string word) => Text == word || Text == new string(word.Reverse().ToArray());
}
