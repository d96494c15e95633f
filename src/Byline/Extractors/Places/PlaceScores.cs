using System.Runtime.CompilerServices;

namespace Byline.Extractors.Places;

/// <summary>
/// Tables the place extractor reads for every candidate, computed once per gazetteer on first use: feature classes,
/// the context-free score of every entry and of every sense, the best context-free reading of each key, and the
/// output strings of entries (name, short feature code).
/// </summary>
/// <remarks>Thread-safe: the lazily filled arrays hold values that any thread computes identically.</remarks>
internal sealed class PlaceScores
{
    /// <summary>A country or dependent territory (<c>A.PCLI</c>, <c>A.PCLD</c>, <c>A.TERR</c>...).</summary>
    public const byte Country = 1;

    /// <summary>A first-level admin region (<c>A.ADM1</c>).</summary>
    public const byte Admin1 = 2;

    /// <summary>A populated place (<c>P.*</c>).</summary>
    public const byte Populated = 4;

    /// <summary>A capital (<c>P.PPLC</c>).</summary>
    public const byte Capital = 8;

    /// <summary>A first-level seat (<c>P.PPLA</c>).</summary>
    public const byte Seat = 16;

    /// <summary>A continent (<c>L.CONT</c>).</summary>
    public const byte Continent = 32;

    /// <summary>A sea, an ocean or another body of water (<c>H.*</c>: only the hand-written regions have them).</summary>
    public const byte Water = 64;

    private static readonly ConditionalWeakTable<Gazetteer, PlaceScores> s_cache = new();

    private readonly Gazetteer _gz;
    private readonly byte[] _featureFlags;
    private readonly string[] _featureShort;
    private readonly double[] _base;
    private readonly bool[] _baseDone;
    private readonly double[] _senseBase;
    private readonly bool[] _keyDone;
    private readonly int[] _bestName;
    private readonly int[] _bestDemonym;
    private readonly string?[] _names;
    private int[][]? _neighbours;

    private PlaceScores(Gazetteer gz)
    {
        _gz = gz;
        _featureFlags = new byte[gz.FeatureCount];
        _featureShort = new string[gz.FeatureCount];
        for (int f = 0; f < _featureFlags.Length; f++)
        {
            string code = gz.FeatureCodeAt(f);
            _featureFlags[f] = (byte)((code is "A.PCLI" or "A.PCLD" or "A.PCLF" or "A.PCLS" or "A.PCL" or "A.TERR" or "A.PCLIX" ? Country : 0)
                | (code == "A.ADM1" ? Admin1 : 0) | (code.StartsWith("P.", StringComparison.Ordinal) ? Populated : 0)
                | (code == "P.PPLC" ? Capital : 0) | (code == "P.PPLA" ? Seat : 0) | (code == "L.CONT" ? Continent : 0)
                | (code.StartsWith("H.", StringComparison.Ordinal) ? Water : 0));
            int dot = code.IndexOf('.');
            _featureShort[f] = dot < 0 ? code : code[(dot + 1)..];
        }

        // Scores are computed on first use, entry by entry and key by key: an article touches a few hundred of the
        // gazetteer's entries, and computing all of them up front cost a fifth of a Native AOT cold start.
        _base = new double[gz.Count];
        _baseDone = new bool[gz.Count];
        _senseBase = new double[gz.SenseTotal];
        _keyDone = new bool[gz.KeyCount];

        _bestName = new int[gz.KeyCount];
        _bestDemonym = new int[gz.KeyCount];
        _names = new string?[gz.Count];
    }

    /// <summary>For each country index, the indexes of the countries that border it (see <see cref="CountryNeighbours"/>).</summary>
    public int[][] Neighbours => _neighbours ??= CountryNeighbours.Indexes(_gz);

    /// <summary>The tables of <paramref name="gz"/>.</summary>
    public static PlaceScores For(Gazetteer gz) => s_cache.GetValue(gz, static g => new PlaceScores(g));

    /// <summary>The feature class flags of entry <paramref name="e"/>.</summary>
    public byte Flags(int e) => _featureFlags[_gz.FeatureIndex(e)];

    /// <summary>Whether entry <paramref name="e"/> is a country or territory.</summary>
    public bool IsCountry(int e) => (Flags(e) & Country) != 0;

    /// <summary>Whether entry <paramref name="e"/> is a first-level admin region.</summary>
    public bool IsAdmin1(int e) => (Flags(e) & Admin1) != 0;

    /// <summary>The feature code of entry <paramref name="e"/> without its class (<c>PPLA</c>).</summary>
    public string ShortFeature(int e) => _featureShort[_gz.FeatureIndex(e)];

    /// <summary>The name of entry <paramref name="e"/> (one string per entry).</summary>
    public string Name(int e) => _names[e] ??= _gz.NameOf(e);

    /// <summary>The context-free score of entry <paramref name="e"/>: feature rank plus population.</summary>
    public double Base(int e)
    {
        if (!Volatile.Read(ref _baseDone[e]))
        {
            _base[e] = ComputeBase(e); // any thread computes the same value; the flag is written after it
            Volatile.Write(ref _baseDone[e], true);
        }

        return _base[e];
    }

    /// <summary>The context-free score of sense <paramref name="index"/> of key <paramref name="key"/>.</summary>
    public double SenseBase(int key, int index)
    {
        EnsureKey(key);
        return _senseBase[_gz.SenseOffset(key) + index];
    }

    /// <summary>Fills the sense scores of <paramref name="key"/> on first use.</summary>
    private void EnsureKey(int key)
    {
        if (Volatile.Read(ref _keyDone[key]))
        {
            return;
        }

        ReadOnlySpan<int> senses = _gz.Senses(key);
        int offset = _gz.SenseOffset(key);
        for (int i = 0; i < senses.Length; i++)
        {
            int e = senses[i] & Gazetteer.IndexMask;
            double s = Base(e);
            if (IsAdmin1(e) && HasSeatNamesake(senses, e))
            {
                s -= 50; // Aleppo, Baghdad, New York: the city, unless context says otherwise
            }

            _senseBase[offset + i] = s;
        }

        Volatile.Write(ref _keyDone[key], true);
    }

    /// <summary>The best-scoring reading of a key with no context, among name senses or demonym senses; -1 for none.</summary>
    /// <param name="key">The key.</param>
    /// <param name="demonym">Demonym and region-adjective senses instead of names.</param>
    public int Best(int key, bool demonym)
    {
        int[] memo = demonym ? _bestDemonym : _bestName;
        int stored = memo[key];
        if (stored != 0)
        {
            return stored - 2;
        }

        int best = -1;
        double bestScore = double.MinValue;
        EnsureKey(key);
        ReadOnlySpan<int> senses = _gz.Senses(key);
        int offset = _gz.SenseOffset(key);
        for (int i = 0; i < senses.Length; i++)
        {
            int kind = senses[i] >> Gazetteer.KindShift;
            if (demonym ? kind is not (Gazetteer.KindDemonym or Gazetteer.KindRegionAdjective) : kind != Gazetteer.KindName)
            {
                continue;
            }

            double s = _senseBase[offset + i];
            if (s > bestScore)
            {
                bestScore = s;
                best = senses[i] & Gazetteer.IndexMask;
            }
        }

        memo[key] = best + 2;
        return best;
    }

    private double ComputeBase(int e)
    {
        string f = _gz.FeatureCodeAt(_gz.FeatureIndex(e));
        double s;
        if ((_featureFlags[_gz.FeatureIndex(e)] & Country) != 0)
        {
            return 100;
        }

        if (f == "A.ADM1")
        {
            s = 80;
        }
        else if (f == "P.PPLC")
        {
            s = 60;
        }
        else if (f == "P.PPLA")
        {
            // A first-level seat ranks above a county seat, but a small one in a small country (Portsmouth, Dominica; San
            // Francisco, El Salvador) only a little, so that a far bigger namesake keeps the lead (Concord, New Hampshire keeps it).
            int country = _gz.CountryEntry(_gz.CountryOf(e));
            s = _gz.PopulationOf(e) >= 50000 || (country >= 0 && _gz.PopulationOf(country) >= 20000000) ? 35 : 25;
        }
        else if (f == "P.PPLA2")
        {
            s = 20;
        }
        else if (f.StartsWith("P.PPLA", StringComparison.Ordinal))
        {
            s = 18;
        }
        else if (f.StartsWith("P.", StringComparison.Ordinal))
        {
            s = 10;
        }
        else if (f == "A.ADM2")
        {
            s = 40;
        }
        else if (f.StartsWith("H.", StringComparison.Ordinal))
        {
            // Seas and oceans: only the hand-written regions have them. The Atlantic is the ocean, not Atlantic, Iowa; the Gulf is the
            // Persian Gulf, not Papua New Guinea's Gulf Province.
            s = 85;
        }
        else if (f.StartsWith("L.", StringComparison.Ordinal) || f.StartsWith("T.", StringComparison.Ordinal))
        {
            s = _gz.IdOf(e) == 0 || f is "L.CONT" or "L.RGN" ? 55 : 5;
        }
        else
        {
            s = 5;
        }

        return s + 6 * Math.Log10(_gz.PopulationOf(e) + 1);
    }

    /// <summary>Whether a populated place of the key lies in admin region <paramref name="admin"/> and is its seat, a capital or a city of 100,000 or more.</summary>
    private bool HasSeatNamesake(ReadOnlySpan<int> senses, int admin)
    {
        int c = _gz.CountryOf(admin);
        int a1 = _gz.Admin1Id(admin);
        foreach (int sense in senses)
        {
            if (sense >> Gazetteer.KindShift != Gazetteer.KindName)
            {
                continue;
            }

            int e = sense & Gazetteer.IndexMask;
            byte flags = Flags(e);
            if (e != admin && _gz.CountryOf(e) == c && _gz.Admin1Id(e) == a1 && (flags & Populated) != 0
                && (_gz.PopulationOf(e) >= 100000 || (flags & (Seat | Capital)) != 0))
            {
                return true;
            }
        }

        return false;
    }
}
