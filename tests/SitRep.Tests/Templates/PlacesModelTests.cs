using Scriban.Runtime;
using SitRep.Pipeline;
using SitRep.Templates;
using SitRep.Tests.Support;

namespace SitRep.Tests.Templates;

public sealed class PlacesModelTests
{
    [Fact]
    public void Templates_see_each_place_with_its_local_name_or_null()
    {
        var kidal = Places(RepoPaths.KidalSituation).Single(p => Equals(p["id"], "kidal"));
        Assert.Equal("Kidal", kidal["name"]);
        Assert.Equal("كيدال", kidal["local_name"]);
        Assert.Equal("town", kidal["kind"]);
        var arabic = Places(Path.Combine(RepoPaths.Root, "tests", "SitRep.Tests", "Situations", "ar-wadi-amal"));
        Assert.NotEmpty(arabic);
        Assert.All(arabic, p => Assert.Null(p["local_name"]));
    }

    private static List<ScriptObject> Places(string folder)
    {
        var (situation, _) = BriefBuilder.LoadChecked(folder);
        return ((ScriptArray)TemplateModel.From(situation, "analyst")["places"]!).Cast<ScriptObject>().ToList();
    }
}
