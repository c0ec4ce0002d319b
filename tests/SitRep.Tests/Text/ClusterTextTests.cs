using System.Text;
using SitRep.Text;

namespace SitRep.Tests.Text;

/// <summary>A text blob indexes its text by UTF-8 byte: each cluster's offset is the byte count of the text before it.</summary>
public sealed class ClusterTextTests
{
    [Theory]
    [InlineData("Kidal")]
    [InlineData("Ménaka, 14 novembre")]
    [InlineData("كيدال")]
    [InlineData("ⵜⴰⵎⴰⵣⵉⵖⵜ and 😀 twice 😀")]
    [InlineData("")]
    public void Each_offset_is_the_utf8_length_of_the_text_before_the_cluster(string text)
    {
        var clusters = Enumerable.Range(0, text.Length + 1).Where(i => i == text.Length || !char.IsLowSurrogate(text[i])).ToArray();
        var offsets = ClusterText.Utf8Offsets(text, clusters);
        Assert.Equal(clusters.Select(c => Encoding.UTF8.GetByteCount(text[..c])), offsets);
    }

    [Fact]
    public void Clusters_outside_the_text_are_clamped_to_it()
    {
        Assert.Equal([0, 3], ClusterText.Utf8Offsets("abc", [-2, 9]));
        Assert.Equal([0, 4], ClusterText.Utf8Offsets("éé", [-2, 9]));
    }
}
