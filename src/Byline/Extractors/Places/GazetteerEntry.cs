namespace Byline.Extractors.Places;

/// <summary>One place of a <see cref="Gazetteer"/>: a country, an admin region, a populated place or a news region.</summary>
/// <param name="GeonameId">The GeoNames id, or <see langword="null"/> for a region the gazetteer knows without an id (<c>Middle East</c>).</param>
/// <param name="Name">The main name as GeoNames spells it (<c>Ar Raqqah</c>, <c>Köln</c>).</param>
/// <param name="CountryCode">ISO 3166 alpha-2 code, or <see langword="null"/> for a region spanning countries.</param>
/// <param name="Admin1">The GeoNames first-level admin code within the country (<c>TX</c>, <c>04</c>), or <see langword="null"/>.</param>
/// <param name="FeatureClass">The GeoNames feature class (<c>P</c>, <c>A</c>, <c>L</c>...).</param>
/// <param name="FeatureCode">The GeoNames feature code (<c>PPLA</c>, <c>PCLI</c>, <c>ADM1</c>...).</param>
/// <param name="Latitude">Latitude in degrees (WGS84).</param>
/// <param name="Longitude">Longitude in degrees (WGS84).</param>
/// <param name="Population">Population as GeoNames gives it; 0 when unknown.</param>
public readonly record struct GazetteerEntry(long? GeonameId, string Name, string? CountryCode, string? Admin1,
    string FeatureClass, string FeatureCode, double Latitude, double Longitude, long Population);
