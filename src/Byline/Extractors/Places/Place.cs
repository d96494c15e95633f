namespace Byline.Extractors.Places;

/// <summary>How a place is mentioned.</summary>
public enum PlaceMentionKind
{
    /// <summary>By name (<c>Raqqa</c>, <c>the United States</c>).</summary>
    Name,
    /// <summary>By an adjective or demonym (<c>Syrian</c>, <c>French</c>).</summary>
    Demonym,
}

/// <summary>One mention of a place in the article.</summary>
/// <param name="Text">The mention as written.</param>
/// <param name="Start">UTF-16 index of the mention.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="Kind">Name or demonym.</param>
public readonly record struct PlaceMention(string Text, int Start, int Length, PlaceMentionKind Kind);

/// <summary>A distinct place the article names, resolved to a gazetteer entry when possible, with all its mentions.</summary>
public sealed class Place
{
    /// <summary>Creates a place.</summary>
    /// <param name="name">The gazetteer name, or the surface text when unresolved.</param>
    /// <param name="geonameId">The GeoNames id, or <see langword="null"/> when the place is not in the gazetteer.</param>
    /// <param name="countryCode">ISO 3166 alpha-2 country code, or <see langword="null"/>.</param>
    /// <param name="featureCode">GeoNames feature code (<c>PPLA</c>, <c>PCLI</c>, <c>ADM1</c>...), or <see langword="null"/>.</param>
    /// <param name="latitude">Latitude in degrees, or <see langword="null"/>.</param>
    /// <param name="longitude">Longitude in degrees, or <see langword="null"/>.</param>
    /// <param name="mentions">The place's mentions in text order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="mentions"/> is null.</exception>
    public Place(string name, long? geonameId, string? countryCode, string? featureCode, double? latitude, double? longitude,
        IReadOnlyList<PlaceMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mentions);
        Name = name;
        GeonameId = geonameId;
        CountryCode = countryCode;
        FeatureCode = featureCode;
        Latitude = latitude;
        Longitude = longitude;
        Mentions = mentions;
    }

    /// <summary>The gazetteer name, or the surface text when unresolved.</summary>
    public string Name { get; }

    /// <summary>The GeoNames id, or <see langword="null"/>.</summary>
    public long? GeonameId { get; }

    /// <summary>ISO 3166 alpha-2 country code, or <see langword="null"/>.</summary>
    public string? CountryCode { get; }

    /// <summary>GeoNames feature code, or <see langword="null"/>.</summary>
    public string? FeatureCode { get; }

    /// <summary>Latitude in degrees, or <see langword="null"/>.</summary>
    public double? Latitude { get; }

    /// <summary>Longitude in degrees, or <see langword="null"/>.</summary>
    public double? Longitude { get; }

    /// <summary>The place's mentions in text order.</summary>
    public IReadOnlyList<PlaceMention> Mentions { get; }
}
