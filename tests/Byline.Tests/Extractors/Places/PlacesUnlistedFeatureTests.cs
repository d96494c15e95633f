using Byline.Extractors.Places;
using Byline.Text;

namespace Byline.Tests.Extractors.Places;

/// <summary>Streets, roads, numbered routes, rivers, lakes, mountains and parks: unresolved places with their GeoNames feature code.</summary>
public class PlacesUnlistedFeatureTests
{
    private static readonly PlacesExtractor Extractor = new();

    private static List<(string Text, int Start, long? Id, string? Feature, string? Country)> Mentions(string text)
    {
        using TextDocument doc = TextDocument.Create(text);
        var found = new List<(string, int, long?, string?, string?)>();
        foreach (Place p in Extractor.Find(doc))
        {
            foreach (PlaceMention m in p.Mentions)
            {
                found.Add((m.Text, m.Start, p.GeonameId, p.FeatureCode, p.CountryCode));
            }
        }

        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found;
    }

    [Theory]
    [InlineData("Police were called to a home on North Nokomis Street in Alexandria, Minn., on Sunday.", "North Nokomis Street", 32, "ST")]
    [InlineData("The crash happened on Old Lexington Highway near Chapin, S.C., the patrol said.", "Old Lexington Highway", 22, "RD")]
    [InlineData("She was arrested at her home at 1935 Orchard St. in Alexandria, La.", "Orchard St.", 37, "ST")]
    [InlineData("The parade in Fargo, N.D., starts just off 40th Avenue South at noon.", "40th Avenue South", 43, "ST")]
    [InlineData("Crews closed Highway 82 near Gainesville, Texas, on Tuesday.", "Highway 82", 13, "RD")]
    [InlineData("Deputies found the car on County Road 43 near Alexandria, Minn.", "County Road 43", 26, "RD")]
    [InlineData("Work will close State Highway 360 in Grand Prairie, Texas, next week.", "State Highway 360", 16, "RD")]
    [InlineData("Traffic on Interstate 64 West slowed near Charleston, W.Va., after the crash.", "Interstate 64 West", 11, "RD")]
    [InlineData("The smoke might shut I-4 near Orlando, Fla., officials said.", "I-4", 21, "RD")]
    [InlineData("The wreck on KY 52 near Richmond, Ky., closed the road.", "KY 52", 13, "RD")]
    [InlineData("The bridge over U.S. Highway 82 near Gainesville, Texas, will close.", "U.S. Highway 82", 16, "RD")]
    [InlineData("The bar at 5847 S.W. 75th St. in Miami, Fla., was robbed.", "S.W. 75th St.", 16, "ST")]
    [InlineData("Investors on Wall Street sold bank shares in New York on Friday.", "Wall Street", 13, "ST")]
    [InlineData("The route follows the Midland Trail through Charleston, W.Va.", "Midland Trail", 22, "TRL")]
    public void A_thoroughfare_is_an_unresolved_place_with_its_feature(string text, string surface, int start, string feature)
    {
        var hit = Assert.Single(Mentions(text), m => m.Start == start);
        Assert.Equal(surface, hit.Text);
        Assert.Null(hit.Id);
        Assert.Equal(feature, hit.Feature);
        Assert.Equal("US", hit.Country);
    }

    [Theory]
    [InlineData("The Red River will crest at 39 feet in Fargo, N.D., on Friday.", "Red River", 4, "STM", "US")]
    [InlineData("Barges on the Mississippi River were halted near St. Louis.", "Mississippi River", 14, "STM", "US")]
    [InlineData("Boats raced on the River Thames in London on Sunday.", "River Thames", 19, "STM", "GB")]
    [InlineData("Tourists flock to Lake Tahoe near Reno, Nev., each winter.", "Lake Tahoe", 18, "LK", "US")]
    [InlineData("Climbers died on Mount Everest, officials in Kathmandu said.", "Mount Everest", 17, "MT", "NP")]
    [InlineData("Snow closed roads in the Rocky Mountains near Denver.", "Rocky Mountains", 25, "MTS", "US")]
    [InlineData("Rangers at Yellowstone National Park in Wyoming counted the bison.", "Yellowstone National Park", 11, "PRK", "US")]
    [InlineData("Ships crossed the Indian Ocean to reach Colombo, Sri Lanka.", "Indian Ocean", 18, "OCN", null)]
    public void A_natural_feature_is_an_unresolved_place_with_its_feature(string text, string surface, int start, string feature, string? country)
    {
        var hit = Assert.Single(Mentions(text), m => m.Start == start);
        Assert.Equal(surface, hit.Text);
        Assert.Null(hit.Id);
        Assert.Equal(feature, hit.Feature);
        Assert.Equal(country, hit.Country);
    }

    [Fact]
    public void An_ocean_lies_in_no_country()
    {
        var mentions = Mentions("Fishermen from Portland, Maine, sailed far out into the Atlantic Ocean on Monday.");
        var ocean = Assert.Single(mentions, m => m.Text == "Atlantic Ocean");
        Assert.Null(ocean.Country);
        Assert.Equal("OCN", ocean.Feature);
    }

    [Theory]
    // The oceans are in the gazetteer's hand-written regions now, the Atlantic with GeoNames' id, and "the Atlantic" is the ocean,
    // not Atlantic, Iowa. A sea names no organization (the North Atlantic Treaty Organisation).
    [InlineData("The show is popular on both sides of the Atlantic.", "Atlantic", 3411923L)]
    [InlineData("Storms in the North Atlantic delayed the tankers.", "North Atlantic", 3411923L)]
    [InlineData("Ships sailed across the Pacific to reach Japan.", "Pacific", null)]
    public void The_oceans_by_their_short_names(string text, string surface, long? id)
    {
        var hit = Assert.Single(Mentions(text), m => m.Text == surface);
        Assert.Equal(id, hit.Id);
        Assert.Equal("OCN", hit.Feature);
        Assert.Null(hit.Country);
    }

    [Fact]
    public void The_Gulf_is_the_Persian_Gulf_and_a_sea_opens_no_organization()
    {
        Assert.Contains(Mentions("Oil tankers in the Gulf were delayed."), m => m.Text == "Gulf" && m.Feature == "GULF"); // not Gulf Province
        Assert.DoesNotContain(Mentions("Storms in the Gulf of Alaska grew."), m => m.Text == "Gulf");
        Assert.DoesNotContain(Mentions("Leaders of the North Atlantic Treaty Organisation met in Brussels."), m => m.Text.Contains("Atlantic", StringComparison.Ordinal));
    }

    [Fact]
    public void An_airport_named_before_the_word_airport()
    {
        var stansted = Assert.Single(Mentions("The plane landed at Stansted airport on Tuesday."));
        Assert.Equal(("Stansted", 20, (long?)null, "AIRP"), (stansted.Text, stansted.Start, stansted.Id, stansted.Feature));
        var belgrade = Assert.Single(Mentions("The Belgrade airport will close for repairs."));
        Assert.Equal(("Belgrade", 792680L, "PPLC"), (belgrade.Text, belgrade.Id!.Value, belgrade.Feature)); // a town stays the town
        Assert.Empty(Mentions("He met her at the airport."));
    }

    [Theory]
    // A town the gazetteer lists under the feature's whole name stays the town.
    [InlineData("Police in Lake Charles, La., arrested two men.", "Lake Charles", 4330236L)]
    [InlineData("Voters in Fall River, Mass., chose a new mayor.", "Fall River", 4936159L)]
    public void A_town_named_like_a_feature_stays_the_town(string text, string town, long id)
    {
        var hit = Assert.Single(Mentions(text), m => m.Text == town);
        Assert.Equal(id, hit.Id);
    }

    [Theory]
    // A person, a club or an organization whose name ends or opens with a feature word.
    [InlineData("Nick Park won another Oscar in Los Angeles.", "Nick Park")]
    [InlineData("Nottingham Forest lost 2-0 in Leeds on Saturday.", "Nottingham Forest")]
    [InlineData("Shops on Lake Street in Minneapolis were looted.", "Lake Street")]
    public void Names_with_a_feature_word_that_are_no_natural_feature(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text == name && m.Feature is not ("ST" or "RD"));
    }

    [Theory]
    // The town inside a street's name is part of the street, not a mention of the town.
    [InlineData("The fire at 6016 Dublin Road in Pineville, La., spread to a shed.", "Dublin Road", 17, "Dublin")]
    [InlineData("Drilling sites on Washington Drive in Arlington, Texas, were approved.", "Washington Drive", 18, "Washington")]
    public void A_place_name_inside_a_street_is_the_street(string text, string street, int start, string town)
    {
        var mentions = Mentions(text);
        var hit = Assert.Single(mentions, m => m.Start == start);
        Assert.Equal(street, hit.Text);
        Assert.DoesNotContain(mentions, m => m.Text == town);
    }

    [Theory]
    // A street word that opens a longer name, or a surname, makes no street.
    [InlineData("The Wall Street Journal reported the deal in New York.", "Wall Street")]
    [InlineData("The Florida Highway Patrol closed the road near Ocala.", "Florida Highway")]
    [InlineData("The Portland Trail Blazers beat the Lakers in Los Angeles.", "Trail")]
    [InlineData("Nathan Lane starred in the revival in New York.", "Nathan Lane")]
    [InlineData("In the Honda, driver Virginia L. Lane, 77, of Williston, Fla., was hurt.", "Virginia L. Lane")]
    [InlineData("The problem, according to Mr Lane, is money, he said in London.", "Mr Lane")]
    [InlineData("Pundits on Gov. Street's plans were divided in Sacramento.", "Gov. Street")]
    public void Names_that_only_end_in_a_street_word_are_no_street(string text, string notStreet)
    {
        var mentions = Mentions(text);
        Assert.DoesNotContain(mentions, m => m.Text.Contains(notStreet, StringComparison.Ordinal) || m.Feature is "ST" or "RD" or "TRL");
        Assert.NotEmpty(mentions); // the real place in the sentence is still found
    }

    [Theory]
    // The word before the street name is no part of it: a sentence opener, an acronym, an owner.
    [InlineData("Former Downing Street aides met in London.", "Downing Street", 7)]
    [InlineData("The UK High Street had a bad Christmas, retailers in London said.", "High Street", 7)]
    [InlineData("Crowds filled Rock Hill's Main Street in Rock Hill, S.C., on Saturday.", "Main Street", 26)]
    public void The_street_name_starts_after_other_words(string text, string street, int start)
    {
        var hit = Assert.Single(Mentions(text), m => m.Feature == "ST");
        Assert.Equal(street, hit.Text);
        Assert.Equal(start, hit.Start);
    }

    [Fact]
    public void Streets_are_left_out_when_unresolved_places_are()
    {
        var extractor = new PlacesExtractor(new PlacesExtractorOptions { IncludeUnresolved = false });
        using TextDocument doc = TextDocument.Create("Police closed Main Street in Dublin, Ohio, on Monday.");
        Assert.Equal([5152333L, 5165418L], extractor.Find(doc).Select(p => p.GeonameId ?? 0).ToArray()); // Dublin, Ohio
    }

    [Theory]
    // A title before a surname makes a person, both for the town that follows "of" and for a town's name after the title.
    [InlineData("\"It hurts,\" said Mr Skeens of Brownsville. The lawsuit was filed in Texas.", "Brownsville", true)]
    [InlineData("\"I do not wish to judge,\" Mr Chidambaram said in Delhi.", "Chidambaram", false)]
    public void A_title_marks_a_person(string text, string name, bool isPlace)
    {
        Assert.Equal(isPlace, Mentions(text).Exists(m => m.Text == name));
    }

    [Theory]
    // Runs of feature words, numbers and lists (hundreds of KB): no throw, every offset inside the text. (Linear time is
    // measured by the scaling benchmarks, not here.)
    [InlineData("Lake Street River Highway 82 Mount ")]
    [InlineData("North North Main Main Street Street ")]
    [InlineData("I-75 US 19 KY 52, or 6 percent and Lake ")]
    public void Repeated_feature_words_finish_and_stay_in_the_text(string unit)
    {
        PlaceLookup.AssertMentionsInText(Extractor, string.Concat(Enumerable.Repeat(unit, 20000)));
    }
}
