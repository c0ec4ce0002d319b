using SitRep.Extracts;
using SitRep.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SitRep.Theming;

/// <summary>Reads the top mapping of a small YAML file (theme.yaml, template.yaml); a syntax error becomes a finding at its place.</summary>
internal static class YamlRoot
{
    public static YamlMappingNode? Read(string text, string display, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = BoundedYaml.Load(text);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode root && stream.Documents.Count == 1)
                return root;
            var node = stream.Documents.Count > 1 ? stream.Documents[1].RootNode : stream.Documents[0].RootNode;
            diagnostics.Error(new SourceLocation(display, (int)node.Start.Line, (int)node.Start.Column), "expected one mapping of 'key: value' lines", "yaml");
        }
        catch (YamlTooDeepException e)
        {
            diagnostics.Error(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), BoundedYaml.TooDeepMessage, "yaml");
        }
        catch (YamlException e)
        {
            var inner = e.InnerException as YamlException ?? e;
            var message = inner.Message;
            var at = message.IndexOf("): ", StringComparison.Ordinal);
            message = (at >= 0 && message.StartsWith('(') ? message[(at + 3)..] : message).Split('\n')[0].Trim();
            var mark = inner.Start.Line > 0 ? inner.Start : e.Start;
            diagnostics.Error(new SourceLocation(display, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column)), "YAML syntax: " + message, "yaml");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            diagnostics.Error(SourceLocation.Of(display), "YAML syntax: the file cannot be read; look for a stray bracket, quote or indentation", "yaml");
        }

        return null;
    }
}
