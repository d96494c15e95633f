using Byline.Extractors.Dates;
using Byline.Extractors.Places;
using Byline.Extractors.Quantities;
using Byline.Extractors.Quotes;

namespace Byline;

/// <summary>
/// The built-in extractors in the order they run: dates, then quantities (which skip numbers inside dates and
/// durations), then places, then quotes (which use places and dates to reject <c>Syrian</c> or <c>Tuesday</c> as
/// speakers). Places come third so that, in a new process, the embedded gazetteer loads on another core (see
/// <see cref="PlacesExtractor"/>'s constructor) while dates and quantities run.
/// </summary>
internal static class BuiltInExtractors
{
    public static IArticleExtractor[] Create() =>
    [
        new DatesExtractor(),
        new QuantitiesExtractor(),
        new PlacesExtractor(),
        new QuotesExtractor(),
    ];
}
