namespace SitRep.Files;

/// <summary>Why an input file was refused, in the user's words; never names what a link points at.</summary>
public sealed class InputFileError(string message) : Exception(message);
