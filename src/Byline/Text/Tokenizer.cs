using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Byline.Text;

/// <summary>
/// Splits English news text into <see cref="Token"/>s in one linear pass, without allocating.
/// </summary>
/// <remarks>
/// The tokenizer is stateless and thread-safe. Its decisions depend only on the characters around a
/// position, so tokenizing can start at any token boundary (see <see cref="Tokenize(ReadOnlySpan{char}, Span{Token}, int, out int)"/>).
/// Whitespace and control characters separate tokens and are not tokens themselves.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Returns an allocation-free enumerator over the tokens of <paramref name="text"/>, usable in <c>foreach</c>.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The enumerator.</returns>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text, 0);

    /// <summary>
    /// Writes the tokens of <paramref name="text"/> into <paramref name="destination"/> until the text
    /// ends or the destination is full.
    /// </summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="destination">Where to write tokens. Elements past the returned count may be overwritten (the vector path writes whole groups of tokens).</param>
    /// <returns>The number of tokens written. When it equals the destination's length, more tokens may follow: use the overload that reports where to resume.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> destination) => Tokenize(text, destination, 0, out _);

    /// <summary>
    /// Writes the tokens of <paramref name="text"/> that start at or after <paramref name="start"/> into
    /// <paramref name="destination"/> until the text ends or the destination is full.
    /// </summary>
    /// <param name="text">The whole text; token offsets are indices into it.</param>
    /// <param name="destination">Where to write tokens. Elements past the returned count may be overwritten (the vector path writes whole groups of tokens).</param>
    /// <param name="start">A token boundary to start from: 0, or a value previously returned in <paramref name="next"/>.</param>
    /// <param name="next">Where to resume; equals <c>text.Length</c> when the whole text was read.</param>
    /// <returns>The number of tokens written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> lies outside the text.</exception>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> destination, int start, out int next)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        int pos = start;
        int count = BoundaryScanner.Fill(text, destination, ref pos);
        next = count < destination.Length ? text.Length : pos;
        return count;
    }

    // ---- character classes -------------------------------------------------------------------

    internal const byte CSpace = 1, CNewline = 2, CUpper = 3, CLower = 4, CDigit = 5, COther = 0;

    // ASCII class table: 0 other, 1 space/control, 2 newline, 3 upper, 4 lower, 5 digit.
    private static ReadOnlySpan<byte> AsciiClass =>
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
        0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 1,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte Classify(char c)
    {
        if (c < 128)
        {
            return AsciiClass[c];
        }

        return ClassifySlow(c);
    }

    internal const int BWord = 1, BUpper = 2, BLower = 4, BDigit = 8;

    // ASCII word bits: 1 word character, 2 upper case, 4 lower case, 8 digit.
    private static ReadOnlySpan<byte> AsciiWordBits =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
        0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0, 0,
    ];

    /// <summary>Word bits of a character: <see cref="BWord"/> for letters, digits and marks, plus its case or digit bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int WordBits(char c) => c < 128 ? AsciiWordBits[c] : WordBitsSlow(c);

    private static int WordBitsSlow(char c) => ClassifySlow(c) switch
    {
        CUpper => BWord | BUpper,
        CLower => char.IsLower(c) ? BWord | BLower : BWord,
        CDigit => BWord | BDigit,
        _ => 0,
    };

    private static byte ClassifySlow(char c)
    {
        switch (c)
        {
            case '\u0085' or '\u2028' or '\u2029':
                return CNewline;
            case '\u00A0' or '\u200B' or '\uFEFF' or '\u00AD':
                return CSpace;
        }

        UnicodeCategory cat = char.GetUnicodeCategory(c);
        return cat switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CUpper,
            UnicodeCategory.LowercaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => CLower,
            UnicodeCategory.DecimalDigitNumber => CDigit,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.Control or UnicodeCategory.Format => CSpace,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => CNewline,
            _ => COther,
        };
    }

    /// <summary>Whether <paramref name="c"/> can be part of a word (a letter, a digit or a combining mark).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c)
    {
        byte k = Classify(c);
        return k >= CUpper;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    internal static bool IsQuoteMark(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E' or '\u201A'
            or '\u2039' or '\u203A' or '\u201F' or '\u201B' or '\u300C' or '\u300D';

    internal static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    internal static bool IsInnerHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static readonly SearchValues<char> SentencePunct = SearchValues.Create(".,;:!?\u00BF\u00A1\u061F\u3002\uFF0C\uFF01\uFF1F");

    internal static bool IsPunctuation(char c) => SentencePunct.Contains(c);

    /// <summary>Title and other abbreviations that keep their period (compared case-insensitively, without the period).</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> Abbreviations = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "sgt", "capt", "cpl", "pvt", "cmdr", "adm", "brig",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "atty", "gens", "messrs", "mmes", "msgr", "fr",
        "st", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "plc", "assn", "dept", "univ", "mt", "ft", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "vs", "etc", "no", "nos", "approx", "est", "cf", "ca", "vol", "fig", "op", "pp", "al",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo");

    /// <summary>
    /// <see cref="Abbreviations"/> looked up by span, behind a shape filter; the vector scanner asks it too, about every
    /// short word before a sentence-ending period.
    /// </summary>
    internal static readonly ShapedSet AbbreviationLookup = new(Abbreviations);

    /// <summary>Abbreviations that are titles before a name: their period never ends a sentence.</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> TitleAbbreviations = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "sgt", "capt", "cpl", "pvt", "cmdr", "adm", "brig",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "atty", "gens", "messrs", "mmes", "msgr", "fr", "st",
        "mt", "ft", "no", "nos", "vs", "cf", "ca", "vol", "fig", "op", "pp");

    /// <summary><see cref="TitleAbbreviations"/> looked up by span.</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleAbbreviationLookup =
        TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
}

/// <summary>
/// Enumerates the tokens of a text without allocating. Obtain one from <see cref="Tokenizer.Enumerate(ReadOnlySpan{char})"/>.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;
    private Token _current;
    private int _index;
    private int _count;

    // Tokens are produced a batch at a time by the same bulk scanner as Tokenizer.Tokenize, so that its
    // vectorized loop runs over many tokens per call instead of restarting for every MoveNext.
    private TokenBatch _batch;

    internal TokenEnumerator(ReadOnlySpan<char> text, int start)
    {
        _text = text;
        _pos = start;
        _current = default;
        _index = 0;
        _count = 0;
    }

    /// <summary>The current token.</summary>
    public readonly Token Current => _current;

    /// <summary>The index where the next token search starts.</summary>
    public readonly int Position => _index < _count ? _current.End : _pos;

    /// <summary>Returns this enumerator, so that it can be used in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        int i = _index + 1;
        if (i < _count)
        {
            _index = i;
            _current = _batch[i];
            return true;
        }

        return Refill();
    }

    private bool Refill()
    {
        _count = BoundaryScanner.Fill(_text, _batch, ref _pos);
        _index = 0;
        if (_count == 0)
        {
            _pos = _text.Length;
            return false;
        }

        _current = _batch[0];
        return true;
    }

    /// <summary>
    /// Reads one token by the full rules: skips whitespace from <paramref name="pos"/>, recording line breaks,
    /// then scans the token. On return <paramref name="pos"/> is the token's end, or the text's length when no token is left.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // keeps the bulk loop small: this is its rare path
    internal static bool ReadOne(ReadOnlySpan<char> text, ref int pos, out Token token)
    {
        int i = pos;
        int n = text.Length;
        TokenFlags flags = i == 0 ? TokenFlags.SpaceBefore : TokenFlags.None;
        int newlines = 0;

        // Skip whitespace, recording line breaks.
        while (i < n)
        {
            char c = text[i];
            byte k = Tokenizer.Classify(c);
            if (k == Tokenizer.CSpace)
            {
                flags |= TokenFlags.SpaceBefore;
                i++;
            }
            else if (k == Tokenizer.CNewline)
            {
                flags |= TokenFlags.SpaceBefore;
                if (c == '\r' && i + 1 < n && text[i + 1] == '\n')
                {
                    i++;
                }

                newlines++;
                i++;
            }
            else
            {
                break;
            }
        }

        if (newlines > 0)
        {
            flags |= TokenFlags.NewlineBefore;
            if (newlines > 1)
            {
                flags |= TokenFlags.BlankLineBefore;
            }
        }

        if (i >= n)
        {
            pos = n;
            token = default;
            return false;
        }

        int start = i;
        char ch = text[i];

        // Fast path: a plain ASCII word (letters and digits, starting with a letter) followed by a space,
        // a comma, a line break or a semicolon: most tokens of news text. Everything else takes the full path.
        // (BoundaryScanner applies the same rule to many tokens at once; the two must stay in step.)
        if (ch < 128 && (Tokenizer.WordBits(ch) & (Tokenizer.BUpper | Tokenizer.BLower)) != 0)
        {
            int bits = 0, upper = 0, j = i;
            while (j < n)
            {
                char c = text[j];
                if (c >= 128)
                {
                    break;
                }

                int b = Tokenizer.WordBits(c);
                if (b == 0)
                {
                    break;
                }

                bits |= b;
                upper += (b >> 1) & 1;
                j++;
            }

            if (j >= n || text[j] is ' ' or ',' or '\n' or '\r' or ';')
            {
                ApplyCase(ch, bits, upper, ref flags);
                token = new Token(start, j - start, TokenKind.Word, flags | (j >= n || text[j] != ',' && text[j] != ';' ? TokenFlags.SpaceAfter : TokenFlags.None));
                pos = j;
                return true;
            }
        }

        byte cls = Tokenizer.Classify(ch);
        TokenKind kind;
        int end;
        if (cls >= Tokenizer.CUpper && cls != Tokenizer.CDigit)
        {
            end = ScanWord(text, i, ref flags, out kind);
        }
        else if (cls == Tokenizer.CDigit)
        {
            end = ScanNumber(text, i, ref flags);
            kind = TokenKind.Number;
        }
        else
        {
            end = ScanOther(text, i, ref flags, out kind);
        }

        if (end >= n || Tokenizer.Classify(text[end]) is Tokenizer.CSpace or Tokenizer.CNewline)
        {
            flags |= TokenFlags.SpaceAfter;
        }

        token = new Token(start, end - start, kind, flags);
        pos = end;
        return true;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, ref TokenFlags flags, out TokenKind kind)
    {
        int n = text.Length;
        int start = i;
        kind = TokenKind.Word;

        char first = (char)(text[i] | 0x20);
        if ((first == 'h' || first == 'w') && i + 4 < n && (text[i + 1] | 0x20) == (first == 'h' ? 't' : 'w') && IsUrlStart(text, i))
        {
            kind = TokenKind.Url;
            return ScanUrl(text, i);
        }

        // Mixed initialisms: W.Va.  N.Dak.  (a capital and a period, then a capital, one to three small letters and a period)
        if (i + 1 < n && text[i + 1] == '.' && char.IsAsciiLetterUpper(text[i]) && MixedInitialEnd(text, i + 2) is int mixedEnd and > 0)
        {
            flags |= TokenFlags.Abbreviation;
            SetCaseFlags(text.Slice(start, mixedEnd - start), ref flags);
            return mixedEnd;
        }

        // Initialisms: U.S.  J.R.R.  a.m.  U.S.A.
        if (i + 3 < n && text[i + 1] == '.' && IsLetter(text[i]) && IsLetter(text[i + 2]) && text[i + 3] == '.')
        {
            int j = i;
            while (j + 1 < n && IsLetter(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }

            flags |= TokenFlags.Abbreviation;
            i = j;
            if (i + 1 < n && Tokenizer.IsInnerHyphen(text[i]) && Tokenizer.IsWordChar(text[i + 1]))
            {
                flags &= ~TokenFlags.Abbreviation;
                flags |= TokenFlags.Hyphenated;
                int b = 0, u = 0;
                i = ScanWordBody(text, i + 1, ref flags, ref b, ref u);
            }

            SetCaseFlags(text.Slice(start, i - start), ref flags);
            return i;
        }

        int bits = 0, upper = 0;
        i = ScanWordBody(text, i, ref flags, ref bits, ref upper);
        if (i < n && text[i] is '@' or '.' or '_' or '+' or '%' or '-')
        {
            // An address goes on past the separator; a sentence's last word and its period do not, and are not scanned again.
            char after = i + 1 < n ? text[i + 1] : ' ';
            bool labelFollows = char.IsAsciiLetterOrDigit(after);
            int emailEnd = text[i] == '@' || labelFollows || after is '.' or '_' or '%' or '+' or '-' or '@' ? TryScanEmail(text, start) : 0;
            if (emailEnd > 0)
            {
                kind = TokenKind.Email;
                flags &= ~(TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.HasDigit | TokenFlags.Hyphenated | TokenFlags.Apostrophe);
                return emailEnd;
            }

            int domainEnd = text[i] == '.' && labelFollows ? TryScanDomain(text, start) : 0;
            if (domainEnd > 0)
            {
                kind = TokenKind.Url; // Amazon.com, Halo.Bungie.Org, bbc.co.uk: an address, and no sentence ends inside it
                flags &= ~(TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.HasDigit | TokenFlags.Hyphenated | TokenFlags.Apostrophe);
                return domainEnd;
            }
        }

        // A party-and-state tag ending in an initialism: R-S.C., D-N.Y. (the hyphen part is one letter, then letter-period pairs).
        if ((flags & TokenFlags.Hyphenated) != 0 && i + 2 < n && text[i] == '.' && i - start >= 3 && text[i - 2] == '-' && char.IsUpper(text[i - 1])
            && IsLetter(text[i + 1]) && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
        {
            while (i + 2 < n && text[i] == '.' && IsLetter(text[i + 1]) && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
            {
                i += 2;
            }

            flags |= TokenFlags.Abbreviation;
            SetCaseFlags(text.Slice(start, i + 1 - start), ref flags);
            return i + 1;
        }

        // The same with a mixed initialism: D-W.Va.
        if ((flags & TokenFlags.Hyphenated) != 0 && i < n && text[i] == '.' && i - start >= 3 && text[i - 2] == '-' && char.IsUpper(text[i - 1])
            && MixedInitialEnd(text, i + 1) is int taggedEnd and > 0)
        {
            flags |= TokenFlags.Abbreviation;
            SetCaseFlags(text.Slice(start, taggedEnd - start), ref flags);
            return taggedEnd;
        }

        // A trailing period that belongs to the word: known abbreviations and single-letter initials (George W. Bush).
        if (i < n && text[i] == '.' && (flags & (TokenFlags.Hyphenated | TokenFlags.Apostrophe)) == 0)
        {
            int len = i - start;
            bool abbreviation = false;
            if (len == 1 && char.IsUpper(text[start]) && (i + 1 >= n || text[i + 1] == ' '))
            {
                abbreviation = true;
            }
            else if (len == 2 && char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterLower(text[start + 1]) && i + 2 < n
                     && char.IsAsciiLetterUpper(text[i + 1]) && text[i + 2] == '.' && (i + 3 >= n || !Tokenizer.IsWordChar(text[i + 3])))
            {
                flags |= TokenFlags.Abbreviation; // Ph.D.  Ed.D.
                ApplyCase(text[start], bits, upper, ref flags);
                return i + 3;
            }
            else if (len <= 6 && Tokenizer.AbbreviationLookup.Contains(text.Slice(start, len)))
            {
                abbreviation = true;
            }

            if (abbreviation && (i + 1 >= n || !Tokenizer.IsWordChar(text[i + 1]) || len > 1))
            {
                // "Gen.Name" without space still keeps the abbreviation; ellipses do not.
                if (!(i + 1 < n && text[i + 1] == '.'))
                {
                    i++;
                    flags |= TokenFlags.Abbreviation;
                }
            }
        }

        ApplyCase(text[start], bits, upper, ref flags);
        return i;
    }

    /// <summary>
    /// The end of the last part of a mixed initialism that starts at <paramref name="p"/> (<c>Va.</c> of <c>W.Va.</c>, <c>Dak.</c>
    /// of <c>N.Dak.</c>): a capital, one to three small letters and a period that no word character follows; or -1.
    /// </summary>
    private static int MixedInitialEnd(ReadOnlySpan<char> text, int p)
    {
        int n = text.Length;
        if (p + 1 >= n || !char.IsAsciiLetterUpper(text[p]) || !char.IsAsciiLetterLower(text[p + 1]))
        {
            return -1;
        }

        int j = p + 2;
        while (j < n && j - p < 4 && char.IsAsciiLetterLower(text[j]))
        {
            j++;
        }

        return j < n && text[j] == '.' && (j + 1 >= n || !Tokenizer.IsWordChar(text[j + 1])) ? j + 1 : -1;
    }

    /// <summary>Scans word characters joined by inner hyphens, apostrophes and ampersands; accumulates case bits.</summary>
    private static int ScanWordBody(ReadOnlySpan<char> text, int i, ref TokenFlags flags, ref int bits, ref int upper)
    {
        int n = text.Length;
        while (true)
        {
            while (i < n)
            {
                char c = text[i];
                int b = Tokenizer.WordBits(c);
                if (b != 0)
                {
                    bits |= b;
                    upper += (b >> 1) & 1;
                    i++;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) && IsLetterRune(text, i))
                {
                    bits |= Tokenizer.BWord;
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            if (i + 1 >= n)
            {
                return i;
            }

            char sep = text[i];
            if (sep is '-' or '\'' or '\u2019' or '&' or '\u2010' or '\u2011' or '\u02BC')
            {
                char next = text[i + 1];
                if (Tokenizer.IsInnerHyphen(sep) && Tokenizer.IsWordChar(next))
                {
                    flags |= TokenFlags.Hyphenated;
                    i++;
                    continue;
                }

                if (Tokenizer.IsApostrophe(sep) && IsLetter(next) && IsLetter(text[i - 1]))
                {
                    flags |= TokenFlags.Apostrophe;
                    i++;
                    continue;
                }

                if (sep == '&' && char.IsUpper(next) && char.IsUpper(text[i - 1]))
                {
                    i++;
                    continue;
                }
            }

            return i;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ApplyCase(char first, int bits, int upper, ref TokenFlags flags)
    {
        if ((bits & Tokenizer.BDigit) != 0)
        {
            flags |= TokenFlags.HasDigit;
        }

        if ((Tokenizer.WordBits(first) & Tokenizer.BUpper) != 0)
        {
            flags |= TokenFlags.Capitalized;
        }

        if (upper >= 2 && (bits & Tokenizer.BLower) == 0)
        {
            flags |= TokenFlags.AllCaps;
        }
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i, ref TokenFlags flags)
    {
        int n = text.Length;
        int start = i;
        flags |= TokenFlags.HasDigit;
        while (true)
        {
            while (i < n && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i + 1 < n && text[i] is ',' or '.' or ':' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        // Attached suffix: 4.5bn, 1990s, 5th, 10km, km²
        int bits = Tokenizer.BDigit, upper = 0;
        while (i < n)
        {
            int b = Tokenizer.WordBits(text[i]);
            if (b == 0 && text[i] is not ('\u00B2' or '\u00B3'))
            {
                break;
            }

            bits |= b;
            upper += (b >> 1) & 1;
            i++;
        }

        // Hyphenated tail that starts with a letter: 10-km, 2-month-old, 5,000-strong (but not 20-30 or 2016-10-25).
        if (i + 1 < n && Tokenizer.IsInnerHyphen(text[i]) && IsLetter(text[i + 1]))
        {
            flags |= TokenFlags.Hyphenated;
            i = ScanWordBody(text, i + 1, ref flags, ref bits, ref upper);
        }

        ApplyCase(text[start], bits, upper, ref flags);
        return i;
    }

    private static int ScanOther(ReadOnlySpan<char> text, int i, ref TokenFlags flags, out TokenKind kind)
    {
        int n = text.Length;
        char c = text[i];
        if (Tokenizer.IsQuoteMark(c))
        {
            kind = TokenKind.Quote;

            // Two apostrophes written for a double quote mark (''Yes,'' she said) are one mark.
            int end = c == '\'' && i + 1 < n && text[i + 1] == '\'' ? i + 2 : i + 1;
            flags |= QuoteHint(text, i, end);
            return end;
        }

        switch (c)
        {
            case '.':
                if (i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
                {
                    kind = TokenKind.Ellipsis;
                    int j = i + 3;
                    while (j < n && text[j] == '.')
                    {
                        j++;
                    }

                    return j;
                }

                kind = TokenKind.Punctuation;
                return i + 1;
            case '\u2026':
                kind = TokenKind.Ellipsis;
                return i + 1;
            case '!' or '?':
            {
                kind = TokenKind.Punctuation;
                int j = i + 1;
                while (j < n && text[j] is '!' or '?')
                {
                    j++;
                }

                return j;
            }

            case '(' or '[' or '{':
                kind = TokenKind.OpenBracket;
                return i + 1;
            case ')' or ']' or '}':
                kind = TokenKind.CloseBracket;
                return i + 1;
            case '@':
                if (i + 1 < n && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '_'))
                {
                    kind = TokenKind.Handle;
                    int j = i + 1;
                    while (j < n && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_'))
                    {
                        j++;
                    }

                    return j;
                }

                break;
            case '#':
                if (i + 1 < n && Tokenizer.IsWordChar(text[i + 1]))
                {
                    kind = TokenKind.Hashtag;
                    int j = i + 1;
                    while (j < n && (Tokenizer.IsWordChar(text[j]) || text[j] == '_'))
                    {
                        j++;
                    }

                    return j;
                }

                break;
        }

        if (Tokenizer.IsDash(c))
        {
            kind = TokenKind.Dash;
            int j = i + 1;
            if (c == '-')
            {
                while (j < n && text[j] == '-')
                {
                    j++;
                }
            }

            return j;
        }

        if (Tokenizer.IsPunctuation(c))
        {
            kind = TokenKind.Punctuation;
            return i + 1;
        }

        if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
        {
            if (IsLetterRune(text, i))
            {
                return ScanWord(text, i, ref flags, out kind);
            }

            kind = TokenKind.Symbol;
            return ScanSymbolSequence(text, i + 2);
        }

        if (char.IsSurrogate(c))
        {
            kind = TokenKind.Symbol;
            return i + 1;
        }

        kind = char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol ? TokenKind.Currency : TokenKind.Symbol;
        return kind == TokenKind.Symbol ? ScanSymbolSequence(text, i + 1) : i + 1;
    }

    /// <summary>Extends a symbol over variation selectors, skin-tone modifiers, keycaps and zero-width-joined emoji.</summary>
    private static int ScanSymbolSequence(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                i++;
            }
            else if (c == '\uD83C' && i + 1 < n && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                i += 2; // skin tone modifier
            }
            else if (c == '\u200D' && i + 1 < n)
            {
                if (char.IsHighSurrogate(text[i + 1]) && i + 2 < n && char.IsLowSurrogate(text[i + 2]))
                {
                    i += 3;
                }
                else if (!char.IsSurrogate(text[i + 1]) && Tokenizer.Classify(text[i + 1]) == Tokenizer.COther)
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            else if (c == '\uD83C' && i + 1 < n && IsRegionalIndicator(text[i + 1]) && IsRegionalIndicator(text[i - 1]) && text[i - 2] == '\uD83C')
            {
                i += 2; // the second letter of a flag
            }
            else if (c == '\uDB40' && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2; // tag characters in flag sequences
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsRegionalIndicator(char low) => low is >= '\uDDE6' and <= '\uDDFF';

    private static TokenFlags QuoteHint(ReadOnlySpan<char> text, int i, int end)
    {
        char c = text[i];
        bool spaceLeft = i == 0 || IsOpenContext(text[i - 1]);
        bool spaceRight = end >= text.Length || IsCloseContext(text[end]);
        if (spaceLeft && !spaceRight)
        {
            return TokenFlags.OpeningQuote;
        }

        if (!spaceLeft && spaceRight)
        {
            return TokenFlags.ClosingQuote;
        }

        return c switch
        {
            '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039' or '\u300C' or '\u201F' or '\u201B' => TokenFlags.OpeningQuote,
            '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' => TokenFlags.ClosingQuote,
            _ => TokenFlags.None,
        };
    }

    private static bool IsOpenContext(char c) =>
        Tokenizer.Classify(c) is Tokenizer.CSpace or Tokenizer.CNewline || c is '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '\u201E'
            || Tokenizer.IsDash(c);

    private static bool IsCloseContext(char c) =>
        Tokenizer.Classify(c) is Tokenizer.CSpace or Tokenizer.CNewline || Tokenizer.IsPunctuation(c) || c is ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB'
            || c == '\u2026' || Tokenizer.IsDash(c);

    private static bool IsUrlStart(ReadOnlySpan<char> text, int i)
    {
        ReadOnlySpan<char> rest = text.Slice(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsAsciiLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        int j = i;
        while (j < n)
        {
            char c = text[j];
            byte k = Tokenizer.Classify(c);
            if (k is Tokenizer.CSpace or Tokenizer.CNewline || c is '<' or '>' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' || char.IsSurrogate(c))
            {
                break;
            }

            j++;
        }

        // Trailing sentence punctuation and closing marks belong to the sentence, not the address.
        while (j > i + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '\u2019')
        {
            j--;
        }

        return j;
    }

    private const int MaxDomain = 253;

    /// <summary>
    /// Returns the end of a bare domain name starting at <paramref name="i"/> (<c>Amazon.com</c>, <c>Halo.Bungie.Org</c>,
    /// <c>bbc.co.uk</c>): labels of letters, digits and hyphens joined by single periods, the last one a generic top-level
    /// domain (or the last two a common country pair such as <c>co.uk</c>); or 0. Looks ahead a bounded distance.
    /// </summary>
    private static int TryScanDomain(ReadOnlySpan<char> text, int i)
    {
        int n = Math.Min(text.Length, i + MaxDomain);
        int j = i, labels = 0, lastStart = i, prevStart = i;
        while (true)
        {
            int labelStart = j;
            while (j < n && (char.IsAsciiLetterOrDigit(text[j]) || (text[j] == '-' && j > labelStart)))
            {
                j++;
            }

            if (j == labelStart || text[j - 1] == '-')
            {
                return 0;
            }

            prevStart = lastStart;
            lastStart = labelStart;
            labels++;
            if (j + 1 < n && text[j] == '.' && char.IsAsciiLetterOrDigit(text[j + 1]))
            {
                j++;
                continue;
            }

            break;
        }

        if (labels < 2 || (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '@' or '_')))
        {
            return 0;
        }

        ReadOnlySpan<char> last = text[lastStart..j];
        if (last.Equals("com", StringComparison.OrdinalIgnoreCase) || last.Equals("org", StringComparison.OrdinalIgnoreCase)
            || last.Equals("net", StringComparison.OrdinalIgnoreCase) || last.Equals("edu", StringComparison.OrdinalIgnoreCase)
            || last.Equals("gov", StringComparison.OrdinalIgnoreCase))
        {
            return j;
        }

        ReadOnlySpan<char> pair = text[prevStart..j];
        return labels >= 3 && (pair.Equals("co.uk", StringComparison.OrdinalIgnoreCase) || pair.Equals("org.uk", StringComparison.OrdinalIgnoreCase)
            || pair.Equals("ac.uk", StringComparison.OrdinalIgnoreCase) || pair.Equals("gov.uk", StringComparison.OrdinalIgnoreCase)
            || pair.Equals("com.au", StringComparison.OrdinalIgnoreCase) || pair.Equals("co.nz", StringComparison.OrdinalIgnoreCase)
            || pair.Equals("co.za", StringComparison.OrdinalIgnoreCase)) ? j : 0;
    }

    private const int MaxEmailLocalPart = 64;

    /// <summary>Returns the end of an e-mail address starting at <paramref name="i"/>, or 0. Looks ahead a bounded distance.</summary>
    private static int TryScanEmail(ReadOnlySpan<char> text, int i)
    {
        int n = text.Length;
        int limit = Math.Min(n, i + MaxEmailLocalPart + 1);
        int j = i;
        while (j < limit && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-'))
        {
            j++;
        }

        if (j >= limit || text[j] != '@' || j + 1 >= n || !char.IsAsciiLetterOrDigit(text[j + 1]) || text[j - 1] == '.')
        {
            return 0;
        }

        int k = j + 1;
        int lastDot = -1;
        while (k < n && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '.' or '-'))
        {
            if (text[k] == '.')
            {
                lastDot = k;
            }

            k++;
        }

        while (k > j + 1 && text[k - 1] is '.' or '-')
        {
            k--;
        }

        return lastDot > j + 1 && lastDot < k - 1 ? k : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => Tokenizer.Classify(c) is Tokenizer.CUpper or Tokenizer.CLower;

    private static bool IsLetterRune(ReadOnlySpan<char> text, int i) =>
        System.Text.Rune.DecodeFromUtf16(text.Slice(i), out System.Text.Rune r, out _) == OperationStatus.Done && System.Text.Rune.IsLetter(r);

    private static void SetCaseFlags(ReadOnlySpan<char> word, ref TokenFlags flags)
    {
        int upper = 0;
        bool lower = false;
        bool digit = false;
        foreach (char c in word)
        {
            byte k = Tokenizer.Classify(c);
            upper += k == Tokenizer.CUpper ? 1 : 0;
            lower |= k == Tokenizer.CLower && (c < 128 || char.IsLower(c));
            digit |= k == Tokenizer.CDigit;
        }

        if (digit)
        {
            flags |= TokenFlags.HasDigit;
        }

        if (word.Length > 0 && Tokenizer.Classify(word[0]) == Tokenizer.CUpper)
        {
            flags |= TokenFlags.Capitalized;
        }

        if (upper >= 2 && !lower)
        {
            flags |= TokenFlags.AllCaps;
        }
    }
}

/// <summary>A batch of tokens held inside a <see cref="TokenEnumerator"/>.</summary>
[InlineArray(Length)]
internal struct TokenBatch
{
    public const int Length = 32;

    private Token _first;
}
