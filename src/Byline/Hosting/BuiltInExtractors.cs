using Byline.Extractors.Places;

namespace Byline;

/// <summary>The built-in extractors in the order they run: places and dates first, so that quotes can use them.</summary>
internal static class BuiltInExtractors
{
    public static IArticleExtractor[] Create() => [new PlacesExtractor()];
}
