namespace SitRep.Layout;

public readonly record struct FontSpec(string Family, double Size, bool Bold = false, bool Italic = false)
{
    public FontSpec WithSize(double size) => this with { Size = size };

    public FontSpec WithStyle(bool bold, bool italic) => this with { Bold = bold, Italic = italic };
}
