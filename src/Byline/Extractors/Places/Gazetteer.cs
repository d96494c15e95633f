using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Byline.Extractors.Places;

/// <summary>
/// An immutable, in-memory gazetteer: places with coordinates, countries, admin regions and news regions, plus the
/// demonyms and ethnic adjectives the place extractor needs, indexed by folded name (lower case, no diacritics).
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the gazetteer embedded in Byline (GeoNames cities500/cities15000, countries and
/// first-level admin regions; GeoNames, geonames.org, CC BY 4.0). It is loaded once per process, on first use.</para>
/// <para><see cref="Load(Stream, Gazetteer?)"/> reads a larger or custom gazetteer: either Byline's own format
/// (<c>#byline-gazetteer</c> header, see <c>build/gazetteer/README.md</c>) or the standard 19-column GeoNames dump
/// (<c>allCountries.txt</c>, a country file such as <c>US.txt</c>, <c>cities500.txt</c>), plain or gzip-compressed,
/// either alone or on top of another gazetteer such as <see cref="Default"/>.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Gazetteer
{
    internal const int KindName = 0;
    internal const int KindDemonym = 1;
    internal const int KindEthnic = 2;
    internal const int KindRegionAdjective = 3;
    internal const int KindShift = 28;
    internal const int IndexMask = (1 << KindShift) - 1;

    internal const byte FlagAcronym = 1;
    internal const byte FlagCommonWord = 2;

    // The embedded gazetteer is the compiled binary form written by build/gazetteer/build_gazetteer.py.
    private const string ResourceName = "Byline.gazetteer.bin.gz";
    private const ulong BinaryMagic = 0x3142_5A41_474C_5942; // "BYLGAZB1" read as a little-endian ulong
    private const int BinaryVersion = 1;
    private static readonly Lazy<Gazetteer> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Entries, column-wise. Names are UTF-8 in one blob; strings are made only for the places a caller asks about.
    private readonly long[] _ids;
    private readonly byte[] _nameBytes;
    private readonly int[] _nameStart;
    private readonly float[] _lat;
    private readonly float[] _lon;
    private readonly ushort[] _feature;
    private readonly ushort[] _country;
    private readonly ushort[] _admin1;
    private readonly long[] _population;
    private readonly string[] _featureCodes;
    private readonly string[] _countryCodes;
    private readonly string?[] _admin1Codes;
    private readonly int[] _admin1Canon;
    private readonly int[] _countryEntry;
    private readonly Dictionary<string, int> _admin1Entry;
    private readonly Dictionary<string, int> _countryIndex;
    private Dictionary<long, int>? _byId;

    // Name index: keys grouped by hash bucket (HashKey), their characters in one array, senses in another.
    private readonly char[] _keyChars;
    private readonly int[] _keyStart;
    private readonly byte[] _keyFlags;
    private readonly int[] _senseStart;
    private readonly int[] _senses;
    private readonly int[] _bucketStart;
    private readonly int _keyCount;

    // Bit filters over key hashes (no false negatives): every key, and every key's part before each of its spaces
    // ("new york" for "new york city"), so that a scan can drop a token run as soon as no key starts with it.
    private readonly ulong[] _keyBits;
    private readonly ulong[] _prefixBits;

    private Gazetteer(Columns c)
    {
        _ids = c.Ids;
        _nameBytes = c.NameBytes;
        _nameStart = c.NameStart;
        _lat = c.Lat;
        _lon = c.Lon;
        _feature = c.Feature;
        _country = c.Country;
        _admin1 = c.Admin1;
        _population = c.Population;
        _featureCodes = c.FeatureCodes;
        _countryCodes = c.CountryCodes;
        _admin1Codes = c.Admin1Codes;
        _admin1Canon = new int[_admin1Codes.Length];
        var firstIndex = new Dictionary<string, int>(_admin1Codes.Length, StringComparer.Ordinal);
        for (int i = 1; i < _admin1Codes.Length; i++)
        {
            _admin1Canon[i] = _admin1Codes[i] is { } code && !firstIndex.TryAdd(code, i) ? firstIndex[code] : i;
        }
        _countryEntry = c.CountryEntry;
        _keyChars = c.KeyChars;
        _keyStart = c.KeyStart;
        _keyFlags = c.KeyFlags;
        _senseStart = c.SenseStart;
        _senses = c.Senses;
        _bucketStart = c.BucketStart;
        _keyCount = c.KeyFlags.Length;
        (_keyBits, _prefixBits) = BuildFilters(_keyChars, _keyStart, _keyCount);
        FoldCheck = c.FoldCheck;
        Count = _ids.Length;
        _countryIndex = new Dictionary<string, int>(_countryCodes.Length, StringComparer.Ordinal);
        for (int i = 1; i < _countryCodes.Length; i++)
        {
            _countryIndex.TryAdd(_countryCodes[i], i);
        }

        if (c.Admin1Map is not null)
        {
            _admin1Entry = c.Admin1Map;
        }
        else
        {
            _admin1Entry = new Dictionary<string, int>(c.Admin1Entries.Length, StringComparer.Ordinal);
            foreach (int e in c.Admin1Entries)
            {
                _admin1Entry[_countryCodes[_country[e]] + "." + _admin1Codes[_admin1[e]]] = e;
            }
        }
    }

    /// <summary>The gazetteer embedded in Byline, loaded on first use and shared by the whole process.</summary>
    /// <remarks>Place data: GeoNames (geonames.org), CC BY 4.0.</remarks>
    public static Gazetteer Default => s_default.Value;

    private static int s_preloadStarted;

    /// <summary>Starts loading <see cref="Default"/> on a thread-pool thread (see <see cref="Preload"/>).</summary>
    internal static void PreloadDefault()
    {
        if (!s_default.IsValueCreated)
        {
            Preload.Start(static lazy => _ = lazy.Value, s_default, ref s_preloadStarted);
        }
    }

    /// <summary>The number of places (countries, admin regions, populated places and news regions).</summary>
    public int Count { get; }

    /// <summary>
    /// For the embedded gazetteer: every character the build script folded into a key, with its folding and its
    /// category, one <c>HHHH FOLDED FLAGS</c> item per character (tab-separated), so tests can check that
    /// <see cref="NameFolder.Fold"/> agrees with the build. Empty for a loaded gazetteer.
    /// </summary>
    internal string FoldCheck { get; }

    /// <summary>
    /// Loads a gazetteer from a stream in Byline's format or in the 19-column GeoNames format, plain or gzip-compressed
    /// (detected from the content).
    /// </summary>
    /// <param name="stream">The data; read to the end but not closed.</param>
    /// <param name="baseGazetteer">
    /// A gazetteer to extend, such as <see cref="Default"/>: its places, names, demonyms and countries are kept and the
    /// stream's records are added on top (a record with an id the base already has updates that place and adds its
    /// names). <see langword="null"/> (the default) loads the stream alone.
    /// </param>
    /// <returns>The new gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The data is in neither format, or a Byline file has an unsupported version.</exception>
    /// <remarks>
    /// GeoNames rows keep their main name, ASCII name, and those alternate names that are written in Latin letters and
    /// are neither all lower case nor all upper case. Rows of every feature class are loaded; the extractor prefers
    /// countries, admin regions and populated places when a name is ambiguous.
    /// </remarks>
    public static Gazetteer Load(Stream stream, Gazetteer? baseGazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var builder = new Builder();
        if (baseGazetteer is not null)
        {
            builder.CopyFrom(baseGazetteer);
        }

        byte[] magic = new byte[2];
        int got = 0;
        while (got < 2)
        {
            int n = stream.Read(magic, got, 2 - got);
            if (n <= 0)
            {
                break;
            }

            got += n;
        }

        Stream raw = new PrefixStream(magic, got, stream);
        Stream input = got == 2 && magic[0] == 0x1F && magic[1] == 0x8B
            ? new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true)
            : raw;
        using (var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true))
        {
            builder.Read(new LineReader(reader));
        }

        builder.Finish();
        return new Gazetteer(builder.ToColumns());
    }

    /// <summary>Loads a gazetteer from a file; see <see cref="Load(Stream, Gazetteer?)"/>.</summary>
    /// <param name="path">A Byline gazetteer or a GeoNames dump (<c>allCountries.txt</c>, <c>US.txt</c>...), plain or gzip-compressed.</param>
    /// <param name="baseGazetteer">A gazetteer to extend, such as <see cref="Default"/>, or <see langword="null"/> to load the file alone.</param>
    /// <returns>The new gazetteer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The data is in neither format.</exception>
    public static Gazetteer Load(string path, Gazetteer? baseGazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream file = File.OpenRead(path);
        return Load(file, baseGazetteer);
    }

    /// <summary>Finds a place by its GeoNames id.</summary>
    /// <param name="geonameId">The id.</param>
    /// <param name="entry">The place, when found.</param>
    /// <returns><see langword="true"/> when the gazetteer has the id.</returns>
    public bool TryGetByGeonameId(long geonameId, out GazetteerEntry entry)
    {
        if (ById().TryGetValue(geonameId, out int index))
        {
            entry = GetEntry(index);
            return true;
        }

        entry = default;
        return false;
    }

    /// <summary>Every place whose name or one of its aliases folds to the same key as <paramref name="name"/> (case and diacritics ignored).</summary>
    /// <param name="name">A place name, e.g. <c>Paris</c> or <c>Koln</c>.</param>
    /// <returns>The places, in gazetteer order; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<GazetteerEntry> Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = stackalloc char[NameFolder.MaxKeyLength];
        int n = NameFolder.Fold(name, buffer);
        var result = new List<GazetteerEntry>();
        int key = n > 0 ? FindKey(buffer[..n]) : -1;
        if (key >= 0)
        {
            foreach (int sense in Senses(key))
            {
                if (sense >> KindShift == KindName)
                {
                    result.Add(GetEntry(sense & IndexMask));
                }
            }
        }

        return result;
    }

    internal GazetteerEntry GetEntry(int index)
    {
        string code = _featureCodes[_feature[index]];
        int dot = code.IndexOf('.');
        return new GazetteerEntry(_ids[index] == 0 ? null : _ids[index], NameOf(index), CountryCodeOf(index), Admin1Of(index),
            dot < 0 ? code : code[..dot], dot < 0 ? string.Empty : code[(dot + 1)..], _lat[index], _lon[index], _population[index]);
    }

    internal long IdOf(int index) => _ids[index];

    internal string NameOf(int index) => Encoding.UTF8.GetString(_nameBytes, _nameStart[index], _nameStart[index + 1] - _nameStart[index]);

    internal string FeatureOf(int index) => _featureCodes[_feature[index]];

    internal int CountryOf(int index) => _country[index];

    internal string? CountryCodeOf(int index) => _country[index] == 0 ? null : _countryCodes[_country[index]];

    internal string CountryCodeAt(int country) => _countryCodes[country];

    internal int CountryCount => _countryCodes.Length;

    internal string? Admin1Of(int index) => _admin1Codes[_admin1[index]];

    /// <summary>A number for the admin1 code of entry <paramref name="index"/>: equal codes, equal numbers; 0 for none.</summary>
    internal int Admin1Id(int index) => _admin1Canon[_admin1[index]];

    /// <summary>The index of entry <paramref name="index"/>'s feature code (see <see cref="FeatureCodeAt"/>).</summary>
    internal int FeatureIndex(int index) => _feature[index];

    /// <summary>The number of distinct feature codes.</summary>
    internal int FeatureCount => _featureCodes.Length;

    /// <summary>The feature code of index <paramref name="feature"/> (<c>P.PPLA</c>).</summary>
    internal string FeatureCodeAt(int feature) => _featureCodes[feature];

    /// <summary>Where key <paramref name="key"/>'s senses start in the array of all senses (for tables parallel to it).</summary>
    internal int SenseOffset(int key) => _senseStart[key];

    /// <summary>The number of senses of all keys.</summary>
    internal int SenseTotal => _senses.Length;

    internal long PopulationOf(int index) => _population[index];

    internal double LatitudeOf(int index) => Math.Round(_lat[index], 5);

    internal double LongitudeOf(int index) => Math.Round(_lon[index], 5);

    internal int CountryEntry(int country) => country > 0 && country < _countryEntry.Length ? _countryEntry[country] : -1;

    internal int CountryIndex(string iso2) => _countryIndex.TryGetValue(iso2, out int c) ? c : 0;

    internal int Admin1Entry(int country, string? admin1) =>
        country > 0 && admin1 is not null && _admin1Entry.TryGetValue(_countryCodes[country] + "." + admin1, out int e) ? e : -1;

    internal int Admin1Entry(string iso2, string admin1) => _admin1Entry.TryGetValue(iso2 + "." + admin1, out int e) ? e : -1;

    /// <summary>The key index of a folded name, or -1.</summary>
    internal int FindKey(ReadOnlySpan<char> folded) => folded.IsEmpty ? -1 : FindKey(folded, HashKey(folded));

    internal ReadOnlySpan<int> Senses(int key) => _senses.AsSpan(_senseStart[key], _senseStart[key + 1] - _senseStart[key]);

    internal byte KeyFlags(int key) => _keyFlags[key];

    /// <summary>The number of name keys (for tests).</summary>
    internal int KeyCount => _keyCount;

    /// <summary>The folded characters of key <paramref name="key"/> (for tests).</summary>
    internal ReadOnlySpan<char> KeyAt(int key) => _keyChars.AsSpan(_keyStart[key], _keyStart[key + 1] - _keyStart[key]);

    /// <summary>
    /// The hash that places a folded key in its bucket: FNV-1a over the UTF-16 units, then the murmur3 finalizer.
    /// Fixed (not per-process) because the build script precomputes the buckets of the embedded gazetteer.
    /// </summary>
    internal static uint HashKey(ReadOnlySpan<char> key) => HashFinish(HashAppend(HashSeed, key));

    /// <summary>The state <see cref="HashAppend"/> starts from.</summary>
    internal const uint HashSeed = 2166136261;

    /// <summary>Extends a running key hash state by <paramref name="chars"/> (FNV-1a): hashing a key piece by piece gives <see cref="HashKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint HashAppend(uint state, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            state = (state ^ c) * 16777619;
        }

        return state;
    }

    /// <summary>The key hash of a running state (the murmur3 finalizer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint HashFinish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>Whether a key with hash <paramref name="hash"/> may exist (false: it certainly does not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayBeKey(uint hash) => TestBit(_keyBits, hash);

    /// <summary>Whether some key may continue the folded words of hash <paramref name="hash"/> with a space and more words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayBePrefix(uint hash) => TestBit(_prefixBits, hash);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TestBit(ulong[] bits, uint hash)
    {
        // The bucket index uses the low bits of the hash; the filter uses the high ones.
        uint bit = BitOperations.RotateRight(hash, 11) & (uint)((bits.Length << 6) - 1);
        return (bits[(int)(bit >> 6)] & (1UL << (int)(bit & 63))) != 0;
    }

    private static void SetBit(ulong[] bits, uint hash)
    {
        uint bit = BitOperations.RotateRight(hash, 11) & (uint)((bits.Length << 6) - 1);
        bits[(int)(bit >> 6)] |= 1UL << (int)(bit & 63);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static (ulong[] Keys, ulong[] Prefixes) BuildFilters(char[] keyChars, int[] keyStart, int keyCount)
    {
        // About 8 bits per key and per prefix: under 12% false positives.
        int prefixCount = 0;
        foreach (char ch in keyChars)
        {
            if (ch == ' ')
            {
                prefixCount++;
            }
        }

        var keys = new ulong[FilterWords(keyCount)];
        var prefixes = new ulong[FilterWords(prefixCount)];
        for (int k = 0; k < keyCount; k++)
        {
            ReadOnlySpan<char> key = keyChars.AsSpan(keyStart[k], keyStart[k + 1] - keyStart[k]);
            uint h = HashSeed;
            for (int i = 0; i < key.Length; i++)
            {
                if (key[i] == ' ')
                {
                    SetBit(prefixes, HashFinish(h));
                }

                h = (h ^ key[i]) * 16777619;
            }

            SetBit(keys, HashFinish(h));
        }

        return (keys, prefixes);
    }

    private static int FilterWords(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, 64) * 8) >> 6;

    /// <summary>The key index of a folded name whose <see cref="HashKey"/> is <paramref name="hash"/>, or -1.</summary>
    internal int FindKey(ReadOnlySpan<char> folded, uint hash)
    {
        if (folded.IsEmpty)
        {
            return -1;
        }

        int bucket = (int)(hash & (uint)(_bucketStart.Length - 2));
        for (int k = _bucketStart[bucket], end = _bucketStart[bucket + 1]; k < end; k++)
        {
            if (_keyChars.AsSpan(_keyStart[k], _keyStart[k + 1] - _keyStart[k]).SequenceEqual(folded))
            {
                return k;
            }
        }

        return -1;
    }

    private Dictionary<long, int> ById()
    {
        // Built on first use: the extractor never looks places up by id, so the cold load does not pay for it.
        Dictionary<long, int>? map = Volatile.Read(ref _byId);
        if (map is null)
        {
            map = new Dictionary<long, int>(_ids.Length);
            for (int i = 0; i < _ids.Length; i++)
            {
                if (_ids[i] != 0)
                {
                    map.TryAdd(_ids[i], i);
                }
            }

            map = Interlocked.CompareExchange(ref _byId, map, null) ?? map;
        }

        return map;
    }

    private static Gazetteer LoadEmbedded()
    {
        using Stream stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded gazetteer resource " + ResourceName + " is missing.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        return new Gazetteer(ReadBinary(gzip));
    }

    /// <summary>
    /// Reads the compiled form written by <c>build/gazetteer/build_gazetteer.py</c> (<c>compile_binary</c>): a header
    /// of counts, a small UTF-8 section of code tables, then little-endian arrays that are read straight into the
    /// gazetteer's columns. Nothing is parsed, hashed or sorted here: that all happened at build time.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static Columns ReadBinary(Stream s)
    {
        Span<int> header = stackalloc int[15];
        s.ReadExactly(MemoryMarshal.AsBytes(header));
        FixEndianness(header);
        if ((uint)header[0] != unchecked((uint)BinaryMagic) || (uint)header[1] != (uint)(BinaryMagic >> 32) || header[2] != BinaryVersion)
        {
            throw new InvalidDataException("The embedded gazetteer is not a version " + BinaryVersion + " Byline binary gazetteer.");
        }

        int n = header[3], countries = header[4], features = header[5], admin1s = header[6], admin1Pairs = header[7];
        int keys = header[8], keyChars = header[9], keyBytes = header[10], senses = header[11], buckets = header[12];
        int nameBytes = header[13];
        byte[] meta = new byte[header[14]];
        s.ReadExactly(meta);
        var c = new Columns();
        ReadOnlySpan<byte> rest = meta;
        c.CountryCodes = SplitCodes(NextLine(ref rest), countries);
        c.FeatureCodes = SplitCodes(NextLine(ref rest), features);
        string?[] admin1Codes = SplitCodes(NextLine(ref rest), admin1s);
        admin1Codes[0] = null;
        c.Admin1Codes = admin1Codes;
        c.FoldCheck = Encoding.UTF8.GetString(NextLine(ref rest));

        // 4-byte columns come as byte planes (see ReadPlanes). Ids are deltas (mostly ascending), populations int32.
        byte[] scratch = new byte[4 * Math.Max(n, senses)];
        var ints = new int[n];
        ReadPlanes(s, MemoryMarshal.Cast<int, uint>(ints.AsSpan()), scratch);
        c.Ids = new long[n];
        long id = 0;
        for (int i = 0; i < n; i++)
        {
            id += ints[i];
            c.Ids[i] = id;
        }

        c.Lat = new float[n];
        ReadPlanes(s, MemoryMarshal.Cast<float, uint>(c.Lat.AsSpan()), scratch);
        c.Lon = new float[n];
        ReadPlanes(s, MemoryMarshal.Cast<float, uint>(c.Lon.AsSpan()), scratch);
        c.Feature = ReadArray<ushort>(s, n);
        c.Country = ReadArray<ushort>(s, n);
        c.Admin1 = ReadArray<ushort>(s, n);
        ReadPlanes(s, MemoryMarshal.Cast<int, uint>(ints.AsSpan()), scratch);
        c.Population = new long[n];
        for (int i = 0; i < n; i++)
        {
            c.Population[i] = ints[i];
        }

        ushort[] lengths16 = ReadArray<ushort>(s, n);
        c.NameStart = PrefixSums(lengths16);
        c.NameBytes = ReadArray<byte>(s, nameBytes);
        c.CountryEntry = ReadArray<int>(s, countries);
        c.Admin1Entries = ReadArray<int>(s, admin1Pairs);
        c.KeyStart = PrefixSums(ReadArray<byte>(s, keys));
        byte[] keyText = ReadArray<byte>(s, keyBytes);
        c.KeyChars = new char[keyChars];
        if (Encoding.UTF8.GetChars(keyText, c.KeyChars) != keyChars)
        {
            throw new InvalidDataException("The embedded gazetteer is corrupt: its key text has the wrong length.");
        }

        c.KeyFlags = ReadArray<byte>(s, keys);
        c.SenseStart = PrefixSums(ReadArray<ushort>(s, keys));
        c.Senses = new int[senses];
        ReadPlanes(s, MemoryMarshal.Cast<int, uint>(c.Senses.AsSpan()), scratch);
        c.BucketStart = PrefixSums(ReadArray<byte>(s, buckets));
        if (c.KeyStart[keys] != keyChars || c.SenseStart[keys] != senses || c.NameStart[n] != nameBytes
            || c.BucketStart[buckets] != keys || !BitOperations.IsPow2(buckets) || s.ReadByte() >= 0)
        {
            throw new InvalidDataException("The embedded gazetteer is corrupt: its sections do not add up.");
        }

        return c;
    }

    /// <summary>Reads 4-byte values stored as four byte planes: all low bytes, then all second bytes, and so on.</summary>
    private static void ReadPlanes(Stream s, Span<uint> values, byte[] scratch)
    {
        int n = values.Length;
        Span<byte> bytes = scratch.AsSpan(0, 4 * n);
        s.ReadExactly(bytes);
        ReadOnlySpan<byte> p0 = bytes[..n], p1 = bytes.Slice(n, n), p2 = bytes.Slice(2 * n, n), p3 = bytes.Slice(3 * n, n);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = p0[i] | ((uint)p1[i] << 8) | ((uint)p2[i] << 16) | ((uint)p3[i] << 24);
        }
    }

    private static T[] ReadArray<T>(Stream s, int count)
        where T : unmanaged
    {
        var array = new T[count];
        ReadArray<T>(s, array);
        return array;
    }

    private static void ReadArray<T>(Stream s, Span<T> span)
        where T : unmanaged
    {
        s.ReadExactly(MemoryMarshal.AsBytes(span));
        if (!BitConverter.IsLittleEndian)
        {
            if (typeof(T) == typeof(ushort) || typeof(T) == typeof(char))
            {
                Span<ushort> u = MemoryMarshal.Cast<T, ushort>(span);
                BinaryPrimitives.ReverseEndianness(u, u);
            }
            else if (typeof(T) == typeof(int) || typeof(T) == typeof(float))
            {
                FixEndianness(MemoryMarshal.Cast<T, int>(span));
            }
        }
    }

    private static void FixEndianness(Span<int> values)
    {
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }
    }

    /// <summary>Start offsets from per-item counts (byte or ushort): <c>starts[i]</c> is the sum of the counts before item <c>i</c>; the last entry is the total.</summary>
    private static int[] PrefixSums<T>(ReadOnlySpan<T> counts)
        where T : System.Numerics.IBinaryInteger<T>
    {
        var starts = new int[counts.Length + 1];
        int sum = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            starts[i] = sum;
            sum += int.CreateTruncating(counts[i]);
        }

        starts[counts.Length] = sum;
        return starts;
    }

    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> rest)
    {
        int nl = rest.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line = nl < 0 ? rest : rest[..nl];
        rest = nl < 0 ? default : rest[(nl + 1)..];
        return line;
    }

    private static string[] SplitCodes(ReadOnlySpan<byte> line, int count)
    {
        var codes = new string[count];
        for (int i = 0; i < count; i++)
        {
            int tab = line.IndexOf((byte)'\t');
            codes[i] = Encoding.UTF8.GetString(tab < 0 ? line : line[..tab]);
            line = tab < 0 ? default : line[(tab + 1)..];
        }

        return codes;
    }

    /// <summary>The arrays a gazetteer is made of, filled by <see cref="ReadBinary"/> or <see cref="Builder.ToColumns"/>.</summary>
    private sealed class Columns
    {
        public long[] Ids = [];
        public byte[] NameBytes = [];
        public int[] NameStart = [0];
        public float[] Lat = [];
        public float[] Lon = [];
        public ushort[] Feature = [];
        public ushort[] Country = [];
        public ushort[] Admin1 = [];
        public long[] Population = [];
        public string[] FeatureCodes = [];
        public string[] CountryCodes = [string.Empty];
        public string?[] Admin1Codes = [null];
        public int[] CountryEntry = [];
        public int[] Admin1Entries = [];
        public Dictionary<string, int>? Admin1Map;
        public char[] KeyChars = [];
        public int[] KeyStart = [0];
        public byte[] KeyFlags = [];
        public int[] SenseStart = [0];
        public int[] Senses = [];
        public int[] BucketStart = [0, 0];
        public string FoldCheck = string.Empty;
    }

    /// <summary>A stream that replays a few already-read bytes before the rest of another stream.</summary>
    private sealed class PrefixStream(byte[] prefix, int prefixLength, Stream inner) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefixLength)
            {
                int n = Math.Min(buffer.Length, prefixLength - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Mutable state while loading.</summary>
    private sealed class Builder
    {
        public readonly List<long> Ids = new();
        public readonly List<string> Names = new();
        public readonly List<float> Lat = new();
        public readonly List<float> Lon = new();
        public readonly List<ushort> Feature = new();
        public readonly List<ushort> Country = new();
        public readonly List<string?> Admin1 = new();
        public readonly List<long> Population = new();
        public readonly List<string> FeatureCodes = new();
        public readonly List<string> CountryCodes = new() { string.Empty };
        public readonly Dictionary<string, int> FeatureIndex = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> CountryIndex = new(StringComparer.Ordinal);
        public readonly Dictionary<int, int> CountryEntry = new();
        public readonly Dictionary<long, int> ById = new();
        public readonly Dictionary<string, int> Admin1Entry = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> Interned = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
        private readonly List<string[]> _pending = new();
        private readonly List<(string Iso2, long Id)> _countryIds = new();

        public char[] KeyChars = new char[1 << 20];
        public int KeyCharCount;
        public int[] KeyStart = new int[1 << 16];
        public int[] KeyHash = new int[1 << 16];
        public byte[] KeyFlags = new byte[1 << 16];
        public int KeyCount;
        public int[] Slots = new int[1 << 17];
        public int[] SenseKey = new int[1 << 16];
        public int[] SenseValue = new int[1 << 16];
        public int SenseCount;
        private readonly char[] _scratch = new char[NameFolder.MaxKeyLength];
        private bool _bylineFormat;
        private bool _sawHeader;

        public void CopyFrom(Gazetteer g)
        {
            for (int c = 1; c < g._countryCodes.Length; c++)
            {
                CountryIndexOf(g._countryCodes[c]);
            }

            for (int i = 0; i < g.Count; i++)
            {
                AddEntry(g._ids[i], g.NameOf(i), g._lat[i], g._lon[i], g._featureCodes[g._feature[i]],
                    g._country[i] == 0 ? string.Empty : g._countryCodes[g._country[i]], g.Admin1Of(i), g._population[i]);
            }

            for (int c = 1; c < g._countryEntry.Length; c++)
            {
                if (g._countryEntry[c] >= 0)
                {
                    CountryEntry[CountryIndexOf(g._countryCodes[c])] = g._countryEntry[c];
                }
            }

            for (int k = 0; k < g._keyCount; k++)
            {
                int nk = AddKey(g.KeyAt(k));
                KeyFlags[nk] |= g._keyFlags[k];
                foreach (int s in g.Senses(k))
                {
                    AddSense(nk, s);
                }
            }
        }

        /// <summary>The loaded data in the gazetteer's compact form: names as UTF-8, keys grouped by <see cref="HashKey"/> bucket.</summary>
        public Columns ToColumns()
        {
            int n = Ids.Count;
            if (CountryCodes.Count > ushort.MaxValue || FeatureCodes.Count > ushort.MaxValue)
            {
                throw new InvalidDataException("The gazetteer has more than 65535 distinct country or feature codes.");
            }

            var c = new Columns
            {
                Ids = Ids.ToArray(),
                Lat = Lat.ToArray(),
                Lon = Lon.ToArray(),
                Feature = Feature.ToArray(),
                Country = Country.ToArray(),
                Population = Population.ToArray(),
                FeatureCodes = FeatureCodes.ToArray(),
                CountryCodes = CountryCodes.ToArray(),
                Admin1Map = Admin1Entry,
            };

            // Names: one UTF-8 blob.
            var nameStart = new int[n + 1];
            int bytes = 0;
            for (int i = 0; i < n; i++)
            {
                nameStart[i] = bytes;
                bytes += Encoding.UTF8.GetByteCount(Names[i]);
            }

            nameStart[n] = bytes;
            var nameBytes = new byte[bytes];
            for (int i = 0; i < n; i++)
            {
                Encoding.UTF8.GetBytes(Names[i], nameBytes.AsSpan(nameStart[i]));
            }

            c.NameStart = nameStart;
            c.NameBytes = nameBytes;

            // Admin1 codes: a table of the distinct codes, index 0 for none.
            var admin1Codes = new List<string?> { null };
            var admin1Index = new Dictionary<string, int>(StringComparer.Ordinal);
            var admin1 = new ushort[n];
            for (int i = 0; i < n; i++)
            {
                string? a = Admin1[i];
                if (a is null)
                {
                    continue;
                }

                if (!admin1Index.TryGetValue(a, out int ai))
                {
                    ai = admin1Codes.Count;
                    if (ai > ushort.MaxValue)
                    {
                        throw new InvalidDataException("The gazetteer has more than 65535 distinct admin1 codes.");
                    }

                    admin1Index[a] = ai;
                    admin1Codes.Add(a);
                }

                admin1[i] = (ushort)ai;
            }

            c.Admin1 = admin1;
            c.Admin1Codes = admin1Codes.ToArray();
            c.CountryEntry = new int[CountryCodes.Count];
            Array.Fill(c.CountryEntry, -1);
            foreach (KeyValuePair<int, int> pair in CountryEntry)
            {
                c.CountryEntry[pair.Key] = pair.Value;
            }

            // Sense lists per key, sorted, duplicates dropped (counting sort by key).
            var counts = new int[KeyCount + 1];
            for (int i = 0; i < SenseCount; i++)
            {
                counts[SenseKey[i] + 1]++;
            }

            for (int k = 0; k < KeyCount; k++)
            {
                counts[k + 1] += counts[k];
            }

            var fill = (int[])counts.Clone();
            var senses = new int[SenseCount];
            for (int i = 0; i < SenseCount; i++)
            {
                senses[fill[SenseKey[i]]++] = SenseValue[i];
            }

            var senseFrom = new int[KeyCount];
            var senseCount = new int[KeyCount];
            int w = 0;
            for (int k = 0; k < KeyCount; k++)
            {
                senseFrom[k] = w;
                int from = counts[k], to = counts[k + 1];
                Array.Sort(senses, from, to - from);
                for (int i = from; i < to; i++)
                {
                    if (i == from || senses[i] != senses[i - 1])
                    {
                        senses[w++] = senses[i];
                    }
                }

                senseCount[k] = w - senseFrom[k];
            }

            // Keys grouped by bucket, first-seen order within a bucket (the same order the build script writes).
            int buckets = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(KeyCount, 1));
            var bucketOf = new int[KeyCount];
            var bucketStart = new int[buckets + 1];
            for (int k = 0; k < KeyCount; k++)
            {
                bucketOf[k] = (int)(HashKey(KeyChars.AsSpan(KeyStart[k], KeyStart[k + 1] - KeyStart[k])) & (uint)(buckets - 1));
                bucketStart[bucketOf[k] + 1]++;
            }

            for (int b = 0; b < buckets; b++)
            {
                bucketStart[b + 1] += bucketStart[b];
            }

            var order = new int[KeyCount];
            var next = (int[])bucketStart.Clone();
            for (int k = 0; k < KeyCount; k++)
            {
                order[next[bucketOf[k]]++] = k;
            }

            c.BucketStart = bucketStart;
            c.KeyChars = new char[KeyCharCount];
            c.KeyStart = new int[KeyCount + 1];
            c.KeyFlags = new byte[KeyCount];
            c.SenseStart = new int[KeyCount + 1];
            c.Senses = new int[w];
            int chars = 0, sensesOut = 0;
            for (int j = 0; j < KeyCount; j++)
            {
                int k = order[j];
                ReadOnlySpan<char> key = KeyChars.AsSpan(KeyStart[k], KeyStart[k + 1] - KeyStart[k]);
                c.KeyStart[j] = chars;
                key.CopyTo(c.KeyChars.AsSpan(chars));
                chars += key.Length;
                c.KeyFlags[j] = KeyFlags[k];
                c.SenseStart[j] = sensesOut;
                senses.AsSpan(senseFrom[k], senseCount[k]).CopyTo(c.Senses.AsSpan(sensesOut));
                sensesOut += senseCount[k];
            }

            c.KeyStart[KeyCount] = chars;
            c.SenseStart[KeyCount] = sensesOut;
            return c;
        }

        public void Read(LineReader lines)
        {
            bool first = true;
            while (lines.TryReadLine(out ReadOnlySpan<char> line))
            {
                if (first)
                {
                    first = false;
                    if (line.Length > 0 && line[0] == '\uFEFF')
                    {
                        line = line[1..];
                    }

                    if (line.StartsWith("#byline-gazetteer"))
                    {
                        ReadOnlySpan<char> rest = line;
                        Next(ref rest);
                        if (!Next(ref rest).SequenceEqual("1"))
                        {
                            throw new InvalidDataException("Unsupported Byline gazetteer version: " + line.ToString());
                        }

                        _bylineFormat = true;
                        _sawHeader = true;
                        continue;
                    }
                }

                if (line.IsEmpty || line[0] == '#')
                {
                    continue;
                }

                if (_bylineFormat)
                {
                    ReadBylineRecord(line);
                }
                else
                {
                    ReadGeoNamesRow(line);
                }
            }
        }

        public void Finish()
        {
            foreach ((string iso2, long id) in _countryIds)
            {
                if (ById.TryGetValue(id, out int e))
                {
                    CountryEntry[CountryIndexOf(iso2)] = e;
                }
            }

            // Regions first (demonym-like records refer to them), then the rest.
            foreach (string[] f in _pending)
            {
                if (f[0] == "R")
                {
                    AddRegion(f);
                }
            }

            foreach (string[] f in _pending)
            {
                switch (f[0])
                {
                    case "D" when f.Length >= 3:
                        foreach (string cc in f[2].Split('|'))
                        {
                            if (CountryIndex.TryGetValue(cc, out int ci) && CountryEntry.TryGetValue(ci, out int ce))
                            {
                                AddName(f[1], (KindDemonym << KindShift) | ce);
                                break; // the first country is the preferred reading
                            }
                        }

                        break;
                    case "E" when f.Length >= 2:
                        AddName(f[1], KindEthnic << KindShift);
                        break;
                    case "A" when f.Length >= 3:
                        if (_regions.TryGetValue(f[2], out int re))
                        {
                            AddName(f[1], (KindRegionAdjective << KindShift) | re);
                        }

                        break;
                    case "W" when f.Length >= 2:
                        int k = AddKeyFromName(f[1]);
                        if (k >= 0)
                        {
                            KeyFlags[k] |= FlagCommonWord;
                        }

                        break;
                }
            }

            if (!_sawHeader && Ids.Count == 0 && KeyCount == 0)
            {
                throw new InvalidDataException("The gazetteer holds no records: expected a Byline gazetteer or GeoNames rows.");
            }

            KeyStart[KeyCount] = KeyCharCount;
        }

        private void ReadBylineRecord(ReadOnlySpan<char> line)
        {
            ReadOnlySpan<char> rest = line;
            ReadOnlySpan<char> type = Next(ref rest);
            if (type.Length != 1)
            {
                return;
            }

            switch (type[0])
            {
                case 'P':
                {
                    if (!long.TryParse(Next(ref rest), NumberStyles.None, CultureInfo.InvariantCulture, out long id))
                    {
                        return;
                    }

                    ReadOnlySpan<char> name = Next(ref rest);
                    float lat = ParseFloat(Next(ref rest));
                    float lon = ParseFloat(Next(ref rest));
                    ReadOnlySpan<char> code = Next(ref rest);
                    ReadOnlySpan<char> cc = Next(ref rest);
                    ReadOnlySpan<char> admin1 = Next(ref rest);
                    long.TryParse(Next(ref rest), NumberStyles.None, CultureInfo.InvariantCulture, out long pop);
                    ReadOnlySpan<char> aliases = Next(ref rest);
                    int e = UpsertEntry(id, name, lat, lon, code, cc, admin1, pop);
                    AddName(name, e);
                    while (!aliases.IsEmpty)
                    {
                        int bar = aliases.IndexOf('|');
                        ReadOnlySpan<char> a = bar < 0 ? aliases : aliases[..bar];
                        aliases = bar < 0 ? default : aliases[(bar + 1)..];
                        AddName(a, e);
                    }

                    break;
                }

                case 'C':
                {
                    string iso2 = Next(ref rest).ToString();
                    Next(ref rest);
                    if (long.TryParse(Next(ref rest), NumberStyles.None, CultureInfo.InvariantCulture, out long id))
                    {
                        CountryIndexOf(iso2);
                        _countryIds.Add((iso2, id));
                    }

                    break;
                }

                case 'R' or 'D' or 'E' or 'A' or 'W':
                {
                    var fields = new List<string>(9) { type.ToString() };
                    while (true)
                    {
                        bool last = rest.IndexOf('\t') < 0;
                        fields.Add(Next(ref rest).ToString());
                        if (last)
                        {
                            break;
                        }
                    }

                    _pending.Add(fields.ToArray());
                    break;
                }
            }
        }

        private void AddRegion(string[] f)
        {
            // R key geonameid name lat lon class.code countries aliases
            if (f.Length < 8)
            {
                return;
            }

            int e;
            if (long.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out long id) && ById.TryGetValue(id, out int existing))
            {
                e = existing;
            }
            else
            {
                string[] ccs = f[7].Length == 0 ? [] : f[7].Split('|');
                e = AddEntry(id, f[3], ParseFloat(f[4]), ParseFloat(f[5]), f[6], ccs.Length == 1 ? ccs[0] : string.Empty, default, 0);
            }

            _regions[f[1]] = e;
            AddName(f[3], e);
            if (f.Length > 8)
            {
                foreach (string a in f[8].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    AddName(a, e);
                }
            }
        }

        private void ReadGeoNamesRow(ReadOnlySpan<char> line)
        {
            // geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 population ...
            ReadOnlySpan<char> rest = line;
            if (!long.TryParse(Next(ref rest), NumberStyles.None, CultureInfo.InvariantCulture, out long id))
            {
                if (Ids.Count == 0 && !_sawHeader)
                {
                    throw new InvalidDataException("Not a Byline gazetteer or GeoNames file: the first record does not start with a numeric id.");
                }

                return;
            }

            ReadOnlySpan<char> name = Next(ref rest);
            ReadOnlySpan<char> ascii = Next(ref rest);
            ReadOnlySpan<char> alternates = Next(ref rest);
            float lat = ParseFloat(Next(ref rest));
            float lon = ParseFloat(Next(ref rest));
            ReadOnlySpan<char> fclass = Next(ref rest);
            ReadOnlySpan<char> fcode = Next(ref rest);
            ReadOnlySpan<char> cc = Next(ref rest);
            Next(ref rest);
            ReadOnlySpan<char> admin1 = Next(ref rest);
            Next(ref rest);
            Next(ref rest);
            Next(ref rest);
            long.TryParse(Next(ref rest), NumberStyles.None, CultureInfo.InvariantCulture, out long pop);
            if (name.IsEmpty)
            {
                return;
            }

            // GeoNames feature codes are a letter and up to five more; a file is input, so a longer field goes to the heap
            // rather than the stack.
            int codeLength = fclass.Length + 1 + fcode.Length;
            Span<char> code = codeLength <= 32 ? stackalloc char[32] : new char[codeLength];
            code = code[..codeLength];
            fclass.CopyTo(code);
            code[fclass.Length] = '.';
            fcode.CopyTo(code[(fclass.Length + 1)..]);
            bool isCountry = fcode is "PCLI" or "PCLD" or "PCLF" or "PCLS" or "PCL" or "TERR" or "PCLIX";
            int e = UpsertEntry(id, name, lat, lon, code, cc, isCountry ? default : admin1, pop);
            if (isCountry && cc.Length == 2)
            {
                int ci = CountryIndexOf(cc.ToString());
                CountryEntry.TryAdd(ci, e);
            }

            AddName(name, e);
            if (!ascii.IsEmpty)
            {
                AddName(ascii, e);
            }

            while (!alternates.IsEmpty)
            {
                int comma = alternates.IndexOf(',');
                ReadOnlySpan<char> a = comma < 0 ? alternates : alternates[..comma];
                alternates = comma < 0 ? default : alternates[(comma + 1)..];
                if (UsableAlternate(a))
                {
                    AddName(a, e);
                }
            }
        }

        private static bool UsableAlternate(ReadOnlySpan<char> a)
        {
            if (a.Length < 2 || a.Length > 40)
            {
                return false;
            }

            bool lower = false, upper = false;
            int spaces = 0;
            foreach (char c in a)
            {
                if (c == ' ')
                {
                    if (++spaces > 4)
                    {
                        return false;
                    }

                    continue;
                }

                if (c is '-' or '.' or '\'' or '\u2019')
                {
                    continue;
                }

                if (!char.IsLetter(c) || !(c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)))
                {
                    return false; // digits, symbols, other scripts
                }

                lower |= char.IsLower(c);
                upper |= char.IsUpper(c);
            }

            return lower && upper;
        }

        private int UpsertEntry(long id, ReadOnlySpan<char> name, float lat, float lon, ReadOnlySpan<char> code,
            ReadOnlySpan<char> cc, ReadOnlySpan<char> admin1, long pop)
        {
            if (id != 0 && ById.TryGetValue(id, out int existing))
            {
                Names[existing] = name.ToString();
                Lat[existing] = lat;
                Lon[existing] = lon;
                Feature[existing] = FeatureIndexOf(code);
                Country[existing] = (ushort)(cc.Length == 2 ? CountryIndexOf(cc.ToString()) : 0);
                Admin1[existing] = admin1.IsEmpty ? null : Intern(admin1);
                Population[existing] = Math.Max(pop, Population[existing]);
                return existing;
            }

            return AddEntry(id, name.ToString(), lat, lon, code, cc, admin1.IsEmpty ? null : admin1, pop);
        }

        private int AddEntry(long id, string name, float lat, float lon, ReadOnlySpan<char> code, ReadOnlySpan<char> cc,
            ReadOnlySpan<char> admin1, long pop)
        {
            int e = Ids.Count;
            Ids.Add(id);
            Names.Add(name);
            Lat.Add(lat);
            Lon.Add(lon);
            Feature.Add(FeatureIndexOf(code));
            int ci = cc.Length == 2 ? CountryIndexOf(cc.ToString()) : 0;
            Country.Add((ushort)ci);
            string? a1 = admin1.IsEmpty ? null : Intern(admin1);
            Admin1.Add(a1);
            Population.Add(pop);
            if (id != 0)
            {
                ById.TryAdd(id, e);
            }

            if (a1 is not null && ci > 0 && code.SequenceEqual("A.ADM1"))
            {
                Admin1Entry[CountryCodes[ci] + "." + a1] = e;
            }

            return e;
        }

        private string Intern(ReadOnlySpan<char> s)
        {
            Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup = Interned.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(s, out string? found))
            {
                return found;
            }

            string str = s.ToString();
            Interned[str] = str;
            return str;
        }

        private ushort FeatureIndexOf(ReadOnlySpan<char> code)
        {
            Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = FeatureIndex.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(code, out int i))
            {
                return (ushort)i;
            }

            i = FeatureCodes.Count;
            string s = code.ToString();
            FeatureCodes.Add(s);
            FeatureIndex[s] = i;
            return (ushort)Math.Min(i, ushort.MaxValue);
        }

        private int CountryIndexOf(string iso2)
        {
            if (CountryIndex.TryGetValue(iso2, out int i))
            {
                return i;
            }

            i = CountryCodes.Count;
            CountryCodes.Add(iso2);
            CountryIndex[iso2] = i;
            return i;
        }

        private void AddName(ReadOnlySpan<char> name, int sense)
        {
            int k = AddKeyFromName(name);
            if (k >= 0)
            {
                AddSense(k, sense);
            }
        }

        private int AddKeyFromName(ReadOnlySpan<char> name)
        {
            int n = NameFolder.Fold(name, _scratch);
            if (n <= 0)
            {
                return -1;
            }

            int k = AddKey(_scratch.AsSpan(0, n));
            if (IsAcronym(name))
            {
                KeyFlags[k] |= FlagAcronym;
            }

            return k;
        }

        private static bool IsAcronym(ReadOnlySpan<char> name)
        {
            int letters = 0;
            foreach (char c in name)
            {
                if (char.IsLower(c) || c == ' ')
                {
                    return false;
                }

                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            return letters >= 2 && letters <= 4;
        }

        private void AddSense(int key, int sense)
        {
            if (SenseCount == SenseKey.Length)
            {
                Array.Resize(ref SenseKey, SenseKey.Length * 2);
                Array.Resize(ref SenseValue, SenseValue.Length * 2);
            }

            SenseKey[SenseCount] = key;
            SenseValue[SenseCount] = sense;
            SenseCount++;
        }

        private int AddKey(ReadOnlySpan<char> key)
        {
            int hash = string.GetHashCode(key);
            int mask = Slots.Length - 1;
            int slot = hash & mask;
            while (true)
            {
                int k = Slots[slot] - 1;
                if (k < 0)
                {
                    break;
                }

                if (KeyHash[k] == hash && KeyChars.AsSpan(KeyStart[k], KeyLength(k)).SequenceEqual(key))
                {
                    return k;
                }

                slot = (slot + 1) & mask;
            }

            int index = KeyCount;
            if (index + 2 >= KeyStart.Length)
            {
                Array.Resize(ref KeyStart, KeyStart.Length * 2);
                Array.Resize(ref KeyHash, KeyHash.Length * 2);
                Array.Resize(ref KeyFlags, KeyFlags.Length * 2);
            }

            if (KeyCharCount + key.Length > KeyChars.Length)
            {
                Array.Resize(ref KeyChars, Math.Max(KeyChars.Length * 2, KeyCharCount + key.Length));
            }

            key.CopyTo(KeyChars.AsSpan(KeyCharCount));
            KeyStart[index] = KeyCharCount;
            KeyCharCount += key.Length;
            KeyStart[index + 1] = KeyCharCount;
            KeyHash[index] = hash;
            KeyCount++;
            Slots[slot] = index + 1;
            if (KeyCount * 2 > Slots.Length)
            {
                Rehash();
            }

            return index;
        }

        private int KeyLength(int k) => (k + 1 < KeyCount ? KeyStart[k + 1] : KeyCharCount) - KeyStart[k];

        private void Rehash()
        {
            var slots = new int[Slots.Length * 2];
            int mask = slots.Length - 1;
            for (int k = 0; k < KeyCount; k++)
            {
                int slot = KeyHash[k] & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = k + 1;
            }

            Slots = slots;
        }

        private static float ParseFloat(ReadOnlySpan<char> s) =>
            float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out float f) ? f : 0f;

        private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
        {
            int tab = rest.IndexOf('\t');
            ReadOnlySpan<char> field;
            if (tab < 0)
            {
                field = rest;
                rest = default;
            }
            else
            {
                field = rest[..tab];
                rest = rest[(tab + 1)..];
            }

            return field;
        }
    }
}
