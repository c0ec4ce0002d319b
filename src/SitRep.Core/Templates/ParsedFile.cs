using Scriban;

namespace SitRep.Templates;

/// <summary>One template file, parsed: its path in the template, the path shown in messages, and Scriban's syntax tree.</summary>
public sealed record ParsedFile(string Path, string Display, string Text, Template Template);
