namespace Byline.Extractors.Places;

/// <summary>Settings for <see cref="PlacesExtractor"/>.</summary>
public sealed class PlacesExtractorOptions
{
    /// <summary>
    /// The gazetteer to resolve names with. Default: <see langword="null"/>, meaning <see cref="Places.Gazetteer.Default"/>
    /// (the embedded one, loaded on first use). To use a larger or custom gazetteer, load it once with
    /// <see cref="Places.Gazetteer.Load(string, Places.Gazetteer?)"/> (pass <see cref="Places.Gazetteer.Default"/> as the
    /// base to add to the embedded data instead of replacing it) and share it between extractors.
    /// </summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Whether demonyms (<c>Syrian</c>, <c>French</c>) are reported as mentions of their country. Default: <see langword="true"/>.</summary>
    public bool IncludeDemonyms { get; init; } = true;

    /// <summary>
    /// Whether names the gazetteer lacks are reported when the context shows they are places (<c>the village of X</c>,
    /// <c>south of X</c>), with a <see langword="null"/> GeoNames id, and so are US counties (<c>X County</c>), with their
    /// GeoNames id once the article shows which state's county it is. Default: <see langword="true"/>.
    /// </summary>
    public bool IncludeUnresolved { get; init; } = true;
}
