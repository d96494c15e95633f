using Byline.Extractors.Places;

namespace Byline.Cli.Html;

/// <summary>
/// The part of the world the map shows, in map units (<see cref="WorldMap.UnitsPerDegree"/> per degree, y = -latitude),
/// after longitudes are multiplied by <see cref="XScale"/>, the cosine of the view's central latitude, so that shapes
/// near the places look right.
/// </summary>
internal readonly record struct MapView(double X, double Y, double Width, double Height, double XScale)
{
    private const double MinLonSpan = 8, MinLatSpan = 5, Margin = 0.25, MinAspect = 1.25, MaxAspect = 2.2;

    /// <summary>
    /// The places' bounding box with a margin of a quarter of its size on each side (and at least 8° by 5° in all),
    /// widened or heightened to an aspect ratio between 1.25 and 2.2; the whole world (without Antarctica) when there
    /// are no places.
    /// </summary>
    public static MapView Fit(IReadOnlyList<Place> places, IReadOnlyList<int> resolved)
    {
        const double U = WorldMap.UnitsPerDegree;
        if (resolved.Count == 0)
        {
            return new MapView(-180 * U, -84 * U, 360 * U, 142 * U, 1);
        }

        double minLon = double.MaxValue, maxLon = double.MinValue, minLat = double.MaxValue, maxLat = double.MinValue;
        foreach (int i in resolved)
        {
            double lat = places[i].Latitude!.Value, lon = places[i].Longitude!.Value;
            minLon = Math.Min(minLon, lon);
            maxLon = Math.Max(maxLon, lon);
            minLat = Math.Min(minLat, lat);
            maxLat = Math.Max(maxLat, lat);
        }

        double lonSpan = Math.Max(MinLonSpan, (maxLon - minLon) * (1 + (2 * Margin)));
        double latSpan = Math.Max(MinLatSpan, (maxLat - minLat) * (1 + (2 * Margin)));
        double centerLon = (minLon + maxLon) / 2, centerLat = (minLat + maxLat) / 2;
        double k = Math.Clamp(Math.Cos(centerLat * Math.PI / 180), 0.35, 1);
        double w = lonSpan * U * k, h = latSpan * U;
        if (w / h < MinAspect)
        {
            w = h * MinAspect;
        }
        else if (w / h > MaxAspect)
        {
            h = w / MaxAspect;
        }

        h = Math.Min(h, 170 * U);
        return new MapView((centerLon * U * k) - (w / 2), (-centerLat * U) - (h / 2), w, h, k);
    }
}
