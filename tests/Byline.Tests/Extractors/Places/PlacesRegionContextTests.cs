using Byline.Extractors.Places;

namespace Byline.Tests.Extractors.Places;

/// <summary>
/// The states and countries an article names steer its ambiguous town names, and local-news forms (datelines after a
/// headline, a legislator's home town, hyphenated compounds, a person's home town) are found.
/// </summary>
public class PlacesRegionContextTests
{
    private static readonly PlacesExtractor Extractor = new();

    private static Place? PlaceAt(string text, int start) => PlaceLookup.PlaceAt(Extractor, text, start);

    /// <summary>The mention at <paramref name="start"/> resolves to GeoNames entry <paramref name="id"/> in <paramref name="country"/>.</summary>
    private static void AssertPlace(string text, int start, long id, string country)
    {
        Place? place = PlaceAt(text, start);
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        Assert.Equal(country, place.CountryCode);
    }

    [Theory]
    // The state the article names (more than in passing) picks the namesake in it.
    [InlineData("The Paris Public Library will offer a computer workshop for job seekers across Illinois. Illinois posts 900 jobs a week.", 4, 4246659L, "US")]
    // A state that opens an organization's name is no mention of its own, but still says where the story is.
    [InlineData("Two men were arrested in Paris on Friday, the Texas Department of Public Safety said. Both were held in Texas.", 25, 4717560L, "US")]
    // One passing mention of a state does not outweigh a capital.
    [InlineData("Tourists in Paris visited the Louvre before flying home to Texas.", 12, 2988507L, "FR")]
    // Georgia opens an organization's name in a story whose places are American: the state, not the country, steers Decatur.
    [InlineData("Officers in Decatur and Georgia Bureau of Investigation agents arrested a suspect on Friday.", 12, 4191124L, "US")]
    public void A_named_state_picks_its_own_namesake(string text, int start, long id, string country)
    {
        AssertPlace(text, start, id, country);
    }

    [Theory]
    // Two Ontario towns outweigh the British capital's rank; one alone does not.
    [InlineData("Council in London voted to expand the airport, planners said, comparing it with the ones in Sarnia and Brampton.", 11, 6058560L, "CA")]
    [InlineData("Council in London voted to expand the airport, planners said, comparing it with the ones in Sarnia.", 11, 2643743L, "GB")]
    [InlineData("Council in London voted to expand the airport, planners said, comparing it with the ones in Manchester and Leeds.", 11, 2643743L, "GB")]
    public void The_articles_other_places_outweigh_rank_and_population(string text, int start, long id, string country)
    {
        AssertPlace(text, start, id, country);
    }

    [Theory]
    // Mexico, Mo., Italy, Texas and Russia, Ohio are small towns: American context alone does not make them win.
    [InlineData("Deputies in Texas said the suspect, a native of Mexico, had lived in Dallas for ten years.", 48, 3996063L, "MX")]
    [InlineData("The veteran served in Italy and Russia before settling in Texas and Oklahoma.", 22, 3175395L, "IT")]
    [InlineData("The veteran served in Italy and Russia before settling in Texas and Oklahoma.", 32, 2017370L, "RU")]
    public void A_country_keeps_its_name_against_small_american_namesakes(string text, int start, long id, string country)
    {
        AssertPlace(text, start, id, country);
    }

    [Theory]
    // A dateline after the headline, in the same paragraph: an all-caps town, its state, then a dash or (AP).
    [InlineData("Lions Club raises money for sight programs. CHARLESTON, W.Va. - The club held its dinner on Friday.", 44, "CHARLESTON", 4801859L)]
    [InlineData("Lions Club raises money for sight programs. CHARLESTON, W.Va. - The club held its dinner on Friday.", 56, "W.Va.", 4826850L)]
    [InlineData("Ferry returns to the river. COLUMBUS, Ohio (AP) -- The boat docked on Monday.", 28, "COLUMBUS", 4509177L)]
    [InlineData("Ferry returns to the river. COLUMBUS, Ohio (AP) -- The boat docked on Monday.", 38, "Ohio", 5165418L)]
    public void A_dateline_after_a_headline_is_a_place(string text, int start, string surface, long id)
    {
        Place? place = PlaceAt(text, start);
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        Assert.Contains(place.Mentions, m => m.Start == start && m.Text == surface);
    }

    [Theory]
    // A legislator's party and home town: the town (or the state) after the party letter.
    [InlineData("State Rep. Jane Ward, R-Elbow Lake, voted against the bill. Sen. Tom Reyes, D-S.C., voted for it.", 24, "Elbow Lake", 5025381L)]
    [InlineData("State Rep. Jane Ward, R-Elbow Lake, voted against the bill. Sen. Tom Reyes, D-S.C., voted for it.", 78, "S.C.", 4597040L)]
    // Hyphenated compounds of countries and demonyms: each part.
    [InlineData("Talks on Egypt-US relations resumed as the Israeli-Egyptian treaty turned 30.", 9, "Egypt", 357994L)]
    [InlineData("Talks on Egypt-US relations resumed as the Israeli-Egyptian treaty turned 30.", 15, "US", 6252001L)]
    [InlineData("Talks on Egypt-US relations resumed as the Israeli-Egyptian treaty turned 30.", 43, "Israeli", 294640L)]
    [InlineData("Talks on Egypt-US relations resumed as the Israeli-Egyptian treaty turned 30.", 51, "Egyptian", 357994L)]
    [InlineData("An EU-Israel summit was put off.", 6, "Israel", 294640L)]
    // A first name and a surname before "of": the person's home town.
    [InlineData("Maria Lopez of Houston and Tom Hale of Dallas attended the hearing.", 15, "Houston", 4699066L)]
    [InlineData("Maria Lopez of Houston and Tom Hale of Dallas attended the hearing.", 39, "Dallas", 4684888L)]
    [InlineData("Rep. Nick Rahall, D-W. Va., chairman of the committee, spoke.", 20, "W. Va.", 4826850L)]
    // A nationality's word is the nationality, unless a qualifier makes it the small town of that name.
    [InlineData("A Canadian trawler sank. The crew came from Canadian, Texas.", 2, "Canadian", 6251999L)]
    [InlineData("A Canadian trawler sank. The crew came from Canadian, Texas.", 44, "Canadian", 5518214L)]
    // A resident noun after a town makes it a place, even a small one the gazetteer would otherwise doubt.
    [InlineData("Police said a DeKalb man has been arrested.", 14, "DeKalb", 4423639L)]
    [InlineData("Police said Hayward residents were warned.", 12, "Hayward", 5355933L)]
    // A person's home town after the name, or after the age.
    [InlineData("Mayor Michael Sweeney of Hayward spoke at the event.", 25, "Hayward", 5355933L)]
    [InlineData("Kim Lee, 19, of Micanopy was cited for speeding.", 16, "Micanopy", 4164250L)]
    // "the City of X" is the place itself, not an organization named after it.
    [InlineData("The data came from the City of Lansing and the Town of Ludlow.", 31, "Lansing", 4998830L)]
    [InlineData("The data came from the City of Lansing and the Town of Ludlow.", 55, "Ludlow", 4942744L)]
    // A dateline after the byline's date.
    [InlineData("By Ann Roy, Staff Reporter March 30, 2009 NEWARK -- After a year abroad, she returned.", 42, "NEWARK", 5101798L)]
    public void Local_news_forms_name_places(string text, int start, string surface, long id)
    {
        Place? place = PlaceAt(text, start);
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        Assert.Contains(place.Mentions, m => m.Start == start && m.Text == surface);
    }

    [Theory]
    // Compounds with a part that is no country, state, big city or national demonym stay out.
    [InlineData("A Mercedes-Benz was parked outside.", 2)]
    [InlineData("The Miami-Dade police unit made the arrest.", 10)]
    [InlineData("The African-American Affairs Commission met.", 4)]
    // Organizations whose name is members and "of" a place.
    [InlineData("Members of the Future Farmers of America met in the barn.", 33)]
    [InlineData("A grant came from BlueCross BlueShield of Tennessee this year.", 42)]
    // A surname that is also a town, once a first name and an age show it is a person.
    [InlineData("Gary Wilson, 54, of Dallas was sentenced on Friday. In January, Wilson pled guilty.", 5)]
    [InlineData("Gary Wilson, 54, of Dallas was sentenced on Friday. In January, Wilson pled guilty.", 64)]
    // Demonyms used as the names of languages.
    [InlineData("She spoke only French at home. The ad airs in English and Spanish. He took French classes.", 15)]
    [InlineData("She spoke only French at home. The ad airs in English and Spanish. He took French classes.", 46)]
    [InlineData("She spoke only French at home. The ad airs in English and Spanish. He took French classes.", 58)]
    [InlineData("She spoke only French at home. The ad airs in English and Spanish. He took French classes.", 75)]
    // Resident nouns do not make places of common words or ethnic adjectives.
    [InlineData("One man was arrested at the scene.", 0)]
    [InlineData("An Arab woman led the orchestra.", 3)]
    // A demonym that opens a government body's name is no mention of its own (the state that opens one is: see below).
    [InlineData("The Ohio Department of Development and the Georgian Foreign Ministry said so.", 43)]
    // A state or country that opens a firm's, a paper's or a team's name is none either.
    [InlineData("Shares of Texas Instruments rose in early trading.", 10)]
    [InlineData("Pollution is rising in Tianjin, the China Daily said on Saturday.", 36)]
    [InlineData("Fans of Manchester United cheered in the square.", 8)]
    // A neutral or common word that is also a place's name opens no public body's place (Federal, Argentina; Western Province).
    [InlineData("Documents from the Federal Aviation Authority were checked in Moscow.", 19)]
    [InlineData("She led the Spina Bifida Association of Western Pennsylvania in Pittsburgh.", 40)]
    // A club named after its town, in any article: a role after the name, or a plural verb where the name opens its clause.
    [InlineData("Chelsea boss Jose Mourinho was pleased.", 0)]
    [InlineData("The goal came from Portsmouth striker Ricardo Fuller.", 20)]
    [InlineData("But Everton have won only two of their last 10 games.", 4)]
    [InlineData("Birmingham manager Steve Bruce admitted the trip would be hard, but Birmingham are ready.", 68)]
    // A small town named by a common English word needs more than a preposition (One, Italy; Arsenal, Mauritius).
    [InlineData("He said so on the World at One programme.", 27)]
    [InlineData("Everyone at Arsenal has been waiting for this game.", 12)]
    // A small town's name before a politician's nouns is the politician's (Clinton, Iowa; Clinton, Mississippi).
    [InlineData("Dole's manager wrote to Clinton campaign manager Peter Knight.", 24)]
    [InlineData("They invited their Clinton counterparts to meet on Friday.", 19)]
    // Surnames in a team's line-up.
    [InlineData("Berthinussen, Warnock, Moore, Thomson, Ford, Douglas, Blair, Stewart, Gray, Brown.", 45)]
    public void Compounds_and_organizations_that_are_not_places(string text, int start)
    {
        Assert.Null(PlaceAt(text, start));
    }

    [Theory]
    // In a headline in capitals the word before a country is no part of its name.
    [InlineData("SOCCER - ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH .", 22, 597427L)]
    [InlineData("CRICKET - ENGLAND BEAT PAKISTAN BY 107 RUNS IN SECOND ONE-DAYER .", 23, 1168579L)]
    // A wire dateline in capitals with its date: the city is a place (it was an acronym-like word in capitals before).
    [InlineData("Leading scores .\nMILWAUKEE , Wisconsin 1996-08-29\nLeading scores in the Greater Milwaukee Open .", 17, 5263045L)]
    [InlineData("Lebed , Chechens start peace talks .\nKHASAVYURT , Russia 1996-08-30\nRussian peacemaker Alexander Lebed arrived .", 37, 550478L)]
    // A country named by a common word (china, turkey, us, wales) is the country also when it opens a sentence; a continent
    // is no weak town that needs a preposition.
    [InlineData("Prices rose sharply. China has 350 million smokers.", 21, 1814991L)]
    [InlineData("US band REM will play in Glasgow.", 0, 6252001L)]
    [InlineData("Wales have beaten France twice.", 0, 2634895L)]
    [InlineData("Europe is the world's biggest market for wine.", 0, 6255148L)]
    [InlineData("The tour of Europe ended in Paris.", 12, 6255148L)]
    // Plural verbs after places that do not open their clause leave them alone, and so does a preposition for another mention.
    [InlineData("Troops besieging Turin were defeated by the Austrians.", 17, 3165524L)]
    [InlineData("Hotels in London are full this week.", 10, 2643743L)]
    [InlineData("Paris and Rome are the favourites.", 10, 3169070L)]
    [InlineData("Chelsea boss Jose Mourinho flew out. England will play Hungary in Chelsea on Sunday.", 66, 2653265L)]
    // A town inside a headline in title case is no person's name for the rest of the article.
    [InlineData("Freemason Bogdanov Joins Sochi Mayor Race. He entered the crowded Sochi mayoral election.", 66, 491422L)]
    public void Headlines_sentence_openers_and_club_cues_keep_these_places(string text, int start, long geonameId)
    {
        Assert.Equal(geonameId, PlaceAt(text, start)?.GeonameId);
    }

    [Theory]
    // A country or state that opens a public body's name names the place the body serves.
    [InlineData("The Ohio Department of Development and the Georgian Foreign Ministry said so.", 4, 5165418L)]
    [InlineData("About 230 Minnesota National Guard troops were helping with the flood fight in Fargo.", 10, 5037779L)]
    [InlineData("The head of the Texas Alcoholic Beverage Commission ruled on the permit in Austin.", 16, 4736286L)]
    [InlineData("Judges of the Supreme Court of Ohio met in Columbus on Monday.", 31, 5165418L)]
    public void A_state_that_opens_a_public_bodys_name_is_a_mention(string text, int start, long id)
    {
        Assert.Equal(id, PlaceAt(text, start)?.GeonameId);
    }

    [Theory]
    // The organization's own word after a place is no town of that name (Congress, Ariz.; University, Fla.).
    [InlineData("The budget goes to the US Congress next week.", "Congress")]
    [InlineData("She teaches at West Virginia University in Morgantown.", "University")]
    [InlineData("The budget, presented to Congress on Monday, cuts farm aid.", "Congress")]
    public void An_organization_word_after_a_place_is_no_town(string text, string word)
    {
        Assert.Null(PlaceAt(text, text.IndexOf(word, StringComparison.Ordinal)));
    }

    [Theory]
    // Israel and Egypt border the Palestinian territories: Gaza is the city there, not Mozambique's Gaza Province,
    // which outranks it on feature class alone.
    [InlineData("Activists want Israel and Egypt to open the borders into Gaza, organizers said.", 57, 281133L, "PS")]
    // Mozambique's own capital named: the province.
    [InlineData("Officials in Maputo said the province of Gaza will get new roads.", 41, 1046058L, "MZ")]
    public void A_country_next_to_the_named_ones_gets_some_weight(string text, int start, long id, string country)
    {
        AssertPlace(text, start, id, country);
    }

    [Fact]
    public void The_neighbour_table_lists_both_sides_of_a_border()
    {
        Assert.Equal(["EG", "JO", "LB", "PS", "SY"], Byline.Extractors.Places.CountryNeighbours.ByIso2["IL"]);
        Assert.Contains("IL", Byline.Extractors.Places.CountryNeighbours.ByIso2["PS"]);
        Assert.False(Byline.Extractors.Places.CountryNeighbours.ByIso2.ContainsKey("AU")); // an island continent has none
    }
}
