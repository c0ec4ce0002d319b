using SitRep.Diagnostics;

namespace SitRep.Templates;

internal static class TemplateErrors
{
    public static InputException At(SourceLocation location, string message) => new(location, message, "template");
}
