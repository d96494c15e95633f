using System.Runtime.InteropServices;
using Byline.Text;

namespace Byline.Extractors.Places;

/// <summary>
/// Finds the places an article names and resolves each to one gazetteer entry (GeoNames id, coordinates, country,
/// admin region): countries, cities, regions, datelines (<c>PARIS/MOSCOW:</c>) and demonyms (<c>Syrian</c> → Syria,
/// <c>U.S.-led</c> → United States). Publishes one <see cref="Place"/> per distinct place with all its mentions.
/// </summary>
/// <remarks>
/// <para>Recognition is a longest match over capitalized tokens against the gazetteer's folded names, with context rules:
/// names that are also ordinary words (<c>Mobile</c>, <c>Reading</c>) count only in place contexts (<c>in Mobile</c>,
/// <c>Mobile, Ala.</c>); places inside organization or person names (<c>Bank of England</c>, <c>Paris Hilton</c>) do not
/// count; ethnic and religious adjectives (<c>Kurdish</c>, <c>Arab</c>) are not places.</para>
/// <para>Disambiguation prefers an explicit qualifier (<c>Paris, Texas</c>), then the countries and admin regions the
/// rest of the article names (a state named several times, even inside an organization's name such as <c>Texas
/// Department of Transportation</c>, pulls its namesakes in; a small town named like a country needs its state named),
/// more weakly the countries next to the named ones (<c>Gaza</c> near Israel and Egypt), then feature rank and
/// population.</para>
/// <para>Local-news forms count too: datelines after a headline (<c>CHARLESTON, W.Va. -</c>), a legislator's home town
/// (<c>D-Charleston</c>), hyphenated compounds (<c>Egypt-US</c>), a person's home town (<c>Steven Sachs of Alexandria</c>,
/// <c>a DeKalb man</c>); demonyms used as languages (<c>spoke French</c>) do not.</para>
/// <para>Names the gazetteer lacks are reported with a <see langword="null"/> id when the context marks them as places
/// (<c>the village of X</c>, <c>south of X</c>, <c>X County</c>, <c>three areas – X, Y and Z</c>), and so are the kinds of place the
/// gazetteer does not list: streets, roads and numbered routes (<c>North Main Street</c>, <c>Highway 82</c>, <c>I-75</c>), rivers,
/// lakes, mountains, parks and oceans (<c>the Red River</c>, <c>Lake Tahoe</c>, <c>Yellowstone National Park</c>), each with
/// GeoNames' <see cref="Place.FeatureCode"/> for its kind (<c>ST</c>, <c>RD</c>, <c>TRL</c>, <c>STM</c>, <c>LK</c>, <c>MT</c>,
/// <c>MTS</c>, <c>PRK</c>, <c>OCN</c> ...).</para>
/// <para>The extractor is stateless and thread-safe. The embedded gazetteer is loaded once per process: constructing an
/// extractor that uses it starts the load on a thread-pool thread, so that it is ready (or nearly) by the first analysis.</para>
/// </remarks>
public sealed partial class PlacesExtractor : IArticleExtractor
{
    private const int MaxTokens = 6;
    private const int BufferLength = 160;
    private const long WeakPopulation = 15000;
    private const double LocalBonus = 40;
    private const double LocalStateWeight = 20;
    private const double NamedRegionBonus = 15;
    private const double CountryWeight = 25;
    private const double NeighbourWeight = 12;
    private const double StateWeight = 18;
    private const double CountyBonus = 60;

    private readonly PlacesExtractorOptions _options;

    /// <summary>Creates an extractor with the default options (embedded gazetteer, demonyms and unresolved places on).</summary>
    public PlacesExtractor()
        : this(new PlacesExtractorOptions())
    {
    }

    /// <summary>
    /// Creates an extractor. Without a custom <see cref="PlacesExtractorOptions.Gazetteer"/>, the embedded gazetteer starts
    /// loading on a thread-pool thread, once per process.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public PlacesExtractor(PlacesExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        if (options.Gazetteer is null)
        {
            // The analyzer runs places after dates and quantities: the embedded gazetteer loads meanwhile on another core.
            Gazetteer.PreloadDefault();
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (Place place in Find(context.Document))
        {
            context.Add(place);
        }
    }

    /// <summary>Finds and resolves the places of a document.</summary>
    /// <param name="document">The tokenized article.</param>
    /// <returns>Distinct places in order of first mention.</returns>
    internal List<Place> Find(TextDocument document)
    {
        Gazetteer gazetteer = _options.Gazetteer ?? Gazetteer.Default;

        // One scratch state per thread, reused article after article (taken while in use, so a nested call gets its own).
        Run run = t_run ?? new Run();
        t_run = null;
        try
        {
            run.Start(gazetteer, document, _options);
            return run.Execute();
        }
        finally
        {
            run.Finish();
            t_run = run;
        }
    }

    [ThreadStatic]
    private static Run? t_run;

    private enum CandidateType : byte
    {
        Name,
        Demonym,
        Unknown,
    }

    private struct Candidate
    {
        public int First;
        public int Last;
        public int Start;
        public int End;
        public int Key;
        public CandidateType Type;
        public int Entry;
        public int Country;
        public bool Context;
        public bool Strong;
        public bool Rejected;
        public bool CommonWord;
        public bool InName;
        public int QualifierCountry;
        public int QualifierAdmin1;
        public int ForcedEntry;
        public int Slot;
        public FeatureKind Feature;
        public bool FeatureFirst; // the feature word opens the name (Lake Tahoe), else ends it (Red River)
        public int County; // a US county's index in UsCounties + 1, once resolved (0: none)
        public byte CountySuffix; // an item of "X and Y counties" (1) or "parishes" (2): its name lacks the word
    }

    /// <summary>The state of one extraction; its collections are cleared and reused by the next extraction on the same thread.</summary>
    private sealed partial class Run
    {
        private Gazetteer _gz = null!;
        private PlaceScores _scores = null!;
        private TextDocument _doc = null!;
        private PlacesExtractorOptions _options = null!;
        private string _text = string.Empty;
        private readonly List<Candidate> _cands = new();
        private int[]? _cover;
        private readonly HashSet<int> _personKeys = new();
        private readonly HashSet<int> _placeContextKeys = new();
        private bool _placeContextKeysReady;
        private bool[] _capsParagraphs = [];
        private bool _sports;
        private readonly HashSet<int> _teamKeys = new();
        private bool _teamKeysReady;
        private readonly HashSet<int> _clubKeys = new();
        private bool _clubKeysReady;
        private int _datelineStart;
        private int _datelineEnd;
        private int[] _countryVotes = [];
        private int[] _finalVotes = [];
        private readonly Dictionary<int, int> _admin1Votes = new();
        private readonly Dictionary<int, int> _namedAdmin1 = new();
        private readonly Dictionary<int, int> _keyPick = new();
        private readonly Dictionary<int, int> _finalPick = new();
        private readonly HashSet<int> _namedEntries = new();
        private readonly HashSet<int> _namedQualifiers = new();
        private readonly List<OutputSlot> _slots = new();
        private readonly Dictionary<int, int> _slotByEntry = new();
        private readonly Dictionary<string, int> _slotByUnknown = new(StringComparer.OrdinalIgnoreCase);
        private int _us;
        private bool _localUs;
        private UsCounties? _counties; // set when the article names a US county
        private readonly HashSet<int> _namedCounties = new(); // every reading of every county name the article uses
        private readonly HashSet<int> _countyStates = new(); // the admin1 ids of the states that county names only they have name
        private readonly HashSet<int> _countyItems = new(); // the first tokens of the names in "X and Y counties"

        /// <summary>Prepares for one document.</summary>
        public void Start(Gazetteer gz, TextDocument doc, PlacesExtractorOptions options)
        {
            _gz = gz;
            _scores = PlaceScores.For(gz);
            _doc = doc;
            _options = options;
            _text = doc.Text;
            _datelineStart = doc.Dateline is { } d ? d.LocationStart : -1;
            _datelineEnd = doc.Dateline is { } d2 ? d2.LocationStart + d2.LocationLength : -1;
            _sports = false;
            _featureEnd = -1;
            _featureCursor = -1;
            _us = 0;
            _localUs = false;
            _counties = null;
            _placeContextKeysReady = false;
            _teamKeysReady = false;
            _clubKeysReady = false;
            if (_countryVotes.Length != gz.CountryCount)
            {
                _countryVotes = new int[gz.CountryCount];
                _finalVotes = new int[gz.CountryCount];
            }
            else
            {
                Array.Clear(_countryVotes);
                Array.Clear(_finalVotes);
            }
        }

        /// <summary>Clears what refers to the document, so that the idle state holds no article.</summary>
        public void Finish()
        {
            bool large = _cands.Count > 4096; // a huge article: give its memory back
            _cands.Clear();
            _features.Clear();
            _personKeys.Clear();
            _placeContextKeys.Clear();
            _teamKeys.Clear();
            _clubKeys.Clear();
            _admin1Votes.Clear();
            _namedAdmin1.Clear();
            _keyPick.Clear();
            _finalPick.Clear();
            _namedEntries.Clear();
            _namedQualifiers.Clear();
            _namedCounties.Clear();
            _countyStates.Clear();
            _countyItems.Clear();
            _slots.Clear();
            _slotByEntry.Clear();
            _slotByUnknown.Clear();
            if (large)
            {
                _cands.TrimExcess();
                _features.TrimExcess();
                _merged.TrimExcess();
                _personKeys.TrimExcess();
                _placeContextKeys.TrimExcess();
                _teamKeys.TrimExcess();
                _clubKeys.TrimExcess();
                _admin1Votes.TrimExcess();
                _namedAdmin1.TrimExcess();
                _keyPick.TrimExcess();
                _finalPick.TrimExcess();
                _namedEntries.TrimExcess();
                _namedQualifiers.TrimExcess();
                _slots.TrimExcess();
                _slotByEntry.TrimExcess();
                _slotByUnknown.TrimExcess();
                _capsParagraphs = [];
            }

            _doc = null!;
            _text = string.Empty;
            _options = null!;
            _gz = null!;
            _scores = null!;
        }

        public List<Place> Execute()
        {
            ReadOnlySpan<Paragraph> paragraphs = _doc.Paragraphs;
            if (_capsParagraphs.Length < paragraphs.Length)
            {
                _capsParagraphs = new bool[Math.Max(paragraphs.Length, 2 * _capsParagraphs.Length)];
            }

            for (int p = 0; p < paragraphs.Length; p++)
            {
                _capsParagraphs[p] = IsCapsParagraph(paragraphs[p]);
                ScanParagraph(paragraphs[p], _capsParagraphs[p]);
            }

            _sports = IsSportsArticle();

            if (_options.IncludeUnresolved)
            {
                AddUnlistedFeatures();
            }

            ScanContextPlaces();
            if (_cands.Count == 0)
            {
                return new List<Place>();
            }

            Qualify();
            Filter();
            Resolve();
            if (_options.IncludeUnresolved)
            {
                ResolveCounties();
                AssignUnknownCountries();
            }

            return Output();
        }

        // ---------------------------------------------------------------- scanning

        /// <summary>
        /// Whether token <paramref name="i"/> is in the article's first sentence, written as a title: at most 16 words, every word
        /// of four letters or more capitalized.
        /// </summary>
        private bool InTitleLine(int i)
        {
            if (_doc.GetSentenceIndex(i) != 0)
            {
                return false;
            }

            Sentence p = _doc.Sentences[0];
            if (p.EndToken - p.FirstToken > 40)
            {
                return false; // no title is that long (and each call stays cheap)
            }

            ReadOnlySpan<Token> toks = _doc.Tokens;
            int words = 0;
            for (int j = p.FirstToken; j < p.EndToken; j++)
            {
                Token t = toks[j];
                if (t.Kind == TokenKind.Word && (++words > 16 || t.Length >= 4 && (t.Flags & TokenFlags.Capitalized) == 0))
                {
                    return false;
                }
            }

            return words >= 3;
        }

        private bool IsCapsParagraph(Paragraph p)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int caps = 0;
            for (int i = p.FirstToken; i < p.EndToken; i++)
            {
                Token t = toks[i];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                if ((t.Flags & TokenFlags.AllCaps) != 0)
                {
                    caps++;
                }
                else
                {
                    foreach (char c in _text.AsSpan(t.Start, t.Length))
                    {
                        if (char.IsLower(c))
                        {
                            return false;
                        }
                    }
                }
            }

            return caps > 0;
        }

        /// <summary>
        /// A sports report: its first line opens with a sport label and a dash (<c>CRICKET - ...</c>, <c>SOCCER - ...</c>).
        /// There, cities and counties name teams (<c>Essex reached 372</c>, <c>Karlsruhe 2 Hansa Rostock 0</c>).
        /// </summary>
        private bool IsSportsArticle()
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            for (int i = 0; i < toks.Length && i < 4; i++)
            {
                Token t = toks[i];
                if (t.Kind == TokenKind.Dash || (t.Kind == TokenKind.Punctuation && _text[t.Start] == '-'))
                {
                    return i > 0;
                }

                if (t.Kind != TokenKind.Word || (t.Flags & TokenFlags.AllCaps) == 0 || !PlaceLexicon.SportLabels.Contains(_text.AsSpan(t.Start, t.Length)))
                {
                    return false;
                }
            }

            return false;
        }

        private bool InDateline(Token t) => t.Start >= _datelineStart && t.End <= _datelineEnd;

        private void ScanParagraph(Paragraph p, bool caps)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            CharBuffer160 bufferStore = default;
            Int32Buffer8 endStore = default, possEndStore = default;
            UInt32Buffer8 hashStore = default;
            Span<char> buffer = bufferStore[..BufferLength];
            Span<int> ends = endStore[..MaxTokens];
            Span<int> possEnds = possEndStore[..MaxTokens];
            Span<uint> hashes = hashStore[..MaxTokens];
            int end = p.EndToken;
            for (int i = p.FirstToken; i < end; i++)
            {
                Token t = toks[i];
                if (t.Kind != TokenKind.Word || (t.Flags & TokenFlags.Capitalized) == 0)
                {
                    continue;
                }

                if (_options.IncludeUnresolved)
                {
                    ScanFeaturesThrough(i); // Main Street, Highway 82, the Red River: kept aside, merged after the scan
                }

                bool special = caps || InDateline(t) || IsInlineDateline(i, end);

                // AP state abbreviations: Ga., W.Va.
                if ((t.Flags & TokenFlags.Abbreviation) != 0 || (i + 1 < end && IsAdjacentPeriod(i + 1)))
                {
                    if (TryStateAbbreviation(i, end))
                    {
                        continue;
                    }
                }

                // Fold up to MaxTokens tokens, hashing as we go; stop as soon as no key starts with the words so far.
                int count = 0, n = 0;
                uint hash = Gazetteer.HashSeed;
                for (int j = i; j < end && count < MaxTokens; j++)
                {
                    Token tj = toks[j];
                    if (tj.Kind != TokenKind.Word || tj.Length > BufferLength)
                    {
                        break;
                    }

                    if (j > i)
                    {
                        if ((tj.Flags & TokenFlags.SpaceBefore) == 0 || (tj.Flags & TokenFlags.NewlineBefore) != 0)
                        {
                            break;
                        }

                        if ((tj.Flags & TokenFlags.Capitalized) == 0 && !PlaceLexicon.Connectors.Contains(_text.AsSpan(tj.Start, tj.Length)))
                        {
                            break;
                        }

                        if (n + 1 >= BufferLength)
                        {
                            break;
                        }

                        buffer[n++] = ' ';
                        hash = (hash ^ ' ') * 16777619;
                    }

                    int w = NameFolder.Fold(_text.AsSpan(tj.Start, tj.Length), buffer[n..]);
                    if (w < 0)
                    {
                        break;
                    }

                    hash = Gazetteer.HashAppend(hash, buffer.Slice(n, w));
                    n += w;
                    uint finished = Gazetteer.HashFinish(hash);
                    ends[count] = _gz.MayBeKey(finished) ? n : -n;
                    hashes[count] = finished;
                    possEnds[count] = (tj.Flags & TokenFlags.Apostrophe) != 0 && w > 2 && buffer[n - 1] == 's' && buffer[n - 2] == '\'' ? n - 2 : -1;
                    count++;
                    if (!_gz.MayBePrefix(finished))
                    {
                        break;
                    }
                }

                // Longest match first; the last token must be capitalized. (ends[k] < 0: the filter rules the key out.)
                int matched = -1, key = -1, cutEnd = 0;
                for (int k = count - 1; k >= 0; k--)
                {
                    Token last = toks[i + k];
                    if ((last.Flags & TokenFlags.Capitalized) == 0)
                    {
                        continue;
                    }

                    key = ends[k] > 0 ? Lookup(buffer[..ends[k]], hashes[k]) : -1;
                    if (key >= 0)
                    {
                        matched = k;
                        cutEnd = last.End;
                        break;
                    }

                    if (possEnds[k] > 0)
                    {
                        key = Lookup(buffer[..possEnds[k]]);
                        if (key >= 0)
                        {
                            matched = k;
                            cutEnd = last.End - 2;
                            break;
                        }
                    }
                }

                // Dublin City Council: "Dublin City" is only another name of one Dublin; the organization names the town,
                // and the bare name keeps all its namesakes for disambiguation.
                if (matched > 0 && IsWord(i + matched, "city") && i + matched + 1 < end
                    && PlaceLexicon.OrganizationHeads.Contains(_text.AsSpan(toks[i + matched + 1].Start, toks[i + matched + 1].Length))
                    && Lookup(buffer[..Math.Abs(ends[matched - 1])]) is int shorter && shorter >= 0 && SensesWithin(key, shorter))
                {
                    key = shorter;
                    matched--;
                    cutEnd = toks[i + matched].End;
                }

                // County-like suffix after the name: an unresolved area unless the gazetteer had the whole.
                int suffixAt = i + (matched >= 0 ? matched : 0) + 1;
                if (_options.IncludeUnresolved && suffixAt < end && IsAreaSuffix(suffixAt) && (matched < 0 || key < 0 || true))
                {
                    int first = i;
                    AddUnknown(first, suffixAt, caps);
                    i = suffixAt;
                    continue;
                }

                if (matched < 0 && (t.Flags & TokenFlags.Hyphenated) != 0 && TryHyphenatedPlaces(i, end, buffer) is int consumed && consumed >= 0)
                {
                    i = consumed;
                    continue;
                }

                bool hyphenContext = false;
                if (matched < 0 && (t.Flags & TokenFlags.Hyphenated) != 0)
                {
                    // U.S.-led, Turkish-backed, Alexandria-based: the part before the hyphen.
                    ReadOnlySpan<char> s = _text.AsSpan(t.Start, t.Length);
                    int h = s.IndexOf('-');
                    if (h > 0 && h + 1 < s.Length && char.IsLower(s[h + 1]))
                    {
                        int w = NameFolder.Fold(s[..h], buffer);
                        if (w > 0)
                        {
                            key = Lookup(buffer[..w]);
                            if (key >= 0)
                            {
                                matched = 0;
                                cutEnd = t.Start + h;
                                ReadOnlySpan<char> rest = s[(h + 1)..];
                                hyphenContext = rest.StartsWith("based") || rest.StartsWith("born") || rest.StartsWith("area");
                            }
                        }
                    }
                }

                if (matched < 0)
                {
                    continue;
                }

                int lastTok = i + matched;
                if (!special && !AllowCase(i, lastTok, key))
                {
                    i = lastTok;
                    continue;
                }

                if (PlaceLexicon.InstitutionNames.Contains(_text.AsSpan(t.Start, cutEnd - t.Start)))
                {
                    i = lastTok; // the White House, the Red Cross, Congress: an institution, not White House, Tenn.
                    continue;
                }

                AddCandidate(i, lastTok, t.Start, cutEnd, key, InDateline(t) || hyphenContext);
                i = lastTok;
            }

            if (_options.IncludeUnresolved)
            {
                ScanFeaturesThrough(end - 1); // the words a place's name took at the paragraph's end (Yellowstone National Park)
            }
        }

        /// <summary>
        /// Capitalized parts joined by hyphens: a legislator's party and home town (<c>Rep. Jo Ames, D-Charleston,</c>,
        /// <c>R-Elbow Lake</c>, <c>D-S.C.</c>) names the town; a compound of places or demonyms (<c>Egypt-US relations</c>,
        /// <c>the Israeli-Egyptian peace</c>, <c>the Washington-Moscow route</c>) names each part, but only when every
        /// capitalized part is a place and one of them is a country, a first-level region, a demonym or a big city
        /// (<c>Mercedes-Benz</c>, <c>Smith-Lancaster</c> stay out).
        /// </summary>
        /// <returns>The last token used, or -1 when the token is no such compound.</returns>
        private int TryHyphenatedPlaces(int i, int end, Span<char> buffer)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            Token t = toks[i];
            ReadOnlySpan<char> s = _text.AsSpan(t.Start, t.Length);
            int h = s.IndexOf('-');
            if (h <= 0 || h + 1 >= s.Length || !char.IsUpper(s[h + 1]))
            {
                return -1;
            }

            if (s[..h] is "D" or "R" or "I" or "DFL" && i > 0 && IsComma(i - 1))
            {
                return PartyHomeTown(i, end, t.Start + h + 1, buffer);
            }

            // Every capitalized part must be a known place; at most four parts.
            Int32Buffer8 keyStore = default, startStore = default, lengthStore = default;
            Span<int> keys = keyStore[..4];
            Span<int> starts = startStore[..4];
            Span<int> lengths = lengthStore[..4];
            int parts = 0, skipped = 0;
            int from = 0;
            while (from < s.Length)
            {
                int dash = s[from..].IndexOf('-');
                int len = dash < 0 ? s.Length - from : dash;
                ReadOnlySpan<char> part = s.Slice(from, len);
                if (part.IsEmpty || !char.IsUpper(part[0]) || parts == keys.Length)
                {
                    return -1;
                }

                int w = NameFolder.Fold(part, buffer);
                int key = w > 0 ? Lookup(buffer[..w]) : -1;
                int best = key >= 0 ? _scores.Best(key, demonym: false) : -1;
                int demonym = key >= 0 ? _scores.Best(key, demonym: true) : -1;
                bool bigPlace = best >= 0 && ((_scores.Flags(best) & (PlaceScores.Country | PlaceScores.Admin1)) != 0 || _gz.PopulationOf(best) >= 100000);
                if ((!bigPlace && demonym < 0) || (demonym >= 0 && (_scores.Flags(demonym) & PlaceScores.Continent) != 0))
                {
                    if (len is >= 2 and <= 4 && !part.ContainsAnyExceptInRange('A', 'Z') && !bigPlace)
                    {
                        skipped++;
                        from += len + 1; // EU-Israel, NATO-Russia: an acronym of an organization joined to a place
                        continue;
                    }

                    return -1; // Miami-Dade, Arab-Israeli (Arab, Ala.), African-American
                }

                keys[parts] = key;
                starts[parts] = t.Start + from;
                lengths[parts] = len;
                parts++;
                from += len + 1;
            }

            if (parts + skipped < 2 || parts == 0)
            {
                return -1;
            }

            for (int k = 0; k < parts; k++)
            {
                AddCandidate(i, i, starts[k], starts[k] + lengths[k], keys[k], context: false);
            }

            return i;
        }

        /// <summary>The home town of <c>D-Charleston</c> (or <c>R-Elbow Lake</c>, <c>D-S.C.</c>) from <paramref name="start"/>; the last token used or -1.</summary>
        private int PartyHomeTown(int i, int end, int start, Span<char> buffer)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            Token t = toks[i];
            int tail = t.End - start;
            int stateEnd = t.End + (i + 1 < end && IsAdjacentPeriod(i + 1) && _text[t.End - 1] != '.' ? 1 : 0);
            if (PlaceLexicon.UsStateAbbreviations.TryGetValue(_text.AsSpan(start, stateEnd - start), out string? code))
            {
                int entry = _gz.Admin1Entry("US", code[0] == '!' ? code[1..] : code);
                if (entry >= 0)
                {
                    _cands.Add(new Candidate
                    {
                        First = i, Last = i, Start = start, End = stateEnd, Key = -1, Type = CandidateType.Name, Entry = -1,
                        ForcedEntry = entry, Context = true, Strong = true,
                    });
                    return i;
                }
            }

            // D-W. Va.: the W, then Va. as its own token.
            int last = i + 1 + (stateEnd > t.End ? 1 : 0);
            if (_text.AsSpan(start, stateEnd - start) is "W." or "W" && last < end && toks[last] is Token va
                && _text.AsSpan(va.Start, va.Length) is "Va." && _gz.Admin1Entry("US", "WV") is int wv && wv >= 0)
            {
                _cands.Add(new Candidate
                {
                    First = i, Last = last, Start = start, End = va.End, Key = -1, Type = CandidateType.Name, Entry = -1,
                    ForcedEntry = wv, Context = true, Strong = true,
                });
                return last;
            }

            // The town may run on over the next capitalized words (R-Elbow Lake): longest match first.
            int n = NameFolder.Fold(_text.AsSpan(start, tail), buffer);
            if (n <= 0)
            {
                return -1;
            }

            Int32Buffer8 endStore = default;
            Span<int> ends = endStore[..3];
            ends[0] = n;
            int count = 1;
            for (int j = i + 1; j < end && count < ends.Length && IsCapWord(j, sameLine: true) && (toks[j].Flags & TokenFlags.SpaceBefore) != 0; j++)
            {
                if (n + 1 + toks[j].Length > buffer.Length)
                {
                    break;
                }

                buffer[n++] = ' ';
                int w = NameFolder.Fold(_text.AsSpan(toks[j].Start, toks[j].Length), buffer[n..]);
                if (w < 0)
                {
                    break;
                }

                n += w;
                ends[count++] = n;
            }

            for (int k = count - 1; k >= 0; k--)
            {
                int key = Lookup(buffer[..ends[k]]);
                if (key >= 0 && _scores.Best(key, demonym: false) >= 0)
                {
                    AddCandidate(i, i + k, start, toks[i + k].End, key, context: true);
                    return i + k;
                }
            }

            return -1;
        }

        /// <summary>
        /// <c>Council approves budget. MANSFIELD — The city...</c>, <c>NEW YORK -- ...</c>, <c>March 30, 2009 NEWARK --</c>:
        /// up to three all-caps words opening a sentence or following a date, then a spaced dash (or a comma, the state and a
        /// dash or <c>(AP)</c>): a dateline that follows a headline or byline in the same paragraph.
        /// </summary>
        private bool IsInlineDateline(int i, int end)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            if ((toks[i].Flags & TokenFlags.AllCaps) == 0
                || ((toks[i].Flags & TokenFlags.SentenceStart) == 0 && !(i > 0 && toks[i - 1].Kind == TokenKind.Number && (toks[i].Flags & TokenFlags.NewlineBefore) == 0)))
            {
                return false; // opens a sentence, or follows the date of a byline (March 30, 2009 NEWARK --)
            }

            for (int j = i + 1; j < end && j <= i + 3; j++)
            {
                Token n = toks[j];
                if ((n.Flags & TokenFlags.NewlineBefore) != 0)
                {
                    return false;
                }

                if (n.Kind == TokenKind.Dash)
                {
                    return (n.Flags & TokenFlags.SpaceBefore) != 0;
                }

                if (IsComma(j))
                {
                    return StateThenDash(j + 1, end);
                }

                if (n.Kind == TokenKind.Number && IsIsoDate(n))
                {
                    return true; // MOSCOW 1996-08-30: a wire dateline
                }

                if (n.Kind != TokenKind.Word || (n.Flags & TokenFlags.AllCaps) == 0 || j > i + 2)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// The rest of a dateline after its comma: <c>W.Va. -</c>, <c>Ind. (AP)</c>, <c>Ohio --</c>, <c>Wisconsin 1996-08-29</c>: up
        /// to four capitalized words and periods on the line, then a spaced dash, <c>(AP)</c> or the date.
        /// </summary>
        private bool StateThenDash(int from, int end)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            for (int j = from; j < end && j <= from + 4; j++)
            {
                Token n = toks[j];
                if ((n.Flags & TokenFlags.NewlineBefore) != 0)
                {
                    return false;
                }

                if (j > from && n.Kind == TokenKind.Dash)
                {
                    return (n.Flags & TokenFlags.SpaceBefore) != 0;
                }

                if (j > from && n.Kind == TokenKind.OpenBracket && j + 1 < end && IsWord(j + 1, "AP"))
                {
                    return true;
                }

                if (j > from && n.Kind == TokenKind.Number && IsIsoDate(n))
                {
                    return true; // MILWAUKEE , Wisconsin 1996-08-29: a wire dateline with its date
                }

                if (!(n.Kind == TokenKind.Word && (n.Flags & TokenFlags.Capitalized) != 0) && !IsAdjacentPeriod(j))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Whether every place of key <paramref name="longer"/> is also a place of key <paramref name="shorter"/>.</summary>
        private bool SensesWithin(int longer, int shorter)
        {
            ReadOnlySpan<int> inner = _gz.Senses(shorter);
            foreach (int sense in _gz.Senses(longer))
            {
                if (!inner.Contains(sense))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsAdjacentPeriod(int index)
        {
            Token t = _doc.Tokens[index];
            return t.Kind == TokenKind.Punctuation && (t.Flags & TokenFlags.SpaceBefore) == 0 && _text[t.Start] == '.';
        }

        private bool IsAreaSuffix(int index)
        {
            Token t = _doc.Tokens[index];
            const TokenFlags Required = TokenFlags.SpaceBefore | TokenFlags.Capitalized;
            const TokenFlags Excluded = TokenFlags.AllCaps | TokenFlags.NewlineBefore;
            if (t.Kind != TokenKind.Word || (t.Flags & (Required | Excluded)) != Required || t.Length is < 6 or > 10
                || !PlaceLexicon.AreaSuffixes.Contains(Possessive.Strip(_text.AsSpan(t.Start, t.Length))))
            {
                return false; // County, Parish, Township, Borough (Boone County's)
            }

            Token before = _doc.Tokens[index - 1];
            return !PlaceLexicon.NameNeutral.Contains(_text.AsSpan(before.Start, before.Length));
        }

        private int Lookup(ReadOnlySpan<char> folded) => Lookup(folded, Gazetteer.HashKey(folded));

        private int Lookup(ReadOnlySpan<char> folded, uint hash)
        {
            int key = folded.IsEmpty || !_gz.MayBeKey(hash) ? -1 : _gz.FindKey(folded, hash);
            return key >= 0 && _gz.Senses(key).Length > 0 ? key : -1;
        }

        /// <summary>All-caps words outside datelines and headlines count only as acronyms the gazetteer spells in capitals (US, UK).</summary>
        private bool AllowCase(int first, int last, int key)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            for (int j = first; j <= last; j++)
            {
                if ((toks[j].Flags & TokenFlags.AllCaps) == 0 && !AllCapsCore(toks[j]))
                {
                    return true;
                }
            }

            return (_gz.KeyFlags(key) & Gazetteer.FlagAcronym) != 0;
        }

        /// <summary>Whether the word's part before an apostrophe or a hyphen is two or more capitals (<c>EU's</c>, <c>EU-based</c>).</summary>
        private bool AllCapsCore(Token t)
        {
            if ((t.Flags & (TokenFlags.Apostrophe | TokenFlags.Hyphenated)) == 0)
            {
                return false;
            }

            ReadOnlySpan<char> w = _text.AsSpan(t.Start, t.Length);
            int end = w.IndexOfAny('\'', '’', '-');
            if (end < 2)
            {
                return false;
            }

            foreach (char c in w[..end])
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }

            return true;
        }

        private bool TryStateAbbreviation(int i, int end)
        {
            Token t = _doc.Tokens[i];
            int len = t.Length;
            if (_text[t.Start + len - 1] != '.' && i + 1 < end && IsAdjacentPeriod(i + 1))
            {
                len++;
            }

            if (!PlaceLexicon.UsStateAbbreviations.TryGetValue(_text.AsSpan(t.Start, len), out string? code))
            {
                return false;
            }

            // W.Va. and W. Va.: the tokenizer splits off the W.
            int first = i;
            if (code == "VA" && WestPrefix(i) is int w && w >= 0)
            {
                first = w;
                code = "WV";
            }

            bool risky = code[0] == '!';
            bool afterPlace = first >= 2 && IsComma(first - 1) && _cands.Count > 0 && _cands[^1].Last == first - 2;
            if (risky && !afterPlace)
            {
                return false;
            }

            int entry = _gz.Admin1Entry("US", risky ? code[1..] : code);
            if (entry < 0)
            {
                return false;
            }

            if (first < i && _cands.Count > 0 && _cands[^1].Last >= first)
            {
                _cands.RemoveAt(_cands.Count - 1); // the W read as a name of its own
            }

            _cands.Add(new Candidate
            {
                First = first, Last = i, Start = _doc.Tokens[first].Start, End = t.Start + len, Key = -1, Type = CandidateType.Name, Entry = -1,
                ForcedEntry = entry, Context = true, Strong = true,
            });
            return true;
        }

        /// <summary>The index of the <c>W</c> of <c>W.Va.</c> (tokens W . Va.) or <c>W. Va.</c> before token <paramref name="i"/>, or -1.</summary>
        private int WestPrefix(int i)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            if (i >= 2 && IsAdjacentPeriod(i - 1) && (toks[i].Flags & TokenFlags.SpaceBefore) == 0 && toks[i - 2].Length == 1 && _text[toks[i - 2].Start] == 'W')
            {
                return i - 2;
            }

            if (i >= 1 && toks[i - 1].Length == 2 && _text.AsSpan(toks[i - 1].Start, 2).SequenceEqual("W."))
            {
                return i - 1;
            }

            return -1;
        }

        private bool IsComma(int index)
        {
            Token t = _doc.Tokens[index];
            return t.Kind == TokenKind.Punctuation && _text[t.Start] == ',';
        }

        private void AddCandidate(int first, int last, int start, int end, int key, bool context)
        {
            CandidateType type = CandidateType.Unknown;
            foreach (int sense in _gz.Senses(key))
            {
                int kind = sense >> Gazetteer.KindShift;
                if (kind == Gazetteer.KindName)
                {
                    type = CandidateType.Name;
                    break;
                }

                if (kind is Gazetteer.KindDemonym or Gazetteer.KindRegionAdjective)
                {
                    type = CandidateType.Demonym;
                }
            }

            if (type == CandidateType.Unknown)
            {
                return; // an ethnic or religious adjective: not a place
            }

            // Canadian, Texas and the like: a nationality's word is the nationality unless the town is a big one. (A sea or a region
            // keeps its name: the Gulf is the Persian Gulf, "Gulf" before a noun the Gulf states.)
            if (type == CandidateType.Name && _scores.Best(key, demonym: true) is int nationality && nationality >= 0
                && _scores.Best(key, demonym: false) is int town && (_scores.Flags(town) & (PlaceScores.Country | PlaceScores.Admin1)) == 0
                && _gz.PopulationOf(town) < 100000 && (_scores.Flags(town) & PlaceScores.Populated) != 0)
            {
                type = CandidateType.Demonym;
            }

            _cands.Add(new Candidate
            {
                First = first, Last = last, Start = start, End = end, Key = key, Type = type, Entry = -1, ForcedEntry = -1,
                Context = context, CommonWord = first == last && (_gz.KeyFlags(key) & Gazetteer.FlagCommonWord) != 0,
            });
        }

        private void AddUnknown(int first, int last, bool caps)
        {
            Token a = _doc.Tokens[first], b = _doc.Tokens[last];
            int end = (b.Flags & TokenFlags.Apostrophe) != 0 ? b.Start + Possessive.Strip(_text.AsSpan(b.Start, b.Length)).Length : b.End;
            _cands.Add(new Candidate
            {
                First = first, Last = last, Start = a.Start, End = end, Key = -1, Type = CandidateType.Unknown,
                Entry = -1, ForcedEntry = -1, Context = true, Strong = true,
            });
        }

        /// <summary>
        /// Names that the context marks as places: <c>the village of X</c>, <c>south of X</c>, <c>three areas – X, Y and Z</c>.
        /// A gazetteer match there gains context; a name the gazetteer lacks becomes an unresolved place.
        /// </summary>
        private void ScanContextPlaces()
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int before = _cands.Count;

            // Which candidate covers each token (the first one in list order), so that marking a context place
            // looks at its own few tokens instead of scanning every candidate: linear in the article's length.
            _cover = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, toks.Length));
            _cover.AsSpan(0, toks.Length).Fill(-1);
            for (int c = 0; c < _cands.Count; c++)
            {
                Cover(c);
            }

            try
            {
                ScanContextPlacesCore(toks);
            }
            finally
            {
                System.Buffers.ArrayPool<int>.Shared.Return(_cover);
                _cover = null;
            }

            if (_cands.Count != before)
            {
                _cands.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }
        }

        private void Cover(int c)
        {
            Candidate o = _cands[c];
            for (int k = Math.Max(0, o.First); k <= o.Last && k < _doc.Tokens.Length; k++)
            {
                if (_cover![k] < 0)
                {
                    _cover[k] = c;
                }
            }
        }

        private void ScanContextPlacesCore(ReadOnlySpan<Token> toks)
        {
            for (int i = 0; i + 2 < toks.Length; i++)
            {
                Token t = toks[i];
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (t.Length == 8 && _text[t.Start] is 'c' or 'p' && (IsWord(i, "counties") || IsWord(i, "parishes")))
                {
                    MarkCountyList(i);
                    continue;
                }

                // Cheap tests on the next token first: the heads are looked up only before "of", a dash or a colon.
                Token next = toks[i + 1];
                bool beforeOf = next.Length == 2 && next.Kind == TokenKind.Word && IsWord(i + 1, "of");
                bool beforeList = !beforeOf && (next.Kind == TokenKind.Dash || (next.Kind == TokenKind.Punctuation && _text[next.Start] == ':'));
                if (!beforeOf && !beforeList)
                {
                    continue;
                }

                ReadOnlySpan<char> w = _text.AsSpan(t.Start, t.Length);
                if (beforeOf && PlaceLexicon.UnknownPlaceHeads.Contains(w))
                {
                    int last = CapRun(i + 2);
                    if (last >= 0)
                    {
                        MarkContextPlace(i + 2, last);
                    }
                }
                else if (beforeList && PlaceLexicon.ListHeads.Contains(w))
                {
                    int j = i + 2;
                    for (int items = 0; items < 12 && j < toks.Length; items++)
                    {
                        int last = CapRun(j);
                        if (last < 0)
                        {
                            break;
                        }

                        MarkContextPlace(j, last);
                        j = last + 1;
                        if (j < toks.Length && IsComma(j))
                        {
                            j++;
                        }

                        if (j < toks.Length && (IsWord(j, "and") || IsWord(j, "or")))
                        {
                            j++;
                        }
                        else if (j < toks.Length && !IsComma(j - 1))
                        {
                            break;
                        }
                    }

                    i = Math.Max(i, j - 1);
                }
            }
        }

        /// <summary>
        /// The names before <c>counties</c> or <c>parishes</c> (<c>Butler, Clark, Hamilton and Warren counties</c>,
        /// <c>Swift and Wilkin counties</c>): each is a county, not the town of that name.
        /// </summary>
        private void MarkCountyList(int noun)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            byte suffix = IsWord(noun, "counties") ? (byte)1 : (byte)2;
            Span<(int First, int Last)> items = stackalloc (int, int)[12];
            int count = 0;
            int j = noun - 1;
            while (count < items.Length && j >= 0)
            {
                int first = j;
                while (first > 0 && j - first < 2 && IsCapWord(first - 1, sameLine: true) && (toks[first].Flags & TokenFlags.SpaceBefore) != 0)
                {
                    first--;
                }

                if (!IsCapWord(j, sameLine: true) || (toks[first].Flags & TokenFlags.AllCaps) != 0
                    || PlaceLexicon.NameNeutral.Contains(_text.AsSpan(toks[first].Start, toks[first].Length)) || NamesRegionOrCountry(first, j))
                {
                    break; // (counties in Georgia and Nassau and Baker counties: the list stops at the state)
                }

                items[count++] = (first, j);
                int p = first - 1;
                if (p >= 0 && (IsWord(p, "and") || IsWord(p, "or")))
                {
                    p--;
                }
                else if (p < 0 || !IsComma(p))
                {
                    break;
                }

                j = p >= 0 && IsComma(p) ? p - 1 : p; // Butler, Clark, and Warren: the comma before "and" too
            }

            // Two names at least: "Indiana counties", "Northeast Georgia counties" are a state's counties, not a county.
            if (count >= 2)
            {
                foreach ((int first, int last) in items[..count])
                {
                    MarkCountyItem(first, last, suffix);
                }
            }
        }

        /// <summary>Whether a candidate spanning tokens <paramref name="first"/> to <paramref name="last"/> reads first as a country or a US state.</summary>
        private bool NamesRegionOrCountry(int first, int last)
        {
            int c = _cover![first];
            if (c < 0 || _cands[c].First != first || _cands[c].Last != last || _cands[c].Key < 0 || _cands[c].Type != CandidateType.Name)
            {
                return false;
            }

            int e = _scores.Best(_cands[c].Key, demonym: false);
            return e >= 0 && (_scores.IsCountry(e) || _scores.IsAdmin1(e) && _gz.CountryCodeOf(e) == "US"); // (Hamilton, Bermuda's parish, is no state)
        }

        private void MarkCountyItem(int first, int last, byte suffix)
        {
            _countyItems.Add(first); // Warren counties: not the town of Warren (every reading of the words goes, in Filter)
            if (_options.IncludeUnresolved)
            {
                AddUnknown(first, last, false);
                Candidate added = _cands[^1];
                added.CountySuffix = suffix;
                _cands[^1] = added;
                Cover(_cands.Count - 1);
            }
        }

        /// <summary>A run of up to three capitalized words from <paramref name="first"/>, or -1.</summary>
        private int CapRun(int first)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            if (first >= toks.Length || !IsCapWord(first, sameLine: true) || (toks[first].Flags & TokenFlags.AllCaps) != 0 && toks[first].Length > 4
                || PlaceLexicon.NameNeutral.Contains(_text.AsSpan(toks[first].Start, toks[first].Length)))
            {
                return -1;
            }

            int last = first;
            while (last + 1 < toks.Length && last - first < 2 && IsCapWord(last + 1, sameLine: true) && (toks[last + 1].Flags & TokenFlags.SpaceBefore) != 0
                   && !PlaceLexicon.NameNeutral.Contains(_text.AsSpan(toks[last + 1].Start, toks[last + 1].Length)))
            {
                last++;
            }

            return last;
        }

        private void MarkContextPlace(int first, int last)
        {
            int c = -1;
            for (int t = first; t <= last && t < _doc.Tokens.Length; t++)
            {
                int covering = _cover![t];
                if (covering >= 0 && (c < 0 || covering < c))
                {
                    c = covering;
                }
            }

            if (c >= 0)
            {
                Candidate o = _cands[c];
                {
                    if (o.Type == CandidateType.Demonym)
                    {
                        return;
                    }

                    o.Context = true;
                    _cands[c] = o;
                    return;
                }
            }

            // Ethnic words and other non-places the gazetteer knows stay out.
            Token a = _doc.Tokens[first];
            if (WordKey(_text.AsSpan(a.Start, a.Length)) is int k && k >= 0 && _gz.Senses(k).Length > 0)
            {
                return;
            }

            if (_options.IncludeUnresolved)
            {
                int count = _cands.Count;
                AddUnknown(first, last, false);
                for (int added = count; added < _cands.Count; added++)
                {
                    Cover(added);
                }
            }
        }

        // ---------------------------------------------------------------- qualifiers and filters

        /// <summary><c>Paris, Texas</c>: a name followed by a comma and an admin region or country constrains it.</summary>
        private void Qualify()
        {
            for (int c = 0; c + 1 < _cands.Count; c++)
            {
                Candidate a = _cands[c];
                Candidate b = _cands[c + 1];
                if (a.Type == CandidateType.Unknown || b.Type != CandidateType.Name || b.First != a.Last + 2 || !IsComma(a.Last + 1)
                    || (a.Type == CandidateType.Demonym && _scores.Best(a.Key, demonym: false) < 0))
                {
                    continue;
                }

                int qual = b.ForcedEntry >= 0 ? b.ForcedEntry : BestAdminOrCountry(b.Key);
                if (qual < 0 || a.ForcedEntry >= 0)
                {
                    continue;
                }

                a.QualifierCountry = _gz.CountryOf(qual);
                a.QualifierAdmin1 = _scores.IsAdmin1(qual) ? _gz.Admin1Id(qual) : 0;
                if (HasEntryIn(a.Key, a.QualifierCountry, a.QualifierAdmin1))
                {
                    a.Type = CandidateType.Name; // Canadian, Texas: the town after all
                    a.Context = true;
                    b.Context = true;
                    b.ForcedEntry = qual;
                    _cands[c] = a;
                    _cands[c + 1] = b;
                }
                else
                {
                    a.QualifierCountry = 0;
                    a.QualifierAdmin1 = 0;
                }
            }
        }

        private int BestAdminOrCountry(int key)
        {
            if (key < 0)
            {
                return -1;
            }

            int best = -1;
            double bestScore = double.MinValue;
            foreach (int sense in _gz.Senses(key))
            {
                if (sense >> Gazetteer.KindShift != Gazetteer.KindName)
                {
                    continue;
                }

                int e = sense & Gazetteer.IndexMask;
                if (_scores.IsCountry(e) || _scores.IsAdmin1(e))
                {
                    double s = _scores.Base(e);
                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = e;
                    }
                }
            }

            return best;
        }

        private bool HasEntryIn(int key, int country, int admin1)
        {
            foreach (int sense in _gz.Senses(key))
            {
                if (sense >> Gazetteer.KindShift != Gazetteer.KindName)
                {
                    continue;
                }

                int e = sense & Gazetteer.IndexMask;
                if (_gz.CountryOf(e) == country && (admin1 == 0 || _gz.Admin1Id(e) == admin1) && !_scores.IsCountry(e))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Single names that the article uses for a person somewhere (<c>President Obama</c>, <c>Sen. Lincoln</c>,
        /// <c>Moore said</c>, <c>said Moore</c>, <c>Gary Wilson, 54,</c>): every bare mention of that name is then the person, not the town.
        /// Countries, first-level regions, capitals and big cities are never taken for people this way.
        /// </summary>
        private void FindPersonNames()
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            for (int c = 0; c < _cands.Count; c++)
            {
                Candidate cand = _cands[c];
                if (cand.Type != CandidateType.Name || cand.First != cand.Last || cand.Key < 0 || cand.ForcedEntry >= 0 || _personKeys.Contains(cand.Key))
                {
                    continue;
                }

                bool person = false;
                int p = cand.First - 1;
                if (p >= 0 && (toks[cand.First].Flags & TokenFlags.NewlineBefore) == 0 && toks[p].Kind == TokenKind.Word)
                {
                    ReadOnlySpan<char> prev = _text.AsSpan(toks[p].Start, toks[p].Length);
                    person = (char.IsUpper(prev[0]) && PlaceLexicon.PersonTitles.Contains(prev))
                        || (PlaceLexicon.SpeechBefore.Contains(prev) && !(cand.Last + 1 < toks.Length && IsCapWord(cand.Last + 1, sameLine: true)));
                }

                int n = cand.Last + 1;
                if (!person && n < toks.Length && toks[n].Kind == TokenKind.Word && cand.End == toks[cand.Last].End)
                {
                    ReadOnlySpan<char> next = _text.AsSpan(toks[n].Start, toks[n].Length);
                    person = (PlaceLexicon.SpeechVerbs.Contains(next) && !next.Equals("who", StringComparison.OrdinalIgnoreCase)
                        && !next.Equals("says", StringComparison.OrdinalIgnoreCase))
                        || next.Equals("administration", StringComparison.Ordinal); // the Obama administration
                }

                // Gary Wilson, 54, of ...: a first name before it and an age after it.
                if (!person && n + 2 < toks.Length && cand.First > 0 && IsCapWord(cand.First - 1, sameLine: true) && IsComma(n)
                    && toks[n + 1].Kind == TokenKind.Number && toks[n + 1].Length <= 3 && IsComma(n + 2)
                    && !PlaceLexicon.NameNeutral.Contains(_text.AsSpan(toks[cand.First - 1].Start, toks[cand.First - 1].Length)))
                {
                    person = true;
                }

                if (person && !LooksLikeMajorPlace(cand.Key) && !KeyHasPlaceContext(cand.Key))
                {
                    _personKeys.Add(cand.Key);
                }
            }
        }

        /// <summary>Whether some mention of the key stands where only a place can (<c>in Monroe</c>, <c>the city of Monroe</c>).</summary>
        private bool KeyHasPlaceContext(int key)
        {
            if (!_placeContextKeysReady)
            {
                _placeContextKeysReady = true;
                for (int c = 0; c < _cands.Count; c++)
                {
                    if (_cands[c].Key >= 0 && (_cands[c].Context || HasPlaceContext(c, allowArticle: false)))
                    {
                        _placeContextKeys.Add(_cands[c].Key);
                    }
                }
            }

            return _placeContextKeys.Contains(key);
        }

        /// <summary>
        /// A team in a sports report: a score right after the name (<c>Kent 108-3</c>, <c>Karlsruhe 2</c>,
        /// <c>Essex reached 372</c>) or <c>v</c> before it (<c>May 17 v Northampton</c>).
        /// </summary>
        private bool TeamLike(Candidate cand)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int n = cand.Last + 1;
            if (n < toks.Length && (toks[n].Flags & TokenFlags.NewlineBefore) == 0)
            {
                if (toks[n].Kind == TokenKind.Number)
                {
                    return !IsIsoDate(toks[n]);
                }

                if (toks[n].Kind == TokenKind.Word && (toks[n].Flags & TokenFlags.Capitalized) == 0 && n + 1 < toks.Length
                    && toks[n + 1].Kind == TokenKind.Number && (toks[n + 1].Flags & TokenFlags.NewlineBefore) == 0)
                {
                    return true;
                }
            }

            if (n < toks.Length && toks[n].Kind == TokenKind.Word && PlaceLexicon.ResultVerbs.Contains(_text.AsSpan(toks[n].Start, toks[n].Length))
                && (toks[n].Flags & TokenFlags.Capitalized) == 0)
            {
                return true; // Kent stepped up a gear, Essex beat Surrey (in a sports report: the team)
            }

            int p = cand.First - 1;
            if (p >= 0 && toks[p].Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> prev = _text.AsSpan(toks[p].Start, toks[p].Length);
                return prev is "v" or "v." or "vs" or "vs." or "versus" or "against" or "beat" or "beating" or "defeated"
                    || prev is "for" && p > 0 && IsWord(p - 1, "homered"); // homered for Cleveland
            }

            return false;
        }

        /// <summary>
        /// A club named after its town, in any article: a player's or manager's role right after the name (<c>Chelsea boss Jose
        /// Mourinho</c>, <c>Everton striker</c>), or a plural verb after the singular name (<c>Chelsea have a good team</c>,
        /// <c>Portsmouth are</c>) where the name opens its clause.
        /// </summary>
        private bool ClubLike(Candidate cand)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int n = cand.Last + 1;
            if (IsLowerWordIn(n, PlaceLexicon.ClubRoles))
            {
                return true; // (but Boulder City Manager: a town's office)
            }

            if (n >= toks.Length || (toks[n].Flags & TokenFlags.NewlineBefore) != 0 || !(IsWord(n, "have") || IsWord(n, "are") || IsWord(n, "were")))
            {
                return false;
            }

            // The name must open its clause, or the verb may be another subject's (troops besieging Turin were defeated,
            // Investigator Bill Carlow were dispatched, Paris and Rome are, the Netherlands are).
            int p = cand.First - 1;
            if (p < 0 || (toks[cand.First].Flags & TokenFlags.SentenceStart) != 0)
            {
                return true;
            }

            if (toks[p].Kind != TokenKind.Word)
            {
                return toks[p].Kind == TokenKind.Quote || (toks[p].Kind == TokenKind.Punctuation && _text[toks[p].Start] is ':' or ';');
            }

            return (toks[p].Flags & (TokenFlags.Capitalized | TokenFlags.SentenceStart)) != TokenFlags.Capitalized
                && PlaceLexicon.ClauseOpeners.Contains(_text.AsSpan(toks[p].Start, toks[p].Length));
        }

        /// <summary>Whether token <paramref name="k"/> is a lower-case word on the same line that <paramref name="words"/> holds.</summary>
        private bool IsLowerWordIn(int k, ShapedSet words)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            return k < toks.Length && toks[k].Kind == TokenKind.Word && (toks[k].Flags & (TokenFlags.Capitalized | TokenFlags.NewlineBefore)) == 0
                && words.Contains(_text.AsSpan(toks[k].Start, toks[k].Length));
        }

        /// <summary>The keys that some mention shows to be a club (see <see cref="ClubLike"/>): all their mentions are the club.</summary>
        private HashSet<int> ClubKeys()
        {
            if (!_clubKeysReady)
            {
                _clubKeysReady = true;
                foreach (Candidate c in _cands)
                {
                    if (c.Key >= 0 && c.Type == CandidateType.Name && c.QualifierCountry == 0 && ClubLike(c))
                    {
                        _clubKeys.Add(c.Key);
                    }
                }
            }

            return _clubKeys;
        }

        /// <summary>The keys that some mention shows to be a team (see <see cref="TeamLike"/>): all their mentions are teams.</summary>
        private HashSet<int> TeamKeys()
        {
            if (!_teamKeysReady)
            {
                _teamKeysReady = true;
                foreach (Candidate c in _cands)
                {
                    if (c.Key >= 0 && c.Type == CandidateType.Name && TeamLike(c))
                    {
                        _teamKeys.Add(c.Key);
                    }
                }
            }

            return _teamKeys;
        }

        /// <summary>A venue in a sports report: <c>AT DETROIT</c>, <c>in Berlin</c>, <c>( at Edgbaston , Birmingham )</c>, <c>Leicester :</c>.</summary>
        private bool SportsVenueContext(int first)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            for (int p = first - 1, seen = 0; p >= 0 && seen < 4 && (toks[p + 1].Flags & TokenFlags.NewlineBefore) == 0; p--, seen++)
            {
                Token t = toks[p];
                if (t.Kind == TokenKind.Word && (IsWord(p, "at") || IsWord(p, "in") || IsWord(p, "near")))
                {
                    return true;
                }

                if (seen == 0 && t.Kind == TokenKind.Word && !IsWord(p, "the"))
                {
                    break;
                }

                if (t.Kind == TokenKind.Punctuation && _text[t.Start] is '(' or ')' or '.' or ';' or ':')
                {
                    break;
                }
            }

            return false;
        }

        /// <summary>Whether the key's best reading is a country (national teams are places in sports reports).</summary>
        private bool IsCountryKey(int key)
        {
            int e = key >= 0 ? PickBase(key, CandidateType.Name, 0, 0) : -1;
            // England, Scotland, Wales and Northern Ireland field national teams too.
            return e >= 0 && ((_scores.Flags(e) & (PlaceScores.Country | PlaceScores.Continent)) != 0
                || (_scores.IsAdmin1(e) && _gz.CountryCodeOf(e) == "GB"));
        }

        /// <summary>
        /// Whether the one-word name candidate at <paramref name="index"/> follows, on the same line and with only a space between,
        /// a one-word candidate that is a common given name and only a small place's name (<c>George</c> of <c>George Washington</c>).
        /// </summary>
        private bool GivenNameBefore(int index)
        {
            Candidate cand = _cands[index];
            if (index == 0 || cand.Type != CandidateType.Name || cand.First != cand.Last || cand.QualifierCountry != 0)
            {
                return false;
            }

            Candidate prev = _cands[index - 1];
            ReadOnlySpan<Token> toks = _doc.Tokens;
            Token t = toks[cand.First];
            if (prev.Type != CandidateType.Name || prev.First != prev.Last || prev.Last != cand.First - 1 || prev.Key < 0
                || (t.Flags & (TokenFlags.SpaceBefore | TokenFlags.NewlineBefore)) != TokenFlags.SpaceBefore
                || (t.Flags & TokenFlags.AllCaps) != 0)
            {
                return false;
            }

            Token g = toks[prev.First];
            return PlaceLexicon.GivenNames.Contains(_text.AsSpan(g.Start, g.Length)) && !LooksLikeMajorPlace(prev.Key);
        }

        /// <summary>Whether the key's best reading is a country, a first-level region, a capital or a city of 500,000 or more.</summary>
        private bool LooksLikeMajorPlace(int key)
        {
            int e = PickBase(key, CandidateType.Name, 0, 0);
            if (e < 0)
            {
                return false;
            }

            return (_scores.Flags(e) & (PlaceScores.Country | PlaceScores.Admin1 | PlaceScores.Capital)) != 0 || _gz.IdOf(e) == 0
                || _gz.PopulationOf(e) >= 500000;
        }

        private void Filter()
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            ReadOnlySpan<Paragraph> paragraphs = _doc.Paragraphs;
            FindPersonNames();
            for (int c = 0; c < _cands.Count; c++)
            {
                Candidate cand = _cands[c];
                if (cand.Type == CandidateType.Unknown || cand.ForcedEntry >= 0)
                {
                    continue;
                }

                if (_countyItems.Count > 0 && _countyItems.Contains(cand.First))
                {
                    cand.Rejected = true; // Butler and Warren counties: the county, not the towns
                    _cands[c] = cand;
                    continue;
                }

                Token first = toks[cand.First];
                int paraIndex = _doc.GetParagraphIndex(cand.First);
                Paragraph para = paragraphs[paraIndex];
                bool special = InDateline(first) || IsDatelineLike(para, cand);
                bool sportLabel = _sports && cand.First < 4 && PlaceLexicon.SportLabels.Contains(_text.AsSpan(first.Start, first.Length));
                if ((sportLabel || !InDateline(first)) && cand.Type == CandidateType.Name && cand.First == cand.Last && cand.QualifierCountry == 0
                    && (cand.CommonWord && !IsCountryKey(cand.Key) || sportLabel)
                    && _capsParagraphs[paraIndex] && !HasPlaceContext(c, allowArticle: false))
                {
                    cand.Rejected = true; // CRICKET, GOLF, UNION in an all-caps headline
                    _cands[c] = cand;
                    continue;
                }

                if (_sports && !special && cand.Type == CandidateType.Name && cand.QualifierCountry == 0 && !SportsVenueContext(cand.First)
                    && !IsCountryKey(cand.Key) && (TeamLike(cand) || TeamKeys().Contains(cand.Key)))
                {
                    cand.Rejected = true; // a team named after its city or county
                    _cands[c] = cand;
                    continue;
                }

                if (!special && cand.Type == CandidateType.Name && cand.QualifierCountry == 0 && ClubKeys().Contains(cand.Key) && !IsCountryKey(cand.Key)
                    && (ClubLike(cand) || !HasPlaceContext(c, allowArticle: false)))
                {
                    // Chelsea boss Jose Mourinho, Everton are ...: a club, in any article, and so are its other mentions, except where
                    // a preposition makes one a place (a friendly in Cardiff)
                    cand.Rejected = true;
                    _cands[c] = cand;
                    continue;
                }

                cand.Context |= special || HasPlaceContext(c);
                int best = PickBase(cand.Key, cand.Type, 0, 0);
                if (best < 0)
                {
                    cand.Rejected = true;
                    _cands[c] = cand;
                    continue;
                }

                byte feature = _scores.Flags(best);
                bool isCountry = (feature & PlaceScores.Country) != 0;
                // (Continents and oceans have GeoNames ids and no population: Europe is no weak town.)
                cand.Strong = isCountry || IsMajorAdmin1(best) || (feature & (PlaceScores.Capital | PlaceScores.Continent | PlaceScores.Water)) != 0
                    || _gz.IdOf(best) == 0 || _gz.PopulationOf(best) >= 100000 || cand.First != cand.Last || cand.Type == CandidateType.Demonym;
                bool weak = !cand.Strong && _gz.PopulationOf(best) < WeakPopulation && (feature & PlaceScores.Seat) == 0;

                if (!special)
                {
                    if (GivenNameBefore(c))
                    {
                        // George Washington High School, Lincoln University's Jordan Harrison: a given name and a surname that are
                        // both towns' names are a person's name
                        cand.Rejected = true;
                        Candidate given = _cands[c - 1];
                        given.Rejected = true;
                        _cands[c - 1] = given;
                        if (!LooksLikeMajorPlace(cand.Key) && !InTitleLine(cand.First))
                        {
                            _personKeys.Add(cand.Key); // and David Hopkins is Hopkins later on (not Washington: a major place's name)
                        }
                    }
                    else if (PartOfLongerName(cand, c, out bool publicBody))
                    {
                        cand.Rejected = true;
                        cand.InName = true;
                    }
                    else if (publicBody)
                    {
                        cand.InName = true; // a mention, and (Georgia Bureau of Investigation) a vote for the state
                    }
                    else if (cand.First == cand.Last && cand.QualifierCountry == 0 && c + 1 < _cands.Count && _cands[c + 1].First == cand.Last + 1
                             && (first.Flags & TokenFlags.AllCaps) == 0 && PlaceLexicon.CompassWords.Contains(_text.AsSpan(first.Start, first.Length)))
                    {
                        cand.Rejected = true; // North Texas, Northeast Georgia: the part of the next place, not a town named North
                    }
                    else if (cand.Type == CandidateType.Demonym && cand.First == cand.Last && IsLanguageUse(c))
                    {
                        cand.Rejected = true; // she spoke French; classes in English and Spanish; English language learners
                    }
                    else if (cand.Type == CandidateType.Name && cand.First == cand.Last && cand.QualifierCountry == 0 && !cand.Strong
                             && IsLowerWordIn(cand.Last + 1, PlaceLexicon.PoliticianFollowers))
                    {
                        cand.Rejected = true; // the Clinton campaign, their Clinton counterparts: a politician, not Clinton, Iowa
                        _personKeys.Add(cand.Key);
                    }
                    else if (cand.First == cand.Last && cand.QualifierCountry == 0 && !isCountry && InListOfNames(c))
                    {
                        cand.Rejected = true; // Thomson, Ford, Douglas, Blair, Stewart: a team's line-up, not towns
                    }
                    else if (cand.First == cand.Last && cand.QualifierCountry == 0 && IsMonthOrDay(first))
                    {
                        cand.Rejected = true;
                    }
                    else if (cand.CommonWord && !isCountry && !IsCountryKey(cand.Key) // (China, Turkey, Wales: the country, also opening a sentence; Welsh)
                             && (!HasPlaceContext(c, allowArticle: false) && cand.QualifierCountry == 0
                                 && !(IsWaterBody(best) && cand.First > 0 && IsWord(cand.First - 1, "the")) // across the Pacific
                                 || (cand.Last + 1 < toks.Length && IsWord(cand.Last + 1, "of")))) // the Gulf of Alaska
                    {
                        cand.Rejected = true;
                    }
                    else if (cand.CommonWord && !cand.Strong && cand.QualifierCountry == 0 && cand.QualifierAdmin1 == 0 && LostDiacritics(first, best))
                    {
                        cand.Rejected = true; // faith in God, Save the Children: a word that matches a town only without its accents (Göd, Savé)
                    }
                    else if (cand.Type == CandidateType.Name && cand.First == cand.Last && PlaceLexicon.FirstNames.Contains(_text.AsSpan(first.Start, first.Length))
                             && cand.Last + 1 < toks.Length && PlaceLexicon.SpeechVerbs.Contains(_text.AsSpan(toks[cand.Last + 1].Start, toks[cand.Last + 1].Length)))
                    {
                        cand.Rejected = true;
                    }
                    else if (cand.Type == CandidateType.Name && cand.First == cand.Last && cand.QualifierCountry == 0 && _personKeys.Contains(cand.Key)
                             && !InPersonFreeContext(c))
                    {
                        cand.Rejected = true;
                    }
                    else if (weak && (!cand.Context || cand.CommonWord && cand.QualifierCountry == 0 && cand.QualifierAdmin1 == 0))
                    {
                        // (A small town named by a common word needs more than a preposition: "at One", "to Olympic silver",
                        // "at Arsenal". Its state named in the article revives it.)
                        cand.Rejected = true; // may be revived by admin-region support in Resolve
                        cand.Strong = false;
                        cand.Entry = -2;
                    }
                }

                _cands[c] = cand;
            }
        }

        /// <summary>Whether the plain ASCII word <paramref name="t"/> matched entry <paramref name="e"/> only by folding the entry's accented letters.</summary>
        private bool LostDiacritics(Token t, int e) =>
            System.Text.Ascii.IsValid(_text.AsSpan(t.Start, t.Length)) && !System.Text.Ascii.IsValid(_scores.Name(e));

        /// <summary>
        /// Whether the one-word candidate at <paramref name="index"/> stands in a list of single capitalized words separated by
        /// commas or semicolons whose other items are mostly no places: surnames in a line-up (<c>Ford, Douglas, Blair,
        /// Stewart</c>). A list of places (<c>Butler, Clark, Hamilton and Warren counties</c>) keeps them.
        /// </summary>
        private bool InListOfNames(int index)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            Candidate cand = _cands[index];
            int others = 0, places = 0;
            for (int dir = -1; dir <= 1; dir += 2)
            {
                int j = dir < 0 ? cand.First - 1 : cand.Last + 1;
                for (int step = 0; step < 2; step++)
                {
                    if (j < 0 || j >= toks.Length || toks[j].Kind != TokenKind.Punctuation || _text[toks[j].Start] is not (',' or ';'))
                    {
                        break;
                    }

                    int w = j + dir;
                    int beyond = w + dir;
                    if (w < 0 || w >= toks.Length || toks[w].Kind != TokenKind.Word || (toks[w].Flags & TokenFlags.Capitalized) == 0
                        || (beyond >= 0 && beyond < toks.Length && toks[beyond].Kind == TokenKind.Word))
                    {
                        break; // not a one-word item
                    }

                    if (CandidateAt(w, index + dir) is int other && other >= 0 && !_cands[other].Rejected && NotSmallTown(_cands[other]))
                    {
                        places++; // (Thomson, Blair, Stewart: surnames that small towns share count as names)
                    }
                    else
                    {
                        others++;
                    }

                    j = beyond;
                }
            }

            if (others < 2 || others <= places)
            {
                return false;
            }

            // Butler, Clark, Hamilton, Madison or Warren counties: the list names places after all.
            for (int k = cand.Last + 1; k < toks.Length && k <= cand.Last + 20; k++)
            {
                if (toks[k].Kind == TokenKind.Punctuation && _text[toks[k].Start] is '.' or '!' or '?')
                {
                    break;
                }

                if (toks[k].Kind == TokenKind.Word && PlaceLexicon.ListAreaNouns.Contains(_text.AsSpan(toks[k].Start, toks[k].Length)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether gazetteer entry <paramref name="e"/> is a sea, an ocean or another body of water.</summary>
        private bool IsWaterBody(int e) => e >= 0 && (_scores.Flags(e) & PlaceScores.Water) != 0;

        /// <summary>Whether a candidate's best reading is a country, a region, a capital or a town of 15,000 or more.</summary>
        private bool NotSmallTown(Candidate cand)
        {
            if (cand.Key < 0 || cand.Type != CandidateType.Name)
            {
                return cand.Type != CandidateType.Unknown;
            }

            int e = PickBase(cand.Key, CandidateType.Name, 0, 0);
            return e >= 0 && ((_scores.Flags(e) & (PlaceScores.Country | PlaceScores.Admin1 | PlaceScores.Capital)) != 0 || _gz.IdOf(e) == 0
                || _gz.PopulationOf(e) >= WeakPopulation);
        }

        /// <summary>The index of the candidate starting or ending at token <paramref name="token"/>, searching from candidate <paramref name="near"/>; -1 if none.</summary>
        private int CandidateAt(int token, int near)
        {
            for (int k = Math.Max(0, near - 3); k < _cands.Count && k <= near + 3; k++)
            {
                if (_cands[k].First <= token && _cands[k].Last >= token)
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>
        /// A demonym used as the name of a language: after <c>speak</c>, <c>learn</c>, <c>fluent in</c>, after <c>in</c> when no
        /// noun follows (<c>in English and Spanish</c>), or before a word of language teaching (<c>French immersion</c>,
        /// <c>English language learners</c>).
        /// </summary>
        private bool IsLanguageUse(int index)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            Candidate cand = _cands[index];
            int n = cand.Last + 1;
            bool nounFollows = n < toks.Length && toks[n].Kind == TokenKind.Word && (toks[n].Flags & TokenFlags.NewlineBefore) == 0
                && !IsWord(n, "and") && !IsWord(n, "or");
            if (nounFollows && PlaceLexicon.LanguageNouns.Contains(_text.AsSpan(toks[n].Start, toks[n].Length)))
            {
                return true;
            }

            int p = cand.First - 1;
            if (p < 0 || toks[p].Kind != TokenKind.Word || (toks[cand.First].Flags & TokenFlags.NewlineBefore) != 0)
            {
                return false;
            }

            int v = p > 0 && (IsWord(p, "only") || IsWord(p, "fluent") || IsWord(p, "some")) && toks[p - 1].Kind == TokenKind.Word ? p - 1 : p;
            if (PlaceLexicon.LanguageVerbs.Contains(_text.AsSpan(toks[v].Start, toks[v].Length)))
            {
                return true; // spoke French, spoke only French
            }

            if ((IsWord(p, "and") || IsWord(p, "or")) && index > 0 && _cands[index - 1].Last == p - 1 && _cands[index - 1].Type == CandidateType.Demonym
                && _cands[index - 1].Rejected && !nounFollows)
            {
                return true; // in English and Spanish
            }

            return IsWord(p, "in") && !nounFollows;
        }

        /// <summary>A place preposition right before the name (<c>in Lincoln</c>): the town even when the article also names a person so.</summary>
        private bool InPersonFreeContext(int index)
        {
            int p = _cands[index].First - 1;
            if (p < 0)
            {
                return false;
            }

            Token pt = _doc.Tokens[p];
            ReadOnlySpan<char> prev = _text.AsSpan(pt.Start, pt.Length);
            return pt.Kind == TokenKind.Word && !char.IsUpper(prev[0]) && PlaceLexicon.Prepositions.Contains(prev)
                && !prev.Equals("to", StringComparison.Ordinal) && !prev.Equals("left", StringComparison.Ordinal);
        }

        /// <summary><c>TAVILDARA , Tajikistan 1996-08-30</c>, <c>GERMANY - Bunds...</c>: an all-caps name opening a line, then punctuation or a number.</summary>
        private bool IsDatelineLike(Paragraph para, Candidate cand)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            bool opens = cand.First == para.FirstToken || (toks[cand.First].Flags & TokenFlags.SentenceStart) != 0;
            if (!opens || cand.Last + 1 >= para.EndToken)
            {
                return opens && cand.Last + 1 == para.EndToken && (toks[cand.First].Flags & TokenFlags.AllCaps) != 0;
            }

            for (int j = cand.First; j <= cand.Last; j++)
            {
                if ((toks[j].Flags & TokenFlags.AllCaps) == 0)
                {
                    return false;
                }
            }

            Token next = toks[cand.Last + 1];
            return next.Kind == TokenKind.Dash || (next.Kind == TokenKind.Number && IsIsoDate(next))
                || (next.Kind == TokenKind.Punctuation && _text[next.Start] is ',' or ':');
        }

        /// <summary><c>1996-08-30</c>: the date of a dateline, not a score.</summary>
        private bool IsIsoDate(Token t)
        {
            ReadOnlySpan<char> s = _text.AsSpan(t.Start);
            return s.Length >= 10 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && s[4] == '-' && char.IsAsciiDigit(s[5]) && s[7] == '-' && char.IsAsciiDigit(s[9]);
        }

        /// <summary>Whether the candidate is part of an organization or person name (<c>Paris Hilton</c>, <c>Bank of England</c>, <c>Syrian Observatory</c>).</summary>
        /// <param name="cand">The candidate.</param>
        /// <param name="index">Its index in the candidate list.</param>
        /// <param name="publicBody">Set when the candidate is a country or state that opens a public body's name
        /// (<c>Georgia Bureau of Investigation</c>): a mention of the place, which this method then does not reject.</param>
        private bool PartOfLongerName(Candidate cand, int index, out bool publicBody)
        {
            publicBody = false;
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int n = cand.Last + 1;
            bool possessive = cand.End < toks[cand.Last].End;

            if (cand.Type == CandidateType.Name && JoinedToFirmName(cand, index))
            {
                return true;
            }

            if (cand.First == cand.Last && cand.First > 0 && IsCapWord(cand.First - 1, sameLine: true)
                && PlaceLexicon.OrganizationHeads.Contains(_text.AsSpan(toks[cand.First].Start, toks[cand.First].Length)))
            {
                return true; // US Congress, West Virginia University: the organization's word, not the town so named
            }

            if (!possessive && n < toks.Length && IsCapWord(n, sameLine: true))
            {
                ReadOnlySpan<char> next = _text.AsSpan(toks[n].Start, toks[n].Length);
                bool nextIsAdmin = index + 1 < _cands.Count && _cands[index + 1].First == n && StrongAdmin(_cands[index + 1].Key);
                if (cand.Type == CandidateType.Name && cand.First == cand.Last && !nextIsAdmin && !PlaceLexicon.NameNeutral.Contains(next)
                    && !OrganizationRunFollows(n) && PlaceLexicon.FirstNames.Contains(_text.AsSpan(toks[cand.First].Start, toks[cand.First].Length)))
                {
                    return true; // Chad Johnson, Jordan Spieth
                }

                if (cand.Type == CandidateType.Demonym || StrongAdmin(cand.Key))
                {
                    // Syrian Observatory for Human Rights, Free Syrian Army: an organization word in the following run. A country or
                    // state that opens a public body's name still names the place the body serves (Texas Department of Transportation,
                    // Minnesota National Guard, University of Georgia); a firm, a paper, a party or a team does not (China Daily).
                    bool caps = (toks[cand.First].Flags & TokenFlags.AllCaps) != 0;
                    for (int j = n, seen = 0; j < toks.Length && seen < 6; j++, seen++)
                    {
                        if (!IsCapWord(j, sameLine: true) && !(toks[j].Kind == TokenKind.Word && PlaceLexicon.Connectors.Contains(_text.AsSpan(toks[j].Start, toks[j].Length))))
                        {
                            break;
                        }

                        ReadOnlySpan<char> w = _text.AsSpan(toks[j].Start, toks[j].Length);
                        if (caps && (toks[j].Flags & TokenFlags.AllCaps) != 0 && !PlaceLexicon.OrganizationHeads.Contains(w))
                        {
                            break; // SLOVAKIA BEAT FAROES IN WORLD CUP QUALIFIER: a headline in capitals is no name
                        }

                        if (PlaceLexicon.OrganizationHeads.Contains(w))
                        {
                            publicBody = cand.Type != CandidateType.Demonym && PlaceLexicon.PublicBodyHeads.Contains(w) && OpensPublicBody(cand);
                            return !publicBody;
                        }
                    }
                }
                else if (!PlaceLexicon.NameNeutral.Contains(next) && !nextIsAdmin)
                {
                    // A city or town that opens a public body's name (Dublin City Council, the Athens Police Department) names the
                    // place it serves; one that opens an exchange's, a firm's, a team's or a tournament's (the New York Stock
                    // Exchange, the Boston Red Sox, the Hong Kong Open) is part of that name. (North Atlantic Treaty Organisation:
                    // a sea names no public body.)
                    int head = cand.Strong && !(cand.Type == CandidateType.Name && IsWaterBody(PickBase(cand.Key, CandidateType.Name, 0, 0)))
                        ? LastOrganizationHead(n) : -1;
                    ReadOnlySpan<char> word = head >= 0 ? _text.AsSpan(toks[head].Start, toks[head].Length) : default;
                    if ((head < 0 || !(PlaceLexicon.PublicBodyHeads.Contains(word) || PlaceLexicon.LocalFacilities.Contains(word)))
                        && !(cand.Strong && TitleFollows(n)))
                    {
                        return true;
                    }
                }
            }

            // Abu al-Laith, Ibn al-Khattab: an Arabic name.
            if (n < toks.Length && toks[n].Kind == TokenKind.Word && toks[n].Length > 3 && _text[toks[n].Start + 2] == '-'
                && (_text.AsSpan(toks[n].Start, 3).SequenceEqual("al-") || _text.AsSpan(toks[n].Start, 3).SequenceEqual("el-")))
            {
                return true;
            }

            int p = cand.First - 1;
            bool capsRun = p >= 0 && (toks[p].Flags & toks[cand.First].Flags & TokenFlags.AllCaps) != 0; // ROMANIA BEAT LITHUANIA: a headline
            if (p >= 0 && IsCapWord(p, sameLine: true) && (toks[cand.First].Flags & TokenFlags.SpaceBefore) != 0 && !capsRun)
            {
                ReadOnlySpan<char> prev = _text.AsSpan(toks[p].Start, toks[p].Length);
                bool prevIsPlace = index > 0 && _cands[index - 1].Last == p && !_cands[index - 1].Rejected;
                bool versus = prev is "V" or "Vs" or "Vs." or "VS"; // AUSTRALIA V SRI LANKA (but George V stays a name)
                bool owner = (toks[p].Flags & TokenFlags.Apostrophe) != 0 && prev.Length > 2 && (prev[^1] | 0x20) == 's' && prev[^2] is '\'' or '’';
                versus |= owner; // the SEC's Washington DC headquarters: an owner before the place, no given name
                if (!prevIsPlace && !versus && !PlaceLexicon.NameNeutral.Contains(prev) && !IsAdjectiveKey(prev)
                    && ((toks[p].Flags & TokenFlags.SentenceStart) == 0 || PlaceLexicon.OrganizationHeads.Contains(prev) || PlaceLexicon.GivenNames.Contains(prev)))
                {
                    if (cand.Type == CandidateType.Name && cand.First == cand.Last && !LooksLikeMajorPlace(cand.Key) && !InTitleLine(cand.First))
                    {
                        // Chechnya after a surname (Lebed Chechnya peace plan) stays a place elsewhere; a headline in title case
                        // (Freemason Bogdanov Joins Sochi Mayor Race) makes no person of the town
                        _personKeys.Add(cand.Key);
                    }

                    return true;
                }
            }

            // Organisation for Security and Cooperation in Europe (OSCE): a name that goes on through the place to its acronym
            if (p >= 1 && (IsWord(p, "in") || IsWord(p, "of") || IsWord(p, "for")) && IsCapWord(p - 1, sameLine: true)
                && (toks[p - 1].Flags & TokenFlags.SentenceStart) == 0 && AcronymAfter(cand.Last + 1)
                && !(index > 0 && _cands[index - 1].Last == p - 1))
            {
                return true;
            }

            // Bank of England, University of Texas: a capitalized word, then "of".
            if (p >= 1 && IsWord(p, "of") && IsCapWord(p - 1, sameLine: true))
            {
                ReadOnlySpan<char> head = _text.AsSpan(toks[p - 1].Start, toks[p - 1].Length);
                if (PlaceLexicon.OfPlaceHeads.Contains(head) && (p < 2 || !IsCapWord(p - 2, sameLine: true) || (toks[p - 1].Flags & TokenFlags.SentenceStart) != 0))
                {
                    return false; // the City of Lansing, Town of Ludlow: the place itself
                }

                if (cand.Type == CandidateType.Name && PlaceLexicon.PublicBodyHeads.Contains(head) && StrongAdmin(cand.Key) && OpensPublicBody(cand))
                {
                    publicBody = true; // University of Georgia, Supreme Court of Canada
                    return false;
                }

                if (PlaceLexicon.CompanySuffixes.Contains(head))
                {
                    return false; // Kia Motor Corp of South Korea: the suffix ends the firm's name; "of" says where it is
                }

                if (PlaceLexicon.RulerTitles.Contains(head) || PlaceLexicon.PersonTitles.Contains(head))
                {
                    return false; // Emperor of Brazil, Duke of Orleans, Mayor of London: the place the title is of
                }

                if (PlaceLexicon.OrganizationHeads.Contains(head)
                    || (!PlaceLexicon.NameNeutral.Contains(head) && !PlaceLexicon.OfPlaceHeads.Contains(head)
                        && !(index > 0 && _cands[index - 1].Last == p - 1) && !PersonOfPlace(p - 1)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether an acronym in brackets starts at token <paramref name="n"/>: <c>(OSCE)</c>, <c>( OSCE )</c>.</summary>
        private bool AcronymAfter(int n)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            return n + 2 < toks.Length && toks[n].Kind == TokenKind.OpenBracket && toks[n + 1].Kind == TokenKind.Word
                && (toks[n + 1].Flags & TokenFlags.AllCaps) != 0 && toks[n + 1].Length >= 3 && toks[n + 2].Kind == TokenKind.CloseBracket;
        }

        /// <summary>
        /// Whether the candidate, standing with a public body's word, names the place the body serves: not a word that is
        /// neutral or common besides (<c>Central Office</c>, <c>Federal Aviation Authority</c>, <c>Association of Western
        /// Pennsylvania</c>).
        /// </summary>
        private bool OpensPublicBody(Candidate cand) =>
            !cand.CommonWord && !PlaceLexicon.NameNeutral.Contains(_text.AsSpan(_doc.Tokens[cand.First].Start, _doc.Tokens[cand.First].Length))
            && !PlaceLexicon.PublicBodyModifiers.Contains(_text.AsSpan(_doc.Tokens[cand.First].Start, _doc.Tokens[cand.First].Length));

        /// <summary>
        /// Douglas &amp; Lomason, Marks &amp; Spencer: across an <c>&amp;</c> from the candidate stands a capitalized word that is no place
        /// itself, so the two make a firm's name (Serbia &amp; Montenegro, Folkestone &amp; Hythe stay two places).
        /// </summary>
        private bool JoinedToFirmName(Candidate cand, int index)
        {
            int after = cand.Last + 2, before = cand.First - 2;
            bool firmAfter = IsAmpersand(cand.Last + 1) && after < _doc.Tokens.Length && IsCapWord(after, sameLine: true)
                && !(index + 1 < _cands.Count && _cands[index + 1].First == after);
            bool firmBefore = before >= 0 && IsAmpersand(cand.First - 1) && IsCapWord(before, sameLine: true)
                && !(index > 0 && _cands[index - 1].Last == before);
            return firmAfter || firmBefore;
        }

        private bool IsAmpersand(int k) => k >= 0 && k < _doc.Tokens.Length && _doc.Tokens[k].Length == 1 && _text[_doc.Tokens[k].Start] == '&';

        /// <summary>
        /// <c>Steven Sachs of Alexandria</c>: a first name and a surname before <c>of</c> (two capitalized words that open no
        /// organization) make a person and the home town, where <c>Bank of England</c> and <c>Federal Reserve Bank of New
        /// York</c> stay organizations.
        /// </summary>
        private bool PersonOfPlace(int surname)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int given = surname - 1;
            if (given < 0 || !IsCapWord(given, sameLine: true) || (toks[surname].Flags & (TokenFlags.SpaceBefore | TokenFlags.NewlineBefore)) != TokenFlags.SpaceBefore
                || (toks[surname].Flags & TokenFlags.AllCaps) != 0 || (toks[given].Flags & TokenFlags.AllCaps) != 0)
            {
                return false;
            }

            ReadOnlySpan<char> first = _text.AsSpan(toks[given].Start, toks[given].Length);
            ReadOnlySpan<char> last = _text.AsSpan(toks[surname].Start, toks[surname].Length);
            if (PlaceLexicon.PersonTitles.Contains(first) && !PlaceLexicon.OrganizationHeads.Contains(last) && !PlaceLexicon.MemberNouns.Contains(last))
            {
                return true; // Mr Skeens of Brownsville
            }

            if (PlaceLexicon.OrganizationHeads.Contains(first) || PlaceLexicon.NameNeutral.Contains(first) || PlaceLexicon.PersonTitles.Contains(first)
                || PlaceLexicon.OrganizationHeads.Contains(last) || PlaceLexicon.MemberNouns.Contains(last) || last[1..].ContainsAnyInRange('A', 'Z'))
            {
                return false; // Future Farmers of America, BlueCross BlueShield of Tennessee, Arlington Chamber of Commerce
            }

            // The name opens its run: no capitalized word before the first name (Royal Society of Chemistry has one).
            int before = given - 1;
            return before < 0 || !IsCapWord(before, sameLine: true) || (toks[given].Flags & TokenFlags.SentenceStart) != 0
                || PlaceLexicon.PersonTitles.Contains(_text.AsSpan(toks[before].Start, toks[before].Length));
        }

        /// <summary>Whether <paramref name="word"/> is a demonym or an ethnic or religious adjective of the gazetteer (<c>Jewish West Bank settlements</c>: no person's name).</summary>
        private bool IsAdjectiveKey(ReadOnlySpan<char> word)
        {
            int key = WordKey(word);
            if (key < 0)
            {
                return false;
            }

            foreach (int sense in _gz.Senses(key))
            {
                if (sense >> Gazetteer.KindShift == Gazetteer.KindName)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The gazetteer key of one word folded as names are (<c>Jewish</c>: <c>jewish</c>), or -1.</summary>
        private int WordKey(ReadOnlySpan<char> word)
        {
            CharBuffer64 bufferStore = default;
            Span<char> buffer = bufferStore[..NameFolder.MaxKeyLength];
            int n = NameFolder.Fold(word, buffer);
            return n > 0 ? _gz.FindKey(buffer[..n]) : -1;
        }

        /// <summary>Whether every sense of the key is a place name (no demonym or ethnic word: <c>an Arab woman</c>).</summary>
        private bool OnlyNameSenses(int key)
        {
            foreach (int sense in _gz.Senses(key))
            {
                if (sense >> Gazetteer.KindShift != Gazetteer.KindName)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Whether the capitalized run from <paramref name="n"/> names an organization (<c>Dublin City Council</c>,
        /// <c>Georgia Bureau of Investigation</c>): a place that opens such a name still names the place.
        /// </summary>
        private bool OrganizationRunFollows(int n) => LastOrganizationHead(n) >= 0;

        /// <summary>
        /// Whether an official's title follows within three capitalized words, before any organization word: the place is the
        /// official's jurisdiction (<c>Hong Kong Financial Secretary Donald Tsang</c>, <c>London Mayor Ken Livingstone</c>), not part
        /// of a name (<c>Washington Post Editor</c>: the paper's).
        /// </summary>
        private bool TitleFollows(int n)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            for (int j = n; j < toks.Length && j < n + 3 && IsCapWord(j, sameLine: true); j++)
            {
                ReadOnlySpan<char> w = _text.AsSpan(toks[j].Start, toks[j].Length);
                if (PlaceLexicon.PersonTitles.Contains(w) || PlaceLexicon.RulerTitles.Contains(w) || w.Equals("Minister", StringComparison.Ordinal))
                {
                    return true;
                }

                if (PlaceLexicon.OrganizationHeads.Contains(w))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>The last organization word of the run of capitalized words from <paramref name="n"/> (at most five): <c>Council</c> of <c>City Council</c>; or -1.</summary>
        private int LastOrganizationHead(int n)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int last = -1;
            for (int j = n, seen = 0; j < toks.Length && seen < 5 && IsCapWord(j, sameLine: true); j++, seen++)
            {
                if (PlaceLexicon.OrganizationHeads.Contains(_text.AsSpan(toks[j].Start, toks[j].Length)))
                {
                    last = j;
                }
            }

            return last;
        }

        /// <summary>Whether the key's best reading is a country or first-level admin region (used as modifiers: <c>U.S. Treasury</c>).</summary>
        private bool StrongAdmin(int key)
        {
            if (key < 0)
            {
                return true; // a state abbreviation
            }

            int e = PickBase(key, CandidateType.Name, 0, 0);
            return e >= 0 && (_scores.IsCountry(e) || IsMajorAdmin1(e));
        }

        /// <summary>A first-level region of a country of at least a million people (not the parishes of the Isle of Man).</summary>
        private bool IsMajorAdmin1(int e)
        {
            if (!_scores.IsAdmin1(e))
            {
                return false;
            }

            int country = _gz.CountryEntry(_gz.CountryOf(e));
            return country >= 0 && _gz.PopulationOf(country) >= 1000000;
        }

        private bool IsCapWord(int index, bool sameLine)
        {
            Token t = _doc.Tokens[index];
            return t.Kind == TokenKind.Word && (t.Flags & TokenFlags.Capitalized) != 0
                && (!sameLine || (t.Flags & TokenFlags.NewlineBefore) == 0);
        }

        private bool IsWord(int index, string word)
        {
            Token t = _doc.Tokens[index];
            return t.Kind == TokenKind.Word && _text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
        }

        private bool IsMonthOrDay(Token t) => t.Length >= 3 && PlaceLexicon.MonthsAndDays.Contains(_text.AsSpan(t.Start, t.Length));

        private bool HasPlaceContext(int index, bool allowArticle = true)
        {
            Candidate cand = _cands[index];
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int n = cand.Last + 1;
            if (cand.Type == CandidateType.Name && !cand.CommonWord && cand.Key >= 0 && OnlyNameSenses(cand.Key)
                && n < toks.Length && cand.End == toks[cand.Last].End && toks[n].Kind == TokenKind.Word
                && (toks[n].Flags & (TokenFlags.Capitalized | TokenFlags.NewlineBefore)) == 0 && PlaceLexicon.ResidentNouns.Contains(_text.AsSpan(toks[n].Start, toks[n].Length)))
            {
                return true; // a DeKalb man, Hayward residents
            }

            int p = cand.First - 1;
            if (p < 0 || (toks[cand.First].Flags & TokenFlags.NewlineBefore) != 0)
            {
                return false;
            }

            // Steven Sachs of Alexandria; Jo Ames, 19, of Paris: a person's home town.
            if (p >= 2 && IsWord(p, "of") && (PersonOfPlace(p - 1) || (IsComma(p - 1) && toks[p - 2].Kind == TokenKind.Number)))
            {
                return true;
            }

            if (allowArticle && toks[p].Kind == TokenKind.Word && IsWord(p, "the") && p >= 1)
            {
                p--;
            }

            Token pt = toks[p];
            ReadOnlySpan<char> prev = _text.AsSpan(pt.Start, pt.Length);
            if (pt.Kind == TokenKind.Word && PlaceLexicon.Prepositions.Contains(prev) && !char.IsUpper(prev[0]))
            {
                return true;
            }

            if (pt.Kind == TokenKind.Word && IsWord(p, "of") && p >= 1 && toks[p - 1].Kind == TokenKind.Word
                && PlaceLexicon.OfPlaceHeads.Contains(_text.AsSpan(toks[p - 1].Start, toks[p - 1].Length)))
            {
                return true;
            }

            // A list of places: "in Raqqa, Mosul and Aleppo".
            if ((IsComma(p) || IsWord(p, "and") || IsWord(p, "or")) && index > 0)
            {
                Candidate before = _cands[index - 1];
                if (before.Last == p - 1 && !before.Rejected && (before.Context || before.Strong))
                {
                    return true;
                }
            }

            return false;
        }

        // ---------------------------------------------------------------- resolution

        /// <summary>The votes of the countries bordering <paramref name="country"/>, less the key's own vote.</summary>
        private int NeighbourVotes(int country, int ownCountry)
        {
            int sum = 0;
            foreach (int n in _scores.Neighbours[country])
            {
                sum += _countryVotes[n] - (n == ownCountry ? 1 : 0);
            }

            return sum;
        }

        /// <summary>The best entry for a key: qualifier first, then context votes, then rank and population.</summary>
        private int PickBase(int key, CandidateType type, int qualCountry, int qualAdmin1, bool useContext = false)
        {
            if (qualCountry == 0 && !useContext)
            {
                return _scores.Best(key, type == CandidateType.Demonym);
            }

            int pick = -1;
            bool hasPick = useContext && _keyPick.TryGetValue(key, out pick);
            int pickCountry = hasPick ? _gz.CountryOf(pick) : -1;
            int pickAdmin1 = hasPick ? _gz.Admin1Id(pick) : -1;
            int best = -1;
            double bestScore = double.MinValue;
            ReadOnlySpan<int> senses = _gz.Senses(key);
            bool countryName = false;
            if (useContext)
            {
                foreach (int sense in senses)
                {
                    countryName |= sense >> Gazetteer.KindShift == Gazetteer.KindName && _scores.IsCountry(sense & Gazetteer.IndexMask);
                }
            }

            for (int i = 0; i < senses.Length; i++)
            {
                int kind = senses[i] >> Gazetteer.KindShift;
                bool ok = type == CandidateType.Name ? kind == Gazetteer.KindName : kind is Gazetteer.KindDemonym or Gazetteer.KindRegionAdjective;
                if (!ok)
                {
                    continue;
                }

                int e = senses[i] & Gazetteer.IndexMask;
                double s = _scores.SenseBase(key, i);
                bool country = _scores.IsCountry(e);
                if (qualCountry > 0 && _gz.CountryOf(e) == qualCountry && (qualAdmin1 == 0 || _gz.Admin1Id(e) == qualAdmin1) && !country)
                {
                    s += 300;
                }

                if (useContext)
                {
                    int c = _gz.CountryOf(e);
                    int own = pickCountry == c ? 1 : 0;
                    if (c > 0 && c < _countryVotes.Length)
                    {
                        int votes = _countryVotes[c] - own;
                        s += CountryWeight * Math.Min(votes, 3);
                        if (votes == 0)
                        {
                            // A country the article does not name, next to ones it does: Gaza in a story about Israel
                            // and Egypt is the Palestinian city, not Mozambique's province.
                            s += NeighbourWeight * Math.Min(NeighbourVotes(c, pickCountry), 2);
                        }
                    }

                    // A small town named like a country (Mexico, Mo.; Italy, Texas) needs its state named to beat the country.
                    bool countryNamesake = countryName && !country && !_scores.IsAdmin1(e) && _gz.PopulationOf(e) < WeakPopulation;
                    if (countryNamesake && c > 0 && c < _countryVotes.Length)
                    {
                        s -= CountryWeight * Math.Min(_countryVotes[c] - own, 3);
                    }
                    else if (_localUs && c == _us && !country)
                    {
                        s += LocalBonus; // local US news: Paris, Athens and Dublin are the American towns
                    }

                    if (_counties is not null && c == _us && !country
                        && (_namedCounties.Contains(_counties.CountyOf(_gz.IdOf(e))) || _scores.IsAdmin1(e) && _countyStates.Contains(_gz.Admin1Id(e))))
                    {
                        // Athens in a story about Henderson County: the Texas town, its county seat; Georgia next to Oglethorpe
                        // County: the state
                        s += CountyBonus;
                    }

                    int a1 = _gz.Admin1Id(e);
                    if (a1 != 0 && c > 0 && !country)
                    {
                        // The places of the admin region, or the mentions of the region itself (Paris in a story that names
                        // Illinois five times), whichever says more: a state named once is already one of its places.
                        int ownA = own == 1 && pickAdmin1 == a1 ? 1 : 0;
                        double regional = 0;
                        if (!countryNamesake && _admin1Votes.TryGetValue(RegionKey(c, a1), out int v))
                        {
                            regional = (_localUs && c == _us ? LocalStateWeight : StateWeight) * Math.Min(v - ownA, 3);
                        }

                        if (!_scores.IsAdmin1(e) && _namedAdmin1.TryGetValue(RegionKey(c, a1), out int named))
                        {
                            regional = Math.Max(regional, NamedRegionBonus * Math.Min(named, 3));
                        }

                        s += regional;
                    }
                }

                if (s > bestScore)
                {
                    bestScore = s;
                    best = e;
                }
            }

            return best;
        }

        /// <summary>
        /// Counts the mentions of first-level regions the article names itself: <c>Illinois</c>, <c>Ga.</c>, the state of
        /// <c>Paris, Texas</c>, and the state that opens an organization's name (<c>Texas Department of Transportation</c>,
        /// <c>Georgia Bureau of Investigation</c>), a mention when the organization is a public body and otherwise
        /// (<c>Texas Instruments</c>) no mention of its own, but either way a sign of where the story is.
        /// </summary>
        private void CountNamedRegions()
        {
            foreach (Candidate c in _cands)
            {
                if (c.Type != CandidateType.Name)
                {
                    continue;
                }

                int e;
                if (c.ForcedEntry >= 0)
                {
                    e = c.Rejected ? -1 : c.ForcedEntry;
                }
                else if (c.Key < 0 || (c.Rejected && !c.InName))
                {
                    continue;
                }
                else
                {
                    e = c.Rejected || c.InName ? _scores.Best(c.Key, demonym: false) : _keyPick.GetValueOrDefault(c.Key, -1);
                    if (e >= 0 && _scores.IsCountry(e) && _us > 0)
                    {
                        // Georgia in US news: the state when the article is local, or (for Georgia Bureau of Investigation,
                        // which votes for nothing) when the US has more votes than the country.
                        int state = RegionSense(c.Key, _us);
                        int ec = _gz.CountryOf(e);
                        int rival = ec > 0 && ec < _countryVotes.Length ? _countryVotes[ec] : 0;
                        e = state >= 0 && (_localUs || (c.InName && (_countryVotes[_us] > rival || (!c.Rejected && _countryVotes[_us] == rival)))) ? state : -1;
                    }
                }

                if (e >= 0 && _scores.IsAdmin1(e) && _gz.CountryOf(e) is int country && country > 0)
                {
                    int k = RegionKey(country, _gz.Admin1Id(e));
                    _namedAdmin1[k] = _namedAdmin1.GetValueOrDefault(k) + 1;
                }
            }
        }

        /// <summary>The first-level region of country <paramref name="country"/> that key <paramref name="key"/> names, or -1.</summary>
        private int RegionSense(int key, int country)
        {
            foreach (int sense in _gz.Senses(key))
            {
                int e = sense & Gazetteer.IndexMask;
                if (sense >> Gazetteer.KindShift == Gazetteer.KindName && _scores.IsAdmin1(e) && _gz.CountryOf(e) == country)
                {
                    return e;
                }
            }

            return -1;
        }

        /// <summary>The key of an admin region in the vote table: country index and admin1 id.</summary>
        private static int RegionKey(int country, int admin1Id) => (country << 16) | admin1Id;

        private void Vote(int entry, int weight)
        {
            int c = _gz.CountryOf(entry);
            if (c > 0)
            {
                _countryVotes[c] += weight;
                int a1 = _gz.Admin1Id(entry);
                if (a1 != 0)
                {
                    int k = RegionKey(c, a1);
                    _admin1Votes[k] = _admin1Votes.GetValueOrDefault(k) + weight;
                }
            }
        }

        /// <summary>
        /// Whether the article reads as local US news: US places, state abbreviations, <c>X County</c> and words of US local
        /// government (<c>sheriff</c>, <c>county</c>, <c>township</c>, <c>police department</c>) outweigh every other country.
        /// </summary>
        private bool IsLocalUs()
        {
            if (_us <= 0)
            {
                return false;
            }

            int counties = 0;
            bool namesUs = false;
            foreach (Candidate c in _cands)
            {
                if (c.Type == CandidateType.Unknown && c.Last > c.First && IsAreaSuffix(c.Last))
                {
                    counties++;
                }
                else if (!namesUs && !c.Rejected && c.Type == CandidateType.Name && c.Key >= 0 && _scores.Best(c.Key, demonym: false) is int e && e >= 0
                         && _scores.IsCountry(e) && _gz.CountryOf(e) == _us)
                {
                    namesUs = true;
                }
            }

            int other = 0;
            for (int c = 1; c < _countryVotes.Length; c++)
            {
                if (c != _us)
                {
                    other = Math.Max(other, _countryVotes[c]);
                }
            }

            // The word scan adds at most 3: skip it when even that could not tip the balance. (Naming the country itself, "US band
            // REM", is no sign of local news: American local papers name their towns and states, not the country.)
            int us = _countryVotes[_us] - (namesUs ? 1 : 0) + Math.Min(counties, 2);
            if (us + 3 < 3 || us + 3 < 2 * other)
            {
                return false;
            }

            us += Math.Min(UsLocalWords(), 3);
            return us >= 3 && us >= 2 * other;
        }

        /// <summary>How many kinds of US local-government words the article uses (<c>sheriff</c>, <c>county</c>, <c>township</c>, <c>police department</c>).</summary>
        private int UsLocalWords()
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            bool sheriff = false, county = false, township = false, department = false;
            for (int i = 0; i < toks.Length; i++)
            {
                Token t = toks[i];
                if (t.Kind != TokenKind.Word || t.Length < 6)
                {
                    continue;
                }

                // Most words start with none of s, c, t, d: one character turns them away (non-ASCII goes on, for ſ).
                char first = _text[t.Start];
                if (first < 0x80 && (first | 0x20) is not ('s' or 'c' or 't' or 'd'))
                {
                    continue;
                }

                ReadOnlySpan<char> w = _text.AsSpan(t.Start, t.Length);
                if (w.StartsWith("sheriff", StringComparison.OrdinalIgnoreCase))
                {
                    sheriff = true;
                }
                else if (w.Equals("county", StringComparison.OrdinalIgnoreCase) || w.Equals("counties", StringComparison.OrdinalIgnoreCase))
                {
                    county = true;
                }
                else if (w.Equals("township", StringComparison.OrdinalIgnoreCase))
                {
                    township = true;
                }
                else if (w.Equals("Department", StringComparison.Ordinal) && i >= 1 && (IsWord(i - 1, "Police") || IsWord(i - 1, "Fire")))
                {
                    department = true;
                }
            }

            return (sheriff ? 1 : 0) + (county ? 1 : 0) + (township ? 1 : 0) + (department ? 1 : 0);
        }

        private void Resolve()
        {
            _us = _gz.CountryIndex("US");

            // Pass 1: each distinct key votes once for its best entry by rank and population.
            for (int c = 0; c < _cands.Count; c++)
            {
                Candidate cand = _cands[c];
                if (cand.Type == CandidateType.Unknown)
                {
                    continue;
                }

                if (cand.ForcedEntry >= 0)
                {
                    if (!cand.Rejected)
                    {
                        Vote(cand.ForcedEntry, 1);
                    }

                    continue;
                }

                if (cand.Rejected || _keyPick.ContainsKey(cand.Key))
                {
                    continue;
                }

                int pick = PickBase(cand.Key, cand.Type, cand.QualifierCountry, cand.QualifierAdmin1);
                if (pick >= 0)
                {
                    _keyPick[cand.Key] = pick;
                    Vote(pick, InDateline(_doc.Tokens[cand.First]) ? 2 : 1);
                }
            }

            _localUs = IsLocalUs();
            CountNamedRegions();
            NoteCounties();

            // Pass 2: rescore with the votes of the other places; weak names come back when their admin region is named.
            Dictionary<int, int> final = _finalPick;
            foreach (Candidate c in _cands)
            {
                NoteNamed(c);
            }

            for (int c = 0; c < _cands.Count; c++)
            {
                Candidate cand = _cands[c];
                if (cand.Type == CandidateType.Unknown)
                {
                    continue;
                }

                if (cand.ForcedEntry >= 0)
                {
                    cand.Entry = cand.ForcedEntry;
                    _cands[c] = cand;
                    continue;
                }

                bool weakRejected = cand.Rejected && cand.Entry == -2;
                if (cand.Rejected && !weakRejected)
                {
                    continue;
                }

                int pick;
                if (cand.QualifierCountry > 0)
                {
                    pick = PickBase(cand.Key, cand.Type, cand.QualifierCountry, cand.QualifierAdmin1, useContext: true);
                }
                else if (!final.TryGetValue(cand.Key, out pick))
                {
                    pick = PickBase(cand.Key, cand.Type, 0, 0, useContext: true);
                    final[cand.Key] = pick;
                }

                if (pick >= 0 && cand.QualifierCountry == 0 && !_scores.IsAdmin1(pick) && StateReading(c) is int state && state >= 0
                    && (_gz.CountryOf(state) == _gz.CountryOf(pick) || (_localUs && _gz.CountryOf(state) == _us)))
                {
                    pick = state; // upstate New York, the New York border, Missouri, New York and Virginia
                }

                cand.Entry = pick;
                if (weakRejected)
                {
                    int a1 = pick >= 0 ? _gz.Admin1Id(pick) : 0;
                    int country = pick >= 0 ? _gz.CountryOf(pick) : 0;
                    int own = _keyPick.TryGetValue(cand.Key, out int p1) && p1 == pick ? 1 : 0;
                    bool supported = a1 != 0 && country > 0
                        && _admin1Votes.GetValueOrDefault(RegionKey(country, a1)) - own >= 1
                        && Admin1Named(country, _gz.Admin1Of(pick)!, a1)
                        || InNamedCounty(pick); // Frankston in a story about Henderson County
                    cand.Rejected = !supported;
                    if (cand.Rejected)
                    {
                        cand.Entry = -1;
                    }
                    else
                    {
                        NoteNamed(cand); // accepted now: it names its region for the candidates after it
                    }
                }

                _cands[c] = cand;
            }
        }

        /// <summary>
        /// The first-level region a city's name also names (<c>New York</c>, <c>Washington</c>) when the words around the
        /// mention read as the region: <c>New York state</c>, <c>upstate New York</c>, <c>the New York border</c>,
        /// <c>New York's governor</c>, or a list of other regions (<c>Missouri, New York and Virginia</c>); otherwise -1.
        /// </summary>
        private int StateReading(int index)
        {
            Candidate cand = _cands[index];
            if (cand.Key < 0 || cand.Type != CandidateType.Name)
            {
                return -1;
            }

            int admin = -1;
            foreach (int sense in _gz.Senses(cand.Key))
            {
                int e = sense & Gazetteer.IndexMask;
                if (sense >> Gazetteer.KindShift == Gazetteer.KindName && _scores.IsAdmin1(e))
                {
                    admin = e;
                    break;
                }
            }

            if (admin < 0)
            {
                return -1;
            }

            ReadOnlySpan<Token> toks = _doc.Tokens;
            int n = cand.Last + 1;
            if (n < toks.Length && toks[n].Kind == TokenKind.Word && (toks[n].Flags & TokenFlags.NewlineBefore) == 0)
            {
                ReadOnlySpan<char> next = _text.AsSpan(toks[n].Start, toks[n].Length);
                if (PlaceLexicon.RegionFollowers.Contains(next))
                {
                    return admin;
                }
            }

            int p = cand.First - 1;
            if (p >= 0 && toks[p].Kind == TokenKind.Word && (toks[cand.First].Flags & TokenFlags.NewlineBefore) == 0)
            {
                ReadOnlySpan<char> prev = _text.AsSpan(toks[p].Start, toks[p].Length);
                if (char.IsLower(prev[0]) && PlaceLexicon.RegionPrecursors.Contains(prev))
                {
                    return admin;
                }
            }

            return ListedWithRegion(index, -1, admin) || ListedWithRegion(index, 1, admin) ? admin : -1;
        }

        /// <summary>Whether the neighbouring candidate (<paramref name="step"/> -1 or 1), joined by a comma, <c>and</c> or <c>or</c>, is a first-level region.</summary>
        private bool ListedWithRegion(int index, int step, int admin)
        {
            int o = index + step;
            if (o < 0 || o >= _cands.Count)
            {
                return false;
            }

            Candidate a = _cands[Math.Min(index, o)], b = _cands[Math.Max(index, o)];
            Candidate other = _cands[o];
            if (other.Rejected || b.First != a.Last + 2 || !(IsComma(a.Last + 1) || IsWord(a.Last + 1, "and") || IsWord(a.Last + 1, "or")))
            {
                return false;
            }

            int e = other.ForcedEntry >= 0 ? other.ForcedEntry : other.Key >= 0 && _keyPick.TryGetValue(other.Key, out int pk) ? pk : -1;
            return e >= 0 && _scores.IsAdmin1(e) && _gz.CountryOf(e) == _gz.CountryOf(admin) && other.QualifierCountry == 0 && !(step == 1 && IsComma(a.Last + 1) && other.ForcedEntry >= 0);
        }

        /// <summary>Whether an accepted candidate names the admin region itself (or a place with an explicit qualifier in it).</summary>
        /// <remarks>Reads the sets <see cref="NoteNamed"/> keeps, so that pass 2 stays linear in the number of candidates.</remarks>
        private bool Admin1Named(int country, string admin1, int admin1Id)
            => _namedEntries.Contains(_gz.Admin1Entry(country, admin1)) || _namedQualifiers.Contains(RegionKey(country, admin1Id));

        /// <summary>Records what an accepted name candidate names: its entry, and the region its qualifier gives.</summary>
        private void NoteNamed(Candidate c)
        {
            if (c.Rejected || c.Type != CandidateType.Name)
            {
                return;
            }

            int e = c.ForcedEntry >= 0 ? c.ForcedEntry : c.Key >= 0 && _keyPick.TryGetValue(c.Key, out int p) ? p : -1;
            if (e >= 0)
            {
                _namedEntries.Add(e);
                if (c.QualifierCountry > 0)
                {
                    _namedQualifiers.Add(RegionKey(c.QualifierCountry, c.QualifierAdmin1));
                }
            }
        }

        /// <summary>
        /// Notes the US counties the article names (<c>Tarrant County</c>); a name only one state has also names that state. Only
        /// where the United States leads the article's countries once the towns that could lie in those counties stop voting
        /// abroad (Athens next to Henderson County): Essex County Council in a story about London stays English.
        /// </summary>
        private void NoteCounties()
        {
            if (_us <= 0)
            {
                return;
            }

            bool any = false;
            foreach (Candidate c in _cands)
            {
                any |= c.Type == CandidateType.Unknown && !c.Rejected && (c.CountySuffix > 0 || IsAreaSuffix(c.Last));
            }

            if (!any)
            {
                return; // (the county table is loaded only for an article that may name a county)
            }

            // The states that a county name only one state has names (Tarrant County: Texas).
            _counties = UsCounties.Default;
            any = false;
            foreach (Candidate c in _cands)
            {
                ReadOnlySpan<int> readings = CountyReadings(c);
                any |= !readings.IsEmpty;
                if (readings.Length == 1 && _gz.Admin1Entry("US", _counties[readings[0]].State) is int state && state >= 0)
                {
                    _countyStates.Add(_gz.Admin1Id(state));
                }
            }

            if (!any)
            {
                _countyStates.Clear();
                _counties = null;
                return;
            }

            int supported = 0;
            foreach (Candidate c in _cands)
            {
                bool inNamedState = false;
                foreach (int county in CountyReadings(c))
                {
                    _namedCounties.Add(county);
                    inNamedState |= StateSupported(county);
                }

                supported += inNamedState ? 1 : 0;
            }

            if (!UsLeadsWithCounties(supported))
            {
                _namedCounties.Clear();
                _countyStates.Clear();
                _counties = null;
                return;
            }

            foreach (int a1 in _countyStates)
            {
                int k = RegionKey(_us, a1);
                _namedAdmin1[k] = _namedAdmin1.GetValueOrDefault(k) + 1; // Tarrant County names Texas as "Texas" would
            }
        }

        /// <summary>Whether the article names the state of county <paramref name="county"/>, or a county only that state has.</summary>
        private bool StateSupported(int county)
        {
            int state = _gz.Admin1Entry("US", _counties![county].State);
            if (state < 0)
            {
                return false;
            }

            int a1 = _gz.Admin1Id(state);
            int k = RegionKey(_us, a1);
            return _namedAdmin1.GetValueOrDefault(k) > 0 || _countyStates.Contains(a1); // (not the first readings' votes: they are what a county corrects)
        }

        /// <summary>
        /// Whether the US has at least the votes of any other country, counting the county mentions whose state the article names
        /// (<paramref name="supported"/>) and not counting the foreign readings of names a named county holds or a named state bears
        /// (Athens and Georgia next to Barrow and Oglethorpe counties).
        /// </summary>
        private bool UsLeadsWithCounties(int supported)
        {
            if (_localUs)
            {
                return true;
            }

            int[] other = _finalVotes; // scratch until AssignUnknownCountries, which starts from zero
            Array.Copy(_countryVotes, other, other.Length);
            foreach ((int key, int pick) in _keyPick)
            {
                int c = _gz.CountryOf(pick);
                if (c <= 0 || c == _us || other[c] == 0)
                {
                    continue;
                }

                foreach (int sense in _gz.Senses(key))
                {
                    int e = sense & Gazetteer.IndexMask;
                    if (_gz.CountryOf(e) == _us && (_namedCounties.Contains(_counties!.CountyOf(_gz.IdOf(e)))
                        || _scores.IsAdmin1(e) && _countyStates.Contains(_gz.Admin1Id(e))))
                    {
                        other[c]--; // Athens, Greece voted; Athens, Texas lies in the Henderson County the article names
                        break;
                    }
                }
            }

            int best = 0;
            for (int c = 1; c < other.Length; c++)
            {
                if (c != _us)
                {
                    best = Math.Max(best, other[c]);
                }
            }

            Array.Clear(other);
            return _countryVotes[_us] + supported >= best;
        }

        /// <summary>The counties a candidate may name: <c>Henderson County</c> as written, <c>Swift</c> of <c>Swift and Wilkin counties</c> with its word.</summary>
        private ReadOnlySpan<int> CountyReadings(Candidate c)
        {
            if (c.Type != CandidateType.Unknown || c.Rejected || _counties is null)
            {
                return [];
            }

            ReadOnlySpan<char> name = _text.AsSpan(c.Start, c.End - c.Start);
            if (c.CountySuffix == 0)
            {
                return IsAreaSuffix(c.Last) ? _counties.Find(name) : [];
            }

            string word = c.CountySuffix == 1 ? " County" : " Parish";
            CharBuffer64 bufferStore = default;
            Span<char> buffer = bufferStore;
            if (name.Length + word.Length > buffer.Length)
            {
                return [];
            }

            name.CopyTo(buffer);
            word.CopyTo(buffer[name.Length..]);
            return _counties.Find(buffer[..(name.Length + word.Length)]);
        }

        /// <summary>Whether entry <paramref name="e"/> is a US place in a county the article names.</summary>
        private bool InNamedCounty(int e) =>
            _counties is not null && e >= 0 && _gz.CountryOf(e) == _us && _namedCounties.Contains(_counties.CountyOf(_gz.IdOf(e)));

        /// <summary>
        /// Gives each county the article names its state: the reading that holds a place the article names (Henderson County in a
        /// story about Athens, Texas), else the one whose state the article's places are in most, else the one whose state has the
        /// most of the article's other county names (Hall and Forsyth counties: Georgia), else the only one. Every reading is
        /// American, so the country is the United States either way.
        /// </summary>
        private void ResolveCounties()
        {
            if (_counties is null)
            {
                return;
            }

            // One pass over the places found: how many lie in each county and in each state (linear, however many counties).
            var inCounty = new Dictionary<int, int>();
            var inState = new Dictionary<int, int>();
            foreach (Candidate o in _cands)
            {
                if (o.Rejected || o.Type == CandidateType.Unknown || o.Entry < 0 || _gz.CountryOf(o.Entry) != _us)
                {
                    continue;
                }

                int county = _counties.CountyOf(_gz.IdOf(o.Entry));
                if (county >= 0)
                {
                    inCounty[county] = inCounty.GetValueOrDefault(county) + 1;
                }

                if (_gz.Admin1Id(o.Entry) is int a1 && a1 != 0)
                {
                    inState[a1] = inState.GetValueOrDefault(a1) + 1;
                }
            }

            // The states of the distinct county names: counties named together are mostly one state's (Hall and Forsyth counties:
            // Georgia, the one state with both). Each name counts once, however often it is repeated.
            var namesInState = new Dictionary<string, int>(StringComparer.Ordinal);
            var seenNames = new HashSet<int>();
            foreach (Candidate o in _cands)
            {
                ReadOnlySpan<int> readings = CountyReadings(o);

                // A county name only one state has counts for that state too (Cook and DuPage counties: Illinois).
                if (readings is { Length: 1 } && _gz.Admin1Entry("US", _counties[readings[0]].State) is int state && state >= 0)
                {
                    int a1 = _gz.Admin1Id(state);
                    inState[a1] = inState.GetValueOrDefault(a1) + 1;
                }

                if (!readings.IsEmpty && seenNames.Add(readings[0]))
                {
                    foreach (int county in readings)
                    {
                        string st = _counties[county].State;
                        namesInState[st] = namesInState.GetValueOrDefault(st) + 1;
                    }
                }
            }

            Dictionary<int, string> boundStates = StatesAfterCounties();
            for (int c = 0; c < _cands.Count; c++)
            {
                Candidate cand = _cands[c];
                ReadOnlySpan<int> readings = CountyReadings(cand);
                if (readings.IsEmpty)
                {
                    continue;
                }

                if (boundStates.TryGetValue(c, out string? bound) && Reading(readings, bound) is int named and >= 0)
                {
                    cand.County = named + 1; // Baker of "Nassau and Baker counties in Florida": Florida's
                    cand.Country = _us;
                    _cands[c] = cand;
                    continue;
                }

                int best = readings.Length == 1 ? readings[0] : -1;
                long bestScore = 0;
                bool tie = false;
                foreach (int county in readings)
                {
                    int state = _gz.Admin1Entry("US", _counties[county].State);
                    long score = (inCounty.GetValueOrDefault(county) * 100_000L) + ((state >= 0 ? inState.GetValueOrDefault(_gz.Admin1Id(state)) : 0) * 100L)
                        + Math.Min(99, namesInState.GetValueOrDefault(_counties[county].State) - 1); // (the name itself aside)
                    if (score > bestScore)
                    {
                        (best, bestScore, tie) = (county, score, false);
                    }
                    else if (score == bestScore && score > 0)
                    {
                        tie = true;
                    }
                }

                cand.County = tie && readings.Length > 1 ? 0 : best + 1;
                cand.Country = _us;
                _cands[c] = cand;
            }
        }

        /// <summary>
        /// The US state named right after a county or a list of counties, by candidate index: <c>Henderson County, Texas</c>,
        /// <c>Nassau and Baker counties in Florida</c>. Linear: each candidate is visited once.
        /// </summary>
        private Dictionary<int, string> StatesAfterCounties()
        {
            var bound = new Dictionary<int, string>();
            for (int c = 0; c < _cands.Count; c++)
            {
                if (CountyReadings(_cands[c]).IsEmpty)
                {
                    continue;
                }

                int last = c;
                while (last + 1 < _cands.Count && !CountyReadings(_cands[last + 1]).IsEmpty
                       && IsListJoin(_text.AsSpan(_cands[last].End, Math.Max(0, _cands[last + 1].Start - _cands[last].End))))
                {
                    last++;
                }

                if (last + 1 < _cands.Count && _cands[last + 1] is { Rejected: false, Type: CandidateType.Name, Entry: >= 0 } state
                    && _scores.IsAdmin1(state.Entry) && _gz.CountryOf(state.Entry) == _us
                    && IsStateLink(_text.AsSpan(_cands[last].End, Math.Max(0, state.Start - _cands[last].End))))
                {
                    string? code = _gz.Admin1Of(state.Entry);
                    for (int k = c; k <= last && code is not null; k++)
                    {
                        bound[k] = code;
                    }
                }

                c = last;
            }

            return bound;

            // ", "  " and "  ", and "  " or "
            static bool IsListJoin(ReadOnlySpan<char> gap)
            {
                gap = gap.Trim();
                if (gap.StartsWith(','))
                {
                    gap = gap[1..].TrimStart();
                }

                return gap.IsEmpty || gap is "and" or "or";
            }

            // ", "  " in "  " counties in "  " County, "  " parishes of "
            static bool IsStateLink(ReadOnlySpan<char> gap)
            {
                gap = gap.Trim();
                int space = gap.IndexOfAny(' ', ',');
                ReadOnlySpan<char> word = space < 0 ? gap : gap[..space];
                if (word.Equals("counties", StringComparison.OrdinalIgnoreCase) || word.Equals("county", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("parishes", StringComparison.OrdinalIgnoreCase) || word.Equals("parish", StringComparison.OrdinalIgnoreCase))
                {
                    gap = gap[word.Length..].TrimStart();
                }

                return gap is "," or "in" or "of";
            }
        }

        /// <summary>The reading of <paramref name="readings"/> in state <paramref name="state"/> (<c>TX</c>), or -1.</summary>
        private int Reading(ReadOnlySpan<int> readings, string state)
        {
            foreach (int county in readings)
            {
                if (_counties![county].State == state)
                {
                    return county;
                }
            }

            return -1;
        }

        private void AssignUnknownCountries()
        {
            // The article's main country by the final readings (pass 1 votes still count Paris, France in a Paris, Texas story).
            int[] final = _finalVotes;
            foreach (Candidate o in _cands)
            {
                if (!o.Rejected && o.Entry >= 0 && _gz.CountryOf(o.Entry) is int oc && oc > 0)
                {
                    final[oc]++;
                }
            }

            int top = 0;
            for (int c = 1; c < final.Length; c++)
            {
                if (final[c] > final[top] || (final[c] == final[top] && final[c] > 0 && _countryVotes[c] > _countryVotes[top]))
                {
                    top = c;
                }
            }

            if (_localUs && top != _us && final[top] <= final[_us])
            {
                top = _us;
            }

            for (int c = 0; c < _cands.Count; c++)
            {
                Candidate cand = _cands[c];
                if (cand.Type != CandidateType.Unknown || cand.Country > 0)
                {
                    continue; // (a US county has its country already)
                }

                // The nearest resolved place in the same sentence, else the article's main country.
                int sentence = _doc.GetSentenceIndex(cand.First);
                int best = -1, bestDistance = int.MaxValue;
                for (int d = Math.Max(0, c - 8); d < Math.Min(_cands.Count, c + 9); d++)
                {
                    Candidate o = _cands[d];
                    if (o.Rejected || o.Entry < 0 || _doc.GetSentenceIndex(o.First) != sentence)
                    {
                        continue;
                    }

                    int dist = Math.Abs(o.First - cand.First);
                    if (dist < bestDistance && _gz.CountryOf(o.Entry) > 0)
                    {
                        bestDistance = dist;
                        best = o.Entry;
                    }
                }

                // An ocean lies in no country. (A river, a lake or a park with no place beside it takes the article's country: in
                // local news it is there far more often than not.)
                cand.Country = cand.Feature == FeatureKind.Ocean ? 0 : best >= 0 ? _gz.CountryOf(best) : top;
                _cands[c] = cand;
            }
        }

        // ---------------------------------------------------------------- output

        private List<Place> Output()
        {
            // Pass 1: a slot per distinct place, in order of first mention, with its mention count.
            for (int i = 0; i < _cands.Count; i++)
            {
                Candidate c = _cands[i];
                c.Slot = -1;
                if (c.Rejected || (c.Type == CandidateType.Demonym && !_options.IncludeDemonyms))
                {
                    _cands[i] = c;
                    continue;
                }

                int slot;
                if (c.Type == CandidateType.Unknown)
                {
                    if (!_options.IncludeUnresolved)
                    {
                        _cands[i] = c;
                        continue;
                    }

                    string surface = _text.Substring(c.Start, c.End - c.Start);
                    if (!_slotByUnknown.TryGetValue(surface, out slot))
                    {
                        slot = _slots.Count;
                        _slotByUnknown[surface] = slot;
                        _slots.Add(new OutputSlot { Entry = -1, Unknown = surface, Country = c.Country, Feature = c.Feature, County = c.County });
                    }
                }
                else
                {
                    if (c.Entry < 0)
                    {
                        _cands[i] = c;
                        continue;
                    }

                    if (!_slotByEntry.TryGetValue(c.Entry, out slot))
                    {
                        slot = _slots.Count;
                        _slotByEntry[c.Entry] = slot;
                        _slots.Add(new OutputSlot { Entry = c.Entry });
                    }
                }

                c.Slot = slot;
                _cands[i] = c;
                CollectionsMarshal.AsSpan(_slots)[slot].Count++;
            }

            // Pass 2: the mentions, into arrays of the right size; a repeated surface reuses the place's previous string.
            Span<OutputSlot> slots = CollectionsMarshal.AsSpan(_slots);
            foreach (Candidate c in _cands)
            {
                if (c.Slot < 0)
                {
                    continue;
                }

                ref OutputSlot s = ref slots[c.Slot];
                s.Mentions ??= new PlaceMention[s.Count];
                ReadOnlySpan<char> text = _text.AsSpan(c.Start, c.End - c.Start);
                string surface = s.Last is { } last && text.SequenceEqual(last) ? last
                    : s.Unknown is { } u && text.SequenceEqual(u) ? u
                    : text.ToString();
                s.Last = surface;
                s.Mentions[s.Filled++] = new PlaceMention(surface, c.Start, c.End - c.Start,
                    c.Type == CandidateType.Demonym ? PlaceMentionKind.Demonym : PlaceMentionKind.Name);
            }

            var places = new List<Place>(slots.Length);
            foreach (ref OutputSlot s in slots)
            {
                var mentions = Array.AsReadOnly(s.Mentions!);
                if (s.Entry < 0 && s.County > 0 && _counties is not null)
                {
                    // A US county: its name from the Census list, its GeoNames id, its position the mean of its places.
                    UsCounties.County county = _counties[s.County - 1];
                    places.Add(new Place(county.Name, county.GeonameId, _gz.CountryCodeAt(s.Country), "ADM2", county.Latitude, county.Longitude, mentions));
                    continue;
                }

                if (s.Entry < 0)
                {
                    places.Add(new Place(s.Unknown!, null, s.Country > 0 ? _gz.CountryCodeAt(s.Country) : null, FeatureCode(s.Feature), null, null, mentions));
                    continue;
                }

                int e = s.Entry;
                long id = _gz.IdOf(e);
                places.Add(new Place(_scores.Name(e), id == 0 ? null : id, _gz.CountryCodeOf(e), _scores.ShortFeature(e),
                    _gz.LatitudeOf(e), _gz.LongitudeOf(e), mentions));
            }

            return places;
        }
    }

    /// <summary>One distinct place of the output while it is assembled.</summary>
    private struct OutputSlot
    {
        public int Entry;
        public string? Unknown;
        public int Country;
        public int Count;
        public int Filled;
        public PlaceMention[]? Mentions;
        public string? Last;
        public FeatureKind Feature;
        public int County;
    }
}
