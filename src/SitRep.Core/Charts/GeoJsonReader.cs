using System.Text.Json;

namespace SitRep.Charts;

/// <summary>
/// Reads a GeoJSON FeatureCollection whose features carry <c>name</c> and <c>iso_n3</c> properties and
/// Polygon or MultiPolygon geometries ([lon, lat] positions), in one forward pass with
/// <see cref="Utf8JsonReader"/>; other geometry types are skipped.
/// </summary>
internal static class GeoJsonReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// One pass over the whole file checks it and reads each country's name, code and bounds; a country's
    /// rings are read from its geometry's bytes when first asked for.
    /// </summary>
    public static GeoWorld Read(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span, ReaderOptions);
        var countries = new List<GeoCountry>(256);
        var bounds = new List<GeoBounds>(256);
        var scratch = new List<(double Lon, double Lat)>(4096);
        try
        {
            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("features"u8))
                {
                    Expect(ref reader, JsonTokenType.StartArray);
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                        ReadFeature(ref reader, json, countries, bounds, scratch);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"GeoJSON is malformed: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // A value of the wrong JSON type (e.g. a numeric "type").
            throw new InvalidDataException($"GeoJSON is malformed: {e.Message}", e);
        }
        return new GeoWorld(countries.ToArray(), bounds.ToArray());
    }

    private static void ReadFeature(ref Utf8JsonReader reader, ReadOnlyMemory<byte> json, List<GeoCountry> countries, List<GeoBounds> bounds, List<(double, double)> scratch)
    {
        string name = "", iso = "";
        GeoBounds? extent = null;
        ReadOnlyMemory<byte> geometry = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("properties"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isName = reader.ValueTextEquals("name"u8);
                    var isIso = reader.ValueTextEquals("iso_n3"u8);
                    reader.Read();
                    if ((isName || isIso) && reader.TokenType == JsonTokenType.String)
                    {
                        if (isName) name = reader.GetString() ?? "";
                        else iso = GeoWorld.NormalizeIso(reader.GetString() ?? "");
                    }
                    else
                        reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("geometry"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                extent = reader.TokenType == JsonTokenType.StartObject ? ScanGeometry(ref reader, scratch) : null;
                if (reader.TokenType != JsonTokenType.EndObject)
                    reader.Skip();
                geometry = json[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (extent is { } b)
        {
            var bytes = geometry;
            countries.Add(new GeoCountry(name, iso, new Lazy<IReadOnlyList<GeoRing>>(() => ReadRings(bytes))));
            bounds.Add(b);
        }
    }

    /// <summary>
    /// The bounds of a Polygon or MultiPolygon with at least one ring of three positions (reader on the
    /// geometry's StartObject, left on its EndObject), keeping no point; null for other geometry.
    /// </summary>
    private static GeoBounds? ScanGeometry(ref Utf8JsonReader reader, List<(double, double)> scratch)
    {
        var b = GeoBounds.Empty;
        return ReadGeometry(ref reader, null, scratch, ref b) ? b : null;
    }

    private static IReadOnlyList<GeoRing> ReadRings(ReadOnlyMemory<byte> geometry)
    {
        var reader = new Utf8JsonReader(geometry.Span, ReaderOptions);
        reader.Read();
        var rings = new List<GeoRing>();
        var b = GeoBounds.Empty;
        return ReadGeometry(ref reader, rings, new List<(double, double)>(4096), ref b) ? rings : [];
    }

    /// <summary>
    /// Reads a geometry (reader on its StartObject, left on its EndObject): widens <paramref name="bounds"/> by the
    /// points of each ring of three or more positions and, unless <paramref name="rings"/> is null, keeps the ring.
    /// True for a Polygon or MultiPolygon with such a ring.
    /// </summary>
    private static bool ReadGeometry(ref Utf8JsonReader reader, List<GeoRing>? rings, List<(double, double)> scratch, ref GeoBounds bounds)
    {
        var type = "";
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetString() ?? "";
            }
            else if (reader.ValueTextEquals("coordinates"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                    ReadNode(ref reader, rings, scratch, ref bounds, ref found);
                else
                    reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return type is "Polygon" or "MultiPolygon" && found;
    }

    /// <summary>
    /// Reads a coordinate array of any nesting depth (reader on its StartArray, left on its EndArray).
    /// Arrays of positions become rings. Returns whether the node was itself a position.
    /// </summary>
    private static bool ReadNode(ref Utf8JsonReader reader, List<GeoRing>? rings, List<(double, double)> scratch, ref GeoBounds bounds, ref bool found)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number)
        {
            var lon = Number(ref reader);
            reader.Read();
            var lat = reader.TokenType == JsonTokenType.Number ? Number(ref reader) : double.NaN;
            while (reader.TokenType != JsonTokenType.EndArray)
                reader.Read();
            if (!double.IsNaN(lat))
                scratch.Add((lon, lat));
            return true;
        }
        var positions = false;
        while (reader.TokenType == JsonTokenType.StartArray)
        {
            positions |= ReadNode(ref reader, rings, scratch, ref bounds, ref found);
            reader.Read();
        }
        if (positions)
        {
            if (scratch.Count >= 3)
            {
                found = true;
                foreach (var (lon, lat) in scratch)
                    bounds = bounds.Include(lon, lat);
                rings?.Add(new GeoRing(scratch.ToArray()));
            }
            scratch.Clear();
        }
        return false;
    }

    private static readonly double[] Pow10 = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };

    /// <summary>
    /// A JSON number: plain decimals of up to 15 digits (all of Natural Earth's) take an exact fast
    /// path (integer mantissa ÷ exact power of ten is correctly rounded); anything else goes to
    /// <see cref="Utf8JsonReader.GetDouble"/>.
    /// </summary>
    private static double Number(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence)
        {
            var s = reader.ValueSpan;
            var i = 0;
            var negative = s.Length > 0 && s[0] == (byte)'-';
            if (negative)
                i++;
            long mantissa = 0;
            int digits = 0, decimals = 0;
            var dot = false;
            for (; i < s.Length; i++)
            {
                var c = s[i];
                if (c == (byte)'.' && !dot)
                {
                    dot = true;
                    continue;
                }
                if (c < (byte)'0' || c > (byte)'9' || ++digits > 15)
                    return reader.GetDouble();
                mantissa = mantissa * 10 + (c - '0');
                if (dot)
                    decimals++;
            }
            if (digits > 0)
            {
                var v = mantissa / Pow10[decimals];
                return negative ? -v : v;
            }
        }
        return reader.GetDouble();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
            throw new InvalidDataException($"GeoJSON is malformed: expected {type} at byte {reader.BytesConsumed}");
    }
}
