using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;

namespace Byline;

/// <summary>The built-in extractors in the order they run: places and dates first, so that quotes can use them.</summary>
internal static class BuiltInExtractors
{
    public static IArticleExtractor[] Create() =>
    [
        new PlacesExtractor(),
        new DatesExtractor(),
        // quantities run after dates (they skip numbers inside dates and durations) and before quotes
        new QuantitiesExtractor(),
        // quotes last: they use places and dates to reject "Syrian" or "Tuesday" as speakers
        new QuotesExtractor(),
    ];
}
