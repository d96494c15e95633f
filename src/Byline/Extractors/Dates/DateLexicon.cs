using System.Collections.Frozen;

namespace Byline.Extractors.Dates;

/// <summary>What a trigger word is to the dates extractor.</summary>
internal enum LexKind : byte
{
    None,
    Month,
    Weekday,
    Unit,
    Number,
    Ordinal,
    Season,
    PartOfDay,
    Deictic,
    SetAdverb,
    Holiday,
    Decade,
}

/// <summary>Time units, in increasing length.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// <summary>Deictic words that stand for a time on their own.</summary>
internal enum Deixis : byte
{
    Now,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Currently,
    Recently,
    Soon,
    Previously,
    Future,
    Past,
    Overnight,
    Nowadays,
    Current,
    Recent,
    Term,
    Period,
    While,
}

/// <summary>One trigger word: its kind and a small value (month 1-12, ISO weekday 1-7, unit, number...).</summary>
internal readonly record struct Lex(LexKind Kind, int Value, bool Plural = false, bool Abbrev = false);

/// <summary>The hand-written word lists the dates extractor triggers on.</summary>
internal static class DateLexicon
{
    /// <summary>Determiners and modifiers that may stand before a count of units: <c>the past 90 days</c>, <c>every two weeks</c>.</summary>
    public static readonly FilteredWordSet CountDeterminers = new("past", "last", "next", "coming", "previous", "first", "following", "latest", "recent", "this", "that", "current", "same", "every", "each", "final", "early", "these", "those", "another", "prior", "upcoming");

    /// <summary>Words that may stand before <c>quarter</c> or <c>period</c> in earnings reports: <c>the latest quarter</c>, <c>the year-ago period</c>.</summary>
    public static readonly FilteredWordSet QuarterDeterminers = new("latest", "same", "comparable", "recent", "flat", "final", "current", "this", "last", "next", "year-earlier", "year-ago", "previous", "prior", "that");

    /// <summary>Sentinel number value for vague quantities (<c>several</c>, <c>few</c>).</summary>
    public const int Vague = -1;

    /// <summary>Every trigger and prefix word, case-insensitive, looked up without allocating.</summary>
    public static readonly FrozenDictionary<string, Lex> Words = Build();

    /// <summary>Span lookup into <see cref="Words"/>.</summary>
    public static readonly FrozenDictionary<string, Lex>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // A Bloom filter over (length, first three letters, last letter) of every trigger word, case-folded: most words of
    // running text ("the", "that", "have") fail it with two bit tests, which costs far less than hashing them into the
    // dictionary. Built once from the word list, so it can never reject a trigger.
    private const int MaxFilterLength = 15;
    private const int FilterBits = 1 << 14;
    private static readonly ulong[] Filter = BuildFilter();

    /// <summary>Looks a word up, first ruling most non-triggers out by a two-bit filter on its length and letters.</summary>
    public static bool TryGet(ReadOnlySpan<char> w, out Lex lex)
    {
        if (w.Length == 1)
        {
            return Lookup.TryGetValue(w, out lex); // "a"
        }

        if (!MayBeTrigger(w))
        {
            lex = default;
            return false;
        }

        return Lookup.TryGetValue(w, out lex);
    }

    /// <summary>False when <paramref name="w"/> (two to fifteen characters) is certainly no trigger word.</summary>
    public static bool MayBeTrigger(ReadOnlySpan<char> w)
    {
        if (w.Length is < 2 or > MaxFilterLength)
        {
            return false;
        }

        ulong h = FilterHash(w);
        ulong[] f = Filter;
        uint a = (uint)h & (FilterBits - 1), b = (uint)(h >> 32) & (FilterBits - 1);
        return (f[a >> 6] & (1UL << (int)a)) != 0 && (f[b >> 6] & (1UL << (int)b)) != 0;
    }

    /// <summary>A hash of a word's length, first three letters and last letter, ASCII letters folded to lower case.</summary>
    internal static ulong FilterHash(ReadOnlySpan<char> w)
    {
        // ASCII letters fold to lower case with | 0x20; any other character keeps its code (triggers are ASCII, so it only
        // has to be consistent).
        ulong c0 = (uint)(w[0] | 0x20), c1 = (uint)(w[1] | 0x20), c2 = w.Length > 2 ? (uint)(w[2] | 0x20) : 0u, z = (uint)(w[^1] | 0x20);
        ulong k = (ulong)(uint)w.Length | (c0 << 4) | (c1 << 20) | (c2 << 36) | (z << 52);
        k ^= k >> 29;
        k *= 0xBF58476D1CE4E5B9UL;
        k ^= k >> 32;
        k *= 0x94D049BB133111EBUL;
        return k ^ (k >> 31);
    }

    private static ulong[] BuildFilter()
    {
        var f = new ulong[FilterBits / 64];
        foreach (string w in Words.Keys)
        {
            if (w.Length is < 2 or > MaxFilterLength)
            {
                continue; // TryGet never asks the filter about it
            }

            // every case variant of w hashes alike: letters fold with | 0x20 and the keys are lower case
            ulong h = FilterHash(w);
            uint a = (uint)h & (FilterBits - 1), b = (uint)(h >> 32) & (FilterBits - 1);
            f[a >> 6] |= 1UL << (int)a;
            f[b >> 6] |= 1UL << (int)b;
        }

        return f;
    }

    /// <summary>Time-zone abbreviations that may follow a clock time.</summary>
    public static readonly FrozenSet<string> TimeZones = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "GMT", "UTC", "BST", "CET", "CEST");

    /// <summary>Span lookup into <see cref="TimeZones"/>.</summary>
    public static readonly FilteredWordSet TimeZoneLookup = new([..TimeZones]);

    /// <summary>Words before a bare year or month that make it a date (<c>in 2016</c>, <c>since May</c>).</summary>
    public static readonly FrozenSet<string> DatePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "since", "by", "until", "till", "through", "from", "to", "before", "after", "during", "of", "for", "early",
        "late", "mid", "last", "next", "this", "fiscal", "between", "and", "or", "around", "about", "circa", "throughout",
        "into", "as", "on", "end", "beginning", "middle", "year", "calendar", "spring", "summer", "autumn", "winter", "fall");

    /// <summary>Span lookup into <see cref="DatePrepositions"/>.</summary>
    public static readonly FilteredWordSet DatePrepositionLookup = new([..DatePrepositions]);

    /// <summary>Words before a clause's time that put it in the future (<c>will meet Tuesday</c>).</summary>
    public static readonly FrozenSet<string> FutureCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "'ll", "shall", "scheduled", "planned", "plans", "planning", "expected", "expects", "due", "soon",
        "resume", "upcoming", "next", "payable", "effective", "tomorrow", "won't", "going", "set");

    /// <summary>Span lookup into <see cref="FutureCues"/>.</summary>
    public static readonly FilteredWordSet FutureCueLookup = new([..FutureCues]);

    /// <summary>Irregular past-tense verbs that put a clause in the past (<c>brought</c>, <c>took</c>); regular ones end in <c>-ed</c>.</summary>
    public static readonly FrozenSet<string> PastVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "brought", "took", "came", "went", "made", "sold", "won", "lost", "became", "left", "held", "told", "gave", "got", "met",
        "fell", "rose", "struck", "shot", "built", "wrote", "ran", "saw", "began", "found", "fought", "hit", "led", "quit", "spent", "stood");

    /// <summary>Span lookup into <see cref="PastVerbs"/>.</summary>
    public static readonly FilteredWordSet PastVerbLookup = new([..PastVerbs]);

    /// <summary>Nouns after <c>N-month-old</c> that make it an age, not a duration.</summary>
    public static readonly FrozenSet<string> PersonNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "son", "daughter", "boy", "girl", "baby", "child", "infant", "man", "woman", "brother", "sister", "grandson", "granddaughter", "puppy");

    /// <summary>Nouns after <c>today's</c> that mean the present era rather than the day (<c>today's world</c>).</summary>
    public static readonly FrozenSet<string> EraNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "world", "youth", "society", "generation", "economy", "market", "markets", "children", "kids", "standards", "culture", "times", "technology");

    /// <summary>Modifier words before a unit or quarter, mapped to one interned lower-case string each.</summary>
    public static readonly FrozenDictionary<string, string> Modifiers = BuildModifiers();

    /// <summary>Span lookup into <see cref="Modifiers"/>.</summary>
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup =
        Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, string> BuildModifiers()
    {
        string[] words = ["past", "last", "next", "coming", "previous", "first", "following", "latest", "recent", "this", "that",
            "current", "same", "every", "each", "final", "early", "these", "those", "another", "prior", "upcoming", "comparable",
            "flat", "year-earlier", "year-ago", "its"];
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in words)
        {
            d[w] = w;
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, Lex> Build()
    {
        var d = new Dictionary<string, Lex>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int i = 0; i < months.Length; i++)
        {
            d[months[i]] = new Lex(LexKind.Month, i + 1);
        }

        (string, int)[] monthAbbrevs = [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)];
        foreach ((string w, int v) in monthAbbrevs)
        {
            d[w] = new Lex(LexKind.Month, v, Abbrev: true);
        }

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int i = 0; i < days.Length; i++)
        {
            d[days[i]] = new Lex(LexKind.Weekday, i + 1);
            d[days[i] + "s"] = new Lex(LexKind.Weekday, i + 1, Plural: true);
        }

        (string, int)[] dayAbbrevs = [("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7)];
        foreach ((string w, int v) in dayAbbrevs)
        {
            d[w] = new Lex(LexKind.Weekday, v, Abbrev: true);
        }

        (string, TimeUnit)[] units =
        [
            ("second", TimeUnit.Second), ("minute", TimeUnit.Minute), ("hour", TimeUnit.Hour), ("day", TimeUnit.Day),
            ("week", TimeUnit.Week), ("weekend", TimeUnit.Weekend), ("month", TimeUnit.Month), ("quarter", TimeUnit.Quarter),
            ("half", TimeUnit.Half), ("year", TimeUnit.Year), ("decade", TimeUnit.Decade), ("century", TimeUnit.Century),
        ];
        foreach ((string w, TimeUnit u) in units)
        {
            d[w] = new Lex(LexKind.Unit, (int)u);
            d[w + "s"] = new Lex(LexKind.Unit, (int)u, Plural: true);
        }

        d["centuries"] = new Lex(LexKind.Unit, (int)TimeUnit.Century, Plural: true);
        d["halves"] = new Lex(LexKind.Unit, (int)TimeUnit.Half, Plural: true);
        d["hrs"] = new Lex(LexKind.Unit, (int)TimeUnit.Hour, Plural: true);
        d["mins"] = new Lex(LexKind.Unit, (int)TimeUnit.Minute, Plural: true);

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 1; i < ones.Length; i++)
        {
            d[ones[i]] = new Lex(LexKind.Number, i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new Lex(LexKind.Number, (i + 2) * 10);
        }

        // the nineties: a decade spelled out (value: its tens)
        string[] decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (int i = 0; i < decades.Length; i++)
        {
            d[decades[i]] = new Lex(LexKind.Decade, (i + 2) * 10);
        }

        d["a"] = new Lex(LexKind.Number, 1, Abbrev: true);
        d["an"] = new Lex(LexKind.Number, 1, Abbrev: true);
        d["hundred"] = new Lex(LexKind.Number, 100);
        d["dozen"] = new Lex(LexKind.Number, 12);
        d["couple"] = new Lex(LexKind.Number, 2);
        d["several"] = new Lex(LexKind.Number, Vague);
        d["few"] = new Lex(LexKind.Number, Vague);
        d["many"] = new Lex(LexKind.Number, Vague);

        (string, int)[] ordinals = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4)];
        foreach ((string w, int v) in ordinals)
        {
            d.TryAdd(w, new Lex(LexKind.Ordinal, v));
        }

        // "second" is both a unit and an ordinal: the unit entry wins and the parser reads it as an ordinal before quarter/half.
        (string, int)[] seasons = [("spring", 1), ("summer", 2), ("fall", 3), ("autumn", 3), ("winter", 4)];
        foreach ((string w, int v) in seasons)
        {
            d[w] = new Lex(LexKind.Season, v);
        }

        (string, int)[] parts = [("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4), ("noon", 5), ("midnight", 6), ("midday", 7)];
        foreach ((string w, int v) in parts)
        {
            d[w] = new Lex(LexKind.PartOfDay, v);
        }

        (string, Deixis)[] deictic =
        [
            ("now", Deixis.Now), ("today", Deixis.Today), ("yesterday", Deixis.Yesterday), ("tomorrow", Deixis.Tomorrow),
            ("tonight", Deixis.Tonight), ("currently", Deixis.Currently), ("recently", Deixis.Recently), ("soon", Deixis.Soon),
            ("future", Deixis.Future), ("past", Deixis.Past), ("overnight", Deixis.Overnight),
            ("nowadays", Deixis.Nowadays), ("current", Deixis.Current), ("recent", Deixis.Recent),
            ("term", Deixis.Term), ("period", Deixis.Period), ("while", Deixis.While),
        ];
        foreach ((string w, Deixis v) in deictic)
        {
            d[w] = new Lex(LexKind.Deictic, (int)v);
        }

        (string, TimeUnit)[] sets = [("daily", TimeUnit.Day), ("weekly", TimeUnit.Week), ("monthly", TimeUnit.Month), ("quarterly", TimeUnit.Quarter),
            ("annually", TimeUnit.Year), ("yearly", TimeUnit.Year), ("hourly", TimeUnit.Hour), ("nightly", TimeUnit.Day), ("biweekly", TimeUnit.Week)];
        foreach ((string w, TimeUnit u) in sets)
        {
            d[w] = new Lex(LexKind.SetAdverb, (int)u);
        }

        // Holidays: value = month * 100 + day for fixed dates; 1 = Thanksgiving, 2 = Easter.
        (string, int)[] holidays = [("christmas", 1225), ("xmas", 1225), ("halloween", 1031), ("thanksgiving", 1), ("easter", 2)];
        foreach ((string w, int v) in holidays)
        {
            d[w] = new Lex(LexKind.Holiday, v);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>
/// A frozen case-insensitive word set behind a bit filter over the words' length and letters: a word of running
/// text that is not in the set is usually ruled out with two bit tests instead of a hash.
/// </summary>
internal sealed class FilteredWordSet
{
    private const int Bits = 1 << 12;
    private readonly ulong[] _filter = new ulong[Bits / 64];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds the set and its filter.</summary>
    public FilteredWordSet(params string[] words)
    {
        _lookup = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string w in words)
        {
            if (w.Length >= 2)
            {
                ulong h = DateLexicon.FilterHash(w.ToLowerInvariant());
                _filter[((uint)h & (Bits - 1)) >> 6] |= 1UL << (int)((uint)h & 63);
                _filter[((uint)(h >> 32) & (Bits - 1)) >> 6] |= 1UL << (int)((uint)(h >> 32) & 63);
            }
        }
    }

    /// <summary>Whether <paramref name="w"/> is in the set, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> w)
    {
        if (w.Length >= 2)
        {
            ulong h = DateLexicon.FilterHash(w);
            if ((_filter[((uint)h & (Bits - 1)) >> 6] & (1UL << (int)((uint)h & 63))) == 0
                || (_filter[((uint)(h >> 32) & (Bits - 1)) >> 6] & (1UL << (int)((uint)(h >> 32) & 63))) == 0)
            {
                return false;
            }
        }

        return _lookup.Contains(w);
    }
}
