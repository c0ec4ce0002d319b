using SitRep.Extracts;
using Xunit;

namespace SitRep.Tests.Extracts;

public sealed class YamlBoundsTests
{
    private static string? Check(string yaml) => YamlBounds.Check(BoundedYaml.Load(yaml).Documents[0].RootNode, "f.yaml")?.ToString();

    [Fact]
    public void A_file_within_the_bounds_passes() =>
        Assert.Null(Check("timeline:\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"  - id: e{i}\n    text: \"event {i}\"\n"))));

    [Fact]
    public void An_alias_inside_the_node_it_names_is_refused()
    {
        var problem = Check("a: &x\n  b: [1, *x]\n");
        Assert.NotNull(problem);
        Assert.Contains("f.yaml:1:", problem);
        Assert.Contains("an alias refers to the node that holds it", problem);
    }

    [Fact]
    public void Aliases_are_counted_and_expanded_without_anchors_elsewhere_being_remembered()
    {
        var yaml = "k: &k [" + new string('x', 100) + "]\nl: [" + string.Join(", ", Enumerable.Repeat("*k", YamlBounds.MaxAliases + 1)) + "]\n";
        Assert.Contains($"more than {YamlBounds.MaxAliases:N0} aliases", Check(yaml));
    }

    [Fact]
    public void A_long_value_breaks_its_bound_where_it_is_written()
    {
        var problem = Check("items:\n  - id: a\n  - title: " + new string('t', YamlBounds.MaxShortFieldChars + 1) + "\n");
        Assert.Contains("f.yaml:3:12:", problem);
        Assert.Contains($"'title' is {YamlBounds.MaxShortFieldChars + 1:N0} characters long", problem);
    }

    [Fact]
    public void Too_many_items_in_one_list_are_refused() =>
        Assert.Contains("at most 20,000 are allowed in one list", Check("l: [" + string.Join(", ", Enumerable.Range(0, YamlBounds.MaxItems + 1)) + "]\n"));
}
