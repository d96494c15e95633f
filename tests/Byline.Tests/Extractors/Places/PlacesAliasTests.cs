using Byline.Extractors.Places;
using Byline.Text;

namespace Byline.Tests.Extractors.Places;

/// <summary>Old and alternate names news still uses, and places right after a surname.</summary>
public class PlacesAliasTests
{
    private static readonly PlacesExtractor Extractor = new();

    private static Place? PlaceAt(string text, int start) => PlaceLookup.PlaceAt(Extractor, text, start);

    [Theory]
    [InlineData("Refugees left Yugoslavia after the war.", "Yugoslavia", "Yugoslavia", "PCLH")]
    [InlineData("He was born in the Soviet Union in 1950.", "Soviet Union", "Soviet Union", "PCLH")]
    [InlineData("He was born in the USSR in 1950.", "USSR", "Soviet Union", "PCLH")]
    [InlineData("Storms swept across the Midwest on Tuesday.", "Midwest", "Midwest", "RGN")]
    [InlineData("Shipping rates to the Far East rose again.", "Far East", "Far East", "RGN")]
    public void Historical_states_and_regions_are_places_without_an_id(string text, string surface, string name, string feature)
    {
        Place? place = PlaceAt(text, text.IndexOf(surface, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(name, place.Name);
        Assert.Null(place.GeonameId);
        Assert.Equal(feature, place.FeatureCode);
    }

    [Theory]
    [InlineData("Oil exports from Kazakstan grew last year.", "Kazakstan", 1522867L)]
    // A region name right after a surname ("Lebed Chechnya") does not make the region a person everywhere else.
    [InlineData("Moscow backed the Lebed Chechnya peace plan. Fighting in Chechnya stopped.", "Chechnya stopped", 569665L)]
    public void Alternate_spellings_and_names_after_surnames_resolve(string text, string surface, long id)
    {
        Place? place = PlaceAt(text, text.IndexOf(surface, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
    }
}
