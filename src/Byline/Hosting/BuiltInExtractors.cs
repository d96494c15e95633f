using Byline.Extractors.Places;

namespace Byline;

/// <summary>The built-in extractors in the order they run: places and dates first, so that quotes can use them.</summary>
internal static class BuiltInExtractors
{
    public static IArticleExtractor[] Create() =>
    [
        new PlacesExtractor(),
        // dates come here, after places
        // quantities run after dates (they skip numbers inside dates and durations) and before quotes
        new Extractors.Quantities.QuantitiesExtractor(),
        // quotes last: they use places and dates to reject "Syrian" or "Tuesday" as speakers
        new Extractors.Quotes.QuotesExtractor(),
    ];
}
