using System.Collections.Frozen;
using Byline.Text;

namespace Byline.Extractors.Quotes;

/// <summary>The hand-written word lists the quote extractor reads: speech verbs, speaker nouns, titles and stop words.</summary>
/// <remarks>All sets compare case-insensitively and are looked up by span, without allocating.</remarks>
internal static class QuoteLexicon
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that introduce speech, in every form a news sentence uses.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = Set(
        "know", "knows", "knew", "thought", "feel", "feels", "felt", "learned", "doubt", "understand", "recognize", "realize", "realized", "see", "sees", "saw", "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "warn", "warns", "warned", "warning", "acknowledge", "acknowledges", "acknowledged", "acknowledging",
        "suggest", "suggests", "suggested", "suggesting", "insist", "insists", "insisted", "insisting",
        "deny", "denies", "denied", "denying", "claim", "claims", "claimed", "claiming", "note", "notes", "noted", "noting",
        "argue", "argues", "argued", "arguing", "state", "states", "stated", "explain", "explains", "explained", "explaining",
        "announce", "announces", "announced", "announcing", "report", "reports", "reported", "assert", "asserts", "asserted", "asserting",
        "contend", "contends", "contended", "maintain", "maintains", "maintained", "predict", "predicts", "predicted", "predicting",
        "promise", "promises", "promised", "promising", "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged",
        "confirm", "confirms", "confirmed", "confirming", "admit", "admits", "admitted", "admitting", "concede", "concedes", "conceded", "conceding",
        "declare", "declares", "declared", "declaring", "stress", "stresses", "stressed", "stressing", "emphasize", "emphasizes", "emphasized",
        "write", "writes", "wrote", "writing", "tweet", "tweets", "tweeted", "tweeting", "ask", "asks", "asked", "asking",
        "reply", "replies", "replied", "respond", "responds", "responded", "recall", "recalls", "recalled", "recalling",
        "complain", "complains", "complained", "complaining", "charge", "charges", "charged", "allege", "alleges", "alleged",
        "counter", "counters", "countered", "agree", "agrees", "agreed", "disclose", "discloses", "disclosed", "reveal", "reveals", "revealed",
        "estimate", "estimates", "estimated", "conclude", "concludes", "concluded", "indicate", "indicates", "indicated",
        "hint", "hinted", "signal", "signaled", "signalled", "observe", "observed", "remark", "remarked", "joke", "joked", "joking",
        "quip", "quipped", "testify", "testified", "boast", "boasted", "boasting", "speculate", "speculated", "believe", "believes", "believed",
        "think", "thinks", "caution", "cautioned", "yell", "yelled", "shout", "shouted", "answer", "answered", "continue", "continued",
        "predicts", "recount", "recounted", "acknowledges", "explain", "mused", "muse", "retort", "retorted", "exclaimed", "proclaimed",
        "contended", "confessed", "confesses", "protested", "lamented", "pleaded", "pleads", "reasoned", "swore", "commented",
        "wonder", "wondered", "wonders", "fear", "feared", "fears", "worry", "worried", "worries", "hope", "hoped", "hopes", "demanded", "demand", "demands", "sings", "sang", "wrote", "urged", "pointed", "recalled", "described", "describes");

    /// <summary>Speech verbs that also take a reported clause without <c>that</c> (<c>X said the plan failed</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BareClauseVerbs = Set(
        "know", "knows", "knew", "thought", "feel", "feels", "felt", "learned", "doubt", "understand", "recognize", "realize", "realized", "see", "sees", "saw", "say", "says", "said", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding", "warned", "warns", "warning",
        "acknowledged", "acknowledges", "acknowledge", "suggested", "suggests", "suggesting", "insisted", "insists", "insisting", "denied", "claimed", "claims", "claiming",
        "argued", "argues", "arguing", "explained", "noted", "noting", "contended", "contends", "predicted", "predicts", "admitted", "admits",
        "conceded", "declared", "stressed", "wrote", "writes", "tweeted", "announced", "confirmed", "asserted", "asserts", "maintained", "maintains",
        "complained", "believes", "believe", "believed", "think", "thinks", "estimated", "estimates", "predicting", "hopes", "hoped", "fears", "feared", "announces", "confirms", "insist", "argue", "claim", "deny", "warn", "suggest", "explains",
        "worries", "worried", "cautioned", "agreed", "recalled", "vowed", "promised", "pledged", "reported");

    /// <summary>Verbs of stance whose object is what the source holds or says (<c>Carter praised the plan</c>, <c>the poll showed a tie</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectVerbs = Set(
        "called", "calls", "support", "supports", "supporting", "endorse", "oppose", "defend", "favor", "favors", "favored",
        "discuss", "mention", "criticize", "attack", "blame", "describe", "challenged", "reiterated", "reiterates", "expressed", "expresses",
        "embraced", "embraces", "portrayed", "identified", "reject", "dismiss", "praise", "backing", "endorsed", "endorses", "endorsing", "described", "describes", "describing", "criticized", "criticizes", "criticised", "criticizing",
        "praised", "praises", "praising", "defended", "defends", "defending", "accused", "accuses", "accusing", "cited", "cites", "citing",
        "attacked", "attacks", "attacking", "questioned", "questions", "questioning", "mocked", "mocks", "mocking", "blasted", "blasts", "slammed", "slams",
        "rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing", "downplayed", "downplays", "proposed", "proposes", "proposing",
        "showed", "shows", "show", "showing", "found", "finds", "condemned", "condemns", "condemning", "welcomed", "welcomes", "applauded",
        "lauded", "hailed", "touted", "touts", "touting", "highlighted", "highlights", "highlighting", "blamed", "blames", "blaming",
        "opposed", "opposes", "opposing", "supported", "backed", "backs", "decried", "lamented", "laments", "lamenting", "ridiculed",
        "disputed", "disputes", "denounced", "denounces", "denouncing", "recommended", "recommends", "predicted", "predicts", "predicting",
        "discussed", "discusses", "discussing", "mentioned", "mentions", "mentioning", "announced", "announces", "announcing", "unveiled",
        "unveils", "outlined", "outlines", "outlining", "echoed", "echoes", "echoing", "acknowledged", "admitted", "denied", "denies", "denying",
        "claimed", "suggested", "suggests", "suggesting", "revealed", "reveals", "revealing", "confirmed", "confirms", "noted", "stressed", "emphasized");

    /// <summary>Verbs whose complement is a reported intention or expectation in an infinitive (<c>vowed to fight</c>, <c>is expected to win</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InfinitiveVerbs = Set(
        "want", "ordered", "expect",
        "expected", "expects", "declined", "declines", "refused", "refuses", "vowed", "vows", "vowing", "pledged", "pledges", "pledging",
        "promised", "promises", "promising", "threatened", "threatens", "threatening", "urged", "urges", "urging", "agreed", "agrees",
        "sought", "seeks", "seeking", "plans", "planned", "planning", "wants", "wanted", "hopes", "hoped", "hoping", "intends", "intended",
        "offered", "offers", "proposed", "proposes", "called", "calls", "calling", "asked", "asks", "asking", "encouraged", "encourages", "told",
        "warned", "warns", "pushed", "pushing", "demanded", "demands", "demanding", "decided", "decides");

    /// <summary>Speech verbs whose direct object is the listener (<c>told reporters</c>), skipped before the reported clause.</summary>
    /// <summary>All-capital words that head a line without naming a speaker (<c>UPDATE:</c>, <c>EDITOR'S NOTE:</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingLabels = Set(
        "UPDATE", "UPDATED", "BREAKING", "NOTE", "EDITOR", "EDITOR'S", "EDITOR’S", "CORRECTION", "WATCH", "READ", "MORE", "RELATED", "PHOTOS",
        "PHOTO", "VIDEO", "LISTEN", "SEE", "ALSO", "WARNING", "ALERT", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENTARY", "FACT", "CHECK",
        "CLAIM", "VERDICT", "RATING", "SOURCE", "SOURCES", "TRANSCRIPT", "QUESTION", "ANSWER", "Q", "A", "PS", "P.S.", "FYI", "TL;DR", "AP", "UPI");

    /// <summary>Verbs that introduce quoted words as a label, a chant or a written text (<c>called “a hoax”</c>, <c>typed “...”</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelVerbs = Set(
        "called", "calls", "call", "calling", "labeled", "labelled", "labels", "dubbed", "dubs", "termed", "terms", "branded", "brands",
        "described", "describes", "describing", "typed", "chanted", "chanting", "chant", "chants", "sang", "sings", "singing", "titled",
        "headlined", "nicknamed", "referenced", "used", "uses", "using", "specified", "put", "deemed", "declared", "declares", "labeling",
        "wrote", "writes", "tweeted", "shouted", "shouting", "yelled", "yelling", "promised", "vowed", "pledged");

    /// <summary>Words before a title in quote marks (<c>the spot, titled “Arrogant,”</c>, <c>his book, “Make Your Kid a Millionaire,”</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkNouns = Set(
        "titled", "entitled", "book", "books", "film", "films", "movie", "movies", "album", "song", "songs", "novel", "memoir", "play",
        "documentary", "show", "series", "ad", "advert", "advertisement", "column", "essay", "article", "poem", "single", "program",
        "programme", "podcast", "exhibition", "musical", "opera", "video", "episode", "headline", "slogan", "campaign", "spot", "report");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerVerbs = Set(
        "tell", "tells", "told", "telling", "warned", "warns", "assured", "reminded", "informed", "asked", "asks");

    /// <summary>Verbs that can introduce a direct quote but rarely speech in a reported clause (<c>the sign read “...”</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuoteOnlyVerbs = Set(
        "read", "reads", "chanted", "chant", "chanting", "wrote", "posted", "tweeted", "echoing", "interjecting", "reading", "titled",
        // verbs of manner that attribute quoted words: "Do you care?", implored the campaigner.
        "implored", "implores", "begged", "begs", "snapped", "snaps", "screamed", "whispered", "whispers", "sighed", "sighs", "laughed",
        "laughs", "cried", "fumed", "fumes", "raged", "gushed", "gushes", "enthused", "enthuses", "marvelled", "marveled", "grumbled",
        "grumbles", "interjected", "chimed", "queried", "enquired", "inquired", "blasted", "quizzed", "thundered", "barked", "growled");

    /// <summary>Determiners and quantifiers that may open a speaker phrase.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "several", "some", "two", "three", "many", "most",
        "other", "both", "these", "those", "this", "that", "few", "four", "five", "dozens", "hundreds", "all", "each", "every");

    /// <summary>Common nouns that can head a speaker phrase: people, groups, institutions and the media.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerNouns = Set(
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts", "group", "groups", "army", "military", "ministry",
        "government", "administration", "campaign", "committee", "police", "researchers", "observers", "residents", "witnesses", "witness",
        "activists", "activist", "rebels", "diplomat", "diplomats", "minister", "secretary", "president", "senator", "lawmaker", "lawmakers",
        "leader", "leaders", "candidate", "candidates", "nominee", "voters", "voter", "supporters", "supporter", "critics", "critic", "people",
        "reporter", "reporters", "correspondent", "newspaper", "agency", "organization", "organisation", "coalition", "party", "statement",
        "poll", "polls", "survey", "study", "report", "economist", "economists", "strategist", "strategists", "manager", "chairman",
        "chairwoman", "director", "commander", "commanders", "spokesmen", "officer", "officers", "authorities", "investigators", "prosecutor",
        "prosecutors", "judge", "lawyer", "lawyers", "attorney", "attorneys", "doctors", "doctor", "scientists", "scientist", "executive",
        "executives", "founder", "member", "members", "members", "delegates", "delegate", "governor", "mayor", "man", "woman", "men", "women",
        "someone", "one", "ministers", "staff", "staffer", "staffers", "team", "council", "board", "company", "firm", "network", "bank", "court", "school", "university", "county", "city", "state", "ad", "clip", "video", "piece", "article", "book", "memo", "letter", "editorial", "tweet", "post", "website", "blog", "panel", "jury", "outlet",
        "website", "magazine", "paper", "editorial", "pundits", "pundit", "pollster", "pollsters", "insiders", "insider", "operative", "operatives",
        "republicans", "democrats", "conservatives", "liberals", "senators", "congressman", "congresswoman", "representative", "ambassador",
        "envoy", "observatory", "monitor", "commission", "department", "office", "ministry", "regime", "forces", "troops", "alliance", "bloc",
        "union", "federation", "association", "institute", "foundation", "center", "centre", "bureau", "agency", "service", "services", "audience",
        "crowd", "protesters", "demonstrators", "student", "students", "worker", "workers", "organizers", "organisers", "host", "moderator",
        "nominees", "hopeful", "hopefuls", "frontrunner", "front-runner", "rival", "rivals", "opponent", "opponents", "allies", "ally",
        "friend", "friends", "father", "mother", "wife", "husband", "son", "daughter", "sister", "brother", "chief", "head", "economist",
        "percent", "majority", "plurality", "minority", "half", "thirds", "fourths", "respondents", "americans", "millennials", "donors", "courts",
        "inquiry", "investigation", "tally", "quiz", "surveyed", "polled", "editorial", "columnist", "columnists", "pollster", "ads", "others",
        // business and sports news: the UK's biggest mortgage lender said, the watchdog said, the club said
        "lender", "lenders", "watchdog", "watchdogs", "giant", "chain", "airline", "airlines", "carrier", "supermarket", "charity",
        "charities", "club", "clubs", "body", "think-tank", "industry", "figures", "data", "research", "index", "forecast", "forecasts",
        "parties", "chiefs", "boss", "bosses", "campaigners", "unions", "firms", "companies", "banks", "governments", "councils",
        "agencies", "teachers", "retailers", "manufacturers", "investors", "traders", "bankers", "lobbyists", "farmers");

    /// <summary>
    /// Verbs of saying after which an inverted speaker may run on with a phrase of its own (<c>..., say researchers at the
    /// bank.</c>); not verbs that take an object there (<c>claims an audience of</c>, <c>reported a turnover of</c>).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InvertingVerbs = Set(
        "said", "says", "say", "added", "adds", "warned", "warns", "argued", "argues", "wrote", "writes", "insisted", "explained",
        "noted", "believes", "believe", "thinks", "think");

    /// <summary>Number words and shares that count speakers (<c>two-thirds say</c>, <c>Thirty percent said</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuantityWords = Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "half", "third", "thirds", "two-thirds", "quarter", "quarters", "three-quarters", "fourths", "three-fourths",
        "fifths", "majority", "plurality", "minority", "twenty-four", "percent", "dozen", "dozens", "hundreds", "thousands");

    /// <summary>Capitalized words that mark a named speaker as an organization, not a person.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgWords = Set(
        "Ministry", "Observatory", "Party", "Committee", "Department", "Army", "News", "Times", "Post", "Journal", "Campaign", "Institute",
        "University", "Council", "Agency", "Commission", "Association", "Foundation", "Center", "Centre", "Group", "Inc.", "Corp.", "Co.",
        "Ltd.", "Bank", "Fund", "Office", "Court", "Police", "Forces", "Force", "Navy", "Command", "Coalition", "Front", "Union", "Organization",
        "Organisation", "Network", "Press", "Reuters", "AP", "CNN", "Fox", "NBC", "ABC", "CBS", "BBC", "MSNBC", "Tribune", "Herald", "Bureau",
        "Service", "Administration", "Congress", "Senate", "House", "Pentagon", "Kremlin", "Government", "Board", "PAC", "Institution", "Club",
        "Society", "Alliance", "Federation", "Media", "Magazine", "Daily", "Monitor", "Review", "Radio", "Television", "TV", "Company", "Airlines",
        "Republicans", "Democrats", "GOP", "Politico", "Breitbart", "Guardian", "Telegraph", "Watch", "International", "Council", "Gazette");

    /// <summary>Titles and role words that stand before a name (<c>Defense Secretary Ash Carter</c>): they go to the role, not the name.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Set(
        "President", "Vice", "Secretary", "Minister", "Prime", "spokesman", "spokeswoman", "spokesperson", "Gen.", "Maj.", "Col.", "Lt.",
        "Sgt.", "Capt.", "Adm.", "Cmdr.", "Brig.", "Sen.", "Rep.", "Gov.", "Dr.", "Prof.", "Rev.", "Senator", "Governor", "Mayor", "Judge",
        "Justice", "Chairman", "Chairwoman", "Chair", "Director", "Commander", "King", "Queen", "Prince", "Princess", "Pope", "Ambassador", "Envoy",
        "Chancellor", "Premier", "Speaker", "Leader", "Candidate", "Nominee", "CEO", "General", "Major", "Colonel", "Lieutenant", "Sergeant",
        "Captain", "Admiral", "Attorney", "Representative", "Congressman", "Congresswoman", "Rabbi", "Reverend", "Sheikh", "Officer", "Chief",
        "Deputy", "Commissioner", "Inspector", "Detective", "official", "adviser", "advisor", "aide", "analyst", "strategist", "manager",
        "chairman", "executive", "founder", "president", "director", "secretary", "minister", "spokespeople", "Pastor", "Bishop", "Cardinal",
        "candidate", "nominee", "leader", "senator", "governor", "mayor", "chief", "Emir", "Sultan", "Ayatollah", "Imam", "Lord", "Lady", "Sir",
        "Dame", "Father", "Sister", "Brother", "Coach", "Professor", "Economist", "economist", "researcher", "reporter", "columnist", "Treasurer",
        "Comptroller", "Superintendent", "Sheriff", "Marshal", "Ministers", "writer", "editor", "host", "anchor", "pollster", "Sens.", "Reps.",
        "Govs.", "Gens.", "Mr.", "Mrs.", "Ms.", "Messrs.", "Miss", "Mr", "Mrs", "Ms", "Dr",
        // Roles news writers put before a name, capitalized when they open a sentence (Striker Nicolas Anelka said ...).
        "Vice-President", "Vice-Chairman", "co-chairman", "co-chair", "co-founder", "Archbishop", "Councillor", "Councilman",
        "Councilwoman", "Alderman", "Baroness", "Baron", "Earl", "Duke", "Duchess", "Countess", "Constable", "Prosecutor",
        "Solicitor", "Barrister", "Lawyer", "Attorney-General", "Striker", "Midfielder", "Defender", "Goalkeeper", "Winger",
        "Fly-half", "Scrum-half", "Skipper", "Rapper", "Guitarist", "Drummer", "Actor", "Actress", "Comedian",
        "Presenter", "Broadcaster", "Producer", "Novelist", "Author", "Campaigner", "Activist", "Agent", "Boss", "Manager",
        "Trainer", "Chef", "Entrepreneur", "Correspondent",
        // British style writes these without a period
        "Prof", "Supt", "Insp", "Cllr", "Sgt", "Capt", "Rev", "Det");

    /// <summary>Honorifics dropped from both the name and the role.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = Set(
        "Mr.", "Mrs.", "Ms.", "Messrs.", "Miss", "Mr", "Mrs", "Ms");

    /// <summary>Lower-case particles inside names (<c>Ibrahim Abu al-Laith</c>, <c>Charles de Gaulle</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles = Set(
        "al", "el", "bin", "ibn", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le", "dos", "das", "y");

    /// <summary>Demonyms and nationality adjectives: never a speaker on their own.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Demonyms = Set(
        "Syrian", "Russian", "American", "French", "British", "Turkish", "Iraqi", "Iranian", "Chinese", "German", "Israeli", "Kurdish",
        "Arab", "European", "Afghan", "Saudi", "Egyptian", "Mexican", "Canadian", "Japanese", "Ukrainian", "Palestinian", "Lebanese",
        "Western", "African", "Asian", "Indian", "Pakistani", "Korean", "Italian", "Spanish", "Libyan", "Yemeni", "Jordanian", "Qatari",
        "Cuban", "Brazilian", "Australian", "Irish", "Scottish", "English", "Polish", "Greek", "Dutch", "Swedish", "Muslim", "Christian",
        "Jewish", "Sunni", "Shi'ite", "Shiite", "Latino", "Hispanic", "Republican", "Democratic", "Conservative", "Liberal");

    /// <summary>Weekday and month names: never a speaker.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
        "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.");

    /// <summary>Words that open a sentence but never a speaker phrase (<c>But</c>, <c>However</c>, <c>On</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Set(
        "but", "and", "or", "so", "yet", "however", "meanwhile", "also", "still", "then", "now", "later", "earlier", "elsewhere", "in", "on",
        "at", "after", "before", "for", "with", "without", "by", "from", "to", "of", "as", "while", "when", "if", "although", "though",
        "because", "since", "until", "during", "about", "into", "over", "under", "against", "among", "between", "through", "that", "which",
        "who", "whom", "whose", "what", "where", "why", "how", "not", "no", "is", "was", "are", "were", "be", "been", "has", "have", "had",
        "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "it", "there", "here", "this", "these",
        "those", "i", "you", "we", "us", "me", "him", "them", "here", "than", "too", "very", "just", "even", "only", "instead", "again",
        "according", "unless", "whether", "like", "despite", "toward", "towards", "around", "near", "off", "out", "up", "down", "via", "per",
        "said", "says", "say", "yes", "thus", "indeed", "perhaps", "maybe", "moreover", "furthermore", "nevertheless", "nonetheless", "rather", "therefore", "hence");

    /// <summary>Words that, after a comma, end a reported clause (<c>..., without specifying</c>, <c>..., though she acknowledged</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreakers = Set(
        "without", "saying", "adding", "according", "though", "although", "but", "while", "whereas", "noting", "citing", "arguing",
        "explaining", "warning", "insisting", "claiming", "stressing", "calling", "declaring", "acknowledging", "suggesting", "telling",
        "referring", "asking", "denying", "and", "describing", "even", "echoing", "pointing", "recalling", "stating", "urging", "dismissing",
        "blaming", "praising", "accusing", "criticizing", "prompting", "drawing", "contrasting");

    /// <summary>Adverbs and auxiliaries between a speaker and a speech verb (<c>Carter also said</c>, <c>she has repeatedly said</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbAdverbs = Set(
        "also", "has", "had", "have", "later", "previously", "repeatedly", "then", "again", "reportedly", "recently", "often", "once",
        "already", "publicly", "privately", "earlier", "further", "similarly", "separately", "first", "initially", "quickly", "never",
        "always", "frequently", "would", "will", "had", "flatly", "simply", "told", "just", "even", "still", "now", "openly", "explicitly",
        "himself", "herself", "themselves", "itself", "then-", "however", "meanwhile", "too", "since", "long", "correctly", "falsely", "wrongly", "yet");

    /// <summary>Nouns of speech events and channels that adjuncts after a speech verb name (<c>said in a statement</c>, <c>on Twitter</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjunctNouns = Set(
        "statement", "interview", "email", "e-mail", "speech", "tweet", "post", "letter", "release", "conference", "briefing", "rally",
        "debate", "event", "Twitter", "Facebook", "television", "TV", "radio", "call", "phone", "meeting", "hearing", "address",
        "remarks", "appearance", "op-ed", "video", "message", "session", "town", "hall", "program", "show", "podcast", "Instagram", "blog",
        "report", "documents", "filing", "testimony", "week", "month", "year", "night", "morning", "afternoon", "evening", "day", "weekend");

    /// <summary>Documents rather than speakers: <c>according to the statement</c> repeats an attribution already made.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns = Set(
        "statement", "report", "data", "figures", "documents", "records", "estimates", "count", "tally", "release", "reports", "study",
        "transcript", "text", "complaint", "filing", "indictment", "ruling", "law", "rules", "plan", "proposal", "agreement", "website",
        "letter", "letters", "tweet", "tweets", "post", "posts", "video", "email", "e-mail", "emails", "message", "messages", "note",
        "memo", "communique", "announcement", "notice", "editorial", "petition", "resolution", "bulletin", "leaflet", "leaflets",
        "lawsuit", "statements", "advertisement", "ad", "ads");

    /// <summary>Heads of a phrase whose speakers are named after its <c>of</c>: <c>a number of shareholders</c>, <c>a majority of voters</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartitiveHeads = Set(
        "number", "majority", "minority", "handful", "couple", "lot", "lots", "dozens", "hundreds", "thousands", "millions", "scores",
        "host", "range", "string", "series", "plenty", "half", "third", "quarter", "most", "many", "some", "few", "several", "all");

    /// <summary>Nouns of organizations and documents that a later <c>it</c> speaking stands for: <c>The company ... It said</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ItAntecedents = Set(
        "company", "firm", "group", "government", "ministry", "department", "bank", "club", "giant", "maker", "agency", "union",
        "council", "commission", "authority", "regulator", "watchdog", "party", "study", "report", "survey", "research", "court",
        "board", "committee", "retailer", "carrier", "airline", "insurer", "lender", "operator", "broadcaster", "organisation",
        "organization", "administration", "parliament", "federation", "association", "charity", "team", "police", "army");

    /// <summary>Nouns that describe a person already named (<c>the striker said</c>, <c>the singer added</c>): the last person who spoke.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonDescriptions = Set(
        "striker", "defender", "midfielder", "goalkeeper", "keeper", "forward", "flanker", "prop", "lock", "winger", "centre", "fly-half",
        "scrum-half", "full-back", "captain", "skipper", "champion", "player", "athlete", "runner", "sprinter", "boxer", "golfer", "seed",
        "singer", "actor", "actress", "star", "musician", "rapper", "comedian", "presenter", "host", "writer", "author", "novelist",
        "director", "producer", "veteran", "youngster", "teenager", "boss", "coach", "agent", "entrepreneur", "tycoon", "billionaire",
        "founder", "frontman", "guitarist", "drummer", "model", "designer");

    /// <summary>Words that make a noun of the <c>show</c> after them: <c>chat show</c>, <c>TV show</c>, <c>motor show</c>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShowCompounds = Set(
        "chat", "talk", "game", "TV", "television", "radio", "road", "motor", "fashion", "trade", "air", "horse", "flower", "dog", "car",
        "boat", "art", "quiz", "cookery", "cooking", "reality", "comedy", "breakfast", "news", "music", "variety", "light", "slide",
        "award", "awards", "stage", "roadshow", "cabaret", "puppet", "magic", "chat-show", "late-night", "daytime", "hit", "panel");

    /// <summary>Verbs of putting out a document: the subject of <c>issued a statement saying ...</c> is who says it.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IssueVerbs = Set(
        "issued", "issue", "issues", "issuing", "sent", "send", "sends", "sending", "released", "release", "releases", "releasing",
        "posted", "post", "posts", "posting", "published", "publish", "publishes", "publishing", "put", "puts", "putting", "mailed",
        "emailed", "e-mailed", "wrote", "write", "writes", "writing", "tweeted", "filed", "file", "files", "filing", "delivered",
        "signed", "sign", "signs", "signing", "read", "reads", "reading", "circulated", "distributed", "out", "broadcast");

    /// <summary>Lower-case words that can stand between a determiner and a speaker noun without being a verb.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotModifiers = Set(
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should",
        "can", "may", "might", "must", "not", "and", "or", "but", "that", "which", "who", "whom", "whose", "to", "in", "on", "at", "by", "with",
        "from", "of", "for", "as", "than", "said", "says", "say", "told", "tells", "also", "it", "he", "she", "they", "we", "i", "you",
        "there", "if", "when", "while", "because", "so", "then", "after", "before", "about", "into", "over", "after", "his", "her", "their",
        "its", "our", "my", "your", "this", "these", "those", "the", "a", "an", "what", "how", "why", "where", "since", "until", "against",
        "during", "without", "through", "like", "only", "just", "even", "very", "too", "more", "most", "less", "least", "no", "yes", "all");

    /// <summary>Every verb that <c>QuoteFinder.PrepositionCue</c> accepts before its preposition (<c>called for</c>): a quick filter, not the test.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionVerbs = Set(
        "called", "calls", "calling", "call", "argued", "argues", "arguing", "advocated", "advocates", "pushed", "pushing", "talking", "talked", "talks", "talk", "spoke", "speaks", "speaking", "asked", "asks", "complained", "complains", "complaining", "warned", "warns", "joked", "boasted", "bragged", "referring", "referred", "refers", "pointed", "pointing", "points", "alluded", "alluding", "railed", "rails", "railing", "campaigned");

    /// <summary>Words that open a clause, so a subject starts after them (<c>where experts say</c>, <c>because officials said</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though", "since", "if", "as", "after",
        "before", "whether", "but", "so", "than", "until", "unless", "once", "yet");

    /// <summary>Auxiliaries and modals: a sign that a phrase holds a clause, not only a subject.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did");

    /// <summary>Every word of every list above, with the bits of the lists it belongs to (declared last: it reads the lists).</summary>
    public static readonly ShapedMap<Lex> Masks = new(BuildMasks());

    private static FrozenDictionary<string, Lex> BuildMasks()
    {
        var masks = new Dictionary<string, Lex>(StringComparer.OrdinalIgnoreCase);
        (FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set, Lex Bit)[] lists =
        [
            (SpeechVerbs, Lex.SpeechVerbs),
            (BareClauseVerbs, Lex.BareClauseVerbs),
            (ObjectVerbs, Lex.ObjectVerbs),
            (InfinitiveVerbs, Lex.InfinitiveVerbs),
            (ListenerVerbs, Lex.ListenerVerbs),
            (QuoteOnlyVerbs, Lex.QuoteOnlyVerbs),
            (Determiners, Lex.Determiners),
            (SpeakerNouns, Lex.SpeakerNouns),
            (QuantityWords, Lex.QuantityWords),
            (OrgWords, Lex.OrgWords),
            (Titles, Lex.Titles),
            (Honorifics, Lex.Honorifics),
            (NameParticles, Lex.NameParticles),
            (Demonyms, Lex.Demonyms),
            (CalendarWords, Lex.CalendarWords),
            (FunctionWords, Lex.FunctionWords),
            (ClauseBreakers, Lex.ClauseBreakers),
            (VerbAdverbs, Lex.VerbAdverbs),
            (AdjunctNouns, Lex.AdjunctNouns),
            (DocumentNouns, Lex.DocumentNouns),
            (NotModifiers, Lex.NotModifiers),
            (PrepositionVerbs, Lex.PrepositionVerbs),
            (ClauseOpeners, Lex.ClauseOpeners),
            (Auxiliaries, Lex.Auxiliaries),
        ];
        foreach ((FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, Lex bit) in lists)
        {
            foreach (string word in set.Set)
            {
                masks[word] = masks.GetValueOrDefault(word) | bit;
            }
        }

        return masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>One bit per word list of <see cref="QuoteLexicon"/>, so a token's memberships come from one lookup.</summary>
[Flags]
internal enum Lex : uint
{
    None = 0,
    SpeechVerbs = 1u << 0,
    BareClauseVerbs = 1u << 1,
    ObjectVerbs = 1u << 2,
    InfinitiveVerbs = 1u << 3,
    ListenerVerbs = 1u << 4,
    QuoteOnlyVerbs = 1u << 5,
    Determiners = 1u << 6,
    SpeakerNouns = 1u << 7,
    QuantityWords = 1u << 8,
    OrgWords = 1u << 9,
    Titles = 1u << 10,
    Honorifics = 1u << 11,
    NameParticles = 1u << 12,
    Demonyms = 1u << 13,
    CalendarWords = 1u << 14,
    FunctionWords = 1u << 15,
    ClauseBreakers = 1u << 16,
    VerbAdverbs = 1u << 17,
    AdjunctNouns = 1u << 18,
    DocumentNouns = 1u << 19,
    NotModifiers = 1u << 20,
    PrepositionVerbs = 1u << 21,
    ClauseOpeners = 1u << 22,
    Auxiliaries = 1u << 23,
    /// <summary>Not a word list: marks the cue token of a direct quote, set while finding reported speech.</summary>
    DirectCue = 1u << 31,
}
