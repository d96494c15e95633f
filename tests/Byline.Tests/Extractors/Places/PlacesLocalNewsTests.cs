using Byline.Extractors.Places;
using Byline.Text;

namespace Byline.Tests.Extractors.Places;

/// <summary>Local US news: small American towns win over bigger foreign or other-state namesakes when the article is American.</summary>
public class PlacesLocalNewsTests
{
    private static readonly PlacesExtractor Extractor = new();

    private static Place? PlaceAt(string text, int start) => PlaceLookup.PlaceAt(Extractor, text, start);

    [Theory]
    // Sheriff, county words, a county and an Ohio city: the Ohio Dublin.
    [InlineData("The county sheriff said deputies were called to a home in Dublin on Tuesday. The Franklin County coroner and the Columbus fire department also responded.", "Dublin", 5152333L, "US")]
    // Nothing American around it: the Irish capital.
    [InlineData("Tourists in Dublin toured Trinity College before flying on to London and Edinburgh.", "Dublin", 2964574L, "IE")]
    // A Texas county and police department: Athens, Texas, not Greece.
    [InlineData("The Athens Police Department said the suspect was taken to the Henderson County jail. Deputies from Tyler, Texas, assisted.", "Athens", 4671545L, "US")]
    // An international story keeps the Greek capital.
    [InlineData("Protesters marched in Athens on Sunday as Greece and Italy debated the bailout.", "Athens", 264371L, "GR")]
    public void Bare_town_names_follow_the_articles_country(string text, string name, long id, string country)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        Assert.Equal(country, place.CountryCode);
    }

    [Theory]
    // A town that lies in the county the article names: Athens, Texas is Henderson County's seat; Arlington is in Tarrant County,
    // a name only Texas has; Frankston, a village of 1,200, comes back because its county is named.
    [InlineData("He was arraigned at the Henderson County Jail in Athens on Tuesday.", "Athens", 4671545L)]
    [InlineData("The Tarrant County commissioners met in Arlington on Tuesday.", "Arlington", 4671240L)]
    [InlineData("Deputies from the Henderson County Sheriff's Office searched a home in Frankston on Friday.", "Frankston", 4692252L)]
    // (Athens, Texas, is Henderson County's seat: the county outweighs the Greek capital's size.)
    [InlineData("Protesters marched in Athens on Sunday. Officials in Henderson County said little.", "Athens", 4671545L)]
    public void Towns_in_a_named_county_are_its_towns(string text, string name, long id)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
    }

    [Theory]
    // The county of a named town, or the only county of that name: a US county (ADM2) with its GeoNames id, at the mean
    // position of its places.
    [InlineData("He was arraigned at the Henderson County Jail in Athens on Tuesday.", "Henderson County", 4697070L, 32.24818, -95.91572)]
    [InlineData("The Tarrant County commissioners met in Arlington on Tuesday.", "Tarrant County", 4735638L, 32.79514, -97.29782)]
    // Hall County is in Georgia, Nebraska and Texas, Forsyth County in Georgia and North Carolina: named together, both Georgia's.
    [InlineData("Former Hall County official named to Forsyth County post.", "Hall County", 4198821L, 34.31521, -83.81468)]
    [InlineData("Former Hall County official named to Forsyth County post.", "Forsyth County", 4195777L, 34.20732, -84.14019)]
    public void A_named_county_is_resolved_to_its_state(string text, string name, long id, double latitude, double longitude)
    {
        Place? county = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(county);
        Assert.Equal(name, county.Name);
        Assert.Equal(id, county.GeonameId);
        Assert.Equal("US", county.CountryCode);
        Assert.Equal("ADM2", county.FeatureCode);
        Assert.Equal(latitude, county.Latitude);
        Assert.Equal(longitude, county.Longitude);
    }

    [Fact]
    public void Names_before_counties_are_counties_and_the_list_stops_at_a_state()
    {
        // Each name of "X and Y counties" is a county (its name completed), not the town of that name; "in Georgia and Nassau"
        // does not make Georgia a county.
        const string text = "Volunteers from Camden and Charlton counties in Georgia and Nassau and Baker counties in Florida took part.";
        using TextDocument doc = TextDocument.Create(text);
        var found = Extractor.Find(doc).Select(p => (p.Mentions[0].Text, p.Name, p.GeonameId, p.FeatureCode, p.CountryCode)).ToList();
        Assert.Equal(
            [
                ("Camden", "Camden County", 4185838L, "ADM2", "US"), ("Charlton", "Charlton County", 4187348L, "ADM2", "US"),
                ("Georgia", "Georgia", 4197000L, "ADM1", "US"),
                ("Nassau", "Nassau County", 4165603L, "ADM2", "US"), ("Baker", "Baker County", 4146548L, "ADM2", "US"), // Florida's, not Georgia's
                ("Florida", "Florida", 4155751L, "ADM1", "US"),
            ],
            found);
    }

    [Fact]
    public void A_county_only_one_state_has_places_the_others_of_its_list()
    {
        // Preble County is only in Ohio: Madison, Montgomery and the rest are Ohio's counties of those names.
        const string text = "Students who live in Butler, Clark, Hamilton, Madison, Montgomery, Preble or Warren counties may apply.";
        Place? madison = PlaceAt(text, text.IndexOf("Madison", StringComparison.Ordinal));
        Assert.NotNull(madison);
        Assert.Equal("Madison County", madison.Name);
        Assert.Equal("ADM2", madison.FeatureCode);
        Assert.Equal("Madison", Assert.Single(madison.Mentions).Text);
        Assert.Equal(39.89145, madison.Latitude); // central Ohio, not Madison County, Alabama (34.8)
        Assert.Equal(-83.35469, madison.Longitude);
    }

    [Theory]
    // One name before "counties" is a state's counties, not a county.
    [InlineData("Boone County is near the middle of Indiana counties.", "Indiana", "ADM1")]
    // A county name only Georgia has makes Georgia the state, not the country.
    [InlineData("The jobless rate for Northeast Georgia, which includes Barrow and Jackson counties, rose.", "Georgia", "ADM1")]
    public void A_state_before_counties_stays_the_state(string text, string name, string feature)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal("US", place.CountryCode);
        Assert.Equal(feature, place.FeatureCode);
    }

    [Theory]
    // Thirty states have a Washington County: American, but which one the article does not say.
    [InlineData("The suit was filed in Washington County on Monday.", "Washington County", "US", null)]
    // An English county council in a story about London stays English.
    [InlineData("Lord Hanningfield, leader of Essex County Council, said London needed a new runway.", "Essex County", "GB", null)]
    public void A_county_name_without_support_keeps_no_state(string text, string name, string country, string? feature)
    {
        Place? county = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(county);
        Assert.Equal(country, county.CountryCode);
        Assert.Equal(feature, county.FeatureCode);
        Assert.Null(county.Latitude);
    }

    [Theory]
    // "Dublin City" is only another name of the Irish capital; before "Council" the bare town name stands for the place.
    [InlineData("Members of the Dublin City Council in Franklin County, Ohio, voted on Monday. The county sheriff attended.", 15, "Dublin", 5152333L)]
    public void A_city_alias_before_an_organization_word_is_the_bare_town(string text, int start, string surface, long id)
    {
        using TextDocument doc = TextDocument.Create(text);
        Place? found = null;
        foreach (Place p in Extractor.Find(doc))
        {
            foreach (PlaceMention m in p.Mentions)
            {
                if (m.Start == start)
                {
                    Assert.Equal(surface, m.Text);
                    found = p;
                }
            }
        }

        Assert.NotNull(found);
        Assert.Equal(id, found.GeonameId);
    }

    [Theory]
    // "D.C." names the federal district; before it, Washington is the city it qualifies.
    [InlineData("The senator flew back to Washington, D.C., on Friday.", "Washington", 4140963L)]
    [InlineData("The senator flew back to Washington, D.C., on Friday.", "D.C.", 4138106L)]
    [InlineData("Schools in D.C. will open late on Monday.", "D.C.", 4138106L)]
    public void DC_is_the_District_of_Columbia(string text, string name, long id)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
    }

    [Theory]
    // The bare name is the city; words around it can make it the state of the same name.
    [InlineData("She moved to New York last spring to work for a bank.", "New York", 5128581L)]
    [InlineData("She grew up on a dairy farm in upstate New York before college.", "New York", 5128638L)]
    [InlineData("Troopers closed the highway near the New York border after the storm.", "New York", 5128638L)]
    [InlineData("Pilots flew relief supplies to Missouri, New York and Virginia last week.", "New York", 5128638L)]
    [InlineData("Shelling hit homes in eastern Aleppo overnight.", "Aleppo", 170063L)]
    [InlineData("Lawmakers in Oregon and Washington passed similar laws this year.", "Washington", 5815135L)]
    public void A_city_name_shared_with_its_state_reads_as_the_state_in_state_contexts(string text, string name, long id)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
    }

    [Theory]
    // A county takes the country the article's places finally resolve to: Lamar County, Texas, among Dallas and Paris (Texas),
    // and no US county is called Attica County, which the gazetteer lacks (no id).
    [InlineData("Vandals hit three shops in Dallas, police said. The Lamar County sheriff and Paris police are investigating.", "Lamar County", 4705086L, "US")]
    [InlineData("Protesters marched in Athens on Sunday. Officials in Attica County said little.", "Attica County", null, "GR")]
    public void Counties_take_the_articles_final_country(string text, string name, long? id, string country)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        Assert.Equal(country, place.CountryCode);
    }

    [Theory]
    // A possessive county: the mention ends before the apostrophe (and the town after it shows the state).
    [InlineData("Boone County’s unemployment rate reached 7.7 percent in Lebanon, Ind., in February.", 0, "Boone County", 4918273L)]
    [InlineData("Deputies searched a house in Walton County's rural Gratis community near Monroe, Ga.", 29, "Walton County", 4229371L)]
    public void A_possessive_county_ends_before_its_apostrophe(string text, int start, string mention, long id)
    {
        using TextDocument doc = TextDocument.Create(text);
        Place place = Assert.Single(Extractor.Find(doc), p => p.Mentions[0].Start == start);
        Assert.Equal(mention, place.Mentions[0].Text);
        Assert.Equal(id, place.GeonameId);
        Assert.Equal("US", place.CountryCode);
    }

    [Theory]
    // The state right after a county or a list of counties is theirs, whatever the other places say.
    [InlineData("Atlanta and Savannah officials said floods hit Baker County, Florida, overnight.", "Baker County", 4146548L)]
    [InlineData("Deputies from Atlanta and Macon joined deputies in Baker County, Oregon, in the search.", "Baker County", 5712180L)]
    [InlineData("Camden and Charlton counties in Georgia and Nassau and Baker counties in Florida took part.", "Nassau", 4165603L)]
    // Not a state link: "Baker County officials in Florida" leaves the county to the article's places (Georgia's towns).
    [InlineData("Baker County officials met in Newton, Ga. on Monday; Florida was not mentioned again.", "Baker County", 4180816L)]
    public void A_state_after_counties_is_theirs(string text, string name, long id)
    {
        Place? place = PlaceAt(text, text.IndexOf(name, StringComparison.Ordinal));
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
    }
}
