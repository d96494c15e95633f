using Byline.Extractors.Places;

namespace Byline.Tests.Extractors.Places;

/// <summary>The counties of Britain and Ireland (GeoNames ADM2): in British and Irish stories they are the counties, not American towns.</summary>
public class PlacesBritishCountyTests
{
    private static readonly PlacesExtractor Extractor = new();

    private static Place? PlaceAt(string text, int start) => PlaceLookup.PlaceAt(Extractor, text, start);

    [Theory]
    [InlineData("Police in Kent arrested a man from Maidstone on Friday.", "Kent", 3333158L, "GB")]
    // (Norfolk and Suffolk alone would be two cities of Virginia: British towns around them make them the counties.)
    [InlineData("Flooding closed roads across Norfolk and Suffolk on Friday, and trains from Norwich to London and Cambridge were cancelled.", "Norfolk", 2641455L, "GB")]
    [InlineData("He grew up on a farm in Devon before moving to Bristol and then London.", "Devon", 2651292L, "GB")]
    // A council prefix goes: GeoNames' Borough of Torbay is Torbay.
    [InlineData("The tour went on to Somerset, Dorset and Torbay before returning to London.", "Torbay", 3333210L, "GB")]
    // Irish counties go by both forms; the Irish-language name in GeoNames' list is replaced by the English one.
    [InlineData("Tourism in County Kerry has recovered, hoteliers in Killarney said.", "County Kerry", 2963517L, "IE")]
    [InlineData("Farmers in Offaly and Westmeath met in Tullamore on Monday.", "Offaly", 2962187L, "IE")]
    [InlineData("Wind farms in Powys and Ceredigion were approved by the Welsh government in Cardiff.", "Powys", 2639944L, "GB")]
    // A county whose short form a town has keeps its full name: County Durham, County Kildare.
    [InlineData("Miners' galas in County Durham drew crowds from Newcastle and Sunderland.", "County Durham", 2650629L, "GB")]
    [InlineData("Stud farms in County Kildare sent horses to Cheltenham and Aintree.", "County Kildare", 2963435L, "IE")]
    // An American story keeps its towns.
    [InlineData("The ship docked in Norfolk, Va., on Tuesday after a week off the coast of North Carolina.", "Norfolk", 4776222L, "US")]
    public void British_and_Irish_counties(string text, string name, long id, string country)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        Assert.Equal(country, place.CountryCode);
    }

    [Fact]
    public void A_short_county_name_that_a_town_has_stays_the_town()
    {
        // Tipperary the town (5,000 people) would lose to County Tipperary by rank alone: the county keeps only its full name.
        const string text = "The festival in Tipperary drew visitors from Dublin and Limerick.";
        Place? place = PlaceAt(text, text.IndexOf("Tipperary", StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(2961192L, place.GeonameId);
        Assert.Equal("IE", place.CountryCode);
    }
}
