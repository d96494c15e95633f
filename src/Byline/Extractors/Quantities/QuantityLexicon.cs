using System.Collections.Frozen;

namespace Byline.Extractors.Quantities;

/// <summary>A unit: its contract code, dimension and the affine map to the SI base unit (<c>si = value * Factor + Offset</c>).</summary>
internal readonly record struct UnitInfo(string Code, QuantityDimension Dimension, double Factor, double Offset = 0)
{
    public bool IsCurrency => Dimension == QuantityDimension.Currency;

    public string? SiUnit => Dimension switch
    {
        QuantityDimension.Length => "m",
        QuantityDimension.Area => "m2",
        QuantityDimension.Volume => "m3",
        QuantityDimension.Mass => "kg",
        QuantityDimension.Speed => "m/s",
        QuantityDimension.Temperature => "K",
        QuantityDimension.Energy => "J",
        QuantityDimension.Power => "W",
        QuantityDimension.Data => "B",
        _ => null,
    };
}

/// <summary>The hand-written word lists of the quantities extractor, frozen once per process.</summary>
internal static class QuantityLexicon
{
    // ---- number words ---------------------------------------------------------------------------

    /// <summary>Cardinal words below a hundred.</summary>
    public static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["nil"] = 0,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale words (<c>thousand</c>, <c>lakh</c>...) and the abbreviations written after digits (<c>bn</c>, <c>k</c>).</summary>
    public static readonly FrozenDictionary<string, double> ScaleWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["lakh"] = 1e5, ["lakhs"] = 1e5, ["lac"] = 1e5, ["crore"] = 1e7, ["crores"] = 1e7,
        ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale suffixes glued to digits, case-sensitive (<c>4.5bn</c>, <c>100k</c>, <c>10M</c>, <c>1MM</c>).</summary>
    public static readonly FrozenDictionary<string, double> ScaleSuffixes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["K"] = 1e3, ["m"] = 1e6, ["M"] = 1e6, ["MM"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["Mn"] = 1e6, ["mil"] = 1e6,
        ["bn"] = 1e9, ["b"] = 1e9, ["Bn"] = 1e9, ["BN"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12, ["Tn"] = 1e12,
        ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ordinal words usable as fraction denominators (<c>thirds</c>, <c>a fifth</c>), singular and plural. <c>second</c> is left out: it is a time.</summary>
    public static readonly FrozenDictionary<string, double> Ordinals = BuildOrdinals();

    private static FrozenDictionary<string, double> BuildOrdinals()
    {
        var d = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        (string, double)[] items =
        [
            ("first", 1), ("third", 3), ("fourth", 4), ("quarter", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
            ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14),
            ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
            ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70),
            ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100), ("thousandth", 1e3), ("millionth", 1e6),
            ("billionth", 1e9), ("trillionth", 1e12),
        ];
        foreach ((string w, double v) in items)
        {
            d[w] = v;
            d[w + "s"] = v;
        }

        d["halves"] = 2;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Plural scale words that make a vague amount: <c>tens of thousands</c>, <c>hundreds of</c>.</summary>
    public static readonly FrozenDictionary<string, double> VagueScales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["tens"] = 10, ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6,
        ["billions"] = 1e9, ["trillions"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may start a written number or a quantity; the cheap per-token trigger test.</summary>
    public static readonly FrozenSet<string> TriggerWords = BuildTriggers();

    private static FrozenSet<string> BuildTriggers()
    {
        var s = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string k in Cardinals.Keys)
        {
            s.Add(k);
        }

        foreach (string k in VagueScales.Keys)
        {
            s.Add(k);
        }

        s.UnionWith(["a", "an", "half", "quarter", "dozen", "hundred", "thousand", "million", "billion", "trillion", "minus", "negative",
            "several", "percent", "per"]);
        s.Remove("nil");
        return s.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    // ---- modifiers ------------------------------------------------------------------------------

    /// <summary>One-word modifiers written before a number.</summary>
    public static readonly FrozenDictionary<string, QuantityModifier> Modifiers1 = new Dictionary<string, QuantityModifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["about"] = QuantityModifier.Approx, ["around"] = QuantityModifier.Approx, ["nearly"] = QuantityModifier.Approx,
        ["some"] = QuantityModifier.Approx, ["almost"] = QuantityModifier.Approx, ["approximately"] = QuantityModifier.Approx,
        ["roughly"] = QuantityModifier.Approx, ["circa"] = QuantityModifier.Approx, ["approx"] = QuantityModifier.Approx,
        ["estimated"] = QuantityModifier.Approx, ["over"] = QuantityModifier.MoreThan, ["above"] = QuantityModifier.MoreThan,
        ["exceeding"] = QuantityModifier.MoreThan, ["upwards"] = QuantityModifier.MoreThan, ["under"] = QuantityModifier.LessThan,
        ["below"] = QuantityModifier.LessThan, ["maximum"] = QuantityModifier.AtMost, ["minimum"] = QuantityModifier.AtLeast,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Two-word modifiers, keyed <c>first second</c> in lower case.</summary>
    public static readonly FrozenDictionary<string, QuantityModifier> Modifiers2 = new Dictionary<string, QuantityModifier>(StringComparer.OrdinalIgnoreCase)
    {
        ["more than"] = QuantityModifier.MoreThan, ["greater than"] = QuantityModifier.MoreThan, ["higher than"] = QuantityModifier.MoreThan,
        ["upwards of"] = QuantityModifier.MoreThan, ["excess of"] = QuantityModifier.MoreThan, ["just over"] = QuantityModifier.MoreThan,
        ["well over"] = QuantityModifier.MoreThan, ["less than"] = QuantityModifier.LessThan, ["fewer than"] = QuantityModifier.LessThan,
        ["lower than"] = QuantityModifier.LessThan, ["just under"] = QuantityModifier.LessThan, ["at least"] = QuantityModifier.AtLeast,
        ["up to"] = QuantityModifier.AtMost, ["at most"] = QuantityModifier.AtMost, ["close to"] = QuantityModifier.Approx,
        ["an estimated"] = QuantityModifier.Approx, ["as many as"] = QuantityModifier.AtMost, ["as much as"] = QuantityModifier.AtMost,
        ["no more than"] = QuantityModifier.AtMost, ["not more than"] = QuantityModifier.AtMost, ["no fewer than"] = QuantityModifier.AtLeast,
        ["no less than"] = QuantityModifier.AtLeast, ["in excess of"] = QuantityModifier.MoreThan, ["almost exactly"] = QuantityModifier.Approx,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // ---- units ----------------------------------------------------------------------------------

    private const QuantityDimension L = QuantityDimension.Length, A = QuantityDimension.Area, V = QuantityDimension.Volume,
        M = QuantityDimension.Mass, S = QuantityDimension.Speed, T = QuantityDimension.Temperature, E = QuantityDimension.Energy,
        P = QuantityDimension.Power, D = QuantityDimension.Data, C = QuantityDimension.Currency, Pct = QuantityDimension.Percentage;

    private static UnitInfo U(string code, QuantityDimension d, double f, double o = 0) => new(code, d, f, o);

    private static UnitInfo Cur(string code) => new(code, C, 1);

    /// <summary>Unit symbols compared case-sensitively (<c>MW</c> is not <c>mW</c>; <c>m</c> is a metre, <c>M</c> a million).</summary>
    public static readonly FrozenDictionary<string, UnitInfo> SymbolUnits = new Dictionary<string, UnitInfo>(StringComparer.Ordinal)
    {
        ["%"] = U("%", Pct, 1), ["pct"] = U("%", Pct, 1),
        ["mm"] = U("mm", L, 1e-3), ["cm"] = U("cm", L, 1e-2), ["m"] = U("m", L, 1), ["km"] = U("km", L, 1e3), ["kms"] = U("km", L, 1e3),
        ["Km"] = U("km", L, 1e3), ["KM"] = U("km", L, 1e3), ["ft"] = U("ft", L, 0.3048), ["yd"] = U("yd", L, 0.9144), ["yds"] = U("yd", L, 0.9144),
        ["mi"] = U("mi", L, 1609.344), ["nmi"] = U("nmi", L, 1852), ["NM"] = U("nmi", L, 1852),
        ["m2"] = U("m2", A, 1), ["m²"] = U("m2", A, 1), ["sqm"] = U("m2", A, 1), ["km2"] = U("km2", A, 1e6), ["km²"] = U("km2", A, 1e6),
        ["sq km"] = U("km2", A, 1e6), ["sq. km"] = U("km2", A, 1e6), ["sq m"] = U("m2", A, 1), ["sq. m"] = U("m2", A, 1),
        ["ha"] = U("ha", A, 1e4), ["ft2"] = U("ft2", A, 0.09290304), ["ft²"] = U("ft2", A, 0.09290304), ["sq ft"] = U("ft2", A, 0.09290304),
        ["sq. ft"] = U("ft2", A, 0.09290304), ["sq mi"] = U("mi2", A, 2589988.110336), ["sq. mi"] = U("mi2", A, 2589988.110336),
        ["mi2"] = U("mi2", A, 2589988.110336), ["mi²"] = U("mi2", A, 2589988.110336),
        ["ml"] = U("ml", V, 1e-6), ["mL"] = U("ml", V, 1e-6), ["L"] = U("l", V, 1e-3), ["m3"] = U("m3", V, 1), ["m³"] = U("m3", V, 1),
        ["gal"] = U("gal", V, 0.003785411784), ["bbl"] = U("bbl", V, 0.158987294928),
        ["mg"] = U("mg", M, 1e-6), ["g"] = U("g", M, 1e-3), ["kg"] = U("kg", M, 1), ["kgs"] = U("kg", M, 1), ["Kg"] = U("kg", M, 1),
        ["lb"] = U("lb", M, 0.45359237), ["lbs"] = U("lb", M, 0.45359237), ["oz"] = U("oz", M, 0.028349523125),
        ["km/h"] = U("km/h", S, 1 / 3.6), ["kmh"] = U("km/h", S, 1 / 3.6), ["kph"] = U("km/h", S, 1 / 3.6), ["km/hr"] = U("km/h", S, 1 / 3.6),
        ["mph"] = U("mph", S, 0.44704), ["m/s"] = U("m/s", S, 1), ["kn"] = U("kn", S, 1852 / 3600.0), ["kt"] = U("kn", S, 1852 / 3600.0),
        ["°C"] = U("degC", T, 1, 273.15), ["ºC"] = U("degC", T, 1, 273.15), ["℃"] = U("degC", T, 1, 273.15),
        ["°F"] = U("degF", T, 5 / 9.0, 273.15 - 32 * 5 / 9.0), ["ºF"] = U("degF", T, 5 / 9.0, 273.15 - 32 * 5 / 9.0),
        ["℉"] = U("degF", T, 5 / 9.0, 273.15 - 32 * 5 / 9.0),
        ["J"] = U("J", E, 1), ["kJ"] = U("kJ", E, 1e3), ["MJ"] = U("MJ", E, 1e6), ["kWh"] = U("kWh", E, 3.6e6), ["MWh"] = U("MWh", E, 3.6e9),
        ["GWh"] = U("GWh", E, 3.6e12), ["TWh"] = U("TWh", E, 3.6e15),
        ["W"] = U("W", P, 1), ["kW"] = U("kW", P, 1e3), ["KW"] = U("kW", P, 1e3), ["MW"] = U("MW", P, 1e6), ["GW"] = U("GW", P, 1e9),
        ["TW"] = U("TW", P, 1e12),
        ["KB"] = U("KB", D, 1e3), ["kB"] = U("KB", D, 1e3), ["MB"] = U("MB", D, 1e6), ["GB"] = U("GB", D, 1e9), ["TB"] = U("TB", D, 1e12),
        ["PB"] = U("PB", D, 1e15),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Unit words and phrases compared case-insensitively, keyed in lower case with single spaces.</summary>
    public static readonly FrozenDictionary<string, UnitInfo> WordUnits = BuildWordUnits();

    private static FrozenDictionary<string, UnitInfo> BuildWordUnits()
    {
        var d = new Dictionary<string, UnitInfo>(StringComparer.OrdinalIgnoreCase);

        void Add(UnitInfo u, params string[] names)
        {
            foreach (string n in names)
            {
                d[n] = u;
            }
        }

        Add(U("%", Pct, 1), "percent", "per cent", "percents", "percentage", "percentages", "per-cent", "pc", "percentage point",
            "percentage points", "percent points", "per cent points", "pct points", "pct");
        Add(U("mm", L, 1e-3), "millimetre", "millimetres", "millimeter", "millimeters");
        Add(U("cm", L, 1e-2), "centimetre", "centimetres", "centimeter", "centimeters");
        Add(U("m", L, 1), "metre", "metres", "meter", "meters");
        Add(U("km", L, 1e3), "kilometre", "kilometres", "kilometer", "kilometers", "klicks");
        Add(U("in", L, 0.0254), "inch", "inches");
        Add(U("ft", L, 0.3048), "foot", "feet");
        Add(U("yd", L, 0.9144), "yard", "yards");
        Add(U("mi", L, 1609.344), "mile", "miles");
        Add(U("nmi", L, 1852), "nautical mile", "nautical miles");
        Add(U("m2", A, 1), "square metre", "square metres", "square meter", "square meters", "sq metres", "sq meters", "square m");
        Add(U("km2", A, 1e6), "square kilometre", "square kilometres", "square kilometer", "square kilometers", "square km",
            "sq kilometres", "sq kilometers", "square kms", "sq kms");
        Add(U("ha", A, 1e4), "hectare", "hectares");
        Add(U("acre", A, 4046.8564224), "acre", "acres");
        Add(U("ft2", A, 0.09290304), "square foot", "square feet", "square ft", "sq feet");
        Add(U("mi2", A, 2589988.110336), "square mile", "square miles", "square mi", "sq miles");
        Add(U("ml", V, 1e-6), "millilitre", "millilitres", "milliliter", "milliliters");
        Add(U("l", V, 1e-3), "litre", "litres", "liter", "liters");
        Add(U("m3", V, 1), "cubic metre", "cubic metres", "cubic meter", "cubic meters", "cubic m");
        Add(U("ft3", V, 0.028316846592), "cubic foot", "cubic feet", "cubic ft");
        Add(U("gal", V, 0.003785411784), "gallon", "gallons");
        Add(U("bbl", V, 0.158987294928), "barrel", "barrels", "bpd");
        Add(U("mg", M, 1e-6), "milligram", "milligrams", "milligramme", "milligrammes");
        Add(U("g", M, 1e-3), "gram", "grams", "gramme", "grammes");
        Add(U("kg", M, 1), "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos");
        Add(U("t", M, 1e3), "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonne", "metric tonnes");
        Add(U("lb", M, 0.45359237), "pound", "pounds");
        Add(U("oz", M, 0.028349523125), "ounce", "ounces");
        Add(U("km/h", S, 1 / 3.6), "kilometres per hour", "kilometers per hour", "km per hour", "kilometres an hour",
            "kilometers an hour", "km an hour", "kmph");
        Add(U("mph", S, 0.44704), "miles per hour", "miles an hour");
        Add(U("m/s", S, 1), "metres per second", "meters per second", "metres a second", "meters a second");
        Add(U("kn", S, 1852 / 3600.0), "knot", "knots");
        var degC = U("degC", T, 1, 273.15);
        var degF = U("degF", T, 5 / 9.0, 273.15 - 32 * 5 / 9.0);
        Add(degC, "celsius", "celcius", "centigrade", "degrees celsius", "degree celsius", "degrees celcius", "degree celcius",
            "degrees centigrade", "degrees c", "degree c", "deg c", "° c", "º c", "°c", "ºc", "deg. c", "c°");
        Add(degF, "fahrenheit", "farenheit", "degrees fahrenheit", "degree fahrenheit", "degrees farenheit", "degree farenheit",
            "degrees f", "degree f", "deg f", "° f", "º f", "°f", "ºf", "deg. f");
        Add(U("K", T, 1), "kelvin", "kelvins", "degrees kelvin");
        Add(U("J", E, 1), "joule", "joules");
        Add(U("kJ", E, 1e3), "kilojoule", "kilojoules");
        Add(U("kWh", E, 3.6e6), "kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours");
        Add(U("MWh", E, 3.6e9), "megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours");
        Add(U("GWh", E, 3.6e12), "gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours");
        Add(U("W", P, 1), "watt", "watts");
        Add(U("kW", P, 1e3), "kilowatt", "kilowatts");
        Add(U("MW", P, 1e6), "megawatt", "megawatts");
        Add(U("GW", P, 1e9), "gigawatt", "gigawatts");
        Add(U("B", D, 1), "byte", "bytes");
        Add(U("KB", D, 1e3), "kilobyte", "kilobytes");
        Add(U("MB", D, 1e6), "megabyte", "megabytes");
        Add(U("GB", D, 1e9), "gigabyte", "gigabytes");
        Add(U("TB", D, 1e12), "terabyte", "terabytes");

        // Money written as words. "pound(s)" the currency is decided by context (see the extractor).
        Add(Cur("USD"), "dollar", "dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollars", "bucks", "usd");
        Add(Cur("CAD"), "canadian dollar", "canadian dollars", "cad");
        Add(Cur("AUD"), "australian dollar", "australian dollars", "aud");
        Add(Cur("NZD"), "new zealand dollar", "new zealand dollars", "nzd");
        Add(Cur("HKD"), "hong kong dollar", "hong kong dollars", "hkd");
        Add(Cur("SGD"), "singapore dollar", "singapore dollars", "sgd");
        Add(Cur("TWD"), "taiwan dollar", "taiwan dollars", "taiwanese dollars", "new taiwan dollars", "twd");
        Add(Cur("EUR"), "euro", "euros", "eur");
        Add(Cur("GBP"), "pound sterling", "pounds sterling", "british pounds", "sterling", "gbp", "quid");
        Add(Cur("GBX"), "pence", "penny");
        Add(Cur("USX"), "cent", "cents");
        Add(Cur("JPY"), "yen", "japanese yen", "jpy");
        Add(Cur("CNY"), "yuan", "chinese yuan", "renminbi", "rmb", "cny", "kuai");
        Add(Cur("INR"), "rupee", "rupees", "indian rupees", "inr");
        Add(Cur("PKR"), "pakistani rupees", "pakistani rupee", "pkr");
        Add(Cur("RUB"), "rouble", "roubles", "ruble", "rubles", "russian roubles", "russian rubles", "rub");
        Add(Cur("TRY"), "lira", "liras", "lire", "turkish lira", "turkish liras", "try");
        Add(Cur("BRL"), "reais", "brazilian reais", "brazilian real", "brl");
        Add(Cur("MXN"), "peso", "pesos", "mexican pesos", "mexican peso", "mxn");
        Add(Cur("ARS"), "argentine pesos", "argentinian pesos", "ars");
        Add(Cur("PHP"), "philippine pesos", "php");
        Add(Cur("ZAR"), "rand", "south african rand", "zar");
        Add(Cur("NGN"), "naira", "ngn");
        Add(Cur("ILS"), "shekel", "shekels", "new shekels", "ils");
        Add(Cur("SAR"), "riyal", "riyals", "saudi riyals", "sar");
        Add(Cur("AED"), "dirham", "dirhams", "aed");
        Add(Cur("IQD"), "iraqi dinars", "iraqi dinar", "iqd");
        Add(Cur("SYP"), "syrian pounds", "syrian pound", "syp");
        Add(Cur("EGP"), "egyptian pounds", "egyptian pound", "egp");
        Add(Cur("LBP"), "lebanese pounds", "lebanese pound", "lbp");
        Add(Cur("CHF"), "franc", "francs", "swiss francs", "swiss franc", "chf");
        Add(Cur("XOF"), "cfa francs", "cfa franc", "xof");
        Add(Cur("SEK"), "krona", "kronor", "swedish kronor", "swedish crowns", "sek");
        Add(Cur("NOK"), "norwegian kroner", "norwegian crowns", "nok");
        Add(Cur("DKK"), "danish kroner", "danish crowns", "dkk");
        Add(Cur("PLN"), "zloty", "zlotys", "zlotych", "pln");
        Add(Cur("HUF"), "forint", "forints", "huf");
        Add(Cur("UAH"), "hryvnia", "hryvnias", "hryvnias", "uah");
        Add(Cur("THB"), "baht", "thb");
        Add(Cur("MYR"), "ringgit", "myr");
        Add(Cur("IDR"), "rupiah", "idr");
        Add(Cur("KRW"), "korean won", "south korean won", "krw");
        Add(Cur("VND"), "dong", "vietnamese dong", "vnd");
        Add(Cur("IRR"), "rial", "rials", "iranian rials", "irr");
        Add(Cur("BTC"), "bitcoin", "bitcoins", "btc");
        Add(Cur("USD"), "musd");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Currency words whose value is in millions: <c>MUSD</c>, <c>MGBP</c>, <c>MEUR</c>.</summary>
    public static readonly FrozenDictionary<string, string> MillionCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MUSD"] = "USD", ["MGBP"] = "GBP", ["MEUR"] = "EUR", ["MCHF"] = "CHF", ["MSEK"] = "SEK", ["MNOK"] = "NOK", ["MDKK"] = "DKK",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currency symbols.</summary>
    public static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW", ["₺"] = "TRY",
        ["₦"] = "NGN", ["₴"] = "UAH", ["₪"] = "ILS", ["₱"] = "PHP", ["₡"] = "CRC", ["₭"] = "LAK", ["฿"] = "THB", ["₫"] = "VND",
        ["₨"] = "INR", ["₣"] = "FRF", ["₲"] = "PYG", ["₵"] = "GHS", ["₸"] = "KZT", ["₼"] = "AZN", ["₾"] = "GEL",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words written before <c>$</c> that name the dollar (<c>US$</c>, <c>C$</c>, <c>A$</c>), compared case-insensitively.</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["CAD"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD", ["AUD"] = "AUD",
        ["NZ"] = "NZD", ["HK"] = "HKD", ["S"] = "SGD", ["SG"] = "SGD", ["R"] = "BRL", ["MX"] = "MXN", ["MXN"] = "MXN", ["NT"] = "TWD",
        ["USD"] = "USD", ["Z"] = "ZWL",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO 4217 codes and abbreviations written in capitals before or after an amount (<c>USD 200</c>, <c>500 EUR</c>, <c>Rs 50</c>).</summary>
    public static readonly FrozenDictionary<string, string> CurrencyCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["USD"] = "USD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["JPY"] = "JPY", ["CNY"] = "CNY", ["RMB"] = "CNY", ["INR"] = "INR",
        ["Rs"] = "INR", ["RS"] = "INR", ["CHF"] = "CHF", ["CAD"] = "CAD", ["AUD"] = "AUD", ["NZD"] = "NZD", ["HKD"] = "HKD",
        ["SGD"] = "SGD", ["RUB"] = "RUB", ["TRY"] = "TRY", ["BRL"] = "BRL", ["MXN"] = "MXN", ["ZAR"] = "ZAR", ["SEK"] = "SEK",
        ["NOK"] = "NOK", ["DKK"] = "DKK", ["PLN"] = "PLN", ["KRW"] = "KRW", ["SAR"] = "SAR", ["AED"] = "AED", ["ILS"] = "ILS",
        ["EGP"] = "EGP", ["NGN"] = "NGN", ["PKR"] = "PKR", ["IDR"] = "IDR", ["THB"] = "THB", ["MYR"] = "MYR", ["PHP"] = "PHP",
        ["UAH"] = "UAH", ["HUF"] = "HUF", ["CZK"] = "CZK", ["TWD"] = "TWD", ["VND"] = "VND", ["IQD"] = "IQD", ["IRR"] = "IRR",
        ["KES"] = "KES", ["GHS"] = "GHS", ["ARS"] = "ARS", ["CLP"] = "CLP", ["COP"] = "COP", ["PEN"] = "PEN", ["QAR"] = "QAR",
        ["KWD"] = "KWD", ["BTC"] = "BTC", ["Tk"] = "BDT", ["BDT"] = "BDT", ["LKR"] = "LKR", ["NPR"] = "NPR", ["SYP"] = "SYP",
        ["LBP"] = "LBP", ["JOD"] = "JOD", ["dlrs"] = "USD", ["Dlrs"] = "USD", ["DLRS"] = "USD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // ---- words that are not part of a counted noun ------------------------------------------------

    /// <summary>Function words, verbs and other words that end a counted noun phrase or cannot start one.</summary>
    public static readonly FrozenSet<string> NounStop = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "by", "for", "from", "to", "with", "without",
        "into", "onto", "over", "under", "about", "around", "after", "before", "since", "during", "between", "among", "against",
        "behind", "beyond", "due", "upon", "until", "because", "unless", "whether", "though", "although",
        "through", "across", "per", "than", "as", "like", "near", "off", "out", "up", "down", "via", "within", "toward", "towards",
        "and", "or", "but", "nor", "so", "yet", "if", "while", "when", "where", "who", "whom", "whose", "which", "what", "why", "how",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "done",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said", "says", "say", "told", "tells",
        "he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "us", "me", "his", "its", "their", "our", "your", "my",
        "not", "no", "also", "still", "only", "just", "even", "all", "both", "each", "every", "some", "any", "more", "most", "less",
        "least", "other", "others", "another", "such", "own", "same", "there", "here", "then", "now", "ago", "later", "earlier",
        "again", "already", "each", "either", "neither", "very", "too", "much", "many", "few", "several", "less", "fewer",
        "percent", "per", "cent", "times", "apiece", "each", "respectively", "alone", "altogether", "total", "overall",
        "a.m.", "p.m.", "am", "pm", "including", "included", "includes", "according", "compared", "versus", "vs", "plus", "minus",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds",
        "decade", "decades", "century", "centuries", "yesterday", "today", "tomorrow", "tonight", "ones",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "quarter", "point", "points",
        "killed", "wounded", "injured", "died", "dead", "left", "made", "took", "came", "went", "got", "gave", "saw", "became",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Irregular plurals and mass nouns that head a counted noun phrase.</summary>
    public static readonly FrozenSet<string> IrregularPlurals = new[]
    {
        "people", "children", "women", "men", "police", "personnel", "staff", "troops", "cattle", "sheep", "fish", "deer", "aircraft",
        "feet", "teeth", "mice", "geese", "data", "media", "criteria", "crew", "infantry", "livestock", "poultry", "militia",
        "folk", "youth", "clergy", "offspring", "spacecraft", "watercraft", "hovercraft", "swine", "bison", "salmon", "trout",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Month names and abbreviations; a day number next to one is a date.</summary>
    public static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a year (<c>in 2016</c>, <c>since 1990</c>).</summary>
    public static readonly FrozenSet<string> YearPrepositions = new[]
    {
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "to", "through", "between", "early", "late",
        "mid", "summer", "spring", "autumn", "fall", "winter", "year", "the", "circa", "and", "or", "fiscal", "season",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a number that make it a time (<c>6 pm</c>, <c>10 a.m.</c>, <c>0800 GMT</c>).</summary>
    public static readonly FrozenSet<string> TimeWords = new[]
    {
        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "o'clock", "o’clock", "et", "est", "edt", "pt", "pst", "pdt", "cet", "bst",
        "hrs", "local",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a number that make it a label, not a quantity (<c>Resolution 2254</c>, <c>page 3</c>, <c>version 2</c>).</summary>
    public static readonly FrozenSet<string> LabelWords = new[]
    {
        "article", "resolution", "section", "chapter", "flight", "route", "highway", "room", "page", "pages", "no", "no.", "number",
        "exit", "gate", "terminal", "platform", "level", "phase", "stage", "round", "game", "grade", "class", "category", "type",
        "model", "version", "v", "ver", "release", "build", "update", "apollo", "boeing", "airbus", "windows", "iphone", "ios",
        "android", "galaxy", "playstation", "xbox", "vol", "volume", "act", "title", "item", "part", "amendment", "proposition",
        "prop", "lot", "unit", "block", "channel", "division", "district", "ward", "precinct", "sector", "tier", "squadron",
        "battalion", "brigade", "regiment", "corps", "fleet", "interstate", "bus", "line", "track", "episode", "season", "series",
        "psalm", "verse", "figure", "fig", "table", "rule", "paragraph", "clause", "protocol", "camp", "base", "hill",
        "checkpoint", "tower", "building", "street", "avenue", "road", "bed", "cell", "code", "id", "nr", "nr.", "scp",
        "mig", "su", "tu", "il", "aged", "age", "ages", "covid", "sars", "fortune", "ftse", "nikkei", "dax", "cac", "dow", "nasdaq", "mk",
        "formula", "p5",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a hyphenated number that make it a duration or an age: the dates extractor's.</summary>
    public static readonly FrozenSet<string> TimeTails = new[]
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second",
        "seconds", "decade", "decades", "century", "centuries", "night", "nights", "time", "times", "old", "year-old",
        "morning", "evening", "afternoon", "term", "season", "game", "match", "round", "th", "st", "nd", "rd", "s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs and nouns around a score (<c>won 2-1</c>); a dashed pair after one is no range.</summary>
    public static readonly FrozenSet<string> ScoreWords = new[]
    {
        "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "defeated", "drew", "draw", "victory", "defeat", "score",
        "scored", "led", "lead", "leads", "trailed", "trailing", "leading", "vote", "voted", "votes", "margin", "tie", "tied",
        "record", "series", "aggregate", "edged", "thrashed", "routed", "downed", "upset",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before <c>half</c> that make it a noun (<c>the rebel-held half</c>), not a quantity.</summary>
    public static readonly FrozenSet<string> HalfDeterminers = new[]
    {
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "first", "second", "other", "latter",
        "former", "back", "front", "lower", "upper", "northern", "southern", "eastern", "western", "better", "one", "each", "either",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before <c>one</c> that make it a pronoun (<c>no one</c>, <c>the one</c>, <c>which one</c>).</summary>
    public static readonly FrozenSet<string> OnePronounBefore = new[]
    {
        "the", "this", "that", "which", "no", "any", "every", "each", "some", "another", "someone", "anyone", "everyone", "a",
        "only", "last", "first", "next", "other", "right", "wrong", "big", "little", "new", "old", "same", "such",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words near <c>pounds</c> that make them a weight (besides words starting with <c>weigh</c>).</summary>
    public static readonly FrozenSet<string> PoundWeightWords = new[]
    {
        "heavy", "lost", "gained", "baby", "ton",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words near <c>pounds</c> that make them money (besides words starting with <c>cost</c> or <c>fine</c>).</summary>
    public static readonly FrozenSet<string> PoundMoneyWords = new[]
    {
        "paid", "pay", "price", "worth", "salary", "spent", "spend", "raised", "sold", "bought", "earn", "earned", "budget", "fund",
        "deal", "tax", "bill", "charge", "fee", "wage", "bonus", "donated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural nouns after a glued <c>m</c> that make it metres, not millions: races and what is won in them (<c>the 200m titles</c>, <c>400m hurdles</c>).</summary>
    public static readonly FrozenSet<string> RaceNouns = new[]
    {
        "hurdles", "titles", "finals", "races", "heats", "relays", "events", "records", "champions", "sprints", "sprinters", "runners",
        "specialists", "medals", "golds", "semi-finals", "semis", "crowns",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
