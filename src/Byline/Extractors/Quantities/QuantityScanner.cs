using System.Collections.Frozen;
using System.Globalization;
using Byline.Text;

namespace Byline.Extractors.Quantities;

/// <summary>A number read from one or more tokens, before units, ranges and nouns.</summary>
internal struct Numeral
{
    public double Value;
    public int StartTok;
    public int EndTok;          // exclusive
    public bool FromDigits;     // the first element was written with digits
    public bool Plain;          // one digit token without separators, suffix or scale
    public bool HasScale;       // million, bn, hundred, lakh...
    public int DigitCount;      // digits of a plain token
    public bool Approx;         // tens of thousands
    public UnitInfo? Unit;      // a unit glued to the digits (10km, 4.5bn is a scale, not a unit)
    public bool Hyphenated;     // 10-km, 5,000-strong: an adjective, the noun follows outside the span
    public string? TailNoun;    // 16-bit: the hyphen tail when it is no unit
    public bool IsOne;          // written "one" or "a" alone
    public bool Written;        // spelled out in words
    public bool IsCapitalizedWord;
    public bool Plus;           // 15-plus: at least
    public string? SuffixNoun;  // 0.8rad: a glued unit outside the unit codes, reported as the noun
}

/// <summary>A quantity found, as token indices and values.</summary>
internal struct Found
{
    public int StartTok;
    public int EndTok;          // exclusive: end of the span
    public double Value;
    public double? Upper;
    public UnitInfo? Unit;
    public QuantityModifier Modifier;
    public string? Noun;
}

/// <summary>
/// One pass over a document's tokens that finds quantities. Cheap trigger tests per token (a number, a currency
/// symbol, a number word) gate the deeper parsing, which only looks at a bounded window of the sentence.
/// </summary>
internal ref struct QuantityScanner
{
    private static readonly ShapedMap<int> CardinalLookup = new(QuantityLexicon.Cardinals);
    private static readonly ShapedMap<double> ScaleLookup = new(QuantityLexicon.ScaleWords);
    private static readonly ShapedMap<double> ScaleSuffixLookup = new(QuantityLexicon.ScaleSuffixes);
    private static readonly ShapedMap<double> OrdinalLookup = new(QuantityLexicon.Ordinals);
    private static readonly ShapedMap<double> VagueLookup = new(QuantityLexicon.VagueScales);
    private static readonly ShapedSet TriggerLookup = new(QuantityLexicon.TriggerWords);
    private static readonly ShapedMap<QuantityModifier> Mod1Lookup = new(QuantityLexicon.Modifiers1);
    private static readonly ShapedMap<QuantityModifier> Mod2Lookup = new(QuantityLexicon.Modifiers2);
    private static readonly ShapedMap<UnitInfo> SymbolUnitLookup = new(QuantityLexicon.SymbolUnits);
    private static readonly ShapedMap<UnitInfo> WordUnitLookup = new(QuantityLexicon.WordUnits);
    private static readonly ShapedMap<string> CurrencySymbolLookup = new(QuantityLexicon.CurrencySymbols);
    private static readonly ShapedMap<string> DollarPrefixLookup = new(QuantityLexicon.DollarPrefixes);
    private static readonly ShapedMap<string> CodeLookup = new(QuantityLexicon.CurrencyCodes);
    private static readonly ShapedMap<string> MillionCodeLookup = new(QuantityLexicon.MillionCodes);
    private static readonly ShapedSet NounStopLookup = new(QuantityLexicon.NounStop);
    private static readonly ShapedSet IrregularLookup = new(QuantityLexicon.IrregularPlurals);
    private static readonly ShapedSet MonthLookup = new(QuantityLexicon.Months);
    private static readonly ShapedSet YearPrepLookup = new(QuantityLexicon.YearPrepositions);
    private static readonly ShapedSet TimeWordLookup = new(QuantityLexicon.TimeWords);
    private static readonly ShapedSet LabelLookup = new(QuantityLexicon.LabelWords);
    private static readonly ShapedSet TimeTailLookup = new(QuantityLexicon.TimeTails);
    private static readonly ShapedSet ScoreLookup = new(QuantityLexicon.ScoreWords);
    private static readonly ShapedSet HalfDetLookup = new(QuantityLexicon.HalfDeterminers);
    private static readonly ShapedSet PoundWeightLookup = new(QuantityLexicon.PoundWeightWords);
    private static readonly ShapedSet RaceNounLookup = new(QuantityLexicon.RaceNouns);
    private static readonly ShapedSet PoundMoneyLookup = new(QuantityLexicon.PoundMoneyWords);
    private static readonly ShapedSet OnePronounLookup = new(QuantityLexicon.OnePronounBefore);

    /// <summary>First words of the unit phrases written with spaces (<c>square</c> of <c>square km</c>): a phrase of several tokens is tried only after one.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitPhraseHeadLookup = PhraseHeads(QuantityLexicon.SymbolUnits.Keys, QuantityLexicon.WordUnits.Keys)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Last words of the two- and three-word modifiers (<c>than</c> of <c>more than</c>).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierTailLookup = PhraseTails(QuantityLexicon.Modifiers2.Keys)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> PhraseHeads(IEnumerable<string> a, IEnumerable<string> b)
    {
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (IEnumerable<string> keys in (IEnumerable<string>[])[a, b])
        {
            foreach (string key in keys)
            {
                int space = key.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    heads.Add(key.Substring(0, space));
                }
            }
        }

        return heads.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> PhraseTails(IEnumerable<string> keys)
    {
        var tails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string key in keys)
        {
            tails.Add(key.Substring(key.LastIndexOf(' ') + 1));
        }

        return tails.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private const int MaxKey = 48;

    /// <summary>The longest unit name of more than one token (<c>kilometres per hour</c>), at most <see cref="MaxKey"/>.</summary>
    private static readonly int MaxUnitPhrase = LongestKey(QuantityLexicon.SymbolUnits.Keys, QuantityLexicon.WordUnits.Keys);

    private static int LongestKey(IEnumerable<string> a, IEnumerable<string> b)
    {
        int max = 0;
        foreach (string k in a)
        {
            max = Math.Max(max, k.Length);
        }

        foreach (string k in b)
        {
            max = Math.Max(max, k.Length);
        }

        return Math.Min(max, MaxKey);
    }

    private readonly string _text;
    private readonly ReadOnlySpan<Token> _t;
    private readonly ReadOnlySpan<Sentence> _sentences;
    private readonly ReadOnlySpan<int> _claimed; // sorted start/end pairs of dates and durations
    private int _first;  // first token of the current sentence
    private int _limit;  // end token (exclusive) of the current sentence
    private int _free;   // first token not yet used by a quantity

    public QuantityScanner(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<int> claimed)
    {
        _text = text;
        _t = tokens;
        _sentences = sentences;
        _claimed = claimed;
        _first = 0;
        _limit = tokens.Length;
        _free = 0;
    }

    public void Run(List<Found> results)
    {
        int sentence = 0;
        int claim = 0;
        _limit = _sentences.Length > 0 ? _sentences[0].EndToken : _t.Length;
        ReadOnlySpan<Token> tokens = _t;
        string text = _text;
        ushort[] edges = TriggerEdges;
        ushort[] heads = TriggerHeads;
        ushort[] tails = TriggerTails;
        for (int i = 0; i < tokens.Length; i++)
        {
            // Fast path, the same answer as IsTrigger for almost every token: punctuation never starts a quantity, and a
            // plain word only when its first letter, last letter and length fit a trigger word or a currency code, or a
            // currency symbol follows it (US$). Sentence bookkeeping catches up below for the tokens that go on.
            Token t = tokens[i];
            if (t.Kind == TokenKind.Word)
            {
                int len = t.Length;
                if (len > 13)
                {
                    continue;
                }

                if ((t.Flags & (TokenFlags.HasDigit | TokenFlags.Hyphenated)) == 0 && len > 0)
                {
                    ReadOnlySpan<char> w = text.AsSpan(t.Start, len);
                    char first = w[0];
                    char second = len > 1 ? w[1] : first;
                    char penult = len > 1 ? w[^2] : first;
                    char last = w[^1];
                    if ((first | second | penult | last) < 0x80 && (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(last)
                        || (edges[ShapeIndex(first, last)] >> len & 1) == 0
                        || char.IsAsciiLetter(second) && (heads[ShapeIndex(first, second)] >> len & 1) == 0
                        || char.IsAsciiLetter(penult) && (tails[ShapeIndex(penult, last)] >> len & 1) == 0)
                        && (i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Currency))
                    {
                        continue;
                    }
                }
            }
            else if (t.Kind is not (TokenKind.Number or TokenKind.Currency or TokenKind.Symbol))
            {
                continue;
            }

            while (i >= _limit)
            {
                sentence++;
                _first = _limit;
                _limit = sentence < _sentences.Length ? _sentences[sentence].EndToken : _t.Length;
                if (_limit <= _first)
                {
                    _limit = _t.Length;
                }
            }

            if (i < _free || !IsTrigger(i))
            {
                continue;
            }

            int start = _t[i].Start;
            while (claim + 1 < _claimed.Length && _claimed[claim + 1] <= start)
            {
                claim += 2;
            }

            if (claim + 1 < _claimed.Length && _claimed[claim] <= start && start < _claimed[claim + 1])
            {
                continue;
            }

            if (TryQuantity(i, out Found f))
            {
                // Never run into a date that starts after the number.
                if (claim + 1 < _claimed.Length && _claimed[claim] > start && _t[f.EndTok - 1].End > _claimed[claim])
                {
                    int cut = f.EndTok;
                    while (cut > f.StartTok + 1 && _t[cut - 1].End > _claimed[claim])
                    {
                        cut--;
                    }

                    f.EndTok = cut;
                    f.Noun = null;
                }

                results.Add(f);
                _free = f.EndTok;
                i = f.EndTok - 1;
            }
        }
    }

    // ---- token helpers ------------------------------------------------------------------------------

    // Every look-ahead and look-behind goes through In/W/Glued/IsKind: a token index computed as i±k may fall
    // outside the sentence or the text. W and Glued are safe anywhere (empty, not glued); raw _t[k] only after In(k).
    private readonly ReadOnlySpan<char> W(int k) => (uint)k < (uint)_t.Length ? _text.AsSpan(_t[k].Start, _t[k].Length) : default;

    private readonly bool In(int k) => k >= _first && k < _limit;

    private readonly bool Is(int k, string s) => In(k) && W(k).Equals(s, StringComparison.OrdinalIgnoreCase);

    private readonly bool IsKind(int k, TokenKind kind) => In(k) && _t[k].Kind == kind;

    /// <summary>Token <paramref name="k"/> touches the token before it.</summary>
    private readonly bool Glued(int k) => (uint)k < (uint)_t.Length && !_t[k].Has(TokenFlags.SpaceBefore);

    private readonly bool IsPlainNumber(int k) => IsKind(k, TokenKind.Number) && IsAllDigits(W(k));

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private readonly bool IsTrigger(int i)
    {
        Token t = _t[i];
        switch (t.Kind)
        {
            case TokenKind.Number:
                return true;
            case TokenKind.Currency:
                return i + 1 < _limit;
            case TokenKind.Symbol:
                return t.Length == 1 && NumberText.VulgarFraction(_text[t.Start]) > 0;
            case TokenKind.Word:
                if (t.Length > 13)
                {
                    return false;
                }

                ReadOnlySpan<char> w = W(i);
                if (t.Has(TokenFlags.HasDigit))
                {
                    return CodeLookup.ContainsKey(LetterPrefix(w));
                }

                if (t.Has(TokenFlags.Hyphenated))
                {
                    int h = w.IndexOfAny('-', '\u2010', '\u2011');
                    return h > 0 && MayBeTriggerOrCode(w.Slice(0, h)) && TriggerLookup.Contains(w.Slice(0, h));
                }

                if (MayBeTriggerOrCode(w))
                {
                    // "a" and "an" start a number only before half, a fraction, hundred, dozen or a scale word.
                    if (TriggerLookup.Contains(w) && (w.Length > 2 || !IsArticle(w) || ArticleStartsNumber(i + 1)))
                    {
                        return true;
                    }

                    if (i + 1 < _limit && CodeLookup.ContainsKey(w))
                    {
                        return true;
                    }
                }

                // Dollar prefixes before an amount: US$ 5, C $ 5, A$5.
                return i + 1 < _limit && _t[i + 1].Kind == TokenKind.Currency && (Glued(i + 1) || t.Length == 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// Bit n of entry 26 * first + last is set when a trigger word or a currency code of length n starts and ends with those
    /// ASCII letters in either case: almost every word is turned away by this test before any hashing.
    /// </summary>
    private static readonly ulong[] TriggerShapes = BuildTriggerShapes();

    private static ulong[] BuildTriggerShapes()
    {
        var shapes = new ulong[26 * 26];
        foreach (string w in QuantityLexicon.TriggerWords)
        {
            shapes[ShapeIndex(w)] |= 1UL << w.Length;
        }

        foreach (string w in QuantityLexicon.CurrencyCodes.Keys)
        {
            shapes[ShapeIndex(w)] |= 1UL << w.Length;
        }

        return shapes;
    }

    /// <summary>
    /// For the token loop, the lengths (bits 1 to 13) of the trigger words and currency codes by first and last letter, by first
    /// and second letter, and by second-to-last and last letter (a one-letter word repeats its letter): a plain word that misses
    /// one of the three is no trigger. <c>and</c> fits <c>AED</c> by its edges but no code starts with <c>an</c>.
    /// </summary>
    private static readonly ushort[] TriggerEdges = BuildTriggerPairs(0);

    /// <inheritdoc cref="TriggerEdges"/>
    private static readonly ushort[] TriggerHeads = BuildTriggerPairs(1);

    /// <inheritdoc cref="TriggerEdges"/>
    private static readonly ushort[] TriggerTails = BuildTriggerPairs(2);

    private static ushort[] BuildTriggerPairs(int which)
    {
        var pairs = new ushort[26 * 26];
        foreach (IEnumerable<string> keys in (IEnumerable<string>[])[QuantityLexicon.TriggerWords, QuantityLexicon.CurrencyCodes.Keys])
        {
            foreach (string w in keys)
            {
                if (w.Length is 0 or > 13)
                {
                    continue; // the token loop sends longer words on to the full test
                }

                char a = which == 2 ? (w.Length > 1 ? w[^2] : w[0]) : w[0];
                char b = which == 1 ? (w.Length > 1 ? w[1] : w[0]) : w[^1];
                if (!char.IsAsciiLetter(a) || !char.IsAsciiLetter(b))
                {
                    if (a >= 0x80 || b >= 0x80)
                    {
                        // A letter outside ASCII may fold onto an ASCII one: let every word through this table.
                        Array.Fill(pairs, ushort.MaxValue);
                        return pairs;
                    }

                    continue; // matched only by a word with the same mark there, which the loop sends on
                }

                pairs[ShapeIndex(a, b)] |= (ushort)(1 << w.Length);
            }
        }

        return pairs;
    }

    private static int ShapeIndex(ReadOnlySpan<char> w) => ShapeIndex(w[0], w[^1]);

    private static int ShapeIndex(char first, char last) => ((first | 0x20) - 'a') * 26 + ((last | 0x20) - 'a');

    /// <summary>Whether <paramref name="w"/> may be a trigger word or a currency code (no false negatives).</summary>
    private static bool MayBeTriggerOrCode(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || w.Length > 63)
        {
            return false;
        }

        char first = w[0];
        char last = w[^1];
        if (first >= 0x80 || last >= 0x80)
        {
            return true; // case-insensitive matching folds a few non-ASCII letters (ı, ſ) onto ASCII ones
        }

        if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(last))
        {
            return false;
        }

        return (TriggerShapes[ShapeIndex(w)] >> w.Length & 1) != 0;
    }

    private static bool IsArticle(ReadOnlySpan<char> w) =>
        w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words an article may start a number with: a half, a fifth, a quarter, a hundred, a dozen, a million.</summary>
    private readonly bool ArticleStartsNumber(int k)
    {
        if (!In(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(k);
        return w.Equals("half", StringComparison.OrdinalIgnoreCase) || w.Equals("hundred", StringComparison.OrdinalIgnoreCase)
            || w.Equals("dozen", StringComparison.OrdinalIgnoreCase) || ScaleLookup.ContainsKey(w) || TryOrdinalWord(w, out _, out _);
    }

    private static ReadOnlySpan<char> LetterPrefix(ReadOnlySpan<char> w)
    {
        int k = 0;
        while (k < w.Length && char.IsAsciiLetter(w[k]))
        {
            k++;
        }

        return w.Slice(0, k);
    }

    // ---- the quantity -------------------------------------------------------------------------------

    private bool TryQuantity(int i, out Found f)
    {
        f = default;
        int start = i;
        string? currency = null;
        int numStart = i;

        if (TryCurrencyPrefix(i, out string? code, out int after))
        {
            currency = code;
            numStart = after;
            if (!In(numStart))
            {
                return false;
            }
        }
        else if (_t[i].Kind == TokenKind.Currency)
        {
            return false;
        }
        else if (IsKind(i, TokenKind.Word) && _t[i].Has(TokenFlags.HasDigit))
        {
            return TryGluedCode(i, out f);
        }

        bool negative = false;
        if (currency is null && (Is(i, "minus") || Is(i, "negative")))
        {
            negative = true;
            numStart = i + 1;
        }

        if (Is(numStart, "percent") || Is(numStart, "per"))
        {
            return TryPercentOf(numStart, out f);
        }

        if (!TryNumeral(numStart, out Numeral a))
        {
            return false;
        }

        if (negative)
        {
            a.Value = -a.Value;
            a.IsOne = false;
        }
        else if (currency is null && a.FromDigits && TryMinusBefore(numStart))
        {
            a.Value = -a.Value;
            start = numStart - 1;
        }

        if (currency is null && IsNotAQuantity(numStart, ref a))
        {
            return false;
        }

        int end = a.EndTok;
        UnitInfo? unit = a.Unit;
        if (currency is not null)
        {
            unit = new UnitInfo(currency, QuantityDimension.Currency, 1);
        }
        else if (unit is null && !a.Hyphenated && a.SuffixNoun is null)
        {
            if (TryUnitAfter(end, a, out UnitInfo u, out int uEnd, out double uScale))
            {
                unit = u;
                end = uEnd;
                a.Value *= uScale;
            }
            else if (a.Approx && Is(end, "of") && TryUnitAfter(end + 1, a, out u, out uEnd, out uScale) && u.IsCurrency)
            {
                unit = u; // millions of pounds, thousands of dollars: a vague amount of money
                end = uEnd;
                a.Value *= uScale;
            }
        }

        if (unit is { } cu && cu.IsCurrency && !a.Hyphenated)
        {
            end = CentsAfter(end, cu.Code, ref a.Value);
        }
        else if (unit is { } fu && fu.Code == "ft")
        {
            end = InchesAfter(end, ref a.Value);
        }

        // Ranges: 20-30, 20 to 30, between 20 and 30, from 3 to 5 million, $3-5bn.
        double? upper = null;
        QuantityModifier modifier = QuantityModifier.None;
        int modStart = ModifierBefore(start, out QuantityModifier before);
        bool between = Is(modStart - 1, "between") || Is(start - 1, "between");
        bool from = Is(start - 1, "from");
        if (!a.Hyphenated && TryRangeUpper(end, a, unit, currency, between, from, out double up, out UnitInfo? upUnit, out int upEnd, out double upScale))
        {
            if (up > a.Value * (upScale > 1 && !a.HasScale ? upScale : 1))
            {
                if (upScale > 1 && !a.HasScale && a.Value * upScale < up)
                {
                    a.Value *= upScale;
                }

                upper = up;
                unit ??= upUnit;
                end = upEnd;
                modifier = QuantityModifier.Range;
                if (between)
                {
                    start = Is(start - 1, "between") ? start - 1 : modStart - 1;
                }
                else if (from)
                {
                    start--;
                }
            }
        }

        // a win over one of the major nations, a film about one of its own: a preposition before "one of", no modifier
        if (before != QuantityModifier.None && a.Written && a.Value == 1 && Is(end, "of")
            && (Is(modStart, "over") || Is(modStart, "about") || Is(modStart, "around") || Is(modStart, "under") || Is(modStart, "above") || Is(modStart, "below")))
        {
            before = QuantityModifier.None;
        }

        if (modifier == QuantityModifier.None)
        {
            if (before != QuantityModifier.None)
            {
                modifier = before;
                start = modStart;
            }
            else if (a.Approx)
            {
                modifier = QuantityModifier.Approx;
            }
            else if (a.Plus)
            {
                modifier = QuantityModifier.AtLeast;
            }
        }

        // After-modifiers: 50 or more, 100 or so.
        if (Is(end, "or") && (Is(end + 1, "more") || Is(end + 1, "so")) && modifier == QuantityModifier.None)
        {
            modifier = Is(end + 1, "more") ? QuantityModifier.AtLeast : QuantityModifier.Approx;
        }

        string? noun = null;
        int spanEnd = end;
        if (unit is null && a.SuffixNoun is not null)
        {
            noun = a.SuffixNoun;
        }
        else if (unit is null || a.Hyphenated)
        {
            if (a.Hyphenated)
            {
                // a 10-km zone, a 5,000-strong force: the adjective's noun, outside the span
                noun = a.TailNoun ?? NounAfter(end, 1, out _, allowOf: false);
            }
            else
            {
                noun = NounAfter(end, upper ?? a.Value, out int nounEnd, allowOf: a.Approx || (a.HasScale && a.Written));
                if (noun is not null)
                {
                    spanEnd = nounEnd;
                }
            }
        }

        // two or three people, 5 or 6 percent, three, four or five players: the list's last number carries the unit or noun for all.
        if (unit is null && noun is null && upper is null && !a.Hyphenated && a.SuffixNoun is null
            && ListTail(end, out UnitInfo? listUnit, out string? listNoun, out bool listTime))
        {
            if (listTime)
            {
                return false; // two or three days: a duration, the dates extractor's
            }

            unit = listUnit;
            noun = listNoun;
        }

        // A bare "one" is a pronoun more often than a count: keep it only with a noun, a unit or a modifier,
        // and never in "from one city to another".
        if (a.IsOne && unit is null && modifier == QuantityModifier.None
            && (noun is null || AnotherAhead(a.EndTok) || IsKind(a.StartTok - 1, TokenKind.Word) && OnePronounLookup.Contains(W(a.StartTok - 1))))
        {
            return false;
        }

        // 90 days, 24 hours: durations are the dates extractor's.
        if (unit is null && noun is null && !a.Hyphenated && FollowedByTimeWord(end))
        {
            return false;
        }

        f.StartTok = start;
        f.EndTok = spanEnd;
        f.Value = a.Value;
        f.Upper = upper;
        f.Unit = unit;
        f.Modifier = modifier;
        f.Noun = noun;
        return true;
    }

    /// <summary><c>percent of 10</c>: a share written before its number.</summary>
    private bool TryPercentOf(int i, out Found f)
    {
        f = default;
        int k = i + 1;
        if (Is(i, "per"))
        {
            if (!Is(i + 1, "cent"))
            {
                return false;
            }

            k = i + 2;
        }

        if (!Is(k, "of") || !TryNumeral(k + 1, out Numeral n) || n.Hyphenated || n.Unit is not null)
        {
            return false;
        }

        if (IsKind(n.EndTok, TokenKind.Word) && !NounStopLookup.Contains(W(n.EndTok)))
        {
            return false; // percent of 10 voters: the 10 is a count of its own
        }

        f.StartTok = i;
        f.EndTok = n.EndTok;
        f.Value = n.Value;
        f.Unit = SymbolUnitLookup.TryGetValue("%", out UnitInfo pct) ? pct : null;
        return true;
    }

    /// <summary><c>USD115</c>, <c>USD50</c>: a currency code glued to its amount in one word token.</summary>
    private bool TryGluedCode(int i, out Found f)
    {
        f = default;
        ReadOnlySpan<char> w = W(i);
        ReadOnlySpan<char> prefix = LetterPrefix(w);
        if (!CodeLookup.TryGetValue(prefix, out string? code) || !NumberText.TryParse(w.Slice(prefix.Length), out double v, out int len, out _)
            || prefix.Length + len != w.Length)
        {
            return false;
        }

        f.StartTok = i;
        f.EndTok = i + 1;
        f.Value = v;
        f.Unit = new UnitInfo(code, QuantityDimension.Currency, 1);
        return true;
    }

    // ---- numbers ------------------------------------------------------------------------------------

    /// <summary>Reads a number starting at token <paramref name="i"/>: digits, words, fractions, scales.</summary>
    private bool TryNumeral(int i, out Numeral n)
    {
        n = default;
        if (!In(i))
        {
            return false;
        }

        n.StartTok = i;
        Token t = _t[i];
        if (t.Kind == TokenKind.Symbol)
        {
            double vf = t.Length == 1 ? NumberText.VulgarFraction(_text[t.Start]) : 0;
            if (vf <= 0)
            {
                return false;
            }

            n.Value = vf;
            n.EndTok = i + 1;
            n.FromDigits = true;
            return true;
        }

        if (t.Kind == TokenKind.Number)
        {
            return TryDigitNumeral(i, ref n);
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        return TryWordNumeral(i, ref n);
    }

    private bool TryDigitNumeral(int i, ref Numeral n)
    {
        if (i - 2 >= _first && IsSlash(i - 1) && Glued(i - 1) && Glued(i) && IsPlainNumber(i - 2))
        {
            return false; // the second half of a slashed pair that was no fraction (9/11, 24/7)
        }

        ReadOnlySpan<char> w = W(i);
        if (!NumberText.TryParse(w, out double v, out int len, out bool seps))
        {
            return false;
        }

        // A leading decimal point written apart from the digits by the tokenizer: .25
        if (!seps && i > _first && Glued(i) && W(i - 1) is "." && _t[i - 1].Has(TokenFlags.SpaceBefore)
            && (i - 1 == _first || _t[i - 2].Kind != TokenKind.Number))
        {
            v = double.Parse("0." + w.Slice(0, len).ToString(), CultureInfo.InvariantCulture);
            n.StartTok = i - 1;
            seps = true;
        }

        n.FromDigits = true;
        n.EndTok = i + 1;
        ReadOnlySpan<char> rest = w.Slice(len);
        int hyphen = rest.IndexOfAny('-', '\u2010', '\u2011');
        ReadOnlySpan<char> suffix = hyphen >= 0 ? rest.Slice(0, hyphen) : rest;
        ReadOnlySpan<char> tail = hyphen >= 0 ? rest.Slice(hyphen + 1) : default;
        n.Plain = !seps && rest.IsEmpty;
        n.DigitCount = len;

        if (!suffix.IsEmpty)
        {
            if (ScaleSuffixLookup.TryGetValue(suffix, out double scale))
            {
                if (suffix is "m" or "M" && !MillionContext(i))
                {
                    n.Unit = SymbolUnitLookup["m"];
                }
                else
                {
                    v *= scale;
                    n.HasScale = true;
                }
            }
            else if (suffix[0] is 'e' or 'E' && suffix.Length > 1 && IsAllDigits(suffix.Slice(1)))
            {
                v *= Math.Pow(10, int.Parse(suffix.Slice(1), CultureInfo.InvariantCulture));
            }
            else if (suffix is "e" or "E" && IsKind(i + 1, TokenKind.Dash) && Glued(i + 1) && IsPlainNumber(i + 2) && Glued(i + 2))
            {
                v *= Math.Pow(10, -Math.Min(300, int.Parse(W(i + 2), CultureInfo.InvariantCulture)));
                n.EndTok = i + 3;
            }
            else if (suffix is "s" or "st" or "nd" or "rd" or "th" or "am" or "pm" or "AM" or "PM" or "h" or "hrs" or "GMT" or "BC" or "AD")
            {
                return false; // decades, ordinals, times, eras
            }
            else if (TryUnitWithin(suffix, i, out UnitInfo u, out int uEnd))
            {
                n.Unit = u;
                n.EndTok = uEnd;
            }
            else if (CodeLookup.TryGetValue(suffix, out string? code))
            {
                n.Unit = new UnitInfo(code, QuantityDimension.Currency, 1);
            }
            else if (MillionCodeLookup.TryGetValue(suffix, out string? mcode))
            {
                n.Unit = new UnitInfo(mcode, QuantityDimension.Currency, 1);
                v *= 1e6;
            }
            else if (AngleSuffix(suffix) is { } angle)
            {
                n.SuffixNoun = angle; // 0.8rad, 90deg: an angle has no unit code, like "45 degrees"
            }
            else
            {
                return false; // 24703m212, a code or a model name
            }
        }

        n.Value = v;
        if (hyphen >= 0)
        {
            return TryHyphenTail(tail, ref n);
        }

        int k = i + 1;

        // Exponents: 1.1^23, 2^-1
        if (rest.IsEmpty && IsKind(k, TokenKind.Symbol) && W(k) is "^" && Glued(k))
        {
            int e = k + 1;
            bool neg = false;
            if (In(e) && W(e) is "+" or "-" && Glued(e))
            {
                neg = W(e) is "-";
                e++;
            }
            else if (IsKind(e, TokenKind.Dash) && Glued(e))
            {
                neg = true;
                e++;
            }

            if (IsPlainNumber(e) && Glued(e) && W(e).Length <= 3)
            {
                n.Value = Math.Pow(v, (neg ? -1 : 1) * int.Parse(W(e), CultureInfo.InvariantCulture));
                n.EndTok = e + 1;
                n.Plain = false;
                return true;
            }
        }

        if (!n.Plain)
        {
            if (n.Unit is null && !n.HasScale && n.SuffixNoun is null)
            {
                ContinueWithScale(ref n);
            }

            return true;
        }

        // Fractions: 3/4, -4/5, 10 1/2
        if (IsSlash(k) && Glued(k) && IsPlainNumber(k + 1) && Glued(k + 1) && !(IsSlash(k + 2) && Glued(k + 2)) && !(i > _first && IsSlash(i - 1) && Glued(i)))
        {
            double d = double.Parse(W(k + 1), CultureInfo.InvariantCulture);
            if (d > 0 && v < d * 20 && W(k + 1).Length <= 3)
            {
                n.Value = v / d;
                n.EndTok = k + 2;
                n.Plain = false;
                return true;
            }
        }

        if (IsPlainNumber(k) && !Glued(k) && IsSlash(k + 1) && Glued(k + 1) && IsPlainNumber(k + 2) && Glued(k + 2) && !(IsSlash(k + 3) && Glued(k + 3)))
        {
            double num = double.Parse(W(k), CultureInfo.InvariantCulture);
            double den = double.Parse(W(k + 2), CultureInfo.InvariantCulture);
            if (den > num && den <= 64)
            {
                n.Value = v + num / den;
                n.EndTok = k + 3;
                n.Plain = false;
                return true;
            }
        }

        // Digit groups separated by spaces: 1 234 567 (at least two groups after the first).
        if (len <= 3 && IsPlainNumber(k) && W(k).Length == 3 && IsGroup(k + 1) && SingleSpaceBefore(k) && SingleSpaceBefore(k + 1))
        {
            double total = v;
            int e = k;
            while (IsGroup(e) && SingleSpaceBefore(e) && e - k < 6)
            {
                total = total * 1000 + double.Parse(W(e), CultureInfo.InvariantCulture);
                e++;
                if (!IsPlainNumber(e - 1))
                {
                    break;
                }
            }

            if (!(IsSlash(e) && Glued(e)))
            {
                n.Value = total;
                n.EndTok = e;
                n.Plain = false;
                return true;
            }
        }

        ContinueWithScale(ref n);
        return true;
    }

    /// <summary>The angle unit glued to digits (<c>rad</c>, <c>deg</c>), as written, or null.</summary>
    private static string? AngleSuffix(ReadOnlySpan<char> suffix) => suffix switch
    {
        "rad" => "rad",
        "rads" => "rads",
        "radian" => "radian",
        "radians" => "radians",
        "deg" => "deg",
        "degs" => "degs",
        _ => null,
    };

    /// <summary>A group of three digits, the last one possibly with decimals: 234, 567.89.</summary>
    private readonly bool IsGroup(int k) =>
        IsKind(k, TokenKind.Number) && W(k).Length >= 3 && IsAllDigits(W(k).Slice(0, 3))
        && (W(k).Length == 3 || W(k).Length > 4 && W(k)[3] == '.' && IsAllDigits(W(k).Slice(4)));

    private readonly bool SingleSpaceBefore(int k) =>
        !Glued(k) && !_t[k].Has(TokenFlags.NewlineBefore) && _t[k].Start - _t[k - 1].End == 1;

    private readonly bool IsSlash(int k) => In(k) && _t[k].Length == 1 && _text[_t[k].Start] is '/' or '\u2044';

    /// <summary>Digits followed by scale words: 1.5 million, 13 lakh, 4 thousand 3 hundred, 3 million and a quarter, 10 k.</summary>
    private void ContinueWithScale(ref Numeral n)
    {
        int k = n.EndTok;
        if (!IsKind(k, TokenKind.Word))
        {
            return;
        }

        var acc = new Compound();
        acc.StartWithDigits(n.Value);
        int end = ReadCompound(k, ref acc, allowDigits: true);
        if (end > k)
        {
            n.EndTok = end;
            n.HasScale = acc.HasScale;
            n.Plain = false;
            n.Value = FractionTail(ref n, ref acc);
            return;
        }

        ReadOnlySpan<char> w = W(k);
        if (w is "k" or "K" or "G" && IsEndish(k + 1))
        {
            n.Value *= w is "G" ? 1e9 : 1e3;
            n.EndTok = k + 1;
            n.HasScale = true;
            n.Plain = false;
            return;
        }

        if (n.Plain && (w is "over" or "in" || w is "out" && Is(k + 1, "of")))
        {
            double before = n.Value;
            n.Value = FractionTail(ref n, ref acc);
            if (n.Value != before)
            {
                n.Plain = false;
            }
        }
    }

    private readonly bool IsEndish(int k) => !In(k) || _t[k].Kind is TokenKind.Punctuation or TokenKind.CloseBracket or TokenKind.Quote or TokenKind.Dash;

    /// <summary>Whether a glued <c>m</c> means million (<c>$3m</c>, <c>3m people</c>) rather than metres (<c>100m sprint</c>).</summary>
    private readonly bool MillionContext(int i)
    {
        if (i > _first && _t[i - 1].Kind == TokenKind.Currency)
        {
            return true;
        }

        if (W(i).EndsWith("M", StringComparison.Ordinal))
        {
            return true;
        }

        int k = i + 1;
        if (!IsKind(k, TokenKind.Word))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(k);
        if (WordUnitLookup.TryGetValue(w, out UnitInfo unit))
        {
            return unit.Code != "m"; // 784m euros, 1m barrels, 5m tonnes, 10m miles (but 400m metres)
        }

        return (LooksPlural(w) && !RaceNounLookup.Contains(w)) || w.Equals("of", StringComparison.OrdinalIgnoreCase); // 40m people, but 400m hurdles
    }

    private bool TryHyphenTail(ReadOnlySpan<char> tail, ref Numeral n)
    {
        n.Hyphenated = true;
        n.Plain = false;
        int h = tail.IndexOfAny('-', '\u2010', '\u2011');
        ReadOnlySpan<char> first = h >= 0 ? tail.Slice(0, h) : tail;
        if (first.IsEmpty || TimeTailLookup.Contains(first))
        {
            return false; // 2-month-old, 3-day, 24-hour: durations and ages belong to dates
        }

        if (SymbolUnitLookup.TryGetValue(first, out UnitInfo su) || WordUnitLookup.TryGetValue(first, out su) || TryPluralWordUnit(first, out su))
        {
            n.Unit = su;
            return true;
        }

        if (first.Equals("square", StringComparison.OrdinalIgnoreCase) && h >= 0)
        {
            ReadOnlySpan<char> second = tail.Slice(h + 1);
            int h2 = second.IndexOfAny('-', '\u2010', '\u2011');
            if (h2 >= 0)
            {
                second = second.Slice(0, h2);
            }

            CharBuffer64 keyBuffer = default;

            Span<char> key = keyBuffer[..MaxKey];
            if (second.Length + 7 < MaxKey)
            {
                "square ".AsSpan().CopyTo(key);
                second.CopyTo(key.Slice(7));
                if (WordUnitLookup.TryGetValue(key.Slice(0, 7 + second.Length), out su) || SymbolUnitLookup.TryGetValue(second, out su) && su.Dimension == QuantityDimension.Length)
                {
                    n.Unit = su.Dimension == QuantityDimension.Area ? su : AreaOf(su);
                    return true;
                }
            }
        }

        if (first.Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            n.Plus = true;
            n.Hyphenated = false;
            return true;
        }

        if (first.Equals("strong", StringComparison.OrdinalIgnoreCase) || first.Equals("member", StringComparison.OrdinalIgnoreCase)
            || first.Equals("man", StringComparison.OrdinalIgnoreCase))
        {
            return true; // a 5,000-strong force: the noun follows
        }

        if (first.Length >= 3 && IsLowerWord(first) && !OrdinalLookup.ContainsKey(first))
        {
            n.TailNoun = first.ToString();
            return true;
        }

        return false;
    }

    private static UnitInfo AreaOf(UnitInfo length) => length.Code switch
    {
        "km" => QuantityLexicon.SymbolUnits["km2"],
        "m" => QuantityLexicon.SymbolUnits["m2"],
        "mi" => QuantityLexicon.SymbolUnits["mi2"],
        "ft" => QuantityLexicon.SymbolUnits["ft2"],
        _ => length,
    };

    private static bool IsLowerWord(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word unit named by <paramref name="s"/> plus <c>s</c> (<c>10-kilometre</c> finds <c>kilometres</c>), without allocating.</summary>
    private static bool TryPluralWordUnit(ReadOnlySpan<char> s, out UnitInfo unit)
    {
        unit = default;
        if (s.Length >= 20)
        {
            return false;
        }

        CharBuffer64 keyBuffer = default;

        Span<char> key = keyBuffer[..20];
        s.CopyTo(key);
        key[s.Length] = 's';
        return WordUnitLookup.TryGetValue(key.Slice(0, s.Length + 1), out unit);
    }

    /// <summary>A number spelled out: three, twenty-five, a hundred, one and a half, two-thirds, half a million, tens of thousands.</summary>
    private bool TryWordNumeral(int i, ref Numeral n)
    {
        ReadOnlySpan<char> w = W(i);
        n.Written = true;
        n.IsCapitalizedWord = _t[i].Has(TokenFlags.Capitalized) && i != _first && !AfterOpening(i);

        // Vague amounts: tens of thousands, hundreds of, dozens of.
        if (VagueLookup.TryGetValue(w, out double vague))
        {
            if (!Is(i + 1, "of"))
            {
                return false;
            }

            n.Approx = true;
            n.HasScale = true;
            n.Value = vague;
            n.EndTok = i + 1;
            if (VagueLookup.TryGetValue(In(i + 2) ? W(i + 2) : default, out double vague2) && vague2 > vague)
            {
                n.Value = vague * vague2;
                n.EndTok = i + 3;
            }

            return true;
        }

        if (w.Equals("several", StringComparison.OrdinalIgnoreCase))
        {
            if (In(i + 1) && (ScaleLookup.TryGetValue(W(i + 1), out double sv) || W(i + 1).Equals("hundred", StringComparison.OrdinalIgnoreCase) && (sv = 100) > 0 || W(i + 1).Equals("dozen", StringComparison.OrdinalIgnoreCase) && (sv = 12) > 0))
            {
                n.Approx = true;
                n.HasScale = true;
                n.Value = sv;
                n.EndTok = i + 2;
                return true;
            }

            return false;
        }

        // Leading fractions: half, a quarter, two-thirds, three quarters, a fifth of.
        if (TryLeadingFraction(i, ref n))
        {
            return true;
        }

        // Spelled numbers with a hyphenated unit: a four-mile drive, a one-yen bid.
        int hy = w.IndexOfAny('-', '\u2010', '\u2011');
        if (hy > 0 && CardinalLookup.TryGetValue(w.Slice(0, hy), out int adj) && !TryHyphenCardinal(w, out _))
        {
            n.EndTok = i + 1;
            n.Value = adj;
            return !n.IsCapitalizedWord && TryHyphenTail(w.Slice(hy + 1), ref n) && n.TailNoun is null;
        }

        var acc = new Compound();
        int end = ReadCompound(i, ref acc, allowDigits: false);
        if (end <= i)
        {
            return false;
        }

        n.EndTok = end;
        n.Value = acc.Value;
        n.HasScale = acc.HasScale;
        n.IsOne = acc.Elements == 1 && acc.Value == 1 && !acc.HasScale;
        if (n.IsCapitalizedWord && !n.HasScale)
        {
            return false; // the Big Three, Formula One, Group of Seven
        }

        // Hyphenated tails after a spelled number: four-mile, one-yen, three-member.
        ReadOnlySpan<char> last = W(end - 1);
        int h = last.IndexOfAny('-', '\u2010', '\u2011');
        if (h > 0 && !TryHyphenCardinal(last, out _))
        {
            if (end - 1 != i || acc.Elements != 1 || !TryHyphenTail(last.Slice(h + 1), ref n) || n.TailNoun is not null)
            {
                return false;
            }

            n.IsOne = false;
            return true;
        }

        n.Value = FractionTail(ref n, ref acc);
        n.IsOne = n.IsOne && n.EndTok == end;
        return true;
    }

    private readonly bool AfterOpening(int i) =>
        i > _first && _t[i - 1].Kind is TokenKind.Quote or TokenKind.OpenBracket or TokenKind.Punctuation or TokenKind.Dash;

    /// <summary>A fraction or a decimal after a whole number: and a half, and two thirds, point five, fifths.</summary>
    private double FractionTail(ref Numeral n, ref Compound acc)
    {
        double value = acc.Value;
        int k = n.EndTok;

        // two hundred point zero three
        if (Is(k, "point") && n.Written)
        {
            CharBuffer64 digitBuffer = default;
            Span<char> digits = digitBuffer[..24];
            int d = 0;
            int e = k + 1;
            while (In(e) && d < 20 && CardinalLookup.TryGetValue(W(e), out int dv) && dv < 100)
            {
                string s = dv.ToString(CultureInfo.InvariantCulture);
                s.AsSpan().CopyTo(digits.Slice(d));
                d += s.Length;
                e++;
            }

            if (d > 0)
            {
                n.EndTok = e;
                return value + double.Parse("0." + digits.Slice(0, d).ToString(), CultureInfo.InvariantCulture);
            }
        }

        // ninety-five hundred-fifths: the numerator counts hundreds
        if (acc.Elements > 0 && IsKind(k, TokenKind.Word) && W(k).StartsWith("hundred-", StringComparison.OrdinalIgnoreCase)
            && TryOrdinalWord(W(k).Slice(8), out double hden, out bool hplural) && hplural == value * 100 > 1)
        {
            n.EndTok = k + 1;
            n.HasScale = false;
            return value * 100 / hden;
        }

        // one hundred and thirty fifths, three twenty firsts
        if (acc.Elements > 0 && In(k) && TryDenominator(k, value > 1 || acc.Elements > 1, out double den, out int denEnd))
        {
            n.EndTok = denEnd;
            n.HasScale = false;
            return value / den;
        }

        // ... and a half, and two thirds, and fifty-four hundredths
        if (Is(k, "and") && TryAndFraction(k + 1, out double frac, out int fEnd))
        {
            n.EndTok = fEnd;
            if (In(fEnd) && ScaleLookup.TryGetValue(W(fEnd), out double sc) && W(fEnd).Length > 3)
            {
                if (acc.LastScale == 0)
                {
                    n.EndTok = fEnd + 1;
                    n.HasScale = true;
                    return (value + frac) * sc;
                }

                if (sc < acc.LastScale && acc.Current == 0)
                {
                    n.EndTok = fEnd + 1;
                    return value + frac * sc;
                }
            }

            return acc.LastScale > 0 && acc.Current == 0 ? value + frac * acc.LastScale : value + frac;
        }

        // one over three, 1 in twenty-one, two out of five hundred
        if (n.Written || n.FromDigits)
        {
            int q = k;
            if (Is(q, "over") || Is(q, "in"))
            {
                q++;
            }
            else if (Is(q, "out") && Is(q + 1, "of"))
            {
                q += 2;
            }

            if (q > k && value > 0 && value == Math.Floor(value) && In(q) && (IsKind(q, TokenKind.Word) || IsPlainNumber(q)))
            {
                var den2 = new Compound();
                int e = IsPlainNumber(q) ? q + 1 : ReadCompound(q, ref den2, allowDigits: false);
                double dv = IsPlainNumber(q) ? double.Parse(W(q), CultureInfo.InvariantCulture) : den2.Value;
                if (e > q && dv > value && dv < 10000 && (n.Written || !IsPlainNumber(q) || Is(k, "over")) && !FollowedByTimeWord(e))
                {
                    if (Is(e, "hundreds") || Is(e, "thousands"))
                    {
                        dv *= Is(e, "hundreds") ? 100 : 1000;
                        e++;
                    }

                    n.EndTok = e;
                    n.HasScale = false;
                    return value / dv;
                }
            }
        }

        return value;
    }

    private readonly bool AnotherAhead(int k)
    {
        for (int j = k; j < k + 6 && In(j); j++)
        {
            if (Is(j, "another") || Is(j, "other"))
            {
                return true;
            }
        }

        return false;
    }

    private readonly bool FollowedByTimeWord(int k) => In(k) && TimeTailLookup.Contains(W(k));

    /// <summary>
    /// After a number at the head of a list of numbers (<c>two or three people</c>, <c>three, four or five players</c>,
    /// <c>5 or 6 percent</c>): the unit or the noun that the list's last number carries, or that it is followed by a time
    /// word (a duration). Commas may join the list's numbers; <c>or</c> or <c>and</c> must join its last.
    /// </summary>
    private bool ListTail(int k, out UnitInfo? unit, out string? noun, out bool time)
    {
        unit = null;
        noun = null;
        time = false;
        for (int items = 0; items < 6 && In(k); items++)
        {
            bool last = Is(k, "or") || Is(k, "and");
            if (!last && !Is(k, ","))
            {
                return false;
            }

            k++;
            if (!last && (Is(k, "or") || Is(k, "and")))
            {
                if (items == 0)
                {
                    return false; // 6,630, or 12.9%: the same amount restated, not a list
                }

                last = true;
                k++;
            }

            if (!In(k) || !TryNumeral(k, out Numeral b) || b.Hyphenated || b.HasScale || b.SuffixNoun is not null)
            {
                return false;
            }

            if (!last)
            {
                k = b.EndTok;
                continue;
            }

            if (b.Unit is { } bu)
            {
                unit = bu;
                return true;
            }

            if (TryUnitAfter(b.EndTok, b, out UnitInfo u, out _, out double scale) && scale == 1)
            {
                unit = u;
                return true;
            }

            if (FollowedByTimeWord(b.EndTok))
            {
                time = true;
                return true;
            }

            noun = NounAfter(b.EndTok, b.Value, out _, allowOf: false);
            return noun is not null;
        }

        return false;
    }

    /// <summary>A denominator at <paramref name="k"/>: <c>fifths</c>, <c>twenty firsts</c>, <c>one hundred and fifth</c>.</summary>
    private bool TryDenominator(int k, bool plural, out double den, out int end)
    {
        den = 0;
        end = k;
        if (!IsKind(k, TokenKind.Word))
        {
            return false;
        }

        if (TryOrdinalWord(W(k), out double o, out bool isPlural) && (plural == isPlural || !plural && o == 4 && !isPlural))
        {
            den = o;
            end = k + 1;
            return !(!plural && !FractionEnd(k + 1));
        }

        var pre = new Compound();
        int e = ReadCompound(k, ref pre, allowDigits: false);
        if (e <= k)
        {
            return false;
        }

        if (Is(e, "and"))
        {
            e++;
        }

        if (In(e) && TryOrdinalWord(W(e), out o, out isPlural) && isPlural == plural)
        {
            den = o < 100 ? pre.Value + o : pre.Value * o;
            end = e + 1;
            return den > 0;
        }

        return false;
    }

    /// <summary>A singular fraction (<c>a fifth</c>) must end there or be followed by <c>of</c>, else it is an ordinal (<c>a fifth day</c>).</summary>
    private readonly bool FractionEnd(int k) => IsEndish(k) || Is(k, "of") || In(k) && ScaleLookup.ContainsKey(W(k)) || Is(k, "and") || Is(k, "or");

    private static bool TryOrdinalWord(ReadOnlySpan<char> w, out double value, out bool plural)
    {
        value = 0;
        plural = w.Length > 0 && (w[^1] is 's' or 'S');
        if (OrdinalLookup.TryGetValue(w, out value))
        {
            return true;
        }

        int h = w.Length > 4 ? w.IndexOfAny('-', '\u2010', '\u2011') : -1;
        if (h > 0 && CardinalLookup.TryGetValue(w.Slice(0, h), out int tens) && tens >= 20 && tens % 10 == 0
            && OrdinalLookup.TryGetValue(w.Slice(h + 1), out double unit) && unit < 10)
        {
            value = tens + unit;
            return true;
        }

        return false;
    }

    /// <summary>After <c>and</c>: <c>a half</c>, <c>one half</c>, <c>a quarter</c>, <c>two thirds</c>, <c>fifty-four hundredths</c>.</summary>
    private bool TryAndFraction(int k, out double frac, out int end)
    {
        frac = 0;
        end = k;
        if (!IsKind(k, TokenKind.Word))
        {
            return false;
        }

        double num;
        int d;
        if (Is(k, "a") || Is(k, "an"))
        {
            num = 1;
            d = k + 1;
        }
        else
        {
            var c = new Compound();
            d = ReadCompound(k, ref c, allowDigits: false);
            if (d <= k || c.Value >= 1000)
            {
                return false;
            }

            num = c.Value;
        }

        if (Is(d, "half") || Is(d, "halves"))
        {
            frac = num / 2;
            end = d + 1;
            return true;
        }

        if (In(d) && TryOrdinalWord(W(d), out double den, out bool plural) && (plural == num > 1 || den == 4))
        {
            frac = num / den;
            end = d + 1;
            return true;
        }

        return false;
    }

    /// <summary>half, half a million, a quarter of, two-thirds, three quarters billion, a fifth of, two thirds of a million.</summary>
    private bool TryLeadingFraction(int i, ref Numeral n)
    {
        ReadOnlySpan<char> w = W(i);
        double frac = 0;
        int k = i + 1;
        bool article = false;
        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            frac = 0.5;
        }
        else if ((w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)) && In(k))
        {
            article = true;
            if (Is(k, "half"))
            {
                frac = 0.5;
                k++;
            }
            else if (TryOrdinalWord(W(k), out double o, out bool pl) && !pl)
            {
                // a quarter, a fifth: singular ordinals only
                if (!FractionEnd(k + 1))
                {
                    return false;
                }

                frac = 1 / o;
                k++;
            }
            else
            {
                return false;
            }
        }
        else if (w.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            frac = 0.25;
            if (!(In(k) && ScaleLookup.ContainsKey(W(k))))
            {
                return false;
            }
        }
        else
        {
            // two-thirds, one-third, three-quarters
            int h = w.IndexOfAny('-', '\u2010', '\u2011');
            if (h > 0 && CardinalLookup.TryGetValue(w.Slice(0, h), out int num) && num is > 0 and < 20 && TryOrdinalWord(w.Slice(h + 1), out double den, out bool pl)
                && (pl == num > 1 || den == 4))
            {
                frac = num / den;
            }
            else if (CardinalLookup.TryGetValue(w, out num) && num is > 0 and < 100 && In(k) && TryOrdinalWord(W(k), out den, out pl) && pl == num > 1)
            {
                if (!pl && !FractionEnd(k + 1))
                {
                    return false;
                }

                frac = num / den;
                k++;
            }
            else
            {
                return false;
            }
        }

        // The rebel-held half of the city: a noun, not a quantity.
        if (frac == 0.5 && !article && i > _first && IsKind(i - 1, TokenKind.Word)
            && (HalfDetLookup.Contains(W(i - 1)) || _t[i - 1].Has(TokenFlags.Hyphenated) || W(i - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || _t[i - 1].Has(TokenFlags.Apostrophe)))
        {
            return false;
        }

        n.EndTok = k;
        n.Value = frac;

        // half a million, a quarter of a million, half a dozen, three quarters billion
        int s = k;
        if (Is(s, "of") && (Is(s + 1, "a") || Is(s + 1, "an")))
        {
            s += 2;
        }
        else if (Is(s, "a") || Is(s, "an"))
        {
            s++;
        }

        if (In(s) && ScaleLookup.TryGetValue(W(s), out double scale))
        {
            n.Value = frac * scale;
            n.EndTok = s + 1;
            n.HasScale = true;
        }
        else if (Is(s, "dozen"))
        {
            n.Value = frac * 12;
            n.EndTok = s + 1;
        }
        else if (Is(s, "hundred"))
        {
            n.Value = frac * 100;
            n.EndTok = s + 1;
        }

        return true;
    }

    // ---- compound cardinals ---------------------------------------------------------------------------

    /// <summary>Accumulates a cardinal: total of completed scale groups plus the current group below a thousand.</summary>
    private struct Compound
    {
        public double Total;
        public double Current;
        public double LastScale;
        public double LastSmall;
        public int Elements;
        public bool HasScale;
        public bool DigitsFirst;

        public readonly double Value => Total + Current;

        public void StartWithDigits(double v)
        {
            Current = v;
            LastSmall = v;
            Elements = 1;
            DigitsFirst = true;
        }
    }

    /// <summary>Reads number words (and digits after a scale or <c>and</c>) into <paramref name="c"/>; returns the end token.</summary>
    private int ReadCompound(int k, ref Compound c, bool allowDigits)
    {
        int end = k;
        bool pendingAnd = false;
        bool article = false;
        bool justAfterAnd = false;
        Compound snap = c;
        int snapEnd = k;
        while (In(k))
        {
            Token t = _t[k];
            ReadOnlySpan<char> w = W(k);
            bool afterAnd = justAfterAnd;
            justAfterAnd = false;

            // "and" followed by a fraction is left to the fraction reader: two million and one half, one hundred and three quarters.
            if (pendingAnd && IsFractionAhead(k, c))
            {
                break;
            }

            if (t.Kind == TokenKind.Number)
            {
                if (!(allowDigits || c.Elements == 0 && !article) || !IsAllDigits(w) || (c.Elements > 0 && !pendingAnd && c.LastScale == 0 && !(c.Current > 0 && c.Current % 100 == 0)))
                {
                    break;
                }

                double v = double.Parse(w, CultureInfo.InvariantCulture);
                if (c.Elements > 0 && (v == 0 || c.Current % 1000 != 0 && v >= 100 || v >= 1000))
                {
                    break;
                }

                c.Current += v;
                c.LastSmall = v;
                c.Elements++;
                k++;
                end = k;
                justAfterAnd = pendingAnd;
                pendingAnd = false;
                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                // fifty - two
                if (t.Kind == TokenKind.Dash && _t[k].Length == 1 && c.Elements > 0 && c.Current % 100 >= 20 && c.Current % 10 == 0 && !pendingAnd
                    && IsKind(k + 1, TokenKind.Word) && CardinalLookup.TryGetValue(W(k + 1), out int u) && u is > 0 and < 10)
                {
                    c.Current += u;
                    c.LastSmall = u;
                    c.Elements++;
                    k += 2;
                    end = k;
                    continue;
                }

                break;
            }

            if (CardinalLookup.TryGetValue(w, out int small) || TryHyphenCardinal(w, out small))
            {
                if (small == 0 && c.Elements > 0)
                {
                    break;
                }

                double cur = c.Current % 100;
                bool ok = c.Elements == 0
                    || (small >= 10 && cur == 0 && c.Current % 1000 != c.Current || small >= 10 && cur == 0 && (c.Current > 0 || c.Total > 0))
                    || (small < 10 && (c.Current == 0 && c.Total > 0 || c.Current > 0 && cur % 10 == 0 && (cur == 0 || cur >= 20)));
                if (c.Elements > 0 && c.Current == 0 && c.Total > 0)
                {
                    ok = true;
                }

                if (!ok || c.DigitsFirst && c.LastScale == 0 && !pendingAnd && c.Elements > 0 && c.Current % 100 != 0)
                {
                    break;
                }

                c.Current += small;
                c.LastSmall = small;
                c.Elements++;
                k++;
                end = k;
                justAfterAnd = pendingAnd;
                pendingAnd = false;
                article = false;
                continue;
            }

            if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                if (c.Elements > 0 && !pendingAnd || !(Is(k + 1, "hundred") || Is(k + 1, "dozen") || In(k + 1) && ScaleLookup.ContainsKey(W(k + 1))))
                {
                    break;
                }

                article = true;
                c.Current += 1;
                c.LastSmall = 1;
                k++;
                continue;
            }

            if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase) || w.Equals("hundreds", StringComparison.OrdinalIgnoreCase) && c.Elements > 0 && !IsSlash(k + 1))
            {
                bool digitsHundred = c.DigitsFirst && c.Elements == 1 && c.Current >= 100;
                if (c.Current >= 100 && !digitsHundred || c.Current % 1 != 0 && !c.DigitsFirst || pendingAnd || (c.Current == 0 && !article && c.Elements > 0))
                {
                    if (afterAnd)
                    {
                        c = snap;
                        return snapEnd;
                    }

                    break;
                }

                if (c.Current == 0 && c.Elements == 0 && !article)
                {
                    break;
                }

                c.Current = (c.Current == 0 ? 1 : c.Current) * 100;
                c.HasScale = true;
                c.Elements++;
                k++;
                end = k;
                article = false;
                if (w.Length > 7)
                {
                    break;
                }

                continue;
            }

            if (ScaleLookup.TryGetValue(w, out double scale) && w.Length > 3)
            {
                if (pendingAnd || c.LastScale > 0 && scale >= c.LastScale || c.Current == 0 && !article)
                {
                    if (afterAnd)
                    {
                        c = snap;
                        return snapEnd;
                    }

                    break;
                }

                c.Total += c.Current * scale;
                c.Current = 0;
                c.LastScale = scale;
                c.HasScale = true;
                c.Elements++;
                k++;
                end = k;
                article = false;
                continue;
            }

            if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase) || w.Equals("dozens", StringComparison.OrdinalIgnoreCase) && c.Elements > 0
                || (w is "dz" or "dzs" or "doz") && c.Elements > 0)
            {
                if (pendingAnd || c.Current == 0 && !article)
                {
                    break;
                }

                double small12 = c.LastSmall == 0 ? 1 : c.LastSmall;
                c.Current = c.Current - small12 + small12 * 12;
                c.Elements++;
                k++;
                end = k;
                article = false;
                continue;
            }

            if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && c.Elements > 0 && !pendingAnd && (c.Current >= 100 || c.LastScale > 0 && c.Current == 0))
            {
                snap = c;
                snapEnd = end;
                pendingAnd = true;
                k++;
                continue;
            }

            break;
        }

        return article && c.Elements == 0 ? k : end;
    }

    /// <summary>Whether a fraction starts at <paramref name="k"/> right after <c>and</c>: <c>a half</c>, <c>one half</c>, <c>three quarters</c>, <c>two thirds</c> after a scale.</summary>
    private readonly bool IsFractionAhead(int k, Compound c)
    {
        if (!IsKind(k, TokenKind.Word) || !IsKind(k + 1, TokenKind.Word))
        {
            return false;
        }

        ReadOnlySpan<char> next = W(k + 1);
        if (next.Equals("half", StringComparison.OrdinalIgnoreCase) || next.Equals("halves", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("quarter", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return c.LastScale > 0 && c.Current == 0 && TryOrdinalWord(next, out _, out _);
    }

    private static bool TryHyphenCardinal(ReadOnlySpan<char> w, out int value)
    {
        value = 0;
        int h = w.IndexOfAny('-', '\u2010', '\u2011');
        if (h <= 0 || !CardinalLookup.TryGetValue(w.Slice(0, h), out int tens) || tens < 20 || tens % 10 != 0)
        {
            return false;
        }

        if (!CardinalLookup.TryGetValue(w.Slice(h + 1), out int unit) || unit is < 1 or > 9)
        {
            return false;
        }

        value = tens + unit;
        return true;
    }

    // ---- what is not a quantity --------------------------------------------------------------------

    /// <summary>Years, times, day numbers, ordinals, list numbers, phone numbers, labels and scores.</summary>
    private readonly bool IsNotAQuantity(int i, ref Numeral n)
    {
        int next = n.EndTok;
        if (next == i + 3 && IsSlash(i + 1) && ((W(i) is "9" && W(i + 2) is "11") || (W(i) is "7" or "24" && W(i + 2) is "7")))
        {
            return true; // 9/11 and 7/7 name attacks, 24/7 means "all the time": no fractions
        }

        if (In(next) && (W(next).StartsWith("o’clock", StringComparison.OrdinalIgnoreCase) || W(next).StartsWith("o'clock", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (n.Written || !n.FromDigits)
        {
            return false;
        }

        if (n.Plain)
        {
            double v = n.Value;
            int prev = n.StartTok - 1;
            ReadOnlySpan<char> pw = In(prev) ? W(prev) : default;

            // Times: 0800 GMT, 6 pm, 10 a.m.
            if (In(next) && TimeWordLookup.Contains(W(next)))
            {
                return true;
            }

            if (Is(next, "o") && In(next + 1) && W(next + 1).StartsWith("clock", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // Years: 4 digits 1000-2099 unless something counted follows.
            if (n.DigitCount == 4 && v is >= 1000 and <= 2099 && !UnitFollows(next) && !(In(prev) && Mod1Lookup.ContainsKey(pw) && !YearPrepLookup.Contains(pw)
                && !pw.Equals("below", StringComparison.OrdinalIgnoreCase) && !pw.Equals("above", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            // Identifiers in quotes: tweet_id="778257943577919488"
            if (n.DigitCount >= 7 && In(prev) && _t[prev].Kind == TokenKind.Quote && Glued(n.StartTok))
            {
                return true;
            }

            // Day numbers next to a month: October 25, 25 October, Oct. 7
            if (v is >= 1 and <= 31 && n.DigitCount <= 2)
            {
                if (In(prev) && (MonthLookup.Contains(pw) || pw is "." && In(prev - 1) && MonthLookup.Contains(W(prev - 1))) && !IsMayVerb(prev))
                {
                    return true;
                }

                if (IsKind(next, TokenKind.Word) && MonthLookup.Contains(W(next)) && !IsMayVerb(next))
                {
                    return true;
                }
            }

            // Labels: Resolution 2254, page 3, Highway 35, version 2
            if (In(prev) && _t[prev].Kind == TokenKind.Word && LabelLookup.Contains(pw.TrimEnd('.')) && !UnitFollows(next))
            {
                return true;
            }

            // Capitalized name before a bare number: Apollo 11, Windows 10 (not at sentence start, nothing counted after).
            if (In(prev) && prev > _first && _t[prev].Kind == TokenKind.Word && _t[prev].Has(TokenFlags.Capitalized) && !_t[prev].Has(TokenFlags.AllCaps)
                && !Glued(i) && !MonthLookup.Contains(pw) && !(IsKind(next, TokenKind.Word) && LooksPlural(W(next))) && !UnitFollows(next))
            {
                return true;
            }

            // List numbering: "1." or "1)" at the start of a line, and "(3)".
            if ((n.StartTok == 0 || _t[n.StartTok].Has(TokenFlags.NewlineBefore)) && In(next) && W(next) is "." or ")" && Glued(next)
                && next + 1 < _t.Length && !_t[next + 1].Has(TokenFlags.NewlineBefore))
            {
                return true;
            }

            if (Is(prev, "(") && Is(next, ")") && v < 100 && n.DigitCount <= 2)
            {
                return true;
            }

            // Ages in appositions: Smith, 45, said
            if (pw is "," && In(prev - 1) && _t[prev - 1].Has(TokenFlags.Capitalized) && (Is(next, ",") || IsKind(next, TokenKind.Dash)) && v is >= 1 and < 120)
            {
                return true;
            }

            // Phone numbers and dashed codes: 555-0100, 2016-10-25, 1-800-555-0199
            if (IsKind(next, TokenKind.Dash) && Glued(next) && IsPlainNumber(next + 1) && Glued(next + 1)
                && (IsKind(next + 2, TokenKind.Dash) && Glued(next + 2) && IsPlainNumber(next + 3) || W(next + 1).Length == 4 && n.DigitCount == 3))
            {
                return true;
            }

            if (IsKind(prev, TokenKind.Dash) && Glued(n.StartTok) && IsPlainNumber(prev - 1) && Glued(prev))
            {
                return true; // the tail of a code or a score
            }

            // Scores: won 2-1, a 52-48 vote
            if (IsKind(next, TokenKind.Dash) && Glued(next) && IsPlainNumber(next + 1) && Glued(next + 1))
            {
                double other = double.Parse(W(next + 1), CultureInfo.InvariantCulture);
                if (other <= v || (In(prev) && ScoreLookup.Contains(pw)) || IsDashedPair(next + 2) || IsDashedPair(prev - 2) || Is(next + 2, "win") || Is(next + 2, "victory") || Is(next + 2, "defeat")
                    || Is(next + 2, "draw") || Is(next + 2, "loss") || Is(next + 2, "vote") || Is(next + 2, "lead"))
                {
                    return true;
                }
            }
        }
        else if (In(next) && TimeWordLookup.Contains(W(next)) && n.Unit is null && !n.HasScale)
        {
            return true;
        }

        return false;
    }

    /// <summary>A percent sign, a unit or a scale word at <paramref name="next"/>: something counted follows the number.</summary>
    private readonly bool UnitFollows(int next) =>
        In(next) && (_t[next].Kind == TokenKind.Symbol && W(next) is "%" || IsKind(next, TokenKind.Word)
            && (WordUnitLookup.ContainsKey(W(next)) || SymbolUnitLookup.ContainsKey(W(next)) || ScaleLookup.ContainsKey(W(next))));

    /// <summary>A neighbouring score such as <c>15-9</c> (tokens <c>15</c>, <c>-</c>, <c>9</c> from <paramref name="k"/>): a table of results, not a range.</summary>
    private readonly bool IsDashedPair(int k) =>
        IsPlainNumber(k) && IsKind(k + 1, TokenKind.Dash) && Glued(k + 1) && IsPlainNumber(k + 2) && Glued(k + 2);

    private readonly bool IsMayVerb(int k) => W(k) is "may" or "march" or "Mar" or "mar";

    // ---- signs, currencies, modifiers ---------------------------------------------------------------

    /// <summary>A minus sign before digits: <c>-9.5</c>, <c>−20</c>, or a spaced <c>- 20</c> after a verb.</summary>
    private readonly bool TryMinusBefore(int i)
    {
        int d = i - 1;
        if (!In(d) || !IsKind(d, TokenKind.Dash) || _t[d].Length != 1 || _text[_t[d].Start] is not ('-' or '\u2212'))
        {
            return false;
        }

        if (In(d - 1) && (_t[d - 1].Kind == TokenKind.Number || _t[d - 1].Kind == TokenKind.Word && Glued(d)))
        {
            return false; // 20-30 is a range, SCP-173 a code
        }

        if (Glued(i))
        {
            return d == _first || _t[d].Has(TokenFlags.SpaceBefore) || Is(d - 1, "(");
        }

        return d == _first || Is(d - 1, "convert") || Is(d - 1, "to") || Is(d - 1, "is") || Is(d - 1, "of") || Is(d - 1, "at") || Is(d - 1, "be");
    }

    /// <summary><c>$</c>, <c>US$</c>, <c>C $</c>, <c>USD</c>, <c>Rs.</c>, <c>mxn$</c> before an amount.</summary>
    private readonly bool TryCurrencyPrefix(int i, out string? code, out int after)
    {
        code = null;
        after = i;
        if (!In(i))
        {
            return false; // called for the token after a range dash or "to", which may be past the sentence
        }

        Token t = _t[i];
        if (t.Kind == TokenKind.Currency)
        {
            if (!CurrencySymbolLookup.TryGetValue(W(i), out code))
            {
                return false;
            }

            after = i + 1;
            return StartsNumeral(after);
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = W(i);
        if (IsKind(i + 1, TokenKind.Currency) && W(i + 1) is "$" && (Glued(i + 1) || w is "c" or "C") && DollarPrefixLookup.TryGetValue(w, out code))
        {
            after = i + 2;
            return StartsNumeral(after);
        }

        if (CodeLookup.TryGetValue(w, out code) || w.Length == 3 && MillionCodeLookup.ContainsKey(w))
        {
            after = i + 1;
            if (Is(after, ".") && Glued(after))
            {
                after++; // Rs. 500
            }

            // The code must be written as a code (all capitals or Rs), followed by digits.
            return code is not null && IsKind(after, TokenKind.Number);
        }

        return false;
    }

    private readonly bool StartsNumeral(int k) => In(k) && (_t[k].Kind == TokenKind.Number || _t[k].Kind == TokenKind.Word && TriggerLookup.Contains(W(k)));

    /// <summary>A modifier before the quantity's first token: <c>more than</c>, <c>about</c>, <c>up to</c>. Returns its first token.</summary>
    private readonly int ModifierBefore(int start, out QuantityModifier modifier)
    {
        modifier = QuantityModifier.None;
        int p = start - 1;
        if (!IsKind(p, TokenKind.Word) || p < _free)
        {
            return start;
        }

        // three-word: no more than, as many as, in excess of
        if ((Glued(p) || ModifierTailLookup.Contains(W(p))) && p - 2 >= _first && p - 2 >= _free && IsKind(p - 1, TokenKind.Word) && IsKind(p - 2, TokenKind.Word))
        {
            CharBuffer64 keyBuffer = default;
            Span<char> key = keyBuffer[..MaxKey];
            if (TryJoin(p - 2, 3, key, out int len) && Mod2Lookup.TryGetValue(key.Slice(0, len), out modifier))
            {
                return p - 2;
            }
        }

        if ((Glued(p) || ModifierTailLookup.Contains(W(p))) && p - 1 >= _first && p - 1 >= _free && IsKind(p - 1, TokenKind.Word))
        {
            CharBuffer64 keyBuffer = default;
            Span<char> key = keyBuffer[..MaxKey];
            if (TryJoin(p - 1, 2, key, out int len) && Mod2Lookup.TryGetValue(key.Slice(0, len), out modifier))
            {
                return p - 1;
            }
        }

        if (Mod1Lookup.TryGetValue(W(p), out modifier))
        {
            // "over 3 years" is a duration's; "some" and "about" need nothing special.
            return p;
        }

        modifier = QuantityModifier.None;
        return start;
    }

    private readonly bool TryJoin(int k, int count, Span<char> key, out int len)
    {
        len = 0;
        for (int j = 0; j < count; j++)
        {
            ReadOnlySpan<char> w = W(k + j);
            if (j > 0)
            {
                if (len >= key.Length)
                {
                    return false;
                }

                if (!Glued(k + j))
                {
                    key[len++] = ' ';
                }
            }

            if (len + w.Length > key.Length)
            {
                return false;
            }

            w.CopyTo(key.Slice(len));
            len += w.Length;
        }

        return true;
    }

    // ---- units ---------------------------------------------------------------------------------------

    /// <summary>A unit glued to digits (<c>10km</c>, <c>200lbs</c>, <c>km²</c>), possibly continued by glued tokens (<c>10km/h</c>).</summary>
    private readonly bool TryUnitWithin(ReadOnlySpan<char> suffix, int i, out UnitInfo unit, out int end)
    {
        end = i + 1;
        CharBuffer64 keyBuffer = default;
        Span<char> key = keyBuffer[..MaxKey];
        if (suffix.Length >= MaxKey)
        {
            unit = default;
            return false;
        }

        suffix.CopyTo(key);
        int len = suffix.Length;
        int k = i + 1;
        bool found = LookupUnit(key.Slice(0, len), out unit);
        int best = found ? k : -1;
        while (In(k) && Glued(k) && _t[k].Kind is TokenKind.Symbol or TokenKind.Word && len + _t[k].Length < MaxKey && k < i + 4)
        {
            W(k).CopyTo(key.Slice(len));
            len += _t[k].Length;
            k++;
            if (LookupUnit(key.Slice(0, len), out UnitInfo u2))
            {
                unit = u2;
                best = k;
                found = true;
            }
        }

        if (found)
        {
            end = best;
        }

        return found;
    }

    private static bool LookupUnit(ReadOnlySpan<char> key, out UnitInfo unit)
    {
        if (SymbolUnitLookup.TryGetValue(key, out unit))
        {
            return true;
        }

        // Word units glued to digits: 200lbs is a symbol, 5kilometres a word.
        return key.Length > 2 && WordUnitLookup.TryGetValue(key, out unit) && !unit.IsCurrency;
    }

    /// <summary>A unit after the number: <c>km</c>, <c>square km</c>, <c>%</c>, <c>percentage points</c>, <c>euros</c>, <c>degrees Celsius</c>.</summary>
    private bool TryUnitAfter(int k, Numeral n, out UnitInfo unit, out int end, out double scale)
    {
        unit = default;
        end = k;
        scale = 1;
        if (!In(k))
        {
            return false;
        }

        Token t = _t[k];

        // % and other symbols
        if (t.Kind == TokenKind.Symbol)
        {
            ReadOnlySpan<char> s = W(k);
            if (s is "%" || s is "\u2030")
            {
                unit = SymbolUnitLookup["%"];
                end = k + 1;
                if (Is(end, "points") || Is(end, "point"))
                {
                    end++;
                }

                return true;
            }

            if (s is "°" or "º")
            {
                int e = k + 1;
                if (In(e) && Glued(e) && (W(e) is "C" or "c" or "F" or "f"))
                {
                    unit = W(e) is "C" or "c" ? SymbolUnitLookup["°C"] : SymbolUnitLookup["°F"];
                    end = e + 1;
                    return true;
                }

                if (In(e) && !Glued(e) && (Is(e, "celsius") || Is(e, "fahrenheit") || W(e) is "C" or "F"))
                {
                    unit = W(e).StartsWith("c", StringComparison.OrdinalIgnoreCase) ? SymbolUnitLookup["°C"] : SymbolUnitLookup["°F"];
                    end = e + 1;
                    return true;
                }

                return false;
            }

            if (s is "<" && Is(k + 2, ">") && In(k + 1) && SymbolUnitLookup.TryGetValue(W(k + 1), out unit))
            {
                end = k + 3;
                return true;
            }

            if (CurrencySymbolLookup.TryGetValue(s, out string? sym))
            {
                unit = new UnitInfo(sym, QuantityDimension.Currency, 1);
                end = k + 1;
                return true;
            }

            return false;
        }

        if (t.Kind == TokenKind.Currency)
        {
            if (CurrencySymbolLookup.TryGetValue(W(k), out string? sym) && (!StartsNumeral(k + 1) || Is(k + 2, "cent") || Is(k + 2, "cents")))
            {
                unit = new UnitInfo(sym, QuantityDimension.Currency, 1);
                end = k + 1;
                return true;
            }

            return false;
        }

        if (t.Kind == TokenKind.OpenBracket && W(k) is "[" && Is(k + 2, "]") && In(k + 1) && SymbolUnitLookup.TryGetValue(W(k + 1), out unit))
        {
            end = k + 3;
            return true;
        }

        if (t.Kind == TokenKind.Quote && W(k) is "\"" && !Glued(k) && (Is(k + 1, "long") || Is(k + 1, "wide") || Is(k + 1, "tall") || Is(k + 1, "screen") || Is(k + 1, "display")))
        {
            unit = QuantityLexicon.WordUnits["inch"];
            end = k + 1;
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        // MUSD, MGBP: millions of a currency
        if (MillionCodeLookup.TryGetValue(W(k), out string? mcode))
        {
            unit = new UnitInfo(mcode, QuantityDimension.Currency, 1);
            end = k + 1;
            scale = 1e6;
            return true;
        }

        // Longest phrase first: up to four tokens (square km, degrees Celsius, kilometres per hour, us dollars).
        int max = Math.Min(4, _limit - k);
        if (max > 1 && !Glued(k + 1) && !UnitPhraseHeadLookup.Contains(W(k)))
        {
            max = 1; // no unit phrase starts with this word: only the word itself can be a unit
        }

        if (max > 1)
        {
            CharBuffer64 keyBuffer = default;
            Span<char> key = keyBuffer[..MaxKey];
            for (int count = max; count >= 2; count--)
            {
                // A phrase longer than every unit name cannot match: the join stops as soon as it gets that long.
                if (!TryJoinUnit(k, count, key.Slice(0, MaxUnitPhrase), out int len))
                {
                    continue;
                }

                ReadOnlySpan<char> phrase = key.Slice(0, len);
                if (SymbolUnitLookup.TryGetValue(phrase, out unit) || WordUnitLookup.TryGetValue(phrase, out unit))
                {
                    end = k + count;
                    return true;
                }
            }
        }

        // One word: symbols match case-sensitively, unit words in any case (their lookup ignores case), codes as written.
        ReadOnlySpan<char> word = W(k);
        if (word.Length > MaxKey)
        {
            return false;
        }

        bool hit = SymbolUnitLookup.TryGetValue(word, out unit) || WordUnitLookup.TryGetValue(word, out unit);
        if (!hit && CodeLookup.TryGetValue(word, out string? code))
        {
            unit = new UnitInfo(code, QuantityDimension.Currency, 1);
            hit = true;
        }

        if (hit && AcceptSingleWordUnit(k, n, ref unit))
        {
            end = k + 1;
            return true;
        }

        return false;
    }


    /// <summary>Joins tokens for a unit phrase in lower case; words with spaces, symbols glued (<c>km/h</c>, <c>sq. km</c>).</summary>
    private readonly bool TryJoinUnit(int k, int count, Span<char> key, out int len)
    {
        len = 0;
        for (int j = 0; j < count; j++)
        {
            int x = k + j;
            if (!In(x) || _t[x].Kind is not (TokenKind.Word or TokenKind.Symbol or TokenKind.Punctuation) || _t[x].Kind == TokenKind.Punctuation && W(x) is not ".")
            {
                return false;
            }

            if (j > 0 && !Glued(x))
            {
                if (len >= key.Length)
                {
                    return false;
                }

                key[len++] = ' ';
            }

            ReadOnlySpan<char> w = W(x);
            if (len + w.Length > key.Length)
            {
                return false;
            }

            for (int c = 0; c < w.Length; c++)
            {
                key[len++] = char.ToLowerInvariant(w[c]);
            }
        }

        return true;
    }

    /// <summary>Context checks for single-word units: <c>pounds</c> money or weight, <c>m</c> metres, the won, the yen.</summary>
    private readonly bool AcceptSingleWordUnit(int k, Numeral n, ref UnitInfo unit)
    {
        ReadOnlySpan<char> w = W(k);
        if (w.Equals("pound", StringComparison.OrdinalIgnoreCase) || w.Equals("pounds", StringComparison.OrdinalIgnoreCase))
        {
            if (PoundsAreMoney(k, n))
            {
                unit = new UnitInfo("GBP", QuantityDimension.Currency, 1);
            }

            return true;
        }

        // A lone "c" or "f" or "p" after a number is rarely a unit; so is "in".
        if (w.Length == 1 && w[0] is not ('m' or 'g' or 'L' or 'W' or 'J' or 'B'))
        {
            return false;
        }

        if (w is "m" or "g" or "B" or "W" or "J" or "L")
        {
            // Symbols of one letter count only when nothing word-like follows: "2 m", "10 g of", not "5 m people"
            return !(IsKind(k + 1, TokenKind.Word) && LooksPlural(W(k + 1)) && !Is(k + 1, "of"));
        }

        return true;
    }

    /// <summary>Pounds are money with a scale word (<c>5 million pounds</c>), <c>sterling</c>, or a money word nearby; else weight.</summary>
    private readonly bool PoundsAreMoney(int k, Numeral n)
    {
        if (Is(k + 1, "of") || Is(k + 1, "heavier") || Is(k + 1, "lighter"))
        {
            return false;
        }

        if (n.HasScale || Is(k + 1, "sterling"))
        {
            return true;
        }

        int from = Math.Max(_first, n.StartTok - 8);
        int to = Math.Min(_limit, k + 6);
        for (int j = from; j < to; j++)
        {
            if (_t[j].Kind == TokenKind.Currency && W(j) is "£")
            {
                return true;
            }

            if (_t[j].Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = W(j);
            if (w.StartsWith("weigh", StringComparison.OrdinalIgnoreCase) || PoundWeightLookup.Contains(w))
            {
                return false;
            }

            if (w.StartsWith("cost", StringComparison.OrdinalIgnoreCase) || w.StartsWith("fine", StringComparison.OrdinalIgnoreCase)
                || PoundMoneyLookup.Contains(w) || w is "British" or "UK" or "England")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Cents after a currency amount: <c>13 dollars and 45 cents</c>, <c>15 dollars 50</c>, <c>10 $ 30 cent</c>.</summary>
    private readonly int CentsAfter(int k, string code, ref double value)
    {
        int j = k;
        if (Is(j, "and"))
        {
            j++;
        }

        double cents;
        int e;
        if (IsPlainNumber(j) && W(j).Length <= 2)
        {
            cents = double.Parse(W(j), CultureInfo.InvariantCulture);
            e = j + 1;
        }
        else if (IsKind(j, TokenKind.Word) && (CardinalLookup.TryGetValue(W(j), out int c) || TryHyphenCardinal(W(j), out c)))
        {
            cents = c;
            e = j + 1;
            if (c >= 20 && c % 10 == 0 && IsKind(e, TokenKind.Word) && CardinalLookup.TryGetValue(W(e), out int u) && u is > 0 and < 10)
            {
                cents += u;
                e++;
            }
        }
        else
        {
            return k;
        }

        if (cents >= 100 || value != Math.Floor(value))
        {
            return k;
        }

        if (Is(e, "cents") || Is(e, "cent") || Is(e, "pence") || Is(e, "p") || code == "CNY" && Is(e, "fen"))
        {
            value += cents / 100;
            return e + 1;
        }

        // Chinese yuan in tenths and hundredths: one kuai five mao (1.5), three yuan two jiao five fen (3.25)
        if (code == "CNY" && cents < 10 && (Is(e, "mao") || Is(e, "jiao")))
        {
            value += cents / 10;
            e++;
            int f = e;
            double fen;
            if (IsPlainNumber(f) && W(f).Length == 1)
            {
                fen = W(f)[0] - '0';
            }
            else if (IsKind(f, TokenKind.Word) && CardinalLookup.TryGetValue(W(f), out int fc) && fc < 10)
            {
                fen = fc;
            }
            else
            {
                return e;
            }

            if (Is(f + 1, "fen"))
            {
                value += fen / 100;
                return f + 2;
            }

            if (IsEndish(f + 1))
            {
                value += fen / 100;
                return f + 1;
            }

            return e;
        }

        // 15 dollars 50, at the end of a clause
        if (IsEndish(e) || Is(e, ","))
        {
            value += cents / 100;
            return e;
        }

        return k;
    }

    /// <summary>Inches after feet: <c>5 ft 2 in</c>, <c>5 feet and 2 inches</c>.</summary>
    private readonly int InchesAfter(int k, ref double value)
    {
        int j = k;
        if (Is(j, "and"))
        {
            j++;
        }

        if (IsPlainNumber(j) && (Is(j + 1, "in") || Is(j + 1, "inches") || Is(j + 1, "inch")))
        {
            double inches = double.Parse(W(j), CultureInfo.InvariantCulture);
            if (inches < 12)
            {
                value += inches / 12;
                return j + 2;
            }
        }

        return k;
    }

    /// <summary>The upper bound of a range after the first number: <c>-30</c>, <c>to 30</c>, <c>and 30</c> (after <c>between</c>).</summary>
    private bool TryRangeUpper(int k, Numeral a, UnitInfo? unit, string? currency, bool between, bool from, out double upper, out UnitInfo? upUnit, out int end, out double scale)
    {
        upper = 0;
        upUnit = null;
        end = k;
        scale = 1;
        if (!In(k))
        {
            return false;
        }

        bool dash = IsKind(k, TokenKind.Dash) && (W(k) is "-" or "\u2013" or "\u2014" && (Glued(k) && In(k + 1) && Glued(k + 1) || W(k) is "\u2013"));
        bool to = Is(k, "to") || Is(k, "and") && between;
        if (!dash && !to)
        {
            return false;
        }

        if (to && !between && !from && unit is { } au0 && !IsAmountAhead(k + 1, au0))
        {
            return false; // rose 5% to $13bn: two quantities
        }

        int j = k + 1;
        string? cur2 = null;
        if (TryCurrencyPrefix(j, out string? code, out int after))
        {
            cur2 = code;
            j = after;
        }

        if (!In(j) || !TryNumeral(j, out Numeral b) || b.Hyphenated && b.Unit is null)
        {
            return false;
        }

        if (b.FromDigits && b.Plain && b.DigitCount == 4 && b.Value is >= 1000 and <= 2099 && a.DigitCount == 4)
        {
            return false; // 2015-2016 is a period
        }

        if (!dash && IsNotAQuantity(j, ref b))
        {
            return false;
        }

        if (a.Written != b.Written && dash)
        {
            return false;
        }

        UnitInfo? bu = b.Unit;
        if (cur2 is not null)
        {
            bu = new UnitInfo(cur2, QuantityDimension.Currency, 1);
        }

        int e = b.EndTok;
        double bs = 1;
        if (bu is null && TryUnitAfter(e, b, out UnitInfo u, out int ue, out bs))
        {
            bu = u;
            e = ue;
            b.Value *= bs;
        }

        if (unit is { } au && bu is { } bu2 && au.Code != bu2.Code)
        {
            return false;
        }

        if (unit is null && currency is null && bu is { IsCurrency: true } && cur2 is not null)
        {
            return false; // 3 to $5: the first is no amount of money
        }

        scale = b.HasScale ? ScaleOf(b) : 1;
        if (FollowedByTimeWord(e) && bu is null)
        {
            return false; // 2 to 3 years: a duration
        }

        upper = b.Value;
        upUnit = bu;
        end = e;
        return true;
    }

    private readonly bool IsAmountAhead(int k, UnitInfo unit)
    {
        // The second number of "5% to 10%" carries the same unit; "5% to 105" does not make a range.
        int j = k;
        if (TryCurrencyPrefix(j, out _, out _))
        {
            return unit.IsCurrency;
        }

        return IsKind(j, TokenKind.Number) && (In(j + 1) && (W(j + 1) is "%" || WordUnitLookup.ContainsKey(W(j + 1)) || SymbolUnitLookup.ContainsKey(W(j + 1))) || !IsAllDigits(W(j)) && !W(j).Contains(','));
    }

    private readonly double ScaleOf(Numeral b)
    {
        // The scale word of the upper bound, e.g. million in "from 3 to 5 million".
        for (int k = b.EndTok - 1; k >= b.StartTok; k--)
        {
            if (ScaleLookup.TryGetValue(W(k), out double s))
            {
                return s;
            }

            if (_t[k].Kind == TokenKind.Number)
            {
                ReadOnlySpan<char> w = W(k);
                NumberText.TryParse(w, out _, out int len, out _);
                if (ScaleSuffixLookup.TryGetValue(w.Slice(len), out s))
                {
                    return s;
                }
            }
        }

        return 1;
    }

    // ---- the counted noun ----------------------------------------------------------------------------

    private static bool LooksPlural(ReadOnlySpan<char> w)
    {
        if (IrregularLookup.Contains(w))
        {
            return true;
        }

        if (w.Length < 3 || !(w[^1] is 's' or 'S'))
        {
            return false;
        }

        char p = char.ToLowerInvariant(w[^2]);
        return p is not ('s' or 'u' or 'i' or '\'' or '\u2019');
    }

    /// <summary>
    /// The noun phrase counted after a number: <c>Daesh commanders</c>, <c>women and children</c>, <c>people</c>.
    /// Reads at most four words; ends at the first plural head, which may be coordinated with one more plural.
    /// </summary>
    private readonly string? NounAfter(int k, double value, out int end, bool allowOf)
    {
        end = k;
        int j = k;
        if (allowOf && Is(j, "of"))
        {
            j++;
            if (!IsKind(j, TokenKind.Word) || NounStopLookup.Contains(W(j)))
            {
                return null;
            }
        }

        int head = -1;
        bool singular = value == 1;
        for (int x = j; x < j + 4 && In(x); x++)
        {
            Token t = _t[x];
            if (t.Kind != TokenKind.Word || t.Has(TokenFlags.HasDigit))
            {
                break;
            }

            ReadOnlySpan<char> w = W(x);
            if (NounStopLookup.Contains(w) || CardinalLookup.ContainsKey(w) || MonthLookup.Contains(w) || w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4)
            {
                break;
            }

            if (x > j && t.Has(TokenFlags.Capitalized) && !_t[x - 1].Has(TokenFlags.Capitalized))
            {
                break; // a new name starts: "3 areas Tuways"
            }

            if (singular)
            {
                if (x > j && (t.Has(TokenFlags.Apostrophe) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || x - j >= 2
                    || t.Has(TokenFlags.Capitalized) != _t[j].Has(TokenFlags.Capitalized)))
                {
                    break;
                }

                if (x == j && t.Has(TokenFlags.Capitalized) && IsKind(x + 1, TokenKind.Word) && _t[x + 1].Has(TokenFlags.Capitalized))
                {
                    break; // world number one Lindsay Davenport: a person's name is nothing counted
                }

                head = x;
                if (!IsKind(x + 1, TokenKind.Word) || NounStopLookup.Contains(W(x + 1)) || LooksPlural(w))
                {
                    break;
                }

                continue;
            }

            if (LooksPlural(w) || w.EndsWith("’s", StringComparison.Ordinal) is false && IrregularLookup.Contains(w))
            {
                head = x;
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        int last = head;

        // women and children, tanks or armoured vehicles
        if ((Is(head + 1, "and") || Is(head + 1, "or")) && !singular)
        {
            for (int x = head + 2; x < head + 4 && In(x); x++)
            {
                if (!IsKind(x, TokenKind.Word) || NounStopLookup.Contains(W(x)) || CardinalLookup.ContainsKey(W(x)))
                {
                    break;
                }

                if (LooksPlural(W(x)))
                {
                    last = x;
                    break;
                }
            }
        }

        end = last + 1;
        int s = _t[j].Start;
        return _text.Substring(s, _t[last].End - s);
    }
}
