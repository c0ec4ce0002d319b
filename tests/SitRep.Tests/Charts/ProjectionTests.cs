using SitRep.Drawing;
using SitRep.Charts;
using Xunit;

namespace SitRep.Tests.Charts;

public sealed class ProjectionTests
{
    private static readonly Rect Area = new(50, 80, 400, 360);

    private static (MapProjection Projection, Point[][] Mali) MaliMap()
    {
        var world = GeoWorld.Default;
        var mali = world.Find("466") ?? throw new InvalidOperationException("Mali is missing from the embedded world");
        var projection = new MapProjection(MapLayoutBuilder.ViewFor(world, mali, ChartSamples.Places), Area);
        var rings = mali.Rings.Select(r => r.Points.Select(p => projection.Project(p.Lon, p.Lat)).ToArray()).ToArray();
        return (projection, rings);
    }

    [Fact]
    public void Kidal_falls_inside_Mali()
    {
        var (projection, mali) = MaliMap();
        var kidal = projection.Project(1.41, 18.44);
        Assert.True(Geometry.Contains(mali, kidal), $"Kidal projects to {kidal}, outside Mali's outline");
        Assert.True(Area.Contains(kidal));
    }

    [Fact]
    public void Places_outside_Mali_fall_outside_it()
    {
        var (projection, mali) = MaliMap();
        Assert.False(Geometry.Contains(mali, projection.Project(2.11, 13.51)));  // Niamey, Niger
        Assert.False(Geometry.Contains(mali, projection.Project(-1.52, 12.37))); // Ouagadougou, Burkina Faso
    }

    [Fact]
    public void Bamako_projects_south_west_of_Kidal()
    {
        var (projection, _) = MaliMap();
        var kidal = projection.Project(1.41, 18.44);
        var bamako = projection.Project(-8.00, 12.64);
        Assert.True(bamako.X < kidal.X, "Bamako (west) should have a smaller x than Kidal");
        Assert.True(bamako.Y > kidal.Y, "Bamako (south) should have a larger y than Kidal (y grows down the page)");
    }

    [Fact]
    public void Keeps_shapes_undistorted_at_the_mid_latitude()
    {
        var view = new GeoBounds(-10, 10, 10, 30);
        var projection = new MapProjection(view, new Rect(0, 0, 500, 500));
        var a = projection.Project(0, 20);
        var east = projection.Project(1, 20);
        var north = projection.Project(0, 21);
        Assert.Equal(Math.Cos(20 * Math.PI / 180), (east.X - a.X) / (a.Y - north.Y), 9);
        var (lon, lat) = projection.Unproject(projection.Project(3.5, 12.25));
        Assert.Equal(3.5, lon, 9);
        Assert.Equal(12.25, lat, 9);
    }

    [Fact]
    public void Fits_the_view_inside_the_area_centred()
    {
        var view = new GeoBounds(-12, 10, 4, 25);
        var projection = new MapProjection(view, Area);
        var sw = projection.Project(view.MinLon, view.MinLat);
        var ne = projection.Project(view.MaxLon, view.MaxLat);
        Assert.True(sw.X >= Area.Left - 1e-6 && ne.X <= Area.Right + 1e-6 && ne.Y >= Area.Top - 1e-6 && sw.Y <= Area.Bottom + 1e-6);
        Assert.Equal(Area.Left + Area.Width / 2, (sw.X + ne.X) / 2, 6);
        Assert.Equal(Area.Top + Area.Height / 2, (sw.Y + ne.Y) / 2, 6);
    }
}
