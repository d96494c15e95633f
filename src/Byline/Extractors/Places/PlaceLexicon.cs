using System.Collections.Frozen;
using Byline.Text;

namespace Byline.Extractors.Places;

/// <summary>Hand-written word lists the place extractor uses for its context rules. All lookups are case-insensitive.</summary>
internal static class PlaceLexicon
{
    private static ShapedSet Set(params string[] words) => new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words));

    /// <summary>Words before a name that make it a place: <c>in Paris</c>, <c>near Akhtarin</c>.</summary>
    public static readonly ShapedSet Prepositions = Set(
        "in", "at", "near", "from", "to", "outside", "into", "across", "toward", "towards", "around", "via", "through",
        "throughout", "within", "inside", "between", "nearby", "beyond", "visit", "visited", "visiting", "entered",
        "reached", "captured", "recaptured", "seized", "retake", "retook", "shelled", "bombed", "besieged", "invaded",
        "left", "fled", "moved", "returned", "traveled", "travelled", "flew", "based", "born", "raised", "downtown",
        "northern", "southern", "eastern", "western", "central", "rural", "suburban", "coastal", "neighboring",
        "neighbouring", "northeastern", "northwestern", "southeastern", "southwestern");

    /// <summary>Words before <c>of</c> that make the next name a place: <c>the city of Raqqa</c>, <c>south of Akhtarin</c>.</summary>
    public static readonly ShapedSet OfPlaceHeads = Set(
        "city", "cities", "town", "towns", "village", "villages", "hamlet", "suburb", "suburbs", "outskirts", "district",
        "province", "provinces", "region", "state", "county", "capital", "port", "island", "islands", "neighborhood",
        "neighbourhood", "area", "areas", "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "north-east", "north-west", "south-east", "south-west", "heart", "center", "centre", "streets",
        "residents", "mayor", "governor", "people", "kingdom", "republic", "borough", "municipality", "governorate",
        "settlement", "camp", "township", "parish", "community", "communities", "gates", "countryside", "edge",
        "part", "parts", "rest", "coast", "border", "borders", "east", "west", "sides", "side");

    /// <summary>Words after a name that make it the state rather than its namesake city: <c>New York state</c>, <c>the Washington border</c>.</summary>
    public static readonly ShapedSet RegionFollowers = Set(
        "state", "State", "border", "line", "legislature", "Legislature", "lawmakers", "governor", "Gov.", "statewide",
        "voters", "delegation");

    /// <summary>Lower-case words before a name that make it the state rather than its namesake city: <c>upstate New York</c> (not <c>eastern</c>: <c>eastern Aleppo</c> is the city's east).</summary>
    public static readonly ShapedSet RegionPrecursors = Set(
        "upstate", "downstate", "statewide");

    /// <summary>Words before <c>of</c> whose next names are unknown places when the gazetteer lacks them.</summary>
    public static readonly ShapedSet UnknownPlaceHeads = Set(
        "town", "towns", "village", "villages", "hamlet", "suburb", "district", "neighborhood", "neighbourhood",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
        "north-west", "south-east", "south-west", "outskirts", "city", "province", "governorate", "municipality",
        "settlement", "camp", "township");

    /// <summary>Nouns that introduce a list of places after a dash or colon: <c>three areas – X, Y and Z</c>.</summary>
    public static readonly ShapedSet ListHeads = Set(
        "areas", "villages", "towns", "cities", "districts", "neighborhoods", "neighbourhoods", "provinces",
        "locations", "places", "settlements", "hamlets", "suburbs", "communities");

    /// <summary>Words after a name that make the whole an unresolved place: <c>Laurel County</c>.</summary>
    public static readonly ShapedSet AreaSuffixes = Set(
        "County", "Parish", "Township", "Borough"); // IsAreaSuffix tests for 6 to 10 letters first (with a possessive)

    /// <summary>Words that end a street's or a road's name: <c>Main Street</c>, <c>Orchard St.</c>, <c>Kanawha Boulevard</c>, <c>Old Lexington Highway</c>.</summary>
    public static readonly ShapedMap<FeatureKind> StreetSuffixes = new(StreetSuffixWords);

    private static FrozenDictionary<string, FeatureKind> StreetSuffixWords => new Dictionary<string, FeatureKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["Street"] = FeatureKind.Street, ["St."] = FeatureKind.Street, ["Avenue"] = FeatureKind.Street, ["Ave."] = FeatureKind.Street,
        ["Boulevard"] = FeatureKind.Street, ["Blvd."] = FeatureKind.Street, ["Lane"] = FeatureKind.Street, ["Drive"] = FeatureKind.Street,
        ["Road"] = FeatureKind.Road, ["Rd."] = FeatureKind.Road, ["Highway"] = FeatureKind.Road, ["Hwy."] = FeatureKind.Road,
        ["Parkway"] = FeatureKind.Road, ["Pkwy."] = FeatureKind.Road, ["Turnpike"] = FeatureKind.Road, ["Expressway"] = FeatureKind.Road,
        ["Freeway"] = FeatureKind.Road, ["Trail"] = FeatureKind.Trail,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the name of a natural feature or a park: <c>Red River</c>, <c>Elbow Lake</c>, <c>Rocky Mountains</c>, <c>Yellowstone National Park</c>.</summary>
    public static readonly ShapedMap<FeatureKind> NaturalSuffixes = new(NaturalSuffixWords);

    private static FrozenDictionary<string, FeatureKind> NaturalSuffixWords => new Dictionary<string, FeatureKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["River"] = FeatureKind.Stream, ["Creek"] = FeatureKind.Stream, ["Lake"] = FeatureKind.Lake, ["Reservoir"] = FeatureKind.Reservoir,
        ["Mountains"] = FeatureKind.Mountains, ["Mountain"] = FeatureKind.Mountain, ["Canyon"] = FeatureKind.Canyon,
        ["Park"] = FeatureKind.Park, ["Wilderness"] = FeatureKind.Park, ["Forest"] = FeatureKind.Forest, ["Ocean"] = FeatureKind.Ocean,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open the name of a natural feature: <c>Lake Tahoe</c>, <c>Mount Everest</c>, <c>River Thames</c>.</summary>
    public static readonly ShapedMap<FeatureKind> NaturalPrefixes = new(NaturalPrefixWords);

    private static FrozenDictionary<string, FeatureKind> NaturalPrefixWords => new Dictionary<string, FeatureKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["Lake"] = FeatureKind.Lake, ["Mount"] = FeatureKind.Mountain, ["Mt."] = FeatureKind.Mountain, ["River"] = FeatureKind.Stream,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that name a numbered road before its number: <c>Highway 82</c>, <c>Interstate 75</c>, <c>Route 66</c>, <c>County Road 43</c>.</summary>
    public static readonly ShapedSet RouteWords = Set(RouteWordList);

    private static string[] RouteWordList => ["Highway", "Hwy.", "Hwy", "Interstate", "Interstates", "Route", "Rte.", "Road", "Freeway", "Motorway"];

    /// <summary>Capital codes of numbered roads: <c>US 19</c>, <c>KY 52</c>, <c>FM 645</c>, <c>CR 2202</c>, <c>I-75</c>, <c>US-24</c>.</summary>
    public static readonly ShapedSet RouteCodes = Set(RouteCodeList);

    private static string[] RouteCodeList => ["I", "US", "SR", "CR", "FM", "SH", "RM", "KY"];

    /// <summary>Every word of <see cref="StreetSuffixes"/>, <see cref="RouteWords"/>, <see cref="RouteCodes"/>, <see cref="NaturalSuffixes"/> and <see cref="NaturalPrefixes"/>: one lookup rules a word out of all five.</summary>
    public static readonly ShapedSet FeatureWords = Set(
        [.. StreetSuffixWords.Keys, .. RouteWordList, .. RouteCodeList, .. NaturalSuffixWords.Keys, .. NaturalPrefixWords.Keys]);

    /// <summary>Words that may open a street's name though they open no other name: <c>North Main Street</c>, <c>Old Alton Road</c>.</summary>
    public static readonly ShapedSet StreetOpeners = Set(
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "N.", "S.", "E.", "W.", "N", "S", "E", "W",
        "N.W.", "N.E.", "S.W.", "S.E.", "NW", "NE", "SW", "SE", "Old", "New", "Upper", "Lower", "Central", "Greater");

    /// <summary>Compass words that may close a street's name: <c>40th Avenue South</c>, <c>Interstate 64 West</c>, <c>Seventh Street N.W.</c>.</summary>
    public static readonly ShapedSet StreetClosers = Set(
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "N.W.", "N.E.", "S.W.", "S.E.", "NW", "NE", "SW", "SE");

    /// <summary>Capitalized words that may follow or precede a place without making it part of another name.</summary>
    public static readonly ShapedSet NameNeutral = Set(
        "President", "Presidents", "Prime", "Minister", "Ministers", "Foreign", "Defense", "Defence", "Interior",
        "Secretary", "Gov.", "Governor", "Mayor", "Sen.", "Senator", "Rep.", "Representative", "Ambassador", "Gen.",
        "General", "Attorney", "Chief", "Premier", "King", "Queen", "Crown", "Vice", "Deputy", "Finance", "Trade",
        "Economy", "Health", "Justice", "Energy", "Oil", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Supreme",
        "Leader", "Chancellor", "Speaker", "Senate", "House", "Gov", "Sen", "Rep", "Judge", "Officer", "Officers",
        "Officials", "Police", "Mr.", "Mrs.", "Ms.", "Dr.", "Sheriff", "Commissioner", "Councilman", "Councilwoman",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
        "Greater", "Downtown", "Metro", "Rural", "Occupied", "Mainland", "Continental", "Northeast", "Northwest",
        "Southeast", "Southwest", "In", "At", "From", "To", "Near", "Across", "Outside", "Inside", "Throughout",
        "Like", "Unlike", "Including", "Visiting", "Both", "And", "But", "While", "When", "If", "As", "Since",
        "Beyond", "Between", "Around", "Through", "Via", "The", "A", "An", "Of", "For", "With", "Without", "Under",
        "Over", "Against", "Despite", "After", "Before", "During", "On", "By", "Into", "Toward", "Towards", "Than",
        "Or", "Nor", "So", "Yet", "Also", "Only", "Even", "Welcome", "Tour", "Visit", "Says", "Said", "Is", "Was",
        "Are", "Were", "Will", "Has", "Have", "Had", "Not", "No", "All", "More", "Most", "Many", "New", "Old",
        "OK", "Former", "Neither", "Either", "Some", "Every", "Each", "Any", "Another", "Other", "Several", "Such", "This",
        "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "My", "Your");

    /// <summary>Compass words that open a region of the place they precede (<c>North Texas</c>, <c>Northeast Georgia</c>).</summary>
    public static readonly ShapedSet CompassWords = Set(
        "North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Northern", "Southern",
        "Eastern", "Western", "Central", "Upper", "Lower");

    /// <summary>Month and weekday names: never a place on their own (<c>March</c>, <c>August</c>).</summary>
    public static readonly ShapedSet MonthsAndDays = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
        "Easter");

    /// <summary>Words that make the capitalized chunk around a place an organization: <c>Syrian Observatory</c>, <c>New York Times</c>.</summary>
    public static readonly ShapedSet OrganizationHeads = Set(
        "Observatory", "Party", "Front", "Church", "Institute", "Association", "League", "Federation", "Company",
        "Corporation", "Corp.", "Corp", "Inc.", "Inc", "Ltd", "Ltd.", "Bank", "News", "Radio", "Airlines", "Airways",
        "Post", "Times", "Press", "Agency", "Foundation", "Society", "Club", "Museum", "University", "College",
        "School", "Academy", "Center", "Centre", "Brotherhood", "Movement", "Herald", "Tribune", "Journal",
        "Gazette", "Daily", "Telegraph", "Guardian", "Independent", "Review", "Magazine", "Television", "TV",
        "Broadcasting", "Network", "Orchestra", "Symphony", "Opera", "Theatre", "Theater", "Hospital", "Clinic",
        "Stadium", "Arena", "Airport", "Hotel", "Group", "Holdings", "Industries", "Railway", "Railways", "Railroad",
        "Motors", "Electric", "Energy", "Petroleum", "Oil", "Gas", "Telecom", "Exchange", "Stock", "Fund", "Trust",
        "Union", "Council", "Committee", "Commission", "Board", "Bureau", "Authority", "Service", "Services",
        "Army", "Navy", "Guard", "Forces", "Brigade", "Battalion", "Regiment", "Division", "Corps", "Revolution",
        "Coalition", "Alliance", "Consulate", "Embassy", "Court", "Tribunal", "Parliament", "Assembly", "Congress",
        "Cup", "Open", "Championship", "Championships", "Series", "Games", "Olympics", "Marathon", "Grand", "Prix", "Festival",
        "Rangers", "United", "City", "Wanderers", "Rovers", "Athletic", "Bulls", "Bears", "Giants", "Lakers",
        "Yankees", "Mets", "Red", "Blue", "White", "Black", "Zoo", "Library", "Cathedral", "Mosque", "Temple",
        "Diocese", "Archdiocese", "Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Lane",
        "Drive", "Highway", "Bridge", "Square", "Park", "Mall", "Plaza", "Tower", "Towers", "Hall", "Building",
        "Declaration", "Accord", "Accords", "Agreement", "Treaty", "Protocol", "Convention", "Conference", "Summit",
        "Process", "Initiative", "Plan", "Act", "Law", "Bill", "Chamber", "Department", "Medal", "Office", "Ministry");

    /// <summary>
    /// Organization words of public bodies: a country or state that opens such a name still names the place the body serves
    /// (<c>Texas Department of Transportation</c>, <c>Georgia Bureau of Investigation</c>, <c>Ohio Supreme Court</c>).
    /// </summary>
    public static readonly ShapedSet PublicBodyHeads = Set(
        "Department", "Service", "Services", "Highway", "Guard", "Board", "Court", "Commission", "Bureau", "Division", "Council",
        "Association", "University", "College", "School", "Army", "Navy", "Assembly", "Authority", "Office", "Chamber", "Committee",
        "Coalition", "Center", "Centre", "Institute", "Library", "Museum", "Zoo", "Hall", "Ministry", "Agency", "Forces", "Corps",
        "Parliament", "Congress", "Tribunal", "Consulate", "Embassy", "Academy", "Society", "Foundation");

    /// <summary>Titles of rulers and clergy: <c>Emperor of Brazil</c>, <c>Duke of Orleans</c>, <c>Chicago Cardinal Joseph Bernardin</c> name the place they are of.</summary>
    public static readonly ShapedSet RulerTitles = Set(
        "Emperor", "Empress", "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Earl", "Countess", "Baron", "Baroness",
        "Marquis", "Sultan", "Emir", "Shah", "Tsar", "Czar", "Tsarina", "Kaiser", "Pope", "Cardinal", "Archbishop", "Patriarch",
        "Viscount", "Khan", "Caliph", "Pharaoh", "Maharaja", "Rajah", "Regent", "Dauphin");

    /// <summary>Verbs of a match's result or play after a team's name in a sports report (<c>Kent stepped up a gear</c>, <c>Essex beat Surrey</c>).</summary>
    public static readonly ShapedSet ResultVerbs = Set(
        "beat", "beats", "won", "wins", "lost", "loses", "drew", "draws", "defeated", "trailed", "trail", "led", "lead", "scored", "edged", "routed",
        "thrashed", "crushed", "clinched", "stepped", "rallied", "batted", "bowled", "declared", "reached", "romped", "cruised", "slumped");

    /// <summary>Words that end a company's name: after them, <c>of X</c> says where the company is (<c>Kia Motor Corp of South Korea</c>).</summary>
    public static readonly ShapedSet CompanySuffixes = Set(
        "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Co", "Co.", "Plc", "PLC", "AG", "SA", "NV", "BV", "LLC", "GmbH", "SpA", "AB", "ASA", "Oyj");

    /// <summary>Facilities named after the town they stand in (<c>Gainesville Regional Airport</c>, <c>Parkview Hospital</c>): the town's name there is a mention of it.</summary>
    public static readonly ShapedSet LocalFacilities = Set(
        "Airport", "Hospital", "Stadium", "Arena", "Hall", "Cemetery", "Clinic", "Park", "Mall", "Square", "Station", "Harbor", "Harbour", "Port");

    /// <summary>Words that open public bodies' names without naming a place, though the gazetteer has a place so called: <c>Federal Aviation Administration</c>.</summary>
    public static readonly ShapedSet PublicBodyModifiers = Set(
        "Federal", "National", "State", "Royal", "Imperial", "International", "Regional", "Municipal", "Metropolitan", "Union", "United");

    /// <summary>Lower-case nouns after a town's name that make it a place: <c>a DeKalb man</c>, <c>Hayward residents</c>.</summary>
    public static readonly ShapedSet ResidentNouns = Set(
        "man", "woman", "men", "women", "teen", "teens", "teenager", "teenagers", "boy", "girl", "resident", "residents",
        "native", "couple", "homeowner", "homeowners", "motorist", "driver", "youth", "mother", "father",
        "businessman", "businesswoman");

    /// <summary>Words before a demonym that make it a language: <c>spoke French</c>, <c>learned English</c>.</summary>
    public static readonly ShapedSet LanguageVerbs = Set(
        "speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns", "learned", "learning", "learnt", "teach",
        "teaches", "taught", "teaching", "study", "studied", "studies", "studying", "fluent", "translated", "translate",
        "understand", "understands", "understood");

    /// <summary>Words after a demonym that make it a language: <c>French immersion</c>, <c>English language learners</c>.</summary>
    public static readonly ShapedSet LanguageNouns = Set(
        "language", "languages", "speaking", "speaker", "speakers", "learners", "class", "classes", "teacher", "teachers",
        "lessons", "lesson", "course", "courses", "immersion", "translation", "translations", "translator", "subtitles",
        "literature", "grammar", "dictionary", "proficiency", "fluency", "instruction");

    /// <summary>Plural nouns that name an organization's members before <c>of</c> (<c>Future Farmers of America</c>, <c>Sons of Norway</c>).</summary>
    public static readonly ShapedSet MemberNouns = Set(
        "Farmers", "Friends", "Sons", "Daughters", "Knights", "Veterans", "Sisters", "Brothers", "Workers", "Women",
        "Citizens", "Mothers", "Fathers", "Children", "Residents", "Students", "Democrats", "Republicans", "Teachers",
        "Employees", "Members", "Volunteers", "Parents", "Nurses", "Doctors", "Lawyers", "Officers", "Scouts",
        "Rangers", "Pioneers", "Patriots", "People", "Partners", "Neighbors", "Neighbours");

    /// <summary>Place names that are also common first names: a place only when nothing marks them as a person.</summary>
    public static readonly ShapedSet FirstNames = Set(
        "Chad", "Jordan", "Victoria", "Florence", "Austin", "Houston", "Lincoln", "Charlotte", "Paris", "Georgia",
        "Israel", "Sydney", "Orlando", "Dallas", "Denver", "Carolina", "Virginia", "Madison", "Jackson", "Regina",
        "Adelaide", "Alexandria", "Augusta", "Beverly", "Camden", "Chelsea", "Clifton", "Clinton", "Eugene",
        "Franklin", "Hamilton", "Harrison", "Kent", "Kingston", "Lawrence", "Marion", "Milton", "Montgomery",
        "Nelson", "Preston", "Raleigh", "Savannah", "Sherman", "Stanley", "Tyler", "Warren", "Washington", "Wilson",
        "Winston", "Brooklyn", "Dakota", "Phoenix", "Asia", "India", "China", "Kenya", "Lebanon", "Havana",
        "Cairo", "Vienna", "Eden", "Salem", "Troy", "Vernon", "Homer", "Bradford", "Carson", "Douglas", "Cleveland",
        "Nashville", "Aurora", "Marshall", "Logan", "Tucker", "Mason", "Hudson", "Cameron", "Darwin", "Hastings",
        "Berkeley", "Columbus", "Calvin", "Florida");

    /// <summary>
    /// Common given names: at the start of a sentence, such a word before a place's name makes the pair a person
    /// (<c>Michael Moore's film</c>, <c>David Lincoln said</c>), as any capitalized word does inside a sentence.
    /// </summary>
    public static readonly ShapedSet GivenNames = Set(
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Edward",
        "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin",
        "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis", "Jerry",
        "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle", "Walter", "Ethan", "Jeremy",
        "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry", "Sean", "Austin", "Arthur", "Lawrence", "Jesse",
        "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce", "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy",
        "Ralph", "Randy", "Eugene", "Vincent", "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny", "Tony", "Ian", "Neil",
        "Simon", "Martin", "Graham", "Nigel", "Colin", "Stuart", "Gordon", "Alistair", "Alastair", "Malcolm", "Derek", "Trevor",
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa",
        "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol", "Amanda", "Melissa",
        "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna",
        "Brenda", "Pamela", "Nicole", "Emma", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn",
        "Janet", "Ruth", "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina",
        "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria",
        "Ann", "Anne", "Teresa", "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy",
        "Grace", "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany", "Natalie",
        "Isabella", "Charlotte", "Rose", "Alexis", "Kayla", "Kate", "Jane", "Claire", "Fiona", "Gillian", "Alison", "Tessa",
        "Dan", "Tom", "Jim", "Bob", "Mike", "Dave", "Steve", "Chris", "Nick", "Ben", "Sam", "Matt", "Rob", "Andy", "Pete", "Phil",
        "Tim", "Ken", "Ron", "Jeff", "Greg", "Rick", "Bill", "Jon", "Alex", "Liz", "Sue", "Jo", "Kim", "Jenny", "Katie", "Sally",
        "Debbie", "Tina");

    /// <summary>Institutions whose names are also small towns' names; in news they name the institution (<c>Congress</c>, Arizona, is a town).</summary>
    public static readonly ShapedSet InstitutionNames = Set("White House", "Red Cross", "Red Crescent", "Congress");

    /// <summary>Words after a name that make it a person: <c>Jordan said</c>.</summary>
    public static readonly ShapedSet SpeechVerbs = Set(
        "said", "says", "told", "added", "asked", "wrote", "explained", "recalled", "noted", "insisted", "admitted",
        "replied", "who", "scored", "smiled", "laughed");

    /// <summary>Titles right before a single name that make it a person's name: <c>President Obama</c>, <c>Sen. Lincoln</c>.</summary>
    public static readonly ShapedSet PersonTitles = Set(
        "President", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs",
        "Ms", "Dr", "Judge",
        "Sheriff", "Coach", "Officer", "Sgt.", "Lt.", "Capt.", "Col.", "Gen.", "Maj.", "Cpl.", "Pvt.", "Rev.", "Pastor",
        "Father", "Mayor", "Commissioner", "Councilman", "Councilwoman", "Trooper", "Detective", "Deputy", "Justice",
        "Secretary", "Prof.", "Professor", "Sir", "Lady", "Rabbi", "Bishop", "Chairman", "Chairwoman", "Chancellor",
        "Premier", "Speaker", "Ambassador", "Superintendent", "Principal", "Manager", "Director", "Patrolman",
        "Sergeant", "Lieutenant", "Captain", "Colonel", "General", "Miss", "Madam", "Mister", "Attorney",
        "Prosecutor", "Candidate", "Nominee", "Defendant", "Assemblyman", "Assemblywoman", "Congressman",
        "Congresswoman", "Del.", "Supt.", "Atty.", "Insp.", "Inspector", "Constable", "Alderman");

    /// <summary>Sport names that open a sports report's headline (<c>CRICKET - ...</c>); never places themselves.</summary>
    public static readonly ShapedSet SportLabels = Set(
        "SOCCER", "FOOTBALL", "CRICKET", "BASEBALL", "BASKETBALL", "TENNIS", "GOLF", "RUGBY", "UNION", "LEAGUE",
        "ATHLETICS", "CYCLING", "BOXING", "HOCKEY", "ICE", "MOTOR", "MOTORCYCLING", "RACING", "HORSE", "SKIING",
        "SWIMMING", "ROWING", "SAILING", "YACHTING", "SQUASH", "BADMINTON", "VOLLEYBALL", "HANDBALL", "SNOOKER",
        "DARTS", "CHESS", "TRIATHLON", "WRESTLING", "JUDO", "FORMULA", "NFL", "NBA", "NHL", "MLB", "OLYMPICS",
        "SPORT", "SPORTS", "AMERICAN", "AUSTRALIAN", "RULES", "GYMNASTICS", "FENCING", "EQUESTRIANISM", "SPEEDWAY",
        "CANOEING", "ROLLER", "POLO", "LACROSSE", "NORDIC", "ALPINE", "BOBSLEIGH", "TABLE");

    /// <summary>Words before a single name that make it a person: <c>said Moore</c>.</summary>
    public static readonly ShapedSet SpeechBefore = Set(
        "said", "says", "asked", "added", "wrote", "explained", "noted");

    /// <summary>A player's or manager's role after a town's name that makes the name a club: <c>Chelsea boss</c>, <c>Everton striker</c>.</summary>
    public static readonly ShapedSet ClubRoles = Set(
        "boss", "manager", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "full-back", "centre-back",
        "centre-half", "playmaker", "fly-half", "scrum-half", "flanker", "skipper", "captain");

    /// <summary>Nouns after a small town's name that make it a politician's: <c>the Clinton campaign</c>, <c>their Clinton counterparts</c>.</summary>
    public static readonly ShapedSet PoliticianFollowers = Set(
        "campaign", "campaigns", "administration", "aides", "aide", "counterparts", "supporters", "loyalists", "presidency",
        "era", "spokesman", "spokeswoman");

    /// <summary>Plural nouns after a list of names that make the names places: <c>Butler, Clark and Warren counties</c>.</summary>
    public static readonly ShapedSet ListAreaNouns = Set(
        "counties", "parishes", "townships", "districts", "boroughs", "provinces", "states", "regions", "towns", "cities", "villages");

    /// <summary>Words that open a clause whose subject follows: <c>but Chelsea have</c>, <c>because Everton are</c>.</summary>
    public static readonly ShapedSet ClauseOpeners = Set(
        "but", "because", "when", "if", "as", "while", "although", "though", "that", "so", "after", "before", "since", "until",
        "unless", "where", "whereas", "yet", "now", "once", "whether");

    /// <summary>Lower-case words allowed inside a multi-word name: <c>Bosnia and Herzegovina</c>, <c>Rio de Janeiro</c>.</summary>
    public static readonly ShapedSet Connectors = Set(
        "of", "the", "and", "de", "del", "la", "le", "upon", "on", "al", "el", "da", "do", "dos", "du", "des", "di",
        "am", "an", "sur", "y", "en", "bin", "ibn", "van", "von", "der", "den", "im", "ar", "as", "ash", "ad", "az",
        "at", "es", "ech", "ul", "e", "i", "o", "sul", "sous", "les", "lo", "los", "las", "-", "&");

    /// <summary>
    /// AP-style US state abbreviations (<c>Ga.</c>, <c>W.Va.</c>) and the GeoNames admin1 code they stand for. The value's
    /// first character is <c>!</c> when the abbreviation is also an ordinary word (<c>Miss.</c>, <c>Ind.</c>) and counts
    /// only after a comma that follows a place.
    /// </summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UsStateAbbreviations =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Ala."] = "AL", ["Ariz."] = "AZ", ["Ark."] = "AR", ["Calif."] = "CA", ["Cal."] = "CA", ["Colo."] = "CO",
            ["Conn."] = "CT", ["Del."] = "!DE", ["Fla."] = "FL", ["Ga."] = "GA", ["Ill."] = "!IL", ["Ind."] = "!IN",
            ["Kan."] = "KS", ["Kans."] = "KS", ["Ky."] = "KY", ["La."] = "!LA", ["Md."] = "MD", ["Mass."] = "!MA",
            ["Mich."] = "MI", ["Minn."] = "MN", ["Miss."] = "!MS", ["Mo."] = "!MO", ["Mont."] = "MT", ["Neb."] = "NE",
            ["Nebr."] = "NE", ["Nev."] = "NV", ["N.H."] = "NH", ["N.J."] = "NJ", ["N.M."] = "NM", ["N.Y."] = "NY",
            ["N.C."] = "NC", ["N.D."] = "ND", ["Okla."] = "OK", ["Ore."] = "!OR", ["Oreg."] = "OR", ["Pa."] = "!PA",
            ["Penn."] = "PA", ["R.I."] = "RI", ["S.C."] = "SC", ["S.D."] = "SD", ["Tenn."] = "TN", ["Tex."] = "TX",
            ["Vt."] = "VT", ["Va."] = "VA", ["Wash."] = "!WA", ["W.Va."] = "WV", ["W. Va."] = "WV", ["Wis."] = "WI",
            ["Wisc."] = "WI", ["Wyo."] = "WY",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
