namespace SitRep.Theming;

/// <summary>A font face a template ships (theme.yaml <c>font_files</c>), read into memory for one brief.</summary>
public sealed record FontData(string Family, bool Bold, bool Italic, byte[] Bytes);
