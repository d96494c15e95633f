# -*- coding: utf-8 -*-
"""Hand-curated lists used by build_gazetteer.py.

Everything in this file was written by hand for Byline (no third-party data is
copied here). Coordinates of regions are rough, hand-entered representative
points, good enough to place a pin, not boundaries. GeoNames ids are only given
where the id is present in the GeoNames inputs themselves (countryInfo,
regionInfo/admin1CodesASCII, cities15000/cities500) or is one of the
well-known GeoNames continent ids; otherwise the id is left empty.
"""

# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# Extra English names for countries (added to the names from GeoNames
# countryInfo and the i18n-iso-countries English locale).
COUNTRY_ALIASES = {
    "US": ["United States", "United States of America", "USA", "U.S.A.", "US", "U.S.", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russia", "Russian Federation"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "KR": ["South Korea", "Republic of Korea", "ROK"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Republic of Turkey"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CN": ["China", "People's Republic of China", "PRC", "Mainland China"],
    "TW": ["Taiwan", "Republic of China"],
    "IR": ["Iran", "Islamic Republic of Iran"],
    "PS": ["Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories",
           "Occupied Palestinian Territories"],
    "CD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste", "Timor Leste"],
    "VA": ["Vatican", "Holy See", "Vatican City State"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos", "Lao PDR"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova", "Republic of Moldova"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
    "GM": ["The Gambia", "Gambia"],
    "BS": ["The Bahamas", "Bahamas"],
    "FM": ["Micronesia", "Federated States of Micronesia"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LC": ["St Lucia", "St. Lucia"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "XK": ["Kosovo"],
    "VI": ["US Virgin Islands", "U.S. Virgin Islands"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "BN": ["Brunei"],
    "IE": ["Ireland", "Republic of Ireland", "Éire"],
    "DE": ["Germany", "Federal Republic of Germany"],
    "FR": ["France", "French Republic"],
    "EH": ["Western Sahara"],
    "AX": ["Åland Islands", "Aland Islands"],
    "BL": ["Saint Barthélemy", "St Barts", "St. Barts"],
    "CW": ["Curaçao", "Curacao"],
    "RE": ["Réunion", "Reunion"],
    "KZ": ["Kazakhstan", "Kazakstan"],
    "KG": ["Kyrgyzstan", "Kyrgyz Republic"],
    "SK": ["Slovakia", "Slovak Republic"],
}

# Obsolete countryInfo rows that are not emitted (historical, no ISO code in use).
SKIP_COUNTRIES = {"CS", "AN"}

# Country rows get feature code A.PCLI unless listed here (hand-assigned
# approximation; countryInfo carries no feature code).
DEPENDENT_TERRITORIES = set(
    "AS AI AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GS GU HK HM IM IO JE "
    "KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split())
OTHER_TERRITORIES = {"AQ", "EH"}  # -> A.TERR

# Representative points for countries that have no city row at all in the
# GeoNames city inputs (rough hand-entered values).
COUNTRY_FALLBACK_COORDS = {
    "AQ": (-75.0, 0.0),
    "BV": (-54.42, 3.36),
    "HM": (-53.1, 73.5),
    "GS": (-54.28, -36.51),
    "UM": (19.28, 166.65),
    "TF": (-49.35, 70.22),
    "TK": (-9.2, -171.85),
    "IO": (-7.31, 72.41),
    "PN": (-25.07, -130.1),
    "BQ": (12.15, -68.27),
}

# ---------------------------------------------------------------------------
# Places: extra English names (exonyms, common transliterations, native names
# that an English text may use) for cities.  Keyed by (ISO2, GeoNames main or
# ASCII name); the build resolves each key to the most populous matching
# P-class row and warns if nothing matches.
# ---------------------------------------------------------------------------
PLACE_ALIASES = [
    # United Kingdom: Westminster, the seat of Parliament (GeoNames names the borough "City of Westminster")
    ("GB", "City of Westminster", ["Westminster"]),
    # Ukraine
    ("UA", "Kyiv", ["Kiev", "Kyiv"]),
    ("UA", "Kharkiv", ["Kharkov"]),
    ("UA", "Odesa", ["Odessa"]),
    ("UA", "Lviv", ["Lvov", "Lwow"]),
    ("UA", "Mykolaiv", ["Nikolaev", "Nikolayev", "Mykolayiv"]),
    ("UA", "Zaporizhzhya", ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"]),
    ("UA", "Dnipro", ["Dnepropetrovsk", "Dnipropetrovsk", "Dnepr"]),
    ("UA", "Luhansk", ["Lugansk"]),
    ("UA", "Chernihiv", ["Chernigov"]),
    ("UA", "Zhytomyr", ["Zhitomir"]),
    ("UA", "Vinnytsya", ["Vinnytsia", "Vinnitsa"]),
    ("UA", "Rivne", ["Rovno"]),
    ("UA", "Chernivtsi", ["Chernovtsy"]),
    ("UA", "Horlivka", ["Gorlovka"]),
    ("UA", "Makiivka", ["Makeyevka"]),
    ("UA", "Sloviansk", ["Slavyansk", "Slovyansk"]),
    ("UA", "Berdyansk", ["Berdiansk"]),
    ("UA", "Bakhmut", ["Artemivsk", "Artyomovsk"]),
    ("UA", "Sevastopol", ["Sebastopol"]),
    ("UA", "Kropyvnytskyy", ["Kropyvnytskyi", "Kirovohrad", "Kirovograd"]),
    ("UA", "Izium", ["Izyum"]),
    ("UA", "Kupiansk", ["Kupyansk"]),
    ("UA", "Avdiivka", ["Avdeyevka", "Avdiyivka"]),
    ("UA", "Sievierodonetsk", ["Severodonetsk", "Syeverodonetsk"]),
    ("UA", "Enerhodar", ["Energodar"]),
    # Russia
    ("RU", "Saint Petersburg", ["St Petersburg", "St. Petersburg", "Petersburg"]),
    ("RU", "Yekaterinburg", ["Ekaterinburg"]),
    ("RU", "Nizhniy Novgorod", ["Nizhny Novgorod"]),
    ("RU", "Rostov-na-Donu", ["Rostov-on-Don", "Rostov"]),
    # Europe: native names next to English exonyms
    ("DE", "Munich", ["München", "Muenchen", "Munchen"]),
    ("DE", "Köln", ["Cologne", "Koeln", "Koln"]),
    ("DE", "Nürnberg", ["Nuremberg", "Nuernberg"]),
    ("DE", "Hannover", ["Hanover"]),
    ("DE", "Frankfurt am Main", ["Frankfurt"]),
    ("AT", "Vienna", ["Wien"]),
    ("CZ", "Prague", ["Praha"]),
    ("PL", "Warsaw", ["Warszawa"]),
    ("PL", "Kraków", ["Krakow", "Cracow"]),
    ("IT", "Rome", ["Roma"]),
    ("IT", "Milan", ["Milano"]),
    ("IT", "Naples", ["Napoli"]),
    ("IT", "Turin", ["Torino"]),
    ("IT", "Florence", ["Firenze"]),
    ("IT", "Venice", ["Venezia"]),
    ("IT", "Genoa", ["Genova"]),
    ("ES", "Sevilla", ["Seville"]),
    ("PT", "Lisbon", ["Lisboa"]),
    ("PT", "Porto", ["Oporto"]),
    ("DK", "Copenhagen", ["København", "Kobenhavn"]),
    ("SE", "Göteborg", ["Gothenburg", "Goteborg"]),
    ("BE", "Brussels", ["Bruxelles", "Brussel"]),
    ("BE", "Antwerpen", ["Antwerp"]),
    ("BE", "Gent", ["Ghent"]),
    ("BE", "Brugge", ["Bruges"]),
    ("NL", "The Hague", ["Den Haag", "'s-Gravenhage"]),
    ("GR", "Athens", ["Athina"]),
    ("GR", "Thessaloniki", ["Salonika", "Salonica"]),
    ("RS", "Belgrade", ["Beograd"]),
    ("RO", "Bucharest", ["București", "Bucuresti"]),
    ("CH", "Genève", ["Geneva", "Geneve"]),
    ("CH", "Zürich", ["Zurich"]),
    ("CH", "Basel", ["Basle"]),
    ("CH", "Bern", ["Berne"]),
    ("TR", "Istanbul", ["İstanbul"]),
    ("TR", "İzmir", ["Izmir"]),
    ("IL", "Tel Aviv", ["Tel Aviv-Yafo", "Tel Aviv-Jaffa"]),
    # Asia
    ("IN", "Mumbai", ["Bombay"]),
    ("IN", "Kolkata", ["Calcutta"]),
    ("IN", "Chennai", ["Madras"]),
    ("IN", "Bengaluru", ["Bangalore"]),
    ("IN", "Varanasi", ["Benares", "Banaras"]),
    ("CN", "Beijing", ["Peking"]),
    ("CN", "Guangzhou", ["Canton"]),
    ("CN", "Nanjing", ["Nanking"]),
    ("CN", "Xi'an", ["Xian"]),
    ("MM", "Yangon", ["Rangoon"]),
    ("VN", "Ho Chi Minh City", ["Saigon", "Ho Chi Minh"]),
    ("KZ", "Almaty", ["Alma-Ata"]),
    ("KZ", "Astana", ["Nur-Sultan"]),
    ("IR", "Tehran", ["Teheran"]),
    ("IR", "Isfahan", ["Esfahan"]),
    ("AF", "Mazār-e Sharīf", ["Mazar-i-Sharif", "Mazar-e-Sharif"]),
    # Middle East / North Africa: common English spellings
    ("SY", "Ar Raqqah", ["Raqqa", "Raqqah", "Al-Raqqa", "Rakka"]),
    ("SY", "Deir ez-Zor", ["Deir al-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir el-Zour"]),
    ("SY", "Dar'a", ["Daraa", "Deraa", "Dara'a"]),
    ("SY", "Al Hasakah", ["Hasakah", "Hasaka", "Hassakeh", "Al-Hasakah"]),
    ("SY", "Al Qamishli", ["Qamishli", "Qamishlo"]),
    ("SY", "'Ayn al 'Arab", ["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"]),
    ("SY", "Tadmur", ["Palmyra"]),
    ("SY", "Tartus", ["Tartous"]),
    ("SY", "Latakia", ["Lattakia", "Al-Ladhiqiyah"]),
    ("SY", "Idlib", ["Idleb"]),
    ("SY", "Manbij", ["Menbij"]),
    ("IQ", "Erbil", ["Arbil", "Irbil", "Hawler"]),
    ("IQ", "Basrah", ["Basra"]),
    ("IQ", "Al Fallūjah", ["Fallujah", "Falluja"]),
    ("IQ", "Ramadi", ["Ar Ramadi"]),
    ("IQ", "Najaf", ["An Najaf"]),
    ("IQ", "As Sulaymānīyah", ["Sulaymaniyah", "Sulaimaniya", "Slemani"]),
    ("IQ", "Dihok", ["Duhok", "Dohuk", "Dahuk"]),
    ("IQ", "Sinjar", ["Shingal"]),
    ("IQ", "Tikrit", ["Tikrit"]),
    ("LB", "Sidon", ["Saida"]),
    ("LB", "Tyre", ["Sour"]),
    ("PS", "Gaza", ["Gaza City"]),
    ("PS", "Khan Yunis", ["Khan Younis", "Khan Yunus"]),
    ("PS", "Hebron", ["Al-Khalil"]),
    ("YE", "Sanaa", ["Sana'a", "Sana"]),
    ("YE", "Al Hudaydah", ["Hodeidah", "Hudaydah", "Hodeida"]),
    ("SA", "Makkah", ["Mecca"]),
    ("SA", "Madinah", ["Medina", "Al Madinah"]),
    ("SA", "Jeddah", ["Jiddah", "Jedda"]),
    ("LY", "Misratah", ["Misrata", "Misurata"]),
    ("LY", "Benghazi", ["Bengasi"]),
    ("SD", "El Fasher", ["Al Fashir", "Al-Fashir"]),
    ("EG", "Cairo", ["Al Qahirah"]),
    # Americas
    ("US", "New York City", ["NYC", "New York"]),
    ("US", "Washington", ["Washington D.C.", "Washington DC"]),
    ("US", "Los Angeles", ["L.A."]),
]

# ---------------------------------------------------------------------------
# Admin1 extra names, keyed by GeoNames admin1 code (CC.CODE from regionInfo).
# ---------------------------------------------------------------------------
ADMIN1_ALIASES = {
    "UA.13": ["Kyiv Oblast", "Kyiv Region", "Kiev Oblast", "Kiev Region"],
    "UA.11": ["Crimean Peninsula", "Autonomous Republic of Crimea", "Republic of Crimea", "Krym"],
    "UA.17": ["Odesa Oblast", "Odessa Oblast"],
    # A bare "D.C." names the federal district (in "Washington, D.C." it qualifies the city).
    "US.DC": ["Washington D.C.", "Washington DC", "D.C.", "DC"],
    "IL.WE": ["Judea and Samaria"],
    "CN.14": ["Tibet Autonomous Region", "Xizang"],
    "CN.13": ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uighur Autonomous Region"],
    "PK.06": ["Azad Jammu and Kashmir"],
    "SY.13": ["Damascus Governorate"],
    "SY.08": ["Rif Dimashq", "Rural Damascus", "Damascus Countryside"],
    "SY.05": ["Sweida", "Suwayda"],
    "IQ.15": ["Nineveh Governorate", "Ninawa"],
    "IQ.18": ["Salahuddin", "Saladin"],
    "MD.58": ["Transdniestria", "Trans-Dniester", "Pridnestrovie"],
    "GE.02": ["Abkhaziya"],
}

# Suffixes/prefixes stripped from admin1 names to make an extra alias.
ADMIN1_STRIP_SUFFIXES = [" Governorate", " Province", " Oblast", " Region", " District", " Rayon",
                         " Prefecture", " County", " Autonomous Region"]
ADMIN1_STRIP_PREFIXES = ["Raionul ", "Muhafazat ", "State of ", "City state ", "Province of "]

# ---------------------------------------------------------------------------
# Regions: continents and regions that news uses.  Fields:
# key, geonameid ('' if unknown), name, lat, lon, feature code, countries, aliases
# countries: list of ISO2 codes, or a string "@continent:XX" (all countries of
# that countryInfo continent) optionally followed by "-YY-ZZ" exclusions.
# ---------------------------------------------------------------------------
REGIONS = [
    # Continents (GeoNames continent ids; coordinates approximate).
    ("africa", "6255146", "Africa", 7.19, 21.09, "L.CONT", "@continent:AF", []),
    ("asia", "6255147", "Asia", 29.84, 89.30, "L.CONT", "@continent:AS", []),
    ("europe", "6255148", "Europe", 48.69, 9.14, "L.CONT", "@continent:EU", []),
    ("north_america", "6255149", "North America", 46.07, -100.55, "L.CONT", "@continent:NA", []),
    ("south_america", "6255150", "South America", -14.60, -57.66, "L.CONT", "@continent:SA", []),
    ("oceania", "6255151", "Oceania", -18.31, 138.52, "L.CONT", "@continent:OC", ["Australasia"]),
    ("antarctica", "6255152", "Antarctica", -78.16, 16.41, "L.CONT", "@continent:AN", []),
    # Regions with a real GeoNames id present in the inputs (admin1 rows).
    ("gaza_strip", "281132", "Gaza Strip", 31.42, 34.36, "A.ADM1", ["PS"], ["Gaza enclave"]),
    ("west_bank", "285153", "West Bank", 31.95, 35.25, "A.ADM1", ["PS"],
     ["Occupied West Bank", "Judea and Samaria"]),
    ("crimea", "703883", "Crimea", 45.30, 34.40, "A.ADM1", ["UA"],
     ["Crimean Peninsula", "Krym", "Autonomous Republic of Crimea", "Republic of Crimea"]),
    ("tibet", "1279685", "Tibet", 31.50, 88.00, "A.ADM1", ["CN"], ["Tibet Autonomous Region", "Xizang"]),
    ("xinjiang", "1529047", "Xinjiang", 41.00, 85.00, "A.ADM1", ["CN"],
     ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uighur Autonomous Region"]),
    ("transnistria", "858889", "Transnistria", 47.20, 29.40, "A.ADM1", ["MD"],
     ["Transdniestria", "Trans-Dniester", "Pridnestrovie"]),
    ("abkhazia", "6643410", "Abkhazia", 43.00, 41.00, "A.ADM1", ["GE"], []),
    # Regions without a confirmed GeoNames id in the inputs.
    ("middle_east", "", "Middle East", 29.00, 41.00, "L.RGN",
     ["BH", "CY", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"],
     ["Mideast", "Mid-East", "Near East"]),
    ("persian_gulf", "", "Persian Gulf", 26.50, 52.00, "H.GULF",
     ["BH", "IR", "IQ", "KW", "OM", "QA", "SA", "AE"], ["Arabian Gulf", "Gulf"]),
    ("gulf_states", "", "Gulf states", 24.50, 50.50, "L.RGN", ["BH", "KW", "OM", "QA", "SA", "AE"],
     ["Gulf Arab states", "Arab Gulf states", "Gulf countries", "Gulf Cooperation Council", "GCC"]),
    ("arab_world", "", "Arab world", 25.00, 30.00, "L.RGN",
     ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA",
      "SO", "SD", "SY", "TN", "AE", "YE"], ["Arab states", "Arab countries"]),
    ("levant", "", "Levant", 33.50, 36.00, "L.RGN", ["SY", "LB", "IL", "PS", "JO", "CY"], []),
    ("arabian_peninsula", "", "Arabian Peninsula", 23.00, 46.00, "T.PEN",
     ["SA", "YE", "OM", "AE", "QA", "BH", "KW"], ["Arabia"]),
    ("sinai", "", "Sinai Peninsula", 29.50, 33.80, "T.PEN", ["EG"], ["Sinai"]),
    ("golan_heights", "", "Golan Heights", 33.00, 35.75, "L.RGN", ["SY", "IL"], ["Golan"]),
    ("kurdistan", "", "Kurdistan", 36.50, 44.00, "L.RGN", ["IQ", "IR", "SY", "TR"], []),
    ("iraqi_kurdistan", "", "Kurdistan Region", 36.20, 44.00, "L.RGN", ["IQ"],
     ["Iraqi Kurdistan", "Kurdistan Region of Iraq"]),
    ("rojava", "", "Rojava", 36.80, 40.50, "L.RGN", ["SY"], ["Syrian Kurdistan"]),
    ("balkans", "", "Balkans", 42.50, 21.50, "L.RGN",
     ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "GR", "RO"], ["Balkan Peninsula"]),
    ("western_balkans", "", "Western Balkans", 42.50, 20.00, "L.RGN",
     ["AL", "BA", "XK", "ME", "MK", "RS"], []),
    ("caucasus", "", "Caucasus", 42.50, 44.50, "L.RGN", ["GE", "AM", "AZ", "RU"], ["Caucasia"]),
    ("south_caucasus", "", "South Caucasus", 41.00, 45.00, "L.RGN", ["GE", "AM", "AZ"], ["Transcaucasia"]),
    ("north_caucasus", "", "North Caucasus", 43.50, 45.00, "L.RGN", ["RU"], []),
    ("nagorno_karabakh", "", "Nagorno-Karabakh", 39.90, 46.70, "L.RGN", ["AZ"],
     ["Karabakh", "Artsakh", "Nagorny Karabakh"]),
    ("south_ossetia", "", "South Ossetia", 42.30, 44.00, "L.RGN", ["GE"], ["Tskhinvali Region"]),
    ("donbas", "", "Donbas", 48.00, 38.50, "L.RGN", ["UA"], ["Donbass", "Donets Basin"]),
    ("sahel", "", "Sahel", 14.50, 2.00, "L.RGN",
     ["SN", "MR", "ML", "BF", "NE", "NG", "TD", "SD", "ER", "CM"], []),
    ("sahara", "", "Sahara", 23.50, 13.00, "T.DSRT",
     ["DZ", "EG", "LY", "MA", "TN", "EH", "MR", "ML", "NE", "TD", "SD"], ["Sahara Desert"]),
    ("horn_of_africa", "", "Horn of Africa", 8.00, 45.00, "T.PEN", ["SO", "ET", "ER", "DJ"], []),
    ("sub_saharan_africa", "", "Sub-Saharan Africa", 0.00, 20.00, "L.RGN",
     "@continent:AF-DZ-EG-LY-MA-TN-EH", ["sub-Saharan Africa", "Subsaharan Africa"]),
    ("north_africa", "", "North Africa", 28.00, 10.00, "L.RGN",
     ["DZ", "EG", "LY", "MA", "TN", "EH", "SD"], ["Northern Africa"]),
    ("maghreb", "", "Maghreb", 32.00, 3.00, "L.RGN", ["DZ", "LY", "MA", "MR", "TN", "EH"], ["Maghrib"]),
    ("west_africa", "", "West Africa", 12.00, -3.00, "L.RGN",
     ["BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN", "SL", "TG"],
     ["Western Africa"]),
    ("east_africa", "", "East Africa", -2.00, 36.00, "L.RGN",
     ["BI", "DJ", "ER", "ET", "KE", "RW", "SO", "SS", "TZ", "UG"], ["Eastern Africa"]),
    ("central_africa", "", "Central Africa", 2.00, 20.00, "L.RGN",
     ["AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"], []),
    ("southern_africa", "", "Southern Africa", -24.00, 25.00, "L.RGN",
     ["BW", "LS", "NA", "ZA", "SZ", "ZW", "ZM", "MZ", "MW"], []),
    ("darfur", "", "Darfur", 13.50, 24.00, "L.RGN", ["SD"], []),
    ("scandinavia", "", "Scandinavia", 62.00, 15.00, "L.RGN", ["NO", "SE", "DK"], []),
    ("nordic_countries", "", "Nordic countries", 64.00, 16.00, "L.RGN", ["NO", "SE", "DK", "FI", "IS"],
     ["Nordics", "Nordic region"]),
    ("baltic_states", "", "Baltic states", 57.00, 24.00, "L.RGN", ["EE", "LV", "LT"],
     ["Baltics", "Baltic countries", "Baltic republics"]),
    ("eastern_europe", "", "Eastern Europe", 50.00, 30.00, "L.RGN",
     ["BY", "BG", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA"], []),
    ("western_europe", "", "Western Europe", 48.00, 5.00, "L.RGN",
     ["AT", "BE", "FR", "DE", "LI", "LU", "MC", "NL", "CH"], []),
    ("central_europe", "", "Central Europe", 49.50, 15.50, "L.RGN",
     ["AT", "CZ", "DE", "HU", "LI", "PL", "SK", "SI", "CH"], []),
    # Historical states and regions news still names (no GeoNames id in the inputs).
    ("yugoslavia", "", "Yugoslavia", 44.00, 20.50, "A.PCLH", ["RS", "ME"], ["Federal Republic of Yugoslavia"]),
    ("soviet_union", "", "Soviet Union", 55.75, 37.62, "A.PCLH",
     ["RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ"],
     ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"]),
    ("midwest", "", "Midwest", 42.00, -90.00, "L.RGN", ["US"], ["Middle West", "Midwestern United States"]),
    ("far_east", "", "Far East", 35.00, 125.00, "L.RGN", ["CN", "JP", "KP", "KR", "MN", "TW", "HK", "MO", "RU"], []),
    ("siberia", "", "Siberia", 60.00, 105.00, "L.RGN", ["RU"], []),
    ("arctic", "", "Arctic", 80.00, 0.00, "L.RGN", ["CA", "DK", "FI", "IS", "NO", "RU", "SE", "US"], []),
    ("latin_america", "", "Latin America", -8.00, -62.00, "L.RGN",
     ["AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT", "HN", "HT", "MX", "NI", "PA",
      "PY", "PE", "PR", "UY", "VE"], []),
    ("central_america", "", "Central America", 13.50, -86.50, "L.RGN",
     ["BZ", "CR", "SV", "GT", "HN", "NI", "PA"], []),
    ("caribbean", "", "Caribbean", 17.50, -72.00, "L.RGN",
     ["AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT", "PR", "AI", "AW",
      "BQ", "CW", "GP", "KY", "MF", "MQ", "MS", "SX", "TC", "VG", "VI", "BL"], ["West Indies"]),
    ("southeast_asia", "", "Southeast Asia", 5.00, 110.00, "L.RGN",
     ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"],
     ["South-East Asia", "South East Asia"]),
    ("south_asia", "", "South Asia", 22.00, 78.00, "L.RGN",
     ["AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"], ["Indian subcontinent"]),
    ("east_asia", "", "East Asia", 35.00, 115.00, "L.RGN",
     ["CN", "JP", "KP", "KR", "MN", "TW", "HK", "MO"], []),
    ("central_asia", "", "Central Asia", 43.00, 65.00, "L.RGN", ["KZ", "KG", "TJ", "TM", "UZ"], []),
    ("korean_peninsula", "", "Korean Peninsula", 38.00, 127.50, "T.PEN", ["KR", "KP"], []),
    ("kashmir", "", "Kashmir", 34.10, 75.00, "L.RGN", ["IN", "PK", "CN"], []),
    ("asia_pacific", "", "Asia-Pacific", 10.00, 130.00, "L.RGN", [], ["Asia Pacific"]),
    ("indo_pacific", "", "Indo-Pacific", 0.00, 100.00, "L.RGN", [], ["Indo Pacific"]),
    # Water bodies frequent in news. (Oceans lie in no country; the Atlantic's id is GeoNames' 3411923, the one LGL gives
    # "North Atlantic"; the others keep no id rather than a guessed one.)
    ("atlantic_ocean", "3411923", "Atlantic Ocean", 10.00, -25.00, "H.OCN", [], ["Atlantic", "North Atlantic", "South Atlantic"]),
    ("pacific_ocean", "", "Pacific Ocean", 0.00, -160.00, "H.OCN", [], ["Pacific"]),
    ("indian_ocean", "", "Indian Ocean", -10.00, 80.00, "H.OCN", [], []),
    ("mediterranean", "", "Mediterranean Sea", 35.00, 18.00, "H.SEA", [], ["Mediterranean"]),
    ("red_sea", "", "Red Sea", 20.00, 38.50, "H.SEA", ["EG", "SD", "ER", "DJ", "SA", "YE"], []),
    ("black_sea", "", "Black Sea", 43.40, 34.30, "H.SEA", ["UA", "RU", "GE", "TR", "BG", "RO"], []),
    ("sea_of_azov", "", "Sea of Azov", 46.00, 36.50, "H.SEA", ["UA", "RU"], []),
    ("baltic_sea", "", "Baltic Sea", 58.00, 20.00, "H.SEA", [], []),
    ("south_china_sea", "", "South China Sea", 12.00, 113.00, "H.SEA",
     ["CN", "VN", "PH", "MY", "BN", "TW", "ID"], []),
    ("east_china_sea", "", "East China Sea", 29.00, 125.00, "H.SEA", ["CN", "JP", "KR", "TW"], []),
    ("taiwan_strait", "", "Taiwan Strait", 24.50, 119.50, "H.STRT", ["CN", "TW"], ["Taiwan Straits"]),
    ("strait_of_hormuz", "", "Strait of Hormuz", 26.57, 56.25, "H.STRT", ["IR", "OM", "AE"],
     ["Straits of Hormuz", "Hormuz Strait"]),
    ("bab_el_mandeb", "", "Bab el-Mandeb", 12.58, 43.33, "H.STRT", ["YE", "DJ", "ER"],
     ["Bab al-Mandab", "Bab-el-Mandeb"]),
    ("gulf_of_aden", "", "Gulf of Aden", 12.50, 47.50, "H.GULF", ["YE", "SO", "DJ"], []),
    ("gulf_of_mexico", "", "Gulf of Mexico", 25.00, -90.00, "H.GULF", ["US", "MX", "CU"], ["Gulf of America"]),
    ("suez_canal", "", "Suez Canal", 30.60, 32.33, "H.CNL", ["EG"], []),
]

# ---------------------------------------------------------------------------
# Demonyms (adjective or people noun -> country).  Hand entries win over the
# mordecai / i18n-nationality lists.  Several countries: first is preferred.
# kind: adj | noun
# ---------------------------------------------------------------------------
DEMONYMS = [
    ("American", "US", "adj"), ("Americans", "US", "noun"),
    ("British", "GB", "adj"), ("Briton", "GB", "noun"), ("Britons", "GB", "noun"), ("Brits", "GB", "noun"),
    ("English", "GB", "adj"), ("Scottish", "GB", "adj"), ("Scots", "GB", "noun"), ("Welsh", "GB", "adj"),
    ("Northern Irish", "GB", "adj"),
    ("French", "FR", "adj"), ("Frenchman", "FR", "noun"), ("Frenchmen", "FR", "noun"),
    ("Frenchwoman", "FR", "noun"),
    ("German", "DE", "adj"), ("Germans", "DE", "noun"),
    ("Syrian", "SY", "adj"), ("Russian", "RU", "adj"), ("Turkish", "TR", "adj"), ("Turks", "TR", "noun"),
    ("Iraqi", "IQ", "adj"), ("Iranian", "IR", "adj"), ("Israeli", "IL", "adj"),
    ("Palestinian", "PS", "adj"), ("Chinese", "CN", "adj"), ("Taiwanese", "TW", "adj"),
    ("Japanese", "JP", "adj"), ("South Korean", "KR", "adj"), ("North Korean", "KP", "adj"),
    ("Korean", "KR|KP", "adj"), ("Indian", "IN", "adj"), ("Pakistani", "PK", "adj"),
    ("Afghan", "AF", "adj"), ("Saudi", "SA", "adj"), ("Saudi Arabian", "SA", "adj"),
    ("Emirati", "AE", "adj"), ("Qatari", "QA", "adj"), ("Kuwaiti", "KW", "adj"), ("Yemeni", "YE", "adj"),
    ("Omani", "OM", "adj"), ("Bahraini", "BH", "adj"), ("Jordanian", "JO", "adj"),
    ("Lebanese", "LB", "adj"), ("Egyptian", "EG", "adj"), ("Libyan", "LY", "adj"),
    ("Tunisian", "TN", "adj"), ("Algerian", "DZ", "adj"), ("Moroccan", "MA", "adj"),
    ("Sudanese", "SD", "adj"), ("South Sudanese", "SS", "adj"), ("Ethiopian", "ET", "adj"),
    ("Eritrean", "ER", "adj"), ("Somali", "SO", "adj"), ("Kenyan", "KE", "adj"), ("Nigerian", "NG", "adj"),
    ("Ukrainian", "UA", "adj"), ("Belarusian", "BY", "adj"), ("Belarussian", "BY", "adj"),
    ("Polish", "PL", "adj"), ("Poles", "PL", "noun"), ("Italian", "IT", "adj"), ("Spanish", "ES", "adj"),
    ("Spaniard", "ES", "noun"), ("Spaniards", "ES", "noun"),
    ("Portuguese", "PT", "adj"), ("Dutch", "NL", "adj"), ("Dutchman", "NL", "noun"),
    ("Belgian", "BE", "adj"), ("Swiss", "CH", "adj"), ("Austrian", "AT", "adj"),
    ("Swedish", "SE", "adj"), ("Swede", "SE", "noun"), ("Swedes", "SE", "noun"),
    ("Norwegian", "NO", "adj"), ("Danish", "DK", "adj"), ("Dane", "DK", "noun"), ("Danes", "DK", "noun"),
    ("Finnish", "FI", "adj"), ("Finn", "FI", "noun"), ("Finns", "FI", "noun"),
    ("Icelandic", "IS", "adj"), ("Icelander", "IS", "noun"),
    ("Greek", "GR", "adj"), ("Greeks", "GR", "noun"), ("Cypriot", "CY", "adj"),
    ("Hungarian", "HU", "adj"), ("Czech", "CZ", "adj"), ("Czechs", "CZ", "noun"), ("Slovak", "SK", "adj"),
    ("Romanian", "RO", "adj"), ("Bulgarian", "BG", "adj"), ("Serbian", "RS", "adj"),
    ("Serb", "RS", "noun"), ("Serbs", "RS", "noun"), ("Croatian", "HR", "adj"), ("Croat", "HR", "noun"),
    ("Croats", "HR", "noun"), ("Bosnian", "BA", "adj"), ("Albanian", "AL", "adj"),
    ("Kosovar", "XK", "adj"), ("Kosovan", "XK", "adj"), ("Montenegrin", "ME", "adj"),
    ("Macedonian", "MK", "adj"), ("North Macedonian", "MK", "adj"), ("Slovenian", "SI", "adj"),
    ("Slovene", "SI", "adj"), ("Moldovan", "MD", "adj"), ("Lithuanian", "LT", "adj"),
    ("Latvian", "LV", "adj"), ("Estonian", "EE", "adj"), ("Georgian", "GE", "adj"),
    ("Armenian", "AM", "adj"), ("Azerbaijani", "AZ", "adj"), ("Azeri", "AZ", "adj"),
    ("Kazakh", "KZ", "adj"), ("Kazakhstani", "KZ", "adj"), ("Uzbek", "UZ", "adj"),
    ("Turkmen", "TM", "adj"), ("Kyrgyz", "KG", "adj"), ("Tajik", "TJ", "adj"), ("Mongolian", "MN", "adj"),
    ("Vietnamese", "VN", "adj"), ("Thai", "TH", "adj"), ("Burmese", "MM", "adj"),
    ("Cambodian", "KH", "adj"), ("Laotian", "LA", "adj"), ("Malaysian", "MY", "adj"),
    ("Indonesian", "ID", "adj"), ("Filipino", "PH", "adj"), ("Philippine", "PH", "adj"),
    ("Singaporean", "SG", "adj"), ("Australian", "AU", "adj"), ("New Zealand", "NZ", "adj"),
    ("New Zealander", "NZ", "noun"), ("Canadian", "CA", "adj"), ("Mexican", "MX", "adj"),
    ("Brazilian", "BR", "adj"), ("Argentine", "AR", "adj"), ("Argentinian", "AR", "adj"),
    ("Chilean", "CL", "adj"), ("Colombian", "CO", "adj"), ("Venezuelan", "VE", "adj"),
    ("Peruvian", "PE", "adj"), ("Cuban", "CU", "adj"), ("Haitian", "HT", "adj"),
    ("Bangladeshi", "BD", "adj"), ("Sri Lankan", "LK", "adj"), ("Nepali", "NP", "adj"),
    ("Nepalese", "NP", "adj"), ("Congolese", "CD|CG", "adj"), ("Dominican", "DO|DM", "adj"),
    ("Rwandan", "RW", "adj"), ("Ugandan", "UG", "adj"), ("Malian", "ML", "adj"), ("Nigerien", "NE", "adj"),
    ("Chadian", "TD", "adj"), ("Burkinabe", "BF", "adj"), ("Ivorian", "CI", "adj"),
    ("Senegalese", "SN", "adj"), ("Ghanaian", "GH", "adj"), ("Cameroonian", "CM", "adj"),
    ("Zimbabwean", "ZW", "adj"), ("Zambian", "ZM", "adj"), ("Mozambican", "MZ", "adj"),
    ("Angolan", "AO", "adj"), ("South African", "ZA", "adj"), ("Namibian", "NA", "adj"),
    ("Irish", "IE", "adj"), ("Luxembourgish", "LU", "adj"), ("Maltese", "MT", "adj"),
    ("Tanzanian", "TZ", "adj"), ("Burundian", "BI", "adj"), ("Djiboutian", "DJ", "adj"),
    ("Mauritanian", "MR", "adj"), ("Guatemalan", "GT", "adj"), ("Honduran", "HN", "adj"),
    ("Salvadoran", "SV", "adj"), ("Salvadorean", "SV", "adj"), ("Nicaraguan", "NI", "adj"),
    ("Panamanian", "PA", "adj"), ("Costa Rican", "CR", "adj"), ("Ecuadorian", "EC", "adj"),
    ("Bolivian", "BO", "adj"), ("Paraguayan", "PY", "adj"), ("Uruguayan", "UY", "adj"),
    ("Jamaican", "JM", "adj"), ("Puerto Rican", "PR", "adj"), ("Greenlandic", "GL", "adj"),
    ("Hong Konger", "HK", "noun"), ("Sahrawi", "EH", "adj"), ("Persian", "IR", "adj"),
]

# Capitalized words that news uses far more often for something else than for
# the small place of the same name: the Olympic Games, companies (Nokia,
# Toyota, Hitachi, Honda), clubs (Arsenal), the Brit Awards, a president
# (Obama, also a Japanese city), "Sens." (senators). Like the English word
# list's words, they are places only in a place context ("in Nokia, Finland").
NEWS_COMMON_WORDS = {"olympic", "olympics", "nokia", "toyota", "hitachi", "honda", "arsenal", "brits", "obama", "sens"}

# Noisy source entries that are dropped (wrong country, not an adjective, or
# region adjectives handled elsewhere).
DEMONYM_BLOCKLIST = {
    "Welsh:WF", "UK", "Antarctic", "Guambat", "Channel Islander", "Channel Island", "Bonaire",
    "Svalbard", "Sint Maarten", "Liechtenstein", "Gibraltar", "Guadeloupe", "Bouvet Island",
    "Åland Island", "Cocos Island", "Norfolk Island", "Pitcairn Island", "Falkland Island",
    "Solomon Island", "Antiguans", "Batswana", "Mosotho", "Basotho", "Motswana",
}

# Ethnic / religious / political adjectives and nouns that name NO country.
# (form, kind, related region key or '')
ETHNIC = [
    ("Kurdish", "ethnic", "kurdistan"), ("Kurd", "ethnic", "kurdistan"), ("Kurds", "ethnic", "kurdistan"),
    ("Arab", "ethnic", "arab_world"), ("Arabs", "ethnic", "arab_world"), ("Arabic", "linguistic", "arab_world"),
    ("Alawite", "religious", ""), ("Alawites", "religious", ""), ("Alawi", "religious", ""),
    ("Sunni", "religious", ""), ("Sunnis", "religious", ""),
    ("Shia", "religious", ""), ("Shiite", "religious", ""), ("Shiites", "religious", ""),
    ("Shi'ite", "religious", ""), ("Shi'ites", "religious", ""), ("Shi'a", "religious", ""),
    ("Yazidi", "ethnoreligious", ""), ("Yazidis", "ethnoreligious", ""), ("Yezidi", "ethnoreligious", ""),
    ("Druze", "ethnoreligious", ""), ("Pashtun", "ethnic", ""), ("Pashtuns", "ethnic", ""),
    ("Tamil", "ethnic", ""), ("Tamils", "ethnic", ""), ("Berber", "ethnic", "maghreb"),
    ("Berbers", "ethnic", "maghreb"), ("Amazigh", "ethnic", "maghreb"),
    ("Uighur", "ethnic", "xinjiang"), ("Uighurs", "ethnic", "xinjiang"), ("Uyghur", "ethnic", "xinjiang"),
    ("Uyghurs", "ethnic", "xinjiang"), ("Hispanic", "ethnic", ""), ("Hispanics", "ethnic", ""),
    ("Latino", "ethnic", ""), ("Latinos", "ethnic", ""), ("Latina", "ethnic", ""), ("Latinas", "ethnic", ""),
    ("Jewish", "ethnoreligious", ""), ("Jew", "ethnoreligious", ""), ("Jews", "ethnoreligious", ""),
    ("Muslim", "religious", ""), ("Muslims", "religious", ""), ("Islamic", "religious", ""),
    ("Christian", "religious", ""), ("Christians", "religious", ""), ("Catholic", "religious", ""),
    ("Catholics", "religious", ""), ("Protestant", "religious", ""), ("Protestants", "religious", ""),
    ("Orthodox", "religious", ""), ("Evangelical", "religious", ""), ("Evangelicals", "religious", ""),
    ("Hindu", "religious", ""), ("Hindus", "religious", ""), ("Sikh", "religious", ""),
    ("Sikhs", "religious", ""), ("Buddhist", "religious", ""), ("Buddhists", "religious", ""),
    ("Coptic", "ethnoreligious", ""), ("Copt", "ethnoreligious", ""), ("Copts", "ethnoreligious", ""),
    ("Maronite", "religious", ""), ("Maronites", "religious", ""), ("Assyrian", "ethnic", ""),
    ("Assyrians", "ethnic", ""), ("Chaldean", "ethnoreligious", ""), ("Salafi", "religious", ""),
    ("Salafist", "religious", ""), ("Wahhabi", "religious", ""), ("Sufi", "religious", ""),
    ("Ismaili", "religious", ""), ("Baha'i", "religious", ""), ("Zoroastrian", "religious", ""),
    ("Baloch", "ethnic", ""), ("Baluch", "ethnic", ""), ("Hazara", "ethnic", ""), ("Hazaras", "ethnic", ""),
    ("Rohingya", "ethnic", ""), ("Tutsi", "ethnic", ""), ("Tutsis", "ethnic", ""), ("Hutu", "ethnic", ""),
    ("Hutus", "ethnic", ""), ("Fulani", "ethnic", ""), ("Igbo", "ethnic", ""), ("Yoruba", "ethnic", ""),
    ("Hausa", "ethnic", ""), ("Tuareg", "ethnic", "sahel"), ("Oromo", "ethnic", ""), ("Amhara", "ethnic", ""),
    ("Tigrayan", "ethnic", ""), ("Tigrayans", "ethnic", ""), ("Bedouin", "ethnic", ""),
    ("Roma", "ethnic", ""), ("Romani", "ethnic", ""), ("Sami", "ethnic", ""), ("Basque", "ethnic", ""),
    ("Catalan", "ethnic", ""), ("Flemish", "ethnic", ""), ("Walloon", "ethnic", ""), ("Tatar", "ethnic", ""),
    ("Tatars", "ethnic", ""), ("Chechen", "ethnic", "north_caucasus"), ("Chechens", "ethnic", "north_caucasus"),
    ("Circassian", "ethnic", "north_caucasus"), ("Ossetian", "ethnic", "caucasus"),
    ("Abkhaz", "ethnic", "abkhazia"), ("Kashmiri", "ethnic", "kashmir"), ("Kashmiris", "ethnic", "kashmir"),
    ("Tibetan", "ethnic", "tibet"), ("Tibetans", "ethnic", "tibet"), ("Bosniak", "ethnic", ""),
    ("Bosniaks", "ethnic", ""), ("Sephardic", "ethnoreligious", ""), ("Ashkenazi", "ethnoreligious", ""),
    ("Crimean Tatar", "ethnic", "crimea"),
    ("Western", "geopolitical", ""), ("Soviet", "historical", ""), ("Ottoman", "historical", ""),
]

# Region adjectives: adjective -> region key from REGIONS.
REGION_ADJECTIVES = [
    ("European", "europe"), ("Europeans", "europe"), ("African", "africa"), ("Africans", "africa"),
    ("Asian", "asia"), ("Asians", "asia"), ("North American", "north_america"),
    ("South American", "south_america"), ("Oceanian", "oceania"), ("Antarctic", "antarctica"),
    ("Arctic", "arctic"), ("Middle Eastern", "middle_east"), ("Mideast", "middle_east"),
    ("Latin American", "latin_america"), ("Central American", "central_america"),
    ("Caribbean", "caribbean"), ("Scandinavian", "scandinavia"), ("Nordic", "nordic_countries"),
    ("Baltic", "baltic_states"), ("Balkan", "balkans"), ("Sub-Saharan", "sub_saharan_africa"),
    ("sub-Saharan", "sub_saharan_africa"), ("Central Asian", "central_asia"),
    ("Southeast Asian", "southeast_asia"), ("South Asian", "south_asia"), ("East Asian", "east_asia"),
    ("West African", "west_africa"), ("East African", "east_africa"), ("North African", "north_africa"),
    ("Southern African", "southern_africa"),
    ("Gulf", "gulf_states"), ("Levantine", "levant"), ("Maghrebi", "maghreb"), ("Sahelian", "sahel"),
    ("Crimean", "crimea"), ("Siberian", "siberia"), ("Asia-Pacific", "asia_pacific"),
    ("Mediterranean", "mediterranean"), ("Saharan", "sahara"),
    ("Darfuri", "darfur"), ("Kurdistani", "kurdistan"),
]


# --- counties (GeoNames ADM2) of these countries go into the gazetteer (build_gazetteer.py, --admin2) -------------------
ADMIN2_COUNTRIES = {"GB", "IE"}

# Council prefixes of admin2 names, which news leaves out (Borough of Torbay: Torbay).
ADMIN2_COUNCIL_PREFIXES = ("Borough of ", "City of ", "City and Borough of ", "City and County of ", "Metropolitan Borough of ",
                           "Royal Borough of ", "District of ", "County of ")

# Irish- and Welsh-language names in GeoNames' admin2 list, by code: the English name news uses.
ADMIN2_NAMES = {
    "IE.L.23": "County Offaly",
    "IE.L.18": "County Longford",
    "IE.U.02": "County Cavan",
    "GB.WLS.Y8": "Powys",  # (GeoNames: Sir Powys, "sir" being Welsh for county)
}
