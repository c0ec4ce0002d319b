using SitRep.Pipeline;
using SitRep.Tests.Support;

namespace SitRep.Tests.EndToEnd;

/// <summary>Builds the default brief once for all end-to-end assertions.</summary>
public sealed class DefaultBriefFixture : IDisposable
{
    public DefaultBriefFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("sitrep-e2e-").FullName;
        PdfPath = Path.Combine(Directory, "kidal-analyst.pdf");
        Result = BriefBuilder.Build(new BuildRequest(RepoPaths.KidalSituation, "analyst", PdfPath));
        Text = TextNormalize(Poppler.Text(PdfPath));
    }

    public string Directory { get; }

    public string PdfPath { get; }

    public BuildResult Result { get; }

    /// <summary>The brief's text with line breaks and hyphenation folded, for phrase searches.</summary>
    public string Text { get; }

    public static string TextNormalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
