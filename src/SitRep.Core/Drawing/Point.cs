namespace SitRep.Drawing;

/// <summary>A position in points, y growing downwards from the top of the page.</summary>
public readonly record struct Point(double X, double Y);
