using Byline.Text;

namespace Byline.Extractors.Places;

/// <summary>What kind of feature the gazetteer does not list an unresolved place is, if any; each maps to a GeoNames feature code.</summary>
internal enum FeatureKind : byte
{
    /// <summary>None of these: a town, region or area.</summary>
    None,

    /// <summary>A street, avenue, boulevard, lane or drive (<c>ST</c>).</summary>
    Street,

    /// <summary>A road, highway or numbered route (<c>RD</c>).</summary>
    Road,

    /// <summary>A trail (<c>TRL</c>).</summary>
    Trail,

    /// <summary>A river or creek (<c>STM</c>).</summary>
    Stream,

    /// <summary>A lake (<c>LK</c>).</summary>
    Lake,

    /// <summary>A reservoir (<c>RSV</c>).</summary>
    Reservoir,

    /// <summary>A mountain (<c>MT</c>).</summary>
    Mountain,

    /// <summary>A range of mountains (<c>MTS</c>).</summary>
    Mountains,

    /// <summary>A canyon (<c>CNYN</c>).</summary>
    Canyon,

    /// <summary>A park, national park or wilderness (<c>PRK</c>).</summary>
    Park,

    /// <summary>A forest (<c>FRST</c>).</summary>
    Forest,

    /// <summary>An ocean (<c>OCN</c>).</summary>
    Ocean,

    /// <summary>An airport named before the lower-case word <c>airport</c> (<c>AIRP</c>): <c>Stansted airport</c>.</summary>
    Airport,
}

public sealed partial class PlacesExtractor
{
    /// <summary>The GeoNames feature code reported for an unlisted feature, or <see langword="null"/> for other unresolved places.</summary>
    private static string? FeatureCode(FeatureKind kind) => kind switch
    {
        FeatureKind.Street => "ST",
        FeatureKind.Road => "RD",
        FeatureKind.Trail => "TRL",
        FeatureKind.Stream => "STM",
        FeatureKind.Lake => "LK",
        FeatureKind.Reservoir => "RSV",
        FeatureKind.Mountain => "MT",
        FeatureKind.Mountains => "MTS",
        FeatureKind.Canyon => "CNYN",
        FeatureKind.Park => "PRK",
        FeatureKind.Forest => "FRST",
        FeatureKind.Ocean => "OCN",
        FeatureKind.Airport => "AIRP",
        _ => null,
    };

    private sealed partial class Run
    {
        private const int MaxStreetNameTokens = 4;

        private readonly List<Candidate> _features = new();
        private readonly List<Candidate> _merged = new();

        /// <summary>The last token of the last feature found in this article (features are found in text order and never overlap).</summary>
        private int _featureEnd = -1;

        /// <summary>The last token <see cref="ScanFeaturesThrough"/> has looked at.</summary>
        private int _featureCursor = -1;

        /// <summary>
        /// Looks for features at every capitalized word up to <paramref name="i"/> not looked at yet: the scan of paragraphs calls
        /// this at each capitalized word it reads, and so also covers the words a place's name took (<c>National Park</c> is a
        /// town's name, <c>Yellowstone National Park</c> a park).
        /// </summary>
        private void ScanFeaturesThrough(int i)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            for (int j = Math.Max(_featureCursor + 1, 0); j <= i; j++)
            {
                if (toks[j].Kind == TokenKind.Word && (toks[j].Flags & TokenFlags.Capitalized) != 0)
                {
                    ScanFeatureAt(j);
                }
            }

            _featureCursor = Math.Max(_featureCursor, i);
        }

        /// <summary>
        /// Streets, roads and numbered routes (<c>Main Street</c>, <c>North Nokomis Street</c>, <c>40th Avenue South</c>,
        /// <c>Orchard St.</c>, <c>Old Lexington Highway</c>, <c>Highway 82</c>, <c>State Highway 360</c>, <c>County Road 43</c>,
        /// <c>I-75</c>, <c>KY 52</c>), rivers, lakes, mountains, parks and oceans (<c>the Red River</c>, <c>Lake Tahoe</c>,
        /// <c>Mount Everest</c>, <c>Yellowstone National Park</c>): unresolved places (the gazetteer holds settlements and
        /// regions) with GeoNames' feature code for their <see cref="FeatureKind"/>. A gazetteer name inside one (<c>Dublin
        /// Road</c>, <c>the Mississippi River</c>) is part of the feature, not a mention of the town or state; a feature word that
        /// opens a longer name (<c>Wall Street Journal</c>, <c>Florida Highway Patrol</c>, <c>St. Louis</c>) makes no feature.
        /// <para>The scan of paragraphs asks at each capitalized word <paramref name="i"/>; the feature's last token is returned, or
        /// -1. <see cref="AddUnlistedFeatures"/> then merges what was found into the candidates.</para>
        /// </summary>
        private int ScanFeatureAt(int i)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            Token t = toks[i];
            if (i <= _featureEnd || t.Length > 12)
            {
                return -1;
            }

            ReadOnlySpan<char> w = _text.AsSpan(t.Start, t.Length);
            if (i + 1 < toks.Length && toks[i + 1].Length == 7 && (t.Flags & TokenFlags.AllCaps) == 0 && IsWord(i + 1, "airport")
                && (toks[i + 1].Flags & TokenFlags.Capitalized) == 0 && (t.Flags & (TokenFlags.HasDigit | TokenFlags.Apostrophe)) == 0)
            {
                return AirportAt(i);
            }

            if ((t.Flags & TokenFlags.HasDigit) == 0 && !PlaceLexicon.FeatureWords.Contains(Possessive.Strip(w)))
            {
                return -1; // one lookup for every list below: most capitalized words are in none
            }

            int first, last, end;
            FeatureKind kind;
            if ((t.Flags & TokenFlags.HasDigit) != 0)
            {
                // I-75, US-24: a route code, a hyphen and the number in one token.
                int h = w.IndexOf('-');
                if ((t.Flags & TokenFlags.Hyphenated) == 0 || h <= 0 || !IsRouteNumber(w[(h + 1)..])
                    || !((PlaceLexicon.RouteCodes.Contains(w[..h]) && !w[..h].ContainsAnyInRange('a', 'z')) || PlaceLexicon.RouteWords.Contains(w[..h])))
                {
                    return -1;
                }

                first = i;
                last = i;
                kind = FeatureKind.Road;
            }
            else if (i + 1 < toks.Length && IsRouteNumberToken(i + 1)
                     && (PlaceLexicon.RouteWords.Contains(w) || ((t.Flags & TokenFlags.AllCaps) != 0 && t.Length <= 2 && PlaceLexicon.RouteCodes.Contains(w))))
            {
                // Highway 82, County Road 43, Illinois Route 159, KY 52.
                first = StreetNameStart(i, allowEmpty: true);
                last = i + 1;
                kind = FeatureKind.Road;
            }
            else if (PlaceLexicon.StreetSuffixes.TryGetValue(Possessive.Strip(w), out kind))
            {
                first = StreetNameStart(i, allowEmpty: false);
                last = i;
                if (first >= 0 && w.StartsWith("Lane", StringComparison.Ordinal) && PersonNamedLane(first, i))
                {
                    return -1; // Nathan Lane, Virginia L. Lane
                }
            }
            else if (PlaceLexicon.NaturalSuffixes.TryGetValue(Possessive.Strip(w), out kind)
                     && (first = StreetNameStart(i, allowEmpty: false)) >= 0)
            {
                // the Red River, Elbow Lake, the Rocky Mountains, Yellowstone National Park, Monongahela National Forest
                last = i;
                if (PersonNamed(first, i) || (kind == FeatureKind.Forest && !(IsWord(i - 1, "National") || IsWord(i - 1, "State"))))
                {
                    return -1; // Nick Park, Ricki Lake; Nottingham Forest (a club)
                }
            }
            else if (PlaceLexicon.NaturalPrefixes.TryGetValue(w, out kind) && (last = NaturalNameEnd(i)) > i)
            {
                first = i; // Lake Tahoe, Mount Kilimanjaro, the River Thames
            }
            else
            {
                return -1;
            }

            if (first <= _featureEnd)
            {
                return -1; // none, or one that would overlap the last feature
            }

            end = toks[last].End;
            if (toks[last].Kind == TokenKind.Word && (toks[last].Flags & TokenFlags.Apostrophe) != 0)
            {
                end -= toks[last].Length - Possessive.Strip(_text.AsSpan(toks[last].Start, toks[last].Length)).Length;
            }
            else if (last + 1 < toks.Length && IsCloser(last + 1) && !(last + 2 < toks.Length && IsNameFollower(last + 2)))
            {
                last++; // 40th Avenue South (not Highway 1 South Carolina)
                end = toks[last].End;
            }

            if (last + 1 < toks.Length && IsNameFollower(last + 1) && end == toks[last].End)
            {
                return -1; // Wall Street Journal, Highway Patrol, St. Louis, Trail Blazers
            }

            _features.Add(new Candidate
            {
                First = first, Last = last, Start = toks[first].Start, End = end, Key = -1, Type = CandidateType.Unknown,
                Entry = -1, ForcedEntry = -1, Context = true, Strong = true, Feature = kind, FeatureFirst = first == i && last > i,
            });
            _featureEnd = last;
            return last;
        }

        /// <summary>
        /// Stansted airport, the Batajnica airport: the capitalized run before a lower-case <c>airport</c> names one. A run the
        /// gazetteer reads whole stays its town (Belgrade airport), as other natural features do; a run that a particle or
        /// a lower-case word breaks (Charles de Gaulle airport) is left alone.
        /// </summary>
        private int AirportAt(int i)
        {
            int first = StreetNameStart(i + 1, allowEmpty: false);
            if (first < 0 || first <= _featureEnd || (first > 0 && PlaceLexicon.Connectors.Contains(_text.AsSpan(_doc.Tokens[first - 1].Start, _doc.Tokens[first - 1].Length))
                && (_doc.Tokens[first - 1].Flags & TokenFlags.Capitalized) == 0 && first > 1 && IsCapWord(first - 2, sameLine: true)))
            {
                return -1;
            }

            ReadOnlySpan<Token> toks = _doc.Tokens;
            _features.Add(new Candidate
            {
                First = first, Last = i, Start = toks[first].Start, End = toks[i].End, Key = -1, Type = CandidateType.Unknown,
                Entry = -1, ForcedEntry = -1, Context = true, Strong = true, Feature = FeatureKind.Airport, FeatureFirst = false,
            });
            _featureEnd = i;
            return i;
        }

        /// <summary>Merges the features found while scanning the paragraphs into the candidates.</summary>
        private void AddUnlistedFeatures()
        {
            if (_features.Count > 0)
            {
                MergeFeatures();
            }
        }

        /// <summary>The first token of the street name that ends before the street word at <paramref name="word"/>, or -1.</summary>
        private int StreetNameStart(int word, bool allowEmpty)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int first = word;
            for (int j = word - 1; j >= 0 && word - j <= MaxStreetNameTokens; j--)
            {
                Token n = toks[j], after = toks[j + 1];
                if ((after.Flags & TokenFlags.SpaceBefore) == 0 || (after.Flags & TokenFlags.NewlineBefore) != 0)
                {
                    break;
                }

                ReadOnlySpan<char> s = _text.AsSpan(n.Start, n.Length);
                bool ordinal = n.Kind == TokenKind.Number && IsOrdinal(s);
                if (!ordinal && (n.Kind != TokenKind.Word || (n.Flags & TokenFlags.Capitalized) == 0 || Possessive.Strip(s).Length != s.Length))
                {
                    break; // a lower-case word, punctuation, or an owner (Augusta's Highland Avenue)
                }

                bool opener = PlaceLexicon.StreetOpeners.Contains(s) || (allowEmpty && (s is "U.S." or "US")); // SW 2nd Ave., U.S. Highway 82
                if (!ordinal && !opener && (PlaceLexicon.NameNeutral.Contains(s) || PlaceLexicon.PersonTitles.Contains(s)
                    || ((n.Flags & TokenFlags.AllCaps) != 0 && s.Length > 1)))
                {
                    break; // On Main Street, Gov. Street, Mr Lane, the UK High Street
                }

                if (word - j == MaxStreetNameTokens && j > 0 && IsCapWord(j - 1, sameLine: true)
                    && (n.Flags & TokenFlags.SpaceBefore) != 0 && !PlaceLexicon.NameNeutral.Contains(_text.AsSpan(toks[j - 1].Start, toks[j - 1].Length)))
                {
                    return -1; // a longer capitalized run: some other name
                }

                first = j;
            }

            return first < word ? first : allowEmpty ? word : -1; // North Street has only an opener: still a name
        }

        /// <summary>
        /// The last word of the name after a feature word that opens it (<c>Lake Tahoe</c>, <c>Mount St. Helens</c>), or -1: one
        /// to three capitalized words, none of them a word of streets or organizations (<c>Lake Street</c>, <c>Mount Sinai
        /// Hospital</c>).
        /// </summary>
        private int NaturalNameEnd(int word)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int last = -1;
            for (int j = word + 1; j < toks.Length && j - word <= 3 && IsFollowingCapWord(j); j++)
            {
                ReadOnlySpan<char> s = _text.AsSpan(toks[j].Start, toks[j].Length);
                if (PlaceLexicon.OrganizationHeads.Contains(Possessive.Strip(s)) || PlaceLexicon.StreetSuffixes.ContainsKey(Possessive.Strip(s)))
                {
                    return -1;
                }

                if (PlaceLexicon.NameNeutral.Contains(s) || (toks[j].Flags & TokenFlags.AllCaps) != 0)
                {
                    break;
                }

                last = j;
                if (Possessive.Strip(s).Length != s.Length)
                {
                    break; // Lake Tahoe's shore
                }
            }

            return last;
        }

        /// <summary>A single given name before a feature word makes a person's name (<c>Nick Park</c>, <c>Ricki Lake</c>).</summary>
        private bool PersonNamed(int first, int word) =>
            first == word - 1 && PlaceLexicon.GivenNames.Contains(_text.AsSpan(_doc.Tokens[first].Start, _doc.Tokens[first].Length));

        /// <summary>Lane is also a surname: a given name or a middle initial before it makes a person (<c>Nathan Lane</c>, <c>Virginia L. Lane</c>).</summary>
        private bool PersonNamedLane(int first, int lane)
        {
            ReadOnlySpan<Token> toks = _doc.Tokens;
            if (PlaceLexicon.GivenNames.Contains(_text.AsSpan(toks[first].Start, toks[first].Length)))
            {
                return true;
            }

            for (int j = first; j < lane; j++)
            {
                ReadOnlySpan<char> s = _text.AsSpan(toks[j].Start, toks[j].Length);
                if (s.Length == 2 && s[1] == '.' && char.IsAsciiLetterUpper(s[0]) && !PlaceLexicon.StreetOpeners.Contains(s))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the token continues a capitalized name: a capitalized word after a space on the same line that no rule calls neutral.</summary>
        private bool IsNameFollower(int index) =>
            IsFollowingCapWord(index) && (_doc.Tokens[index].Flags & TokenFlags.SentenceStart) == 0
            && !PlaceLexicon.NameNeutral.Contains(_text.AsSpan(_doc.Tokens[index].Start, _doc.Tokens[index].Length));

        /// <summary>Whether the token is a compass word that closes a street's name (<c>South</c>, <c>N.W.</c>).</summary>
        private bool IsCloser(int index) =>
            IsFollowingCapWord(index) && PlaceLexicon.StreetClosers.Contains(_text.AsSpan(_doc.Tokens[index].Start, _doc.Tokens[index].Length));

        private bool IsFollowingCapWord(int index) =>
            IsCapWord(index, sameLine: true) && (_doc.Tokens[index].Flags & TokenFlags.SpaceBefore) != 0;

        private bool IsRouteNumberToken(int index)
        {
            Token n = _doc.Tokens[index];
            return n.Kind == TokenKind.Number && (n.Flags & (TokenFlags.SpaceBefore | TokenFlags.NewlineBefore)) == TokenFlags.SpaceBefore
                && IsRouteNumber(_text.AsSpan(n.Start, n.Length));
        }

        /// <summary>One to four digits, optionally one capital letter: <c>82</c>, <c>2202</c>, <c>35E</c>.</summary>
        private static bool IsRouteNumber(ReadOnlySpan<char> s)
        {
            int digits = s.Length > 0 && char.IsAsciiLetterUpper(s[^1]) ? s.Length - 1 : s.Length;
            return digits is >= 1 and <= 4 && s[0] != '0' && !s[..digits].ContainsAnyExceptInRange('0', '9');
        }

        /// <summary>1st, 42nd, 3rd, 40th.</summary>
        private static bool IsOrdinal(ReadOnlySpan<char> s) =>
            s.Length is >= 3 and <= 5 && char.IsAsciiDigit(s[0])
            && (s.EndsWith("st") || s.EndsWith("nd") || s.EndsWith("rd") || s.EndsWith("th"))
            && !s[..^2].ContainsAnyExceptInRange('0', '9');

        /// <summary>Adds the features to the candidates, dropping the candidates they cover (<c>Dublin</c> in <c>Dublin Road</c>).</summary>
        private void MergeFeatures()
        {
            // A natural feature that the gazetteer already read from its first token through its feature word stays the
            // gazetteer's place (Lake Charles, Fall River: towns; R-Elbow Lake: a legislator's home town); a street, or a feature
            // of which the gazetteer has only a part (the Mississippi River, the River Thames, Yellowstone National Park), wins.
            ReadOnlySpan<Token> toks = _doc.Tokens;
            int c0 = 0, kept = 0;
            for (int f = 0; f < _features.Count; f++)
            {
                Candidate feature = _features[f];
                while (c0 < _cands.Count && _cands[c0].End <= feature.Start)
                {
                    c0++;
                }

                Token word = toks[feature.FeatureFirst ? feature.First : feature.Last];
                bool listed = false;
                for (int k = c0; k < _cands.Count && _cands[k].Start < feature.End; k++)
                {
                    listed |= feature.Feature >= FeatureKind.Stream && _cands[k].First <= feature.First && _cands[k].End >= word.End;
                }

                if (!listed)
                {
                    _features[kept++] = feature;
                }
            }

            _features.RemoveRange(kept, _features.Count - kept);
            int s = 0;
            List<Candidate> merged = _merged;
            merged.Clear();
            foreach (Candidate c in _cands)
            {
                while (s < _features.Count && _features[s].End <= c.Start)
                {
                    merged.Add(_features[s++]);
                }

                bool covered = false;
                for (int k = s; k < _features.Count && _features[k].Start < c.End; k++)
                {
                    covered |= _features[k].Start < c.End && c.Start < _features[k].End;
                }

                if (!covered)
                {
                    merged.Add(c);
                }
            }

            while (s < _features.Count)
            {
                merged.Add(_features[s++]);
            }

            _cands.Clear();
            _cands.AddRange(merged);
            merged.Clear();
        }
    }
}
