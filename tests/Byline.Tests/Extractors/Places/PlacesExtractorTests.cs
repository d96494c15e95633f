using System.Text;
using Byline.Extractors.Places;
using Byline.Text;

namespace Byline.Tests.Extractors.Places;

public class PlacesExtractorTests
{
    private static readonly PlacesExtractor Extractor = new();

    private static List<Place> Find(string text)
    {
        using TextDocument doc = TextDocument.Create(text);
        return Extractor.Find(doc);
    }

    private static Place? PlaceAt(List<Place> places, int start)
    {
        foreach (Place p in places)
        {
            foreach (PlaceMention m in p.Mentions)
            {
                if (m.Start == start)
                {
                    return p;
                }
            }
        }

        return null;
    }

    [Theory]
    [InlineData(127, "Raqqa", 172955L, "SY", "PPLA")]
    [InlineData(267, "Mosul", 99072L, "IQ", "PPLA")]
    [InlineData(2245, "Aleppo", 170063L, "SY", "PPLA")]
    [InlineData(8, "PARIS", 2988507L, "FR", "PPLC")]
    [InlineData(14, "MOSCOW", 524901L, "RU", "PPLC")]
    [InlineData(350, "Paris", 2988507L, "FR", "PPLC")]
    [InlineData(26, "United States", 6252001L, "US", "PCLI")]
    [InlineData(619, "U.S.", 6252001L, "US", "PCLI")]
    [InlineData(241, "Iraq", 99237L, "IQ", "PCLI")]
    [InlineData(2270, "Russia", 2017370L, "RU", "PCLI")]
    [InlineData(3620, "Akhtarin", 174115L, "SY", "PPLA3")]
    [InlineData(112, "Syrian", 163843L, "SY", "PCLI")]
    [InlineData(658, "French", 3017382L, "FR", "PCLI")]
    [InlineData(3498, "Turkish", 298795L, "TR", "PCLI")]
    public void Demo_article_places_resolve_to_exact_geonames_entries(int start, string text, long id, string country, string feature)
    {
        string article = Byline.Cli.CliApp.DemoArticle().Text;
        Place? place = PlaceAt(Find(article), start);
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        Assert.Equal(country, place.CountryCode);
        Assert.Equal(feature, place.FeatureCode);
        PlaceMention m = Assert.Single(place.Mentions, x => x.Start == start);
        Assert.Equal(text, m.Text);
        Assert.Equal(text.Length, m.Length);
    }

    [Theory]
    [InlineData(3581, "Tuways")]
    [InlineData(3589, "Al-Gharz")]
    [InlineData(3602, "Tlatinah")]
    public void Demo_article_unknown_areas_are_places_without_id_in_the_context_country(int start, string text)
    {
        Place? place = PlaceAt(Find(Byline.Cli.CliApp.DemoArticle().Text), start);
        Assert.NotNull(place);
        Assert.Null(place.GeonameId);
        Assert.Equal("SY", place.CountryCode);
        Assert.Equal(text, place.Name);
    }

    [Theory]
    [InlineData(2778)] // Syrian Observatory for Human Rights
    [InlineData(3709)] // Kurdish militias
    [InlineData(1548)] // Arab forces
    public void Demo_article_organizations_and_ethnic_adjectives_are_not_places(int start)
    {
        Assert.Null(PlaceAt(Find(Byline.Cli.CliApp.DemoArticle().Text), start));
    }

    [Fact]
    public void Demo_article_groups_every_mention_of_a_place()
    {
        List<Place> places = Find(Byline.Cli.CliApp.DemoArticle().Text);
        Place raqqa = Assert.Single(places, p => p.GeonameId == 172955);
        Assert.Equal(6, raqqa.Mentions.Count);
        Assert.Equal("Ar Raqqah", raqqa.Name);
        Place mosul = Assert.Single(places, p => p.GeonameId == 99072);
        Assert.Equal(7, mosul.Mentions.Count);
    }

    // Recognition: longest match.
    [Theory]
    [InlineData("She moved to New York City last year.", "New York City", 5128581L)]
    [InlineData("Rockets were fired from the Gaza Strip overnight.", "Gaza Strip", 281132L)]
    [InlineData("Officials in Bosnia and Herzegovina agreed.", "Bosnia and Herzegovina", 3277605L)]
    public void Longest_match_wins(string text, string mention, long id)
    {
        Place p = Assert.Single(Find(text));
        Assert.Equal(id, p.GeonameId);
        Assert.Equal(mention, Assert.Single(p.Mentions).Text);
        Assert.Equal(text.IndexOf(mention, StringComparison.Ordinal), p.Mentions[0].Start);
    }

    // Recognition: names that are also words or first names are places only in place contexts.
    [Theory]
    [InlineData("Reading is good for children.", 0)]
    [InlineData("He grew up in Reading and moved away.", 1)]
    [InlineData("Nice weather helped the harvest.", 0)]
    [InlineData("The festival opened in Nice on Friday.", 1)]
    [InlineData("Mobile phones were banned in class.", 0)]
    [InlineData("The storm reached Mobile before dawn.", 1)]
    [InlineData("They ate roast turkey with the family.", 0)]
    [InlineData("Officials said Turkey would reopen the border.", 1)]
    [InlineData("Chad Johnson scored twice.", 0)]
    [InlineData("Jordan said he would retire.", 0)]
    [InlineData("Troops from Chad arrived in the capital.", 1)]
    [InlineData("His credits included Olympic opening ceremonies.", 0)]
    [InlineData("Nokia and Toyota reported higher profits.", 0)]
    [InlineData("Their red Honda broke down on the highway.", 0)]
    [InlineData("Sens. Ann Ortiz and Bo Reyes voted no.", 0)]
    [InlineData("The band won two awards at the Brits on Tuesday.", 0)]
    [InlineData("She was a fervent believer in God all her life.", 0)] // Göd, Hungary, only with its accent
    [InlineData("Laura Brownlees of Save the Children spoke.", 0)] // Savé, Benin
    [InlineData("Pilots landed at Butte's airport in the snow.", 1)]
    public void Ambiguous_words_count_only_in_place_contexts(string text, int expected)
    {
        Assert.Equal(expected, Find(text).Count);
    }

    [Fact]
    public void Two_places_joined_by_an_ampersand_stay_places()
    {
        IReadOnlyList<Place> found = Find("Serbia & Montenegro drew with Spain.");
        Assert.Contains(found, p => p.CountryCode == "RS" && p.Mentions[0].Text == "Serbia");
        Assert.Contains(found, p => p.CountryCode == "ME" && p.Mentions[0].Text == "Montenegro");
    }

    [Fact]
    public void Ampersand_at_the_text_start_is_no_firm_name()
    {
        Place p = Assert.Single(Find("& Houston"));
        Assert.Equal("Houston", p.Mentions[0].Text);
        Assert.Equal(2, p.Mentions[0].Start);
    }

    [Fact]
    public void Westminster_in_a_British_story_is_the_London_borough()
    {
        Place p = Find("MPs in Westminster debated the bill as the UK waited.").Single(x => x.Name == "City of Westminster");
        Assert.Equal(2634341L, p.GeonameId);
        Assert.Equal("GB", p.CountryCode);
        Assert.Equal("Westminster", p.Mentions[0].Text);
    }

    // Recognition: places inside organization and person names.
    [Theory]
    [InlineData("Paris Hilton arrived late to the party.")]
    [InlineData("The film won the award. Michael Moore's next documentary opens in May.")]
    [InlineData("The vote was close. Robert Redford thanked the jury.")]
    [InlineData("The Bank of England raised rates.")]
    [InlineData("The White House said the talks would go on.")]
    [InlineData("Shares of Douglas & Lomason rose on the merger.")]
    [InlineData("He won the World Series of Golf last week.")]
    [InlineData("The firm Lomason & Houston filed the suit.")]
    [InlineData("Volunteers from the Red Cross handed out food.")]
    [InlineData("The Syrian Observatory for Human Rights reported clashes.")]
    [InlineData("Kurdish fighters and Arab tribes held the line.")]
    [InlineData("Shares rose on the New York Stock Exchange.")]
    [InlineData("The Athletics blanked the Boston Red Sox 7-0.")]
    [InlineData("He reached the final of the Hong Kong Open.")]
    [InlineData("The film premiered at the Berlin Film Festival.")]
    [InlineData("The Organisation for Security and Cooperation in Europe (OSCE) postponed the vote.")]
    // An acronym in capitals is no town spelled in small letters, also with its 's or before a hyphen (Eu, France; Un, India).
    [InlineData("All EU-based airlines must pay compensation.")]
    [InlineData("A spokesman for the UN's food agency said so.")]
    public void Names_inside_other_names_are_not_places(string text)
    {
        Assert.Empty(Find(text));
    }

    // A town that opens a public body's or a local facility's name names the town the body serves or the facility stands in; so
    // do a place before an official's title and a place after an ethnic adjective.
    [Theory]
    [InlineData("The Dublin City Council voted on Monday.", "Dublin")]
    [InlineData("The Athens Police Department made an arrest.", "Athens")]
    [InlineData("Flights left Gainesville Regional Airport late.", "Gainesville")]
    // An official's title after the place: the place is the official's jurisdiction.
    [InlineData("Hong Kong Financial Secretary Donald Tsang said the economy was sound.", "Hong Kong")]
    // An ethnic adjective before the place is no given name.
    [InlineData("The plan expands Jewish West Bank settlements.", "West Bank")]
    // After a company's suffix, "of" says where the company is.
    [InlineData("A car made by Kia Motor Corp of South Korea arrived on Friday.", "South Korea")]
    // A ruler's or a cleric's title names the place it is of; a country in an all-caps sports headline is the country.
    [InlineData("Pedro I became the first Emperor of Brazil in December 1822.", "Brazil")]
    [InlineData("Chicago Cardinal Joseph Bernardin said he was ill.", "Chicago")]
    // An acronym in brackets after a place ends an organization's name only when a capitalized word inside the sentence opens it.
    [InlineData("Troops in Europe (NATO) were on alert.", "Europe")]
    // An owner before a place ('s) is no given name: the place stays.
    [InlineData("Production at BP's Texas City refinery was taken down for a short time.", "Texas City")]
    public void A_town_before_a_public_body_or_facility_is_a_place(string text, string name)
    {
        Place p = Assert.Single(Find(text));
        Assert.Equal(name, Assert.Single(p.Mentions).Text);
    }

    [Fact]
    public void A_country_in_an_all_caps_sports_headline_is_the_country()
    {
        Assert.Equal(["WALES", "SAN MARINO"], Find("SOCCER - WALES BEAT SAN MARINO IN WORLD CUP QUALIFIER .").Select(p => p.Mentions[0].Text).ToArray());
    }

    [Fact]
    public void V_between_two_countries_is_versus()
    {
        // "V" in a sports headline is "versus", no initial before a name.
        Assert.Equal(["AUSTRALIA", "SRI LANKA"], Find("CRICKET - AUSTRALIA V SRI LANKA").Select(p => p.Mentions[0].Text).ToArray());
    }

    // Recognition: datelines and demonyms.
    [Theory]
    [InlineData("BEIRUT/ANKARA: Talks resumed on Monday.", "BEIRUT", 276781L)]
    [InlineData("BEIRUT/ANKARA: Talks resumed on Monday.", "ANKARA", 323786L)]
    [InlineData("The U.S.-led coalition struck again.", "U.S.", 6252001L)]
    [InlineData("A Turkish-backed force advanced.", "Turkish", 298795L)]
    public void Datelines_and_prefixes_resolve(string text, string mention, long id)
    {
        List<Place> places = Find(text);
        Place? p = PlaceAt(places, text.IndexOf(mention, StringComparison.Ordinal));
        Assert.NotNull(p);
        Assert.Equal(id, p.GeonameId);
        Assert.Equal(mention, Assert.Single(p.Mentions).Text);
    }

    [Fact]
    public void Demonyms_are_demonym_mentions_of_their_country()
    {
        Place p = Assert.Single(Find("French troops landed."));
        Assert.Equal(3017382, p.GeonameId);
        Assert.Equal(PlaceMentionKind.Demonym, p.Mentions[0].Kind);
    }

    // Disambiguation.
    [Theory]
    [InlineData("Rebels shelled Aleppo and Homs as diplomats met in Paris.", "Paris", 2988507L)]
    [InlineData("The family lives in Paris, Texas, near the lake.", "Paris", 4717560L)]
    [InlineData("Hospitals in Paris, Texas were full.", "Texas", 4736286L)]
    [InlineData("Officials in Georgia and Tbilisi met.", "Georgia", 614540L)]
    [InlineData("Police in Gainesville, Fla., arrested two men.", "Gainesville", 4156404L)]
    [InlineData("Police in Gainesville, Ga., arrested two men.", "Gainesville", 4196586L)]
    // A small first-level seat in a small country does not outrank a city forty times its size (San Francisco, El Salvador).
    [InlineData("The chip was shown at a conference in San Francisco.", "San Francisco", 5391959L)]
    public void Disambiguation_prefers_qualifiers_then_context_then_rank(string text, string mention, long id)
    {
        Place? p = PlaceAt(Find(text), text.IndexOf(mention, StringComparison.Ordinal));
        Assert.NotNull(p);
        Assert.Equal(id, p.GeonameId);
    }

    // AP abbreviations of West Virginia: the W stays with the Va.
    [Theory]
    [InlineData("Floods closed roads near Wheeling, W.Va., on Sunday.", "W.Va.")]
    [InlineData("Floods closed roads near Wheeling, W. Va., on Sunday.", "W. Va.")]
    public void West_virginia_abbreviations_resolve_to_the_state(string text, string mention)
    {
        Place? p = PlaceAt(Find(text), text.IndexOf(mention, StringComparison.Ordinal));
        Assert.NotNull(p);
        Assert.Equal(4826850L, p.GeonameId);
        Assert.Equal(mention, Assert.Single(p.Mentions).Text);
        Assert.DoesNotContain(Find(text), x => x.GeonameId == 6254928L); // not Virginia
    }

    // A single name the article uses for a person is the person in its bare mentions too.
    [Theory]
    [InlineData("President Moore spoke on Monday. Later Moore visited the school.", "Moore")]
    [InlineData("The budget passed, said Moore. Critics said Moore was wrong.", "Moore")]
    [InlineData("Moore said the vote would wait. Moore has led the board since May.", "Moore")]
    [InlineData("Sen. Lincoln voted no. Lincoln later called the bill unfair.", "Lincoln")]
    [InlineData("A counselor at George Washington High School said the cuts would hurt.", "Washington")]
    [InlineData("A counselor at George Washington High School said the cuts would hurt.", "George")]
    [InlineData("Telecoms ombudsman Elizabeth France said the charges were too high.", "France")]
    [InlineData("Simon Taylor has been named in the squad. Taylor has turned out for Saracens.", "Taylor")]
    [InlineData("His hotels include the George V in Paris.", "George")]
    public void Names_used_for_people_are_not_places(string text, string name)
    {
        Assert.DoesNotContain(Find(text), p => p.Mentions.Any(m => m.Text == name));
    }

    [Theory]
    [InlineData("Residents of Moore said the storm hit hard. Moore said it was ready.", "Moore")]
    [InlineData("Fire crews said Monroe Mayor Jane Doe asked for help in Monroe.", "Monroe")]
    public void Names_with_a_place_context_stay_places(string text, string name)
    {
        Assert.Contains(Find(text), p => p.Mentions.Any(m => m.Text == name));
    }

    // Sports reports (a sport label and a dash open the headline): teams named after places are not places.
    [Theory]
    [InlineData("CRICKET - SURREY ROUT KENT .\nLONDON 2001-06-02\nKent 98-4 , Essex 310 .\nKent then lost early wickets at Canterbury .", "Kent", false)]
    [InlineData("SOCCER - CUP RESULTS .\nBERLIN 2001-06-02\nResults on Saturday : Freiburg 2 Bochum 1 .", "Freiburg", false)]
    [InlineData("SOCCER - CUP RESULTS .\nBERLIN 2001-06-02\nSpain beat Norway 2-1 in Madrid on Saturday .", "Norway", true)]
    [InlineData("SOCCER - CUP RESULTS .\nBERLIN 2001-06-02\nSpain beat Norway 2-1 in Madrid on Saturday .", "Madrid", true)]
    [InlineData("SOCCER - CUP RESULTS .\nBERLIN 2001-06-02\nSpain beat Norway 2-1 in Madrid on Saturday .", "BERLIN", true)]
    [InlineData("CRICKET - TOUR DATES .\nLONDON 2001-06-02\nJune 3 v Leeds ( at Edgbaston , Birmingham ) .", "Birmingham", true)]
    [InlineData("CRICKET - TOUR DATES .\nLONDON 2001-06-02\nJune 3 v Leeds ( at Edgbaston , Birmingham ) .", "Leeds", false)]
    [InlineData("CRICKET - TEST SCORES .\nCARDIFF 2001-06-02\nScores : England 292-8 , Pakistan 185 .", "England", true)]
    [InlineData("Fans in Kent 98 miles away watched.", "Kent", true)]
    // A verb of play or result after the name, "homered for", "against": the team.
    [InlineData("CRICKET - COUNTY SCORES .\nLONDON 2001-06-02\nKent stepped up a gear to dismiss Surrey for 214 .", "Kent", false)]
    [InlineData("BASEBALL - RESULTS .\nNEW YORK 2001-06-02\nBrian Giles homered for Cleveland in the sixth .", "Cleveland", false)]
    [InlineData("BASEBALL - RESULTS .\nNEW YORK 2001-06-02\nThe teams meet again in Cleveland next week .", "Cleveland", true)]
    public void Sports_reports_keep_venues_and_national_teams_but_not_club_teams(string text, string name, bool place)
    {
        Assert.Equal(place, Find(text).Any(p => p.Mentions.Any(m => m.Text == name)));
    }

    [Fact]
    public void A_sport_label_in_an_all_caps_headline_is_not_a_place()
    {
        Assert.DoesNotContain(Find("CRICKET - SURREY WIN .\nLONDON 2001-06-02\nSurrey won ."), p => p.Mentions.Any(m => m.Text == "CRICKET"));
    }

    // Unknown places by context.
    [Theory]
    [InlineData("Fighters entered the village of Qarzoumah near Aleppo.", "Qarzoumah", "SY")]
    [InlineData("Shelling hit areas south of Zizounat in Idlib.", "Zizounat", "SY")]
    [InlineData("A fire broke out in Quonbridge County, Texas.", "Quonbridge County", "US")]
    public void Unknown_places_by_context_have_no_id(string text, string mention, string country)
    {
        Place? p = PlaceAt(Find(text), text.IndexOf(mention, StringComparison.Ordinal));
        Assert.NotNull(p);
        Assert.Null(p.GeonameId);
        Assert.Equal(mention, p.Name);
        Assert.Equal(country, p.CountryCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uD800 lone surrogate Paris \uDC00")]
    [InlineData("“unbalanced quote in Mosul")]
    public void Hostile_input_never_throws_and_offsets_stay_in_the_text(string text)
    {
        string big = text + new string('A', 100000) + " in Paris " + new string('\u0001', 100);
        foreach (string t in new[] { text, big })
        {
            PlaceLookup.AssertMentionsInText(Extractor, t);
        }
    }

    [Theory]
    [InlineData("Museum reopens after repairs. PARIS — The museum reopened on Tuesday.", 30, "PARIS", 2988507L)]
    [InlineData("Storm hits coast. MOSCOW -- Snow fell on Tuesday.", 18, "MOSCOW", 524901L)]
    [InlineData("Storm hits coast. NEW YORK - Snow fell on Tuesday.", 18, "NEW YORK", 5128581L)]
    public void An_all_caps_dateline_after_a_headline_in_the_same_paragraph_is_a_place(string text, int start, string surface, long id)
    {
        Place? place = PlaceLookup.PlaceAt(Extractor, text, start);
        Assert.NotNull(place);
        Assert.Equal(id, place.GeonameId);
        PlaceMention m = Assert.Single(place.Mentions);
        Assert.Equal(surface, m.Text);
        Assert.Equal(surface.Length, m.Length);
    }

    [Fact]
    public void An_all_caps_word_opening_a_sentence_without_a_dash_stays_out()
    {
        Assert.Null(PlaceLookup.PlaceAt(Extractor, "Officials met on Monday. PARIS officials said nothing.", 25));
    }

    [Fact]
    public void A_compass_word_before_a_place_names_part_of_it_not_a_town_of_its_own()
    {
        const string text = "Storms swept across North Texas on Monday.";
        Assert.Null(PlaceLookup.PlaceAt(Extractor, text, 20));
        Place? texas = PlaceLookup.PlaceAt(Extractor, text, 26);
        Assert.NotNull(texas);
        Assert.Equal(4736286L, texas.GeonameId);
        Assert.Equal("ADM1", texas.FeatureCode);
    }

    [Fact]
    public void A_name_before_administration_is_a_person_not_a_town()
    {
        Assert.Null(PlaceLookup.PlaceAt(Extractor, "Critics of the Obama administration met on Monday.", 15));
    }
}

public class GazetteerTests
{
    // Three invented places in the 19-column GeoNames format.
    private const string Fixture =
        "900001\tZorbaville\tZorbaville\tZorba Ville,Zorbavil,ZORBA\t10.5\t20.25\tP\tPPLA\tZZ\t\t01\t\t\t\t250000\t\t12\tEtc/UTC\t2024-01-01\n" +
        "900002\tQuillport\tQuillport\t\t11\t21\tP\tPPL\tZZ\t\t01\t\t\t\t800\t\t3\tEtc/UTC\t2024-01-01\n" +
        "2988507\tParis\tParis\tLutetia\t48.85341\t2.3488\tP\tPPLC\tFR\t\t11\t75\t751\t75056\t2138551\t\t42\tEurope/Paris\t2024-01-01\n";

    private static Stream FixtureStream(bool gzip)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Fixture);
        if (!gzip)
        {
            return new MemoryStream(bytes);
        }

        var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(bytes);
        }

        ms.Position = 0;
        return ms;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Loads_a_custom_geonames_file_alone(bool gzip)
    {
        Gazetteer g = Gazetteer.Load(FixtureStream(gzip));
        Assert.Equal(3, g.Count);
        GazetteerEntry e = Assert.Single(g.Find("zorba ville"));
        Assert.Equal(900001, e.GeonameId);
        Assert.Equal("PPLA", e.FeatureCode);
        Assert.Equal("ZZ", e.CountryCode);
        Assert.Equal(250000, e.Population);
        Assert.Empty(g.Find("Raqqa"));
        Assert.Empty(g.Find("ZORBA")); // all-caps alternates are dropped
    }

    [Fact]
    public void A_custom_gazetteer_on_top_of_the_default_drives_the_extractor()
    {
        Gazetteer g = Gazetteer.Load(FixtureStream(gzip: true), Gazetteer.Default);
        Assert.True(g.Count > Gazetteer.Default.Count);
        Assert.Single(g.Find("Lutetia"), x => x.GeonameId == 2988507);
        var extractor = new PlacesExtractor(new PlacesExtractorOptions { Gazetteer = g });
        const string text = "Delegates flew from Zorbaville to Mosul.";
        using TextDocument doc = TextDocument.Create(text);
        List<Place> places = extractor.Find(doc);
        Assert.Equal(2, places.Count);
        Assert.Equal(900001, places[0].GeonameId);
        Assert.Equal(20, places[0].Mentions[0].Start);
        Assert.Equal(99072, places[1].GeonameId);
    }

    [Theory]
    [InlineData("Köln", 2886242L)]
    [InlineData("Koln", 2886242L)]
    [InlineData("Cologne", 2886242L)]
    [InlineData("Akhtarin", 174115L)]
    [InlineData("Kiev", 703448L)]
    public void Default_gazetteer_folds_diacritics_and_knows_exonyms(string name, long id)
    {
        Assert.Contains(Gazetteer.Default.Find(name), e => e.GeonameId == id);
    }

    [Fact]
    public void A_huge_field_in_a_custom_file_is_read_not_a_stack_overflow()
    {
        string code = new('X', 4_000_000);
        string line = "900003\tHugeville\tHugeville\t\t1\t2\tP\t" + code + "\tZZ\t\t01\t\t\t\t10\t\t3\tEtc/UTC\t2024-01-01\n";
        Gazetteer g = Gazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes(line)));
        GazetteerEntry e = Assert.Single(g.Find("Hugeville"));
        Assert.Equal(900003, e.GeonameId);
        Assert.Equal(code.Length, e.FeatureCode.Length);
    }

    [Fact]
    public void Rejects_data_in_no_known_format()
    {
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new MemoryStream(Encoding.UTF8.GetBytes("hello\tworld\n"))));
    }
}
