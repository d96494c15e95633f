using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Byline.Text;

/// <summary>
/// The tokenizer's bulk loop: classifies 64 characters at a time into bit masks (with AVX-512 VBMI table lookups where
/// the processor has them, else with vector compares), then walks token boundaries in those masks. Plain ASCII words
/// (also joined by a hyphen or an apostrophe between letters: <c>well-known</c>, <c>don't</c>), numbers (also with
/// separators between digits: <c>1,280</c>, <c>3.5</c>) and one-character tokens
/// (<c>, ; : . ! ? " ' - ( ) [ ] { } $ % &amp; / + = *</c>), with the spaces and line feeds between them, are emitted
/// straight from the masks; any other token is read by the full rule engine (<see cref="TokenEnumerator.ReadOne"/>),
/// after which the walk goes on in the same window. Under 1% of the tokens of news text go to the rule engine.
/// </summary>
/// <remarks>
/// <para>The masks only take decisions the rule engine would take the same way; wherever they cannot be sure
/// (anything outside ASCII, a word followed by <c>. - ' @ :</c> and the like, except a word before a sentence's period that
/// the rule engine's abbreviation list does not have, an apostrophe no letter follows or a colon before a space; a number
/// followed by a separator and a digit; an ellipsis; a token at the window's edge) the rule engine decides. Every fallback
/// starts at the end of the previous token, so the rule engine re-reads the whitespace before the token and sets its
/// spacing flags itself. <c>TokenizerTests.BulkFastPathsAgreeWithTheRuleEngine*</c> hold the two to the same tokens.</para>
/// <para>With AVX-512 VBMI, GFNI and BMI2 (and 512-bit vectors not turned off), each window's kinds and flags go into a table
/// of packed entries with a few vector instructions, and a token is written as two stores (<see cref="EmitPacked"/>), which
/// relies on <see cref="Token"/>'s field layout; other processors read them from the masks token by token.</para>
/// <para>With AVX-512 VBMI2 as well, and while 400 characters are left and the destination has room, the text goes in blocks
/// of eight overlapping windows whose mask arithmetic runs side by side in 64-bit lanes (<see cref="ScanBlock"/>), and runs
/// of up to 32 tokens are written from registers (<see cref="EmitVector"/>). <c>TokenizerTests.BulkBlocksAgreeWithTheRuleEngine</c>
/// and <c>BulkFormResumesWhereItStoppedInLongText</c> cover the blocks' hand-overs and a destination that fills up.</para>
/// </remarks>
internal static class BoundaryScanner
{
    private const int Window = 64;

    /// <summary>Character classes of one window, bit i for the character at window offset i (<see cref="LaneMasks"/>: eight windows).</summary>
    private struct Masks
    {
        public ulong Upper;     // A-Z
        public ulong Lower;     // a-z
        public ulong Digit;     // 0-9
        public ulong Space;     // ' '
        public ulong Newline;   // '\n'
        public ulong Ctl;       // U+0000..U+0020: what the rule engine counts as space after a token
        public ulong Unknown;   // U+007F and everything outside ASCII: only the rule engine classifies them
        public ulong Single;    // one-character tokens: , ; : . ! ? " ' - ( ) [ ] { } $ % & / + = *
        public ulong Repeat;    // one-character tokens that may join a following one of these: . ! ? ' - (... !? '' --)
        public ulong Quote;     // " '
        public ulong OpenSide;  // a quote after these opens: space, ( [ { -
        public ulong CloseSide; // a quote before these closes: space, . , ; : ! ? ) ] } -
        public ulong WordGlue;  // after a word these may extend it (U.S.  don't  Al-Gharz  a@b.c  C++  http:): - ' & @ . _ + % :
        public ulong NumberSep; // , . : (between digits they extend a number)
        public ulong Hyphen;    // -
    }

    /// <summary>
    /// Writes tokens from <paramref name="pos"/> on into <paramref name="destination"/> until it is full or the text
    /// ends. On return <paramref name="pos"/> is the end of the last token written, or the text's length at its end.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static int Fill(ReadOnlySpan<char> text, Span<Token> destination, ref int pos)
    {
        int n = text.Length;
        int count = 0;
        int p = pos;

        // The text's first token carries SpaceBefore without any whitespace: leave it to the rule engine.
        if (p == 0 && destination.Length > 0)
        {
            if (!TokenEnumerator.ReadOne(text, ref p, out Token first))
            {
                pos = n;
                return 0;
            }

            destination[count++] = first;
        }

        if (Vector128.IsHardwareAccelerated)
        {
            // The windows' tables live here, so that they are cleared once per call rather than once per window.
            UInt32Buffer64 entries = default;
            UInt16Buffer64 sparse = default;
            if (Packed && Avx512Vbmi2.IsSupported && n - p >= BlockChars && destination.Length - count >= WindowRoom)
            {
                count = FillBlocks(text, destination, count, ref p);
            }

            while (count < destination.Length && n - p >= Window)
            {
                count = ScanWindow(text, p, destination, count, out p, entries, sparse);
            }
        }

        // The last window's worth of text (and everything, without vector hardware) goes token by token.
        while (count < destination.Length && TokenEnumerator.ReadOne(text, ref p, out Token t))
        {
            destination[count++] = t;
        }

        pos = p;
        return count;
    }

    /// <summary>
    /// Runs <see cref="ScanBlock"/> while a block's worth of text is left and the destination has room for a window's tokens
    /// (<see cref="WindowRoom"/>; a block stops at the window that might not fit); its scratch tables (7.5 KB, cleared on
    /// entry) live in this frame, which callers with little room, such as the enumerator's 32-token batches, never enter.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FillBlocks(ReadOnlySpan<char> text, Span<Token> destination, int count, ref int pos)
    {
        UInt32Buffer512 entries = default;
        UInt64Buffer64 lanes = default;
        UInt64Buffer128 scratch = default;
        UInt64Buffer512 derived = default;
        int p = pos;
        int backOff = 1;
        while (text.Length - p >= BlockChars && destination.Length - count >= WindowRoom)
        {
            int before = p;
            count = ScanBlock(text, p, destination, count, out p, entries, lanes, scratch, derived);
            if (p - before >= 4 * LaneStride)
            {
                backOff = 1;
                continue;
            }

            // A window in the block's first half had no sync point (long words, text outside ASCII): single windows read
            // the next blocks' worth (twice as many after each such block, up to 16), so that such text does not pay for
            // eight windows to use a few.
            for (int until = p + (backOff * BlockChars); p < until && text.Length - p >= Window && count < destination.Length;)
            {
                count = ScanWindow(text, p, destination, count, out p, entries, default);
            }

            backOff = Math.Min(backOff * 2, 16);
        }

        // EmitVector writes 32 tokens' worth: clear what lies past the last token kept.
        destination.Slice(count, Math.Min(32, destination.Length - count)).Clear();
        pos = p;
        return count;
    }

    /// <summary>
    /// Emits tokens that start in the 64-character window at <paramref name="start"/> (a token boundary);
    /// returns the new count and, in <paramref name="next"/>, the boundary where the next window should start. <paramref name="entries"/>
    /// and <paramref name="sparse"/> are the caller's scratch tables of 64 entries, one per window offset.
    /// </summary>
    /// <remarks>
    /// Between two problems the tokens are independent of each other: every token is found from the masks
    /// alone, so the loop that emits them has no branch that depends on the text, and one token's work does
    /// not wait for the previous one's. A problem is any position where these rules might differ from the rule
    /// engine's; the rule engine reads the token there, and the walk goes on after it.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int ScanWindow(ReadOnlySpan<char> text, int start, Span<Token> destination, int count, out int next, Span<uint> entries, Span<ushort> sparse)
    {
        // With AVX-512 VBMI and GFNI each token's kind and flags are written once per window into a table of packed
        // entries (see SpreadFlags); otherwise the emit loop reads them from the characters and the masks.
        bool packed = Packed;
        Vector512<byte> kinds = default;
        Masks m = packed ? Classify512(MemoryMarshal.Cast<char, ushort>(text.Slice(start, Window)), out kinds) : Classify(text.Slice(start, Window));

        // A hyphen or an apostrophe between two ASCII letters joins them into one word (well-known, Al-Gharz,
        // mother-in-law, don't, Daesh's), as the rule engine does; such a character is no one-character token. (A run
        // that starts with a digit and contains one, 3D-printed, is left to the rule engine below.) The apostrophe is
        // the one quote mark that may repeat.
        ulong letters = m.Upper | m.Lower;
        ulong between = (letters << 1) & (letters >> 1);
        ulong hyphenJoins = m.Hyphen & between, apostropheJoins = m.Quote & m.Repeat & between;
        // A separator between two digits of a run that starts with a digit and has had nothing but digits and such
        // separators so far joins the number (1,280  3.5  10:30  4.5bn), as the rule engine reads numbers. The digits and
        // separators from a number's start on are the bits that adding the start clears.
        ulong separatorJoins = m.NumberSep & (m.Digit << 1) & (m.Digit >> 1);
        ulong plainRuns = letters | m.Digit | hyphenJoins | apostropheJoins;
        ulong numberDigits = m.Digit | separatorJoins;
        ulong numberStarts = plainRuns & ~(plainRuns << 1) & m.Digit;
        separatorJoins &= numberDigits & ~(numberDigits + numberStarts);
        ulong joins = hyphenJoins | apostropheJoins | separatorJoins;
        ulong single = m.Single & ~joins;
        ulong word = plainRuns | separatorJoins;
        ulong wordStarts = word & ~(word << 1); // the window starts at a token boundary, so bit 0 may start a word
        ulong tokenStarts = wordStarts | single;

        // Where each run of word characters ends, split by what the run starts with: adding a run's first bit
        // to the run carries through it and lands on the bit just past it.
        ulong wordEnds = ~word & (word << 1);
        ulong numberEnds = (word + (wordStarts & m.Digit)) & ~word;
        ulong letterEnds = wordEnds & ~numberEnds;

        // Positions the fast rules cannot handle, whatever comes before them:
        // - characters that are neither word characters, spaces, line feeds nor one-character tokens
        ulong other = ~(word | m.Space | m.Newline | single);
        // - one-character tokens whose follower is unknown (non-ASCII or past the window) or may join them
        //   (an ellipsis, "!?", two apostrophes, "--"), and quote marks whose left side is unknown
        ulong badSingles = single & ((m.Unknown >> 1) | (1UL << 63) | RepeatPairs(m.NumberSep & m.WordGlue & m.Repeat, m.Quote & m.Repeat, m.Repeat, m.Hyphen))
            | (m.Quote & ((m.Unknown << 1) | 1));
        // - words followed by what may extend them, and numbers followed by a hyphen or a separator and a digit
        //   (or by anything in the last column, whose follower is past the window)
        // A word of seven or more letters and digits that ends a sentence (a period, then a space or a line break) is
        // no problem: no abbreviation the rule engine knows is that long, and without '@' it cannot be an address.
        // (What may follow that period: whitespace, a quote mark, a closing bracket, , : ; ! or ?, none of which can go on
        // an address or an ellipsis.)
        ulong period = m.NumberSep & m.WordGlue & m.Repeat; // '.' is the only character in all three
        ulong afterPeriod = m.Ctl | m.Quote | (m.CloseSide & ~(period | m.Hyphen));
        ulong longRuns = word & (word << 1) & (word << 2) & (word << 3) & (word << 4) & (word << 5) & (word << 6);
        ulong sentenceEnds = letterEnds & period & (afterPeriod >> 1) & (longRuns << 1);

        // A shorter word of two or more characters before such a period (said. year. it.) ends the sentence too unless
        // it is an abbreviation the rule engine knows (Gen. Calif. etc.): about one token in fifty. Such an end stays a bad
        // end until the walk below reaches it and looks the word up, so that no call splits this run of mask arithmetic.
        ulong shortEnds = letterEnds & period & (afterPeriod >> 1) & (word << 2) & ~sentenceEnds;
        // A word also ends for sure at an apostrophe that no letter follows (Jones' car, 'quoted') and at a colon before
        // whitespace (said: ), where the rule engine's URL scheme would need "://".
        ulong apostrophe = m.Quote & m.Repeat;
        ulong colon = m.NumberSep & m.WordGlue & ~m.Repeat;
        ulong sureEnds = sentenceEnds
            | (apostrophe & ~((letters | m.Unknown) >> 1) & ~(1UL << 63))
            | (colon & (m.Ctl >> 1));
        ulong badEnds = (letterEnds & (m.WordGlue | m.Unknown) & ~sureEnds)
            | (numberEnds & (m.Hyphen | m.Unknown | (m.NumberSep & (m.Digit >> 1)) | (1UL << 63)));

        // Per-run facts, read at the run's end bit: adding a run's first bit to the run's characters of one kind
        // carries to the end bit only when every character of the run is of that kind.
        ulong notDigit = word & ~m.Digit, notLower = word & ~m.Lower;
        ulong notHyphen = word & ~hyphenJoins, notApostrophe = word & ~apostropheJoins;
        ulong hasDigitAtEnd = wordEnds & ~((notDigit + (wordStarts & notDigit)) & ~word);
        ulong hasHyphenAtEnd = wordEnds & ~((notHyphen + (wordStarts & notHyphen)) & ~word);
        ulong hasApostropheAtEnd = wordEnds & ~((notApostrophe + (wordStarts & notApostrophe)) & ~word);
        badEnds |= numberEnds & (hasHyphenAtEnd | hasApostropheAtEnd);
        ulong noLowerAtEnd = (notLower + (wordStarts & notLower)) & ~word;

        // Quote direction, as the rule engine decides it from the two neighbours.
        ulong openLeft = m.OpenSide << 1, closeRight = m.CloseSide >> 1;
        ulong opening = m.Quote & openLeft & ~closeRight;
        ulong closing = m.Quote & ~openLeft & closeRight;

        // AllCaps: no lower case and at least two capitals. A capital is a second one when the character before it is in
        // the same run and not before the run's first capital.
        ulong notUpper = word & ~m.Upper;
        ulong beforeFirstCapital = notUpper & ~(notUpper + (wordStarts & notUpper));
        ulong notSecondCapital = word & ~(m.Upper & ((word & ~beforeFirstCapital) << 1));
        ulong allCapsAtEnd = noLowerAtEnd & wordEnds & ~((notSecondCapital + (wordStarts & notSecondCapital)) & ~word);

        // A line feed belongs to the first character after it that is no space or line feed; a second one makes a
        // blank line. Adding the line feeds to the whitespace carries each run's first one to the character after the
        // run and leaves the run's later ones standing, which a second addition carries the same way. Only fast tokens
        // use these flags, and their gaps hold nothing but spaces and line feeds.
        ulong white = m.Space | m.Newline;
        ulong carried = white + m.Newline;
        ulong newlineBefore = carried & ~white;
        ulong blankLineBefore = (white + (carried & m.Newline)) & ~white;

        // The flags are gathered once per window into a table by token start (with the packed entries: every flag and the
        // kind; otherwise the rarer flags), so that the emit loop reads one entry per token instead of testing a dozen masks.
        // (Entries of tokens the rule engine reads are never used: it sets its own flags.)
        ulong spaceBefore = white << 1; // the character before a fast token is whitespace exactly when its gap is not empty
        ulong tokenEnds = wordEnds | (single << 1); // a run ends at the first character that is not in it; a one-character token after itself
        if (packed)
        {
            SpreadFlags(
                entries,
                kinds,
                Vector512.Create(
                    m.Upper & wordStarts,
                    RunStarts(allCapsAtEnd, wordEnds, wordStarts),
                    RunStarts(hasDigitAtEnd, wordEnds, wordStarts),
                    0,
                    opening,
                    closing,
                    0,
                    RunStarts(hasHyphenAtEnd, wordEnds, wordStarts)),
                Vector512.Create(
                    RunStarts(hasApostropheAtEnd, wordEnds, wordStarts),
                    spaceBefore,
                    newlineBefore,
                    blankLineBefore,
                    RunStarts(m.Ctl, tokenEnds, tokenStarts),
                    0,
                    0,
                    0));
        }
        else
        {
            sparse.Clear();
            SetAtStarts(sparse, m.Upper & wordStarts, (ushort)TokenFlags.Capitalized);
            SetAtStarts(sparse, opening, (ushort)TokenFlags.OpeningQuote);
            SetAtStarts(sparse, closing, (ushort)TokenFlags.ClosingQuote);
            SetAtStarts(sparse, newlineBefore, (ushort)TokenFlags.NewlineBefore);
            SetAtStarts(sparse, blankLineBefore, (ushort)TokenFlags.BlankLineBefore);
            SetAtRunStarts(sparse, allCapsAtEnd, wordStarts, (ushort)TokenFlags.AllCaps);
            SetAtRunStarts(sparse, hasDigitAtEnd, wordStarts, (ushort)TokenFlags.HasDigit);
            SetAtRunStarts(sparse, hasHyphenAtEnd, wordStarts, (ushort)TokenFlags.Hyphenated);
            SetAtRunStarts(sparse, hasApostropheAtEnd, wordStarts, (ushort)TokenFlags.Apostrophe);
        }

        next = Walk(text, start, 0, Window, other | badSingles, badEnds, shortEnds, word, wordStarts, tokenStarts, tokenEnds,
            packed, false, entries, sparse, spaceBefore, m.Ctl, destination, ref count);
        return count;
    }

    /// <summary>Whether the processor has what the packed entries and the eight-window blocks need.</summary>
    private static bool Packed =>
        Vector512.IsHardwareAccelerated && Avx512Vbmi.IsSupported && Gfni.V512.IsSupported && Bmi2.X64.IsSupported;

    /// <summary>
    /// <see cref="ScanWindow"/>'s mask arithmetic for the eight windows of a block at once, each window in a 64-bit lane:
    /// from the character classes, the tokens' starts and ends, the positions the fast rules cannot handle, and each token's
    /// flags at its start or at its run's end. The steps and their reasons are <see cref="ScanWindow"/>'s, line for line;
    /// every one works within a lane (shifts, additions and carries stay in their 64 bits).
    /// </summary>
    /// <remarks>
    /// Compiled on its own (it has too many locals to be inlined), fully optimized from its first call. (Written once for
    /// both, as a generic over the mask type, the one-window path ran 18% slower: its masks went through memory.)
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void DeriveLanes(in LaneMasks m, out LaneDerived d)
    {
        Bits8x64 top = Bits8x64.Of(1UL << 63);

        Bits8x64 letters = m.Upper | m.Lower;
        Bits8x64 between = (letters << 1) & (letters >> 1);
        Bits8x64 hyphenJoins = m.Hyphen & between, apostropheJoins = m.Quote & m.Repeat & between;

        Bits8x64 separatorJoins = m.NumberSep & (m.Digit << 1) & (m.Digit >> 1);
        Bits8x64 plainRuns = letters | m.Digit | hyphenJoins | apostropheJoins;
        Bits8x64 numberDigits = m.Digit | separatorJoins;
        Bits8x64 numberStarts = plainRuns & ~(plainRuns << 1) & m.Digit;
        separatorJoins &= numberDigits & ~(numberDigits + numberStarts);
        Bits8x64 joins = hyphenJoins | apostropheJoins | separatorJoins;
        Bits8x64 single = m.Single & ~joins;
        Bits8x64 word = plainRuns | separatorJoins;
        Bits8x64 wordStarts = word & ~(word << 1);

        Bits8x64 wordEnds = ~word & (word << 1);
        Bits8x64 numberEnds = (word + (wordStarts & m.Digit)) & ~word;
        Bits8x64 letterEnds = wordEnds & ~numberEnds;

        Bits8x64 other = ~(word | m.Space | m.Newline | single);
        Bits8x64 badSingles = (single & ((m.Unknown >> 1) | top | RepeatPairs(m.NumberSep & m.WordGlue & m.Repeat, m.Quote & m.Repeat, m.Repeat, m.Hyphen)))
            | (m.Quote & ((m.Unknown << 1) | Bits8x64.Of(1)));
        Bits8x64 period = m.NumberSep & m.WordGlue & m.Repeat;
        Bits8x64 afterPeriod = m.Ctl | m.Quote | (m.CloseSide & ~(period | m.Hyphen));
        Bits8x64 longRuns = word & (word << 1) & (word << 2) & (word << 3) & (word << 4) & (word << 5) & (word << 6);
        Bits8x64 sentenceEnds = letterEnds & period & (afterPeriod >> 1) & (longRuns << 1);

        Bits8x64 shortEnds = letterEnds & period & (afterPeriod >> 1) & (word << 2) & ~sentenceEnds;
        Bits8x64 apostrophe = m.Quote & m.Repeat;
        Bits8x64 colon = m.NumberSep & m.WordGlue & ~m.Repeat;
        Bits8x64 sureEnds = sentenceEnds
            | (apostrophe & ~((letters | m.Unknown) >> 1) & ~top)
            | (colon & (m.Ctl >> 1));
        Bits8x64 badEnds = (letterEnds & (m.WordGlue | m.Unknown) & ~sureEnds)
            | (numberEnds & (m.Hyphen | m.Unknown | (m.NumberSep & (m.Digit >> 1)) | top));

        Bits8x64 notDigit = word & ~m.Digit, notLower = word & ~m.Lower;
        Bits8x64 notHyphen = word & ~hyphenJoins, notApostrophe = word & ~apostropheJoins;
        Bits8x64 hasDigitAtEnd = wordEnds & ~((notDigit + (wordStarts & notDigit)) & ~word);
        Bits8x64 hasHyphenAtEnd = wordEnds & ~((notHyphen + (wordStarts & notHyphen)) & ~word);
        Bits8x64 hasApostropheAtEnd = wordEnds & ~((notApostrophe + (wordStarts & notApostrophe)) & ~word);
        badEnds |= numberEnds & (hasHyphenAtEnd | hasApostropheAtEnd);
        Bits8x64 noLowerAtEnd = (notLower + (wordStarts & notLower)) & ~word;

        Bits8x64 openLeft = m.OpenSide << 1, closeRight = m.CloseSide >> 1;

        Bits8x64 notUpper = word & ~m.Upper;
        Bits8x64 beforeFirstCapital = notUpper & ~(notUpper + (wordStarts & notUpper));
        Bits8x64 notSecondCapital = word & ~(m.Upper & ((word & ~beforeFirstCapital) << 1));

        Bits8x64 white = m.Space | m.Newline;
        Bits8x64 carried = white + m.Newline;

        d.Problems = other | badSingles;
        d.BadEnds = badEnds;
        d.ShortEnds = shortEnds;
        d.Word = word;
        d.Single = single;
        d.WordStarts = wordStarts;
        d.WordEnds = wordEnds;
        d.TokenStarts = wordStarts | single;
        d.TokenEnds = wordEnds | (single << 1);
        d.Capitalized = m.Upper & wordStarts;
        d.AllCapsAtEnd = noLowerAtEnd & wordEnds & ~((notSecondCapital + (wordStarts & notSecondCapital)) & ~word);
        d.HasDigitAtEnd = hasDigitAtEnd;
        d.HasHyphenAtEnd = hasHyphenAtEnd;
        d.HasApostropheAtEnd = hasApostropheAtEnd;
        d.Opening = m.Quote & openLeft & ~closeRight;
        d.Closing = m.Quote & ~openLeft & closeRight;
        d.SpaceBefore = white << 1;
        d.NewlineBefore = carried & ~white;
        d.BlankLineBefore = (white + (carried & m.Newline)) & ~white;
    }

    /// <summary>
    /// Emits the tokens of the window at <paramref name="start"/> that start at or after window offset <paramref name="r"/>
    /// (a token boundary) and before <paramref name="limit"/>; returns where the next window should start. With a
    /// <paramref name="limit"/> under 64, the character there is whitespace after a token's last character, so the tokens
    /// end there too; with 64, a last run that may go on past the window is left to the next window.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Walk(
        ReadOnlySpan<char> text, int start, int r, int limit, ulong problems, ulong badEnds, ulong shortEnds, ulong word, ulong wordStarts,
        ulong tokenStarts, ulong tokenEnds, bool packed, bool roomy, Span<uint> entries, Span<ushort> sparse, ulong spaceBefore, ulong ctl,
        Span<Token> destination, ref int count)
    {
        ReadOnlySpan<char> chars = text.Slice(start, Window);
        bool runsOff = limit >= Window && (word >> 63) != 0; // the last run may continue past the window
        ulong endsInReach = limit >= Window - 1 ? ulong.MaxValue : (2UL << limit) - 1;
        while (true)
        {
            ulong live = ulong.MaxValue << r;

            // The first problem at or after r: the fast tokens before it can all be emitted.
            int stop = Math.Min(BitOperations.TrailingZeroCount(problems & live), limit);

            // A bad end makes its run a problem: find the start of that run. (A bad end at r belongs to the
            // run that the rule engine has just read, hence live << 1.)
            ulong pendingBadEnds = badEnds & (live << 1) & endsInReach;
            while (pendingBadEnds != 0)
            {
                int badEnd = BitOperations.TrailingZeroCount(pendingBadEnds);
                if (((shortEnds >> badEnd) & 1) != 0)
                {
                    // A short word before a sentence's period: no problem unless it is a known abbreviation.
                    int first = RunStart(wordStarts, badEnd);
                    shortEnds &= ~(1UL << badEnd);
                    if (!Tokenizer.AbbreviationLookup.Contains(chars.Slice(first, badEnd - first)))
                    {
                        badEnds &= ~(1UL << badEnd);
                        pendingBadEnds &= pendingBadEnds - 1;
                        continue;
                    }
                }

                ulong startsBefore = wordStarts & live & ((1UL << badEnd) - 1);
                stop = Math.Min(stop, startsBefore != 0 ? 63 - BitOperations.LeadingZeroCount(startsBefore) : r);
                break;
            }

            // A run that reaches the window's end is no problem, only unfinished: the next window reads it,
            // unless it starts the window (a run longer than the window), which the rule engine reads.
            bool reload = false;
            if (runsOff)
            {
                ulong starts = wordStarts & live;
                int lastStart = starts != 0 ? 63 - BitOperations.LeadingZeroCount(starts) : r;
                if (lastStart < stop)
                {
                    stop = lastStart;
                    reload = true;
                }
            }

            ulong todo = tokenStarts & live & (stop >= Window ? ulong.MaxValue : (1UL << stop) - 1);
            if (todo != 0)
            {
                int room = destination.Length - count, n = BitOperations.PopCount(todo);
                if (n > room)
                {
                    todo = FirstBits(todo, room);
                    n = room;
                }

                // Tokens do not overlap and none is empty, so the ends after r pair off with the starts in order.
                ref Token first = ref MemoryMarshal.GetReference(destination.Slice(count));
                r = roomy && n <= 32
                    ? EmitVector(ref first, ref entries[0], todo, tokenEnds & (live << 1), start, n)
                    : packed
                    ? EmitPacked(ref first, ref entries[0], todo, tokenEnds & (live << 1), start)
                    : Emit(ref first, ref MemoryMarshal.GetReference(chars), ref sparse[0], todo, tokenEnds & (live << 1), spaceBefore, ctl, start);
                count += n;
            }

            if (count >= destination.Length)
            {
                break;
            }

            if ((stop >= limit && (limit < Window || (tokenStarts & live) != 0)) || (reload && r > 0))
            {
                break; // the window is used up; the next one starts at the last token's end
            }

            // A problem (or nothing but whitespace up to the window's end): the rule engine reads on from here.
        Rules:
            int p = start + r;
            if (!TokenEnumerator.ReadOne(text, ref p, out Token t))
            {
                return p;
            }

            destination[count++] = t;
            r = p - start;
            if (r >= limit || count >= destination.Length)
            {
                break;
            }

            // The rule engine ends tokens at word boundaries; should it ever stop inside a run of word
            // characters, the masks would not see a token start there, so the rule engine reads that token too.
            if (((word >> r) & 1) != 0 && ((word >> (r - 1)) & 1) != 0)
            {
                goto Rules;
            }
        }

        return start + r;
    }

    /// <summary>
    /// Emits the tokens of eight overlapping windows, 48 characters apart, from <paramref name="start"/> (a token boundary) on;
    /// returns the new count and, in <paramref name="next"/>, where the next block or window should start.
    /// <paramref name="entries"/> (8 x 64), <paramref name="lanes"/> (8 x 8), <paramref name="scratch"/> (2 x 8 x 8) and
    /// <paramref name="derived"/> (512) are the caller's scratch tables.
    /// </summary>
    /// <remarks>
    /// The mask arithmetic of <see cref="DeriveLanes"/> runs once for all eight windows, each in a 64-bit lane of AVX-512
    /// registers. Window k takes over from window k - 1 at the first whitespace after a token's last character among its
    /// characters 1 to 15 (window k - 1's 49 to 63), the sync point: everything before it in window k is cleared, so
    /// window k's tokens start there as they would at a window's start, and window k - 1 emits the tokens that start before
    /// it, which also end there. When a window has no sync point (a word of 15 characters and more across it, or text
    /// outside ASCII), the window before it walks to its own end as <see cref="ScanWindow"/> does, and the block ends there.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScanBlock(
        ReadOnlySpan<char> text, int start, Span<Token> destination, int count, out int next, Span<uint> entries, Span<ulong> lanes, Span<ulong> scratch,
        Span<ulong> derived)
    {
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.Slice(start, BlockChars)));

        // Each window's classes as eight masks in one register (mask f in element f), then turned over so that each
        // register holds one class of all eight windows.
        ref ulong rows = ref MemoryMarshal.GetReference(scratch);
        for (int w = 0; w < Lanes; w++)
        {
            ClassifyLane(ref chars, w * LaneStride, out Vector512<ulong> a, out Vector512<ulong> b, out Vector512<byte> kinds);
            a.StoreUnsafe(ref rows, (nuint)(w * 8));
            b.StoreUnsafe(ref rows, (nuint)(64 + (w * 8)));
            kinds.AsUInt64().StoreUnsafe(ref derived[KindsOffset], (nuint)(w * 8));
        }

        Vector512<ulong> a0 = Vector512.LoadUnsafe(ref rows, 0), a1 = Vector512.LoadUnsafe(ref rows, 8), a2 = Vector512.LoadUnsafe(ref rows, 16);
        Vector512<ulong> a3 = Vector512.LoadUnsafe(ref rows, 24), a4 = Vector512.LoadUnsafe(ref rows, 32), a5 = Vector512.LoadUnsafe(ref rows, 40);
        Vector512<ulong> a6 = Vector512.LoadUnsafe(ref rows, 48), a7 = Vector512.LoadUnsafe(ref rows, 56);
        Vector512<ulong> b0 = Vector512.LoadUnsafe(ref rows, 64), b1 = Vector512.LoadUnsafe(ref rows, 72), b2 = Vector512.LoadUnsafe(ref rows, 80);
        Vector512<ulong> b3 = Vector512.LoadUnsafe(ref rows, 88), b4 = Vector512.LoadUnsafe(ref rows, 96), b5 = Vector512.LoadUnsafe(ref rows, 104);
        Vector512<ulong> b6 = Vector512.LoadUnsafe(ref rows, 112), b7 = Vector512.LoadUnsafe(ref rows, 120);
        Transpose8(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7);
        Transpose8(ref b0, ref b1, ref b2, ref b3, ref b4, ref b5, ref b6, ref b7);

        // Sync points: whitespace (space or line feed) after an ASCII letter, digit or one-character token, at window
        // offset 1 to 15. Window 0 starts at the block's start, a token boundary.
        Vector512<ulong> white = a3 | a4;
        Vector512<ulong> tokenChars = a0 | a1 | a2 | a7;
        Vector512<ulong> candidates = white & Vector512.ShiftLeft(tokenChars, 1) & Vector512.Create(SyncZone);
        Vector512<ulong> sync = candidates & (Vector512<ulong>.Zero - candidates);
        Vector512<ulong> valid = ~(sync - Vector512<ulong>.One) | Vector512.Create(ulong.MaxValue, 0, 0, 0, 0, 0, 0, 0);

        // (The two structs live in the caller's scratch table: as locals of this method, 2 KB would be cleared per block.)
        ref LaneMasks m = ref Unsafe.As<ulong, LaneMasks>(ref MemoryMarshal.GetReference(derived));
        ref LaneDerived d = ref Unsafe.As<ulong, LaneDerived>(ref MemoryMarshal.GetReference(derived.Slice(DerivedOffset)));
        m.Upper = new(a0 & valid);
        m.Lower = new(a1 & valid);
        m.Digit = new(a2 & valid);
        m.Space = new(a3 & valid);
        m.Newline = new(a4 & valid);
        m.Ctl = new(a5 & valid);
        m.Unknown = new(a6 & valid);
        m.Single = new(a7 & valid);
        m.Repeat = new(b0 & valid);
        m.Quote = new(b1 & valid);
        m.OpenSide = new(b2 & valid);
        m.CloseSide = new(b3 & valid);
        m.WordGlue = new(b4 & valid);
        m.NumberSep = new(b5 & valid);
        m.Hyphen = new(b6 & valid);
        DeriveLanes(in m, out d);

        // What each window's walk reads: lanes[8 * k + w] is mask k of window w.
        ref ulong lane = ref MemoryMarshal.GetReference(lanes);
        d.Problems.Value.StoreUnsafe(ref lane, 0);
        d.BadEnds.Value.StoreUnsafe(ref lane, 8);
        d.ShortEnds.Value.StoreUnsafe(ref lane, 16);
        d.Word.Value.StoreUnsafe(ref lane, 24);
        d.WordStarts.Value.StoreUnsafe(ref lane, 32);
        d.TokenStarts.Value.StoreUnsafe(ref lane, 40);
        d.TokenEnds.Value.StoreUnsafe(ref lane, 48);
        sync.StoreUnsafe(ref lane, 56);

        // Each window's flags at its tokens' starts, turned back to eight masks per window, then spread into its entries.
        Vector512<ulong> wordStarts = d.WordStarts.Value;
        Vector512<ulong> reversedWord = ReverseBits(d.Word.Value);
        Vector512<ulong> ctl = m.Ctl.Value;
        Vector512<ulong> l0 = d.Capitalized.Value;
        Vector512<ulong> l1 = RunStarts(d.AllCapsAtEnd.Value, reversedWord, wordStarts);
        Vector512<ulong> l2 = RunStarts(d.HasDigitAtEnd.Value, reversedWord, wordStarts);
        Vector512<ulong> l3 = Vector512<ulong>.Zero;
        Vector512<ulong> l4 = d.Opening.Value;
        Vector512<ulong> l5 = d.Closing.Value;
        Vector512<ulong> l6 = Vector512<ulong>.Zero;
        Vector512<ulong> l7 = RunStarts(d.HasHyphenAtEnd.Value, reversedWord, wordStarts);
        Vector512<ulong> h0 = RunStarts(d.HasApostropheAtEnd.Value, reversedWord, wordStarts);
        Vector512<ulong> h1 = d.SpaceBefore.Value;
        Vector512<ulong> h2 = d.NewlineBefore.Value;
        Vector512<ulong> h3 = d.BlankLineBefore.Value;
        Vector512<ulong> h4 = RunStarts(ctl & d.WordEnds.Value, reversedWord, wordStarts) | (d.Single.Value & Vector512.ShiftRightLogical(ctl, 1));
        Vector512<ulong> h5 = Vector512<ulong>.Zero, h6 = Vector512<ulong>.Zero, h7 = Vector512<ulong>.Zero;
        Transpose8(ref l0, ref l1, ref l2, ref l3, ref l4, ref l5, ref l6, ref l7);
        Transpose8(ref h0, ref h1, ref h2, ref h3, ref h4, ref h5, ref h6, ref h7);
        l0.StoreUnsafe(ref rows, 0);
        l1.StoreUnsafe(ref rows, 8);
        l2.StoreUnsafe(ref rows, 16);
        l3.StoreUnsafe(ref rows, 24);
        l4.StoreUnsafe(ref rows, 32);
        l5.StoreUnsafe(ref rows, 40);
        l6.StoreUnsafe(ref rows, 48);
        l7.StoreUnsafe(ref rows, 56);
        h0.StoreUnsafe(ref rows, 64);
        h1.StoreUnsafe(ref rows, 72);
        h2.StoreUnsafe(ref rows, 80);
        h3.StoreUnsafe(ref rows, 88);
        h4.StoreUnsafe(ref rows, 96);
        h5.StoreUnsafe(ref rows, 104);
        h6.StoreUnsafe(ref rows, 112);
        h7.StoreUnsafe(ref rows, 120);
        for (int w = 0; w < Lanes; w++)
        {
            SpreadFlags(
                entries.Slice(w * Window, Window), Vector512.LoadUnsafe(ref derived[KindsOffset], (nuint)(w * 8)).AsByte(),
                Vector512.LoadUnsafe(ref rows, (nuint)(w * 8)), Vector512.LoadUnsafe(ref rows, (nuint)(64 + (w * 8))), reversedKinds: true);
        }

        // The walks, window after window: each from where the one before stopped, up to the next window's sync point.
        int pos = start;
        for (int w = 0; w < Lanes; w++)
        {
            if (destination.Length - count < WindowRoom)
            {
                break; // (a window's tokens might not fit: the next call, or single windows, go on from this sync point)
            }

            int windowStart = start + (w * LaneStride);
            ulong nextSync = w + 1 < Lanes ? Unsafe.Add(ref lane, 56 + w + 1) : 0;
            int limit = nextSync != 0 ? LaneStride + BitOperations.TrailingZeroCount(nextSync) : Window;
            int r = pos - windowStart;
            ulong live = ulong.MaxValue << r, below = (1UL << limit) - 1;
            ulong todo = Unsafe.Add(ref lane, 40 + w) & live & below;
            int n = BitOperations.PopCount(todo);
            if (limit < Window
                && ((Unsafe.Add(ref lane, w) & live & below) | (Unsafe.Add(ref lane, 8 + w) & (live << 1) & ((below << 1) | 1))) == 0
                && n != 0 && n <= destination.Length - count)
            {
                // Two windows in three have no problem before their limit: their tokens go out in one run, ending at the limit.
                ref Token first = ref MemoryMarshal.GetReference(destination.Slice(count));
                ulong ends = Unsafe.Add(ref lane, 48 + w) & (live << 1);
                if (n <= 32)
                {
                    EmitVector(ref first, ref entries[w * Window], todo, ends, windowStart, n);
                }
                else
                {
                    EmitPacked(ref first, ref entries[w * Window], todo, ends, windowStart);
                }

                count += n;
                pos = windowStart + limit;
            }
            else
            {
                pos = Walk(
                    text, windowStart, r, limit, Unsafe.Add(ref lane, w), Unsafe.Add(ref lane, 8 + w), Unsafe.Add(ref lane, 16 + w),
                    Unsafe.Add(ref lane, 24 + w), Unsafe.Add(ref lane, 32 + w), Unsafe.Add(ref lane, 40 + w), Unsafe.Add(ref lane, 48 + w), true,
                    true, entries.Slice(w * Window, Window), default, 0, 0, destination, ref count);
            }

            if (limit == Window || count >= destination.Length || pos != windowStart + limit)
            {
                break; // (the last case: the rule engine read a token past the sync point; the next block starts after it)
            }
        }

        next = pos;
        return count;
    }

    /// <summary>The windows of a block.</summary>
    private const int Lanes = 8;

    /// <summary>Where <see cref="ScanBlock"/> keeps its <see cref="LaneDerived"/> in its scratch table, after the <see cref="LaneMasks"/>.</summary>
    private const int DerivedOffset = 128;

    /// <summary>Where <see cref="ScanBlock"/> keeps its windows' token kinds (8 x 64 bytes) in that table, after the <see cref="LaneDerived"/>.</summary>
    private const int KindsOffset = 288;

    /// <summary>The distance between a block's windows (each window overlaps the next by 16 characters, where its sync point is).</summary>
    private const int LaneStride = 48;

    /// <summary>
    /// The room a block's window needs in the destination: its tokens (at most one per character, and one the rule engine
    /// may read past the window), and the 32 tokens' worth that <see cref="EmitVector"/> writes past them.
    /// </summary>
    private const int WindowRoom = Window + 1 + 32;

    /// <summary>The characters a block reads: the last window's end.</summary>
    private const int BlockChars = (LaneStride * (Lanes - 1)) + Window;

    /// <summary>Window offsets 1 to 15, where a sync point may be (window k - 1's offsets 49 to 63).</summary>
    private const ulong SyncZone = (1UL << (Window - LaneStride)) - 2;

    /// <summary>
    /// The classes of the 64 characters at <paramref name="offset"/>: each class as a mask, table A's eight (Upper ...
    /// Single) in <paramref name="a"/>, table B's seven (Repeat ... Hyphen) in <paramref name="b"/>, and their token kinds
    /// (<see cref="KindOf"/>) in <paramref name="kinds"/>, in the same order as the characters. The characters are narrowed
    /// in reverse order within each group of eight, so that the Galois-field transform turns each group's 8x8 bits over the
    /// right way; a byte permute then gathers each class's eight bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClassifyLane(ref ushort chars, int offset, out Vector512<ulong> a, out Vector512<ulong> b, out Vector512<byte> kinds)
    {
        Vector512<byte> v = Narrow(ref chars, offset, EvenBytesReversed);
        Vector512<byte> classesA = Lookup(ClassesA, v);
        Vector512<byte> classesB = Lookup(ClassesB, v);
        kinds = Lookup(KindOf, v);
        Vector512<byte> powers = Vector512.Create(PowersOfTwo);
        Vector512<byte> gather = Vector512.Create(GatherClasses);
        a = Avx512Vbmi.PermuteVar64x8(Gfni.V512.GaloisFieldAffineTransform(powers, classesA, 0), gather).AsUInt64();
        b = Avx512Vbmi.PermuteVar64x8(Gfni.V512.GaloisFieldAffineTransform(powers, classesB, 0), gather).AsUInt64();
    }

    /// <summary>
    /// <see cref="RunStarts(ulong, ulong, ulong)"/> for word runs in each 64-bit lane, without PEXT and PDEP: with the bits
    /// reversed, a flag put on a run's last character and added to the run clears the whole run, which reversed back and
    /// masked with the starts leaves the flag at the run's start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> RunStarts(Vector512<ulong> atEnds, Vector512<ulong> reversedWord, Vector512<ulong> wordStarts)
    {
        Vector512<ulong> flag = Vector512.ShiftLeft(ReverseBits(atEnds), 1); // bit e (just past the run) -> the run's last character
        return ReverseBits(reversedWord & ~(reversedWord + flag)) & wordStarts;
    }

    /// <summary>Reverses the order of the bits in each 64-bit lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> ReverseBits(Vector512<ulong> x)
    {
        Vector512<byte> inBytes = Gfni.V512.GaloisFieldAffineTransform(x.AsByte(), Vector512.Create(0x8040201008040201UL).AsByte(), 0);
        return Avx512BW.Shuffle(inBytes, Vector512.Create(ReversedBytes)).AsUInt64();
    }

    /// <summary>Turns eight registers of eight 64-bit elements over: element j of register i goes to element i of register j.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose8(
        ref Vector512<ulong> r0, ref Vector512<ulong> r1, ref Vector512<ulong> r2, ref Vector512<ulong> r3,
        ref Vector512<ulong> r4, ref Vector512<ulong> r5, ref Vector512<ulong> r6, ref Vector512<ulong> r7)
    {
        Vector512<ulong> evens = Vector512.Create(0UL, 8, 2, 10, 4, 12, 6, 14), odds = Vector512.Create(1UL, 9, 3, 11, 5, 13, 7, 15);
        Vector512<ulong> t0 = Avx512F.PermuteVar8x64x2(r0, evens, r1), t1 = Avx512F.PermuteVar8x64x2(r0, odds, r1);
        Vector512<ulong> t2 = Avx512F.PermuteVar8x64x2(r2, evens, r3), t3 = Avx512F.PermuteVar8x64x2(r2, odds, r3);
        Vector512<ulong> t4 = Avx512F.PermuteVar8x64x2(r4, evens, r5), t5 = Avx512F.PermuteVar8x64x2(r4, odds, r5);
        Vector512<ulong> t6 = Avx512F.PermuteVar8x64x2(r6, evens, r7), t7 = Avx512F.PermuteVar8x64x2(r6, odds, r7);
        Vector512<ulong> pairsLow = Vector512.Create(0UL, 1, 8, 9, 4, 5, 12, 13), pairsHigh = Vector512.Create(2UL, 3, 10, 11, 6, 7, 14, 15);
        Vector512<ulong> u0 = Avx512F.PermuteVar8x64x2(t0, pairsLow, t2), u2 = Avx512F.PermuteVar8x64x2(t0, pairsHigh, t2);
        Vector512<ulong> u1 = Avx512F.PermuteVar8x64x2(t1, pairsLow, t3), u3 = Avx512F.PermuteVar8x64x2(t1, pairsHigh, t3);
        Vector512<ulong> u4 = Avx512F.PermuteVar8x64x2(t4, pairsLow, t6), u6 = Avx512F.PermuteVar8x64x2(t4, pairsHigh, t6);
        Vector512<ulong> u5 = Avx512F.PermuteVar8x64x2(t5, pairsLow, t7), u7 = Avx512F.PermuteVar8x64x2(t5, pairsHigh, t7);
        Vector512<ulong> halvesLow = Vector512.Create(0UL, 1, 2, 3, 8, 9, 10, 11), halvesHigh = Vector512.Create(4UL, 5, 6, 7, 12, 13, 14, 15);
        r0 = Avx512F.PermuteVar8x64x2(u0, halvesLow, u4);
        r4 = Avx512F.PermuteVar8x64x2(u0, halvesHigh, u4);
        r1 = Avx512F.PermuteVar8x64x2(u1, halvesLow, u5);
        r5 = Avx512F.PermuteVar8x64x2(u1, halvesHigh, u5);
        r2 = Avx512F.PermuteVar8x64x2(u2, halvesLow, u6);
        r6 = Avx512F.PermuteVar8x64x2(u2, halvesHigh, u6);
        r3 = Avx512F.PermuteVar8x64x2(u3, halvesLow, u7);
        r7 = Avx512F.PermuteVar8x64x2(u3, halvesHigh, u7);
    }

    /// <summary>The low bytes of the 64 characters in two vectors, in reverse order within each group of eight.</summary>
    private static ReadOnlySpan<byte> EvenBytesReversed =>
    [
        14, 12, 10, 8, 6, 4, 2, 0, 30, 28, 26, 24, 22, 20, 18, 16, 46, 44, 42, 40, 38, 36, 34, 32, 62, 60, 58, 56, 54, 52, 50, 48,
        78, 76, 74, 72, 70, 68, 66, 64, 94, 92, 90, 88, 86, 84, 82, 80, 110, 108, 106, 104, 102, 100, 98, 96, 126, 124, 122, 120, 118, 116, 114, 112,
    ];

    /// <summary>Byte 8j + g takes byte 8g + j: class j's bits of the eight groups, in order.</summary>
    private static ReadOnlySpan<byte> GatherClasses =>
    [
        0, 8, 16, 24, 32, 40, 48, 56, 1, 9, 17, 25, 33, 41, 49, 57, 2, 10, 18, 26, 34, 42, 50, 58, 3, 11, 19, 27, 35, 43, 51, 59,
        4, 12, 20, 28, 36, 44, 52, 60, 5, 13, 21, 29, 37, 45, 53, 61, 6, 14, 22, 30, 38, 46, 54, 62, 7, 15, 23, 31, 39, 47, 55, 63,
    ];

    /// <summary>The bytes of each 64-bit element in reverse order (a shuffle within each 128-bit lane).</summary>
    private static ReadOnlySpan<byte> ReversedBytes =>
    [
        7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8,
        7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8,
    ];

    /// <summary>Eight windows' masks, one per 64-bit lane.</summary>
    private readonly struct Bits8x64(Vector512<ulong> value)
    {
        public readonly Vector512<ulong> Value = value;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Bits8x64 operator &(Bits8x64 a, Bits8x64 b) => new(a.Value & b.Value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Bits8x64 operator |(Bits8x64 a, Bits8x64 b) => new(a.Value | b.Value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Bits8x64 operator ~(Bits8x64 a) => new(~a.Value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Bits8x64 operator +(Bits8x64 a, Bits8x64 b) => new(a.Value + b.Value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Bits8x64 operator <<(Bits8x64 a, int n) => new(Vector512.ShiftLeft(a.Value, n));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Bits8x64 operator >>(Bits8x64 a, int n) => new(Vector512.ShiftRightLogical(a.Value, n));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Bits8x64 Of(ulong value) => new(Vector512.Create(value));
    }

    /// <summary>The character classes of <see cref="Masks"/>, for eight windows.</summary>
    private struct LaneMasks
    {
        public Bits8x64 Upper, Lower, Digit, Space, Newline, Ctl, Unknown, Single, Repeat, Quote, OpenSide, CloseSide, WordGlue, NumberSep, Hyphen;
    }

    /// <summary>What <see cref="DeriveLanes"/> finds: the walk's masks, and each token's flags at its start or its run's end.</summary>
    private struct LaneDerived
    {
        public Bits8x64 Problems, BadEnds, ShortEnds, Word, Single, WordStarts, WordEnds, TokenStarts, TokenEnds;
        public Bits8x64 Capitalized, AllCapsAtEnd, HasDigitAtEnd, HasHyphenAtEnd, HasApostropheAtEnd, Opening, Closing;
        public Bits8x64 SpaceBefore, NewlineBefore, BlankLineBefore;
    }

    /// <summary>
    /// Writes one token for each bit of <paramref name="starts"/>, each ending at the matching bit of <paramref name="ends"/>
    /// (the first end with the first start, and so on); returns the last token's end, relative to the window.
    /// </summary>
    /// <remarks>
    /// The caller has made room for every token in <paramref name="destination"/>, so no write is checked. Its own frame keeps
    /// the loop's few values in registers, away from the dozens of masks of the window.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int Emit(ref Token destination, ref char chars, ref ushort sparse, ulong starts, ulong ends, ulong spaceBefore, ulong spaceAfter, int start)
    {
        ref byte kinds = ref MemoryMarshal.GetReference(KindOf);
        int e = 0;
        do
        {
            int q = BitOperations.TrailingZeroCount(starts);
            starts &= starts - 1;
            e = BitOperations.TrailingZeroCount(ends);
            ends &= ends - 1;
            int flags = Unsafe.Add(ref sparse, q)
                | (int)((spaceBefore >> q) & 1) << 9                                    // SpaceBefore
                | (int)((spaceAfter >> e) & 1) << 12;                                   // SpaceAfter
            TokenKind kind = (TokenKind)Unsafe.Add(ref kinds, Unsafe.Add(ref chars, q) & 0x7F);
            destination = new Token(start + q, e - q, kind, (TokenFlags)flags);
            destination = ref Unsafe.Add(ref destination, 1);
        }
        while (starts != 0);

        return e;
    }

    /// <summary>
    /// <see cref="Emit"/> with each token's kind and flags read from <paramref name="entries"/> (see <see cref="SpreadFlags"/>):
    /// a token is two stores, its position and length as one 64-bit value, its kind and flags as one 32-bit value.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int EmitPacked(ref Token destination, ref uint entries, ulong starts, ulong ends, int start)
    {
        ref byte output = ref Unsafe.As<Token, byte>(ref destination);
        int e = 0;
        do
        {
            int q = BitOperations.TrailingZeroCount(starts);
            starts &= starts - 1;
            e = BitOperations.TrailingZeroCount(ends);
            ends &= ends - 1;
            Unsafe.WriteUnaligned(ref output, (uint)(start + q) | ((ulong)(uint)(e - q) << 32));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref output, 8), Unsafe.Add(ref entries, q));
            output = ref Unsafe.Add(ref output, Unsafe.SizeOf<Token>());
        }
        while (starts != 0);

        return e;
    }

    /// <summary>
    /// <see cref="EmitPacked"/> for up to 32 tokens (<paramref name="n"/>, the starts' count) without a loop over them: the starts' and ends' offsets are compressed out
    /// of the masks (VPCOMPRESSB), and each group of 16 tokens (one, or two past 16) is built in registers and written as three
    /// 64-byte stores. It writes up to 32 tokens' worth, so the caller makes room for 32 tokens past those it keeps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EmitVector(ref Token destination, ref uint entries, ulong starts, ulong ends, int start, int n)
    {
        Vector512<byte> offsets = Vector512<byte>.Indices;
        Vector512<byte> startOffsets = Avx512Vbmi2.Compress(Vector512<byte>.Zero, MaskOf(starts), offsets);
        Vector512<byte> endOffsets = Avx512Vbmi2.Compress(Vector512<byte>.Zero, MaskOf(ends), offsets);
        Vector512<uint> e0 = Vector512.LoadUnsafe(ref entries), e1 = Vector512.LoadUnsafe(ref entries, 16);
        Vector512<uint> e2 = Vector512.LoadUnsafe(ref entries, 32), e3 = Vector512.LoadUnsafe(ref entries, 48);
        ref uint output = ref Unsafe.As<Token, uint>(ref destination);
        Vector512<uint> first = Vector512.Create(InterleaveFirst3), second = Vector512.Create(InterleaveSecond3);
        Vector512<uint> first1 = Vector512.Create(InterleaveFirst3.Slice(16)), second1 = Vector512.Create(InterleaveSecond3.Slice(16));
        Vector512<uint> first2 = Vector512.Create(InterleaveFirst3.Slice(32)), second2 = Vector512.Create(InterleaveSecond3.Slice(32));
        for (int group = 0, groups = n > 16 ? 2 : 1; group < groups; group++)
        {
            Vector512<uint> q = Avx512F.ConvertToVector512UInt32(group == 0 ? startOffsets.GetLower().GetLower() : startOffsets.GetLower().GetUpper());
            Vector512<uint> e = Avx512F.ConvertToVector512UInt32(group == 0 ? endOffsets.GetLower().GetLower() : endOffsets.GetLower().GetUpper());
            Vector512<uint> entry = Vector512.ConditionalSelect(
                Vector512.GreaterThan(q, Vector512.Create(31u)), Avx512F.PermuteVar16x32x2(e2, q, e3), Avx512F.PermuteVar16x32x2(e0, q, e1));
            Vector512<uint> position = q + Vector512.Create((uint)start), length = e - q;
            Avx512F.PermuteVar16x32x2(Avx512F.PermuteVar16x32x2(position, first, length), second, entry).StoreUnsafe(ref output, (nuint)(48 * group));
            Avx512F.PermuteVar16x32x2(Avx512F.PermuteVar16x32x2(position, first1, length), second1, entry).StoreUnsafe(ref output, (nuint)((48 * group) + 16));
            Avx512F.PermuteVar16x32x2(Avx512F.PermuteVar16x32x2(position, first2, length), second2, entry).StoreUnsafe(ref output, (nuint)((48 * group) + 32));
        }

        return BitOperations.TrailingZeroCount(Bmi2.X64.ParallelBitDeposit(1UL << (n - 1), ends));
    }

    /// <summary>A mask of the 64 bytes: byte i set where bit i of <paramref name="bits"/> is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> MaskOf(ulong bits)
    {
        Vector512<byte> bitOfByte = Vector512.Create(PowersOfTwo); // byte i tests bit i % 8
        Vector512<byte> spread = Avx512Vbmi.PermuteVar64x8(Vector512.Create(bits).AsByte(), Vector512.Create(ByteOfBit));
        return Vector512.Equals(spread & bitOfByte, bitOfByte);
    }

    /// <summary>Byte i of the 64 holds byte i / 8 of the mask.</summary>
    private static ReadOnlySpan<byte> ByteOfBit =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3,
        4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7,
    ];

    /// <summary>
    /// Sixteen tokens are 48 dwords (position, length, entry): for each of the three 16-dword stores, where its positions
    /// (0-15) and lengths (16-31) come from; its entries come from <see cref="InterleaveSecond3"/>.
    /// </summary>
    private static ReadOnlySpan<uint> InterleaveFirst3 =>
    [
        0, 16, 0, 1, 17, 0, 2, 18, 0, 3, 19, 0, 4, 20, 0, 5, 21, 0, 6, 22, 0, 7, 23, 0, 8, 24, 0, 9, 25, 0, 10, 26,
        0, 11, 27, 0, 12, 28, 0, 13, 29, 0, 14, 30, 0, 15, 31, 0,
    ];

    /// <summary>Keeps the positions and lengths that <see cref="InterleaveFirst3"/> placed (0-15) and adds the entries (16-31).</summary>
    private static ReadOnlySpan<uint> InterleaveSecond3 =>
    [
        0, 1, 16, 3, 4, 17, 6, 7, 18, 9, 10, 19, 12, 13, 20, 15, 0, 21, 2, 3, 22, 5, 6, 23, 8, 9, 24, 11, 12, 25, 14, 15,
        26, 1, 2, 27, 4, 5, 28, 7, 8, 29, 10, 11, 30, 13, 14, 31,
    ];

    /// <summary>The lowest <paramref name="n"/> set bits of <paramref name="bits"/>.</summary>
    private static ulong FirstBits(ulong bits, int n)
    {
        ulong kept = 0;
        for (int i = 0; i < n && bits != 0; i++)
        {
            kept |= bits & (0 - bits);
            bits &= bits - 1;
        }

        return kept;
    }

    /// <summary>
    /// Moves each bit of <paramref name="atEnds"/> (a subset of <paramref name="ends"/>) to the start of its run: the k-th end
    /// belongs to the k-th start. (A last run that goes on past the window has a start and no end; nothing moves to it.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RunStarts(ulong atEnds, ulong ends, ulong starts) =>
        Bmi2.X64.ParallelBitDeposit(Bmi2.X64.ParallelBitExtract(atEnds, ends), starts);

    /// <summary>
    /// Writes entry i of <paramref name="entries"/> for a token that starts at window offset i: the token's kind in the low
    /// byte and its flags in the high 16 bits, which is how a <see cref="Token"/> lays out its last four bytes. The flags
    /// are bit i of each mask, gathered by two 8x8 bit transposes per group of eight masks (a byte permute gathers byte j of
    /// every mask into the j-th eight bytes, and a Galois-field affine transform with the powers of two turns each of those
    /// 8x8 bit matrices over) instead of a loop per mask.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SpreadFlags(Span<uint> entries, Vector512<byte> kinds, Vector512<ulong> lowMasks, Vector512<ulong> highMasks, bool reversedKinds = false)
    {
        // Mask f goes to bit f of its byte: TokenFlags' low byte (Capitalized, AllCaps, HasDigit, -, OpeningQuote,
        // ClosingQuote, -, Hyphenated), then its high byte (Apostrophe, SpaceBefore, NewlineBefore, BlankLineBefore,
        // SpaceAfter).
        Vector512<byte> low = Transpose(lowMasks);
        Vector512<byte> high = Transpose(highMasks);

        // Flags as 16 bits per offset (low byte i, then high byte i), and kinds widened to 16 bits; then each entry is the
        // kind's 16 bits followed by the flags' 16 bits.
        Vector512<ushort> flags0 = Avx512Vbmi.PermuteVar64x8x2(low, Vector512.Create(InterleaveFirst), high).AsUInt16();
        Vector512<ushort> flags1 = Avx512Vbmi.PermuteVar64x8x2(low, Vector512.Create(InterleaveFirst) + Vector512.Create((byte)32), high).AsUInt16();
        Vector512<ushort> kinds0 = Avx512BW.ConvertToVector512UInt16(kinds.GetLower());
        Vector512<ushort> kinds1 = Avx512BW.ConvertToVector512UInt16(kinds.GetUpper());
        Vector512<ushort> pairFirst = Vector512.Create(reversedKinds ? PairFirstReversed : PairFirst);
        Vector512<ushort> pairSecond = pairFirst + Vector512.Create((ushort)16);
        ref ushort destination = ref Unsafe.As<uint, ushort>(ref MemoryMarshal.GetReference(entries));
        Avx512BW.PermuteVar32x16x2(kinds0, pairFirst, flags0).StoreUnsafe(ref destination);
        Avx512BW.PermuteVar32x16x2(kinds0, pairSecond, flags0).StoreUnsafe(ref destination, 32);
        Avx512BW.PermuteVar32x16x2(kinds1, pairFirst, flags1).StoreUnsafe(ref destination, 64);
        Avx512BW.PermuteVar32x16x2(kinds1, pairSecond, flags1).StoreUnsafe(ref destination, 96);
    }

    /// <summary>Element i from the first vector, then element i from the second (32 + i), for i = 0 to 15.</summary>
    private static ReadOnlySpan<ushort> PairFirst =>
    [
        0, 32, 1, 33, 2, 34, 3, 35, 4, 36, 5, 37, 6, 38, 7, 39, 8, 40, 9, 41, 10, 42, 11, 43, 12, 44, 13, 45, 14, 46, 15, 47,
    ];

    /// <summary><see cref="PairFirst"/> for kinds in reverse order within each group of eight (kind i at i ^ 7).</summary>
    private static ReadOnlySpan<ushort> PairFirstReversed =>
    [
        7, 32, 6, 33, 5, 34, 4, 35, 3, 36, 2, 37, 1, 38, 0, 39, 15, 40, 14, 41, 13, 42, 12, 43, 11, 44, 10, 45, 9, 46, 8, 47,
    ];

    /// <summary>Byte i of the result holds bit i of each of the eight masks, mask f in bit f.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> Transpose(Vector512<ulong> masks)
    {
        Vector512<byte> rows = Avx512Vbmi.PermuteVar64x8(masks.AsByte(), Vector512.Create(GatherRows));
        return Gfni.V512.GaloisFieldAffineTransform(Vector512.Create(PowersOfTwo), rows, 0);
    }

    /// <summary>Byte 8j + 7 - f takes byte j of mask f: the affine transform reads row 7 - i of a matrix for bit i.</summary>
    private static ReadOnlySpan<byte> GatherRows =>
    [
        56, 48, 40, 32, 24, 16, 8, 0, 57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3,
        60, 52, 44, 36, 28, 20, 12, 4, 61, 53, 45, 37, 29, 21, 13, 5, 62, 54, 46, 38, 30, 22, 14, 6, 63, 55, 47, 39, 31, 23, 15, 7,
    ];

    /// <summary>1, 2, 4 ... 128 in every eight bytes.</summary>
    private static ReadOnlySpan<byte> PowersOfTwo =>
    [
        1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128,
        1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128,
    ];

    /// <summary>Low byte i from the first vector, high byte i from the second (64 + i): the first 32 entries of a ushort table.</summary>
    private static ReadOnlySpan<byte> InterleaveFirst =>
    [
        0, 64, 1, 65, 2, 66, 3, 67, 4, 68, 5, 69, 6, 70, 7, 71, 8, 72, 9, 73, 10, 74, 11, 75, 12, 76, 13, 77, 14, 78, 15, 79,
        16, 80, 17, 81, 18, 82, 19, 83, 20, 84, 21, 85, 22, 86, 23, 87, 24, 88, 25, 89, 26, 90, 27, 91, 28, 92, 29, 93, 30, 94, 31, 95,
    ];

    /// <summary>
    /// The one-character tokens that the next character may join: a period before a period (an ellipsis), ! or ? before
    /// ! or ?, an apostrophe before an apostrophe (a double quote mark), a hyphen before a hyphen.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RepeatPairs(ulong period, ulong apostrophe, ulong repeat, ulong hyphen)
    {
        ulong bang = repeat & ~(period | apostrophe | hyphen);
        return (period & (period >> 1)) | (bang & (bang >> 1)) | (apostrophe & (apostrophe >> 1)) | (hyphen & (hyphen >> 1));
    }

    /// <summary><see cref="RepeatPairs(ulong, ulong, ulong, ulong)"/> in each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Bits8x64 RepeatPairs(Bits8x64 period, Bits8x64 apostrophe, Bits8x64 repeat, Bits8x64 hyphen)
    {
        Bits8x64 bang = repeat & ~(period | apostrophe | hyphen);
        return (period & (period >> 1)) | (bang & (bang >> 1)) | (apostrophe & (apostrophe >> 1)) | (hyphen & (hyphen >> 1));
    }

    /// <summary>The start of the run of word characters that ends just before bit <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RunStart(ulong wordStarts, int end) => 63 - BitOperations.LeadingZeroCount(wordStarts & ((1UL << end) - 1));

    /// <summary>Sets <paramref name="flag"/> at each bit of <paramref name="starts"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetAtStarts(Span<ushort> flags, ulong starts, ushort flag)
    {
        while (starts != 0)
        {
            flags[BitOperations.TrailingZeroCount(starts)] |= flag;
            starts &= starts - 1;
        }
    }

    /// <summary>Sets <paramref name="flag"/> at the start of each run whose end bit is in <paramref name="ends"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetAtRunStarts(Span<ushort> flags, ulong ends, ulong wordStarts, ushort flag)
    {
        while (ends != 0)
        {
            int e = BitOperations.TrailingZeroCount(ends);
            ends &= ends - 1;
            flags[RunStart(wordStarts, e)] |= flag;
        }
    }

    /// <summary>
    /// The <see cref="TokenKind"/> of the token an ASCII character starts on the fast path: letters Word (0),
    /// digits Number, and the one-character tokens' own kinds (, ; : . ! ? Punctuation, " ' Quote, - Dash,
    /// brackets, $ Currency, % &amp; / + = * Symbol).
    /// </summary>
    private static ReadOnlySpan<byte> KindOf =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 2, 3, 0, 12, 13, 13, 3, 6, 7, 13, 13, 2, 4, 2, 13, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 0, 13, 0, 2,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 7, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 7, 0, 0,
    ];

    /// <summary>Classifies 64 characters. Everything outside ASCII is clamped to 0x80 first so that narrowing to bytes keeps it apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Masks Classify(ReadOnlySpan<char> window)
    {
        ReadOnlySpan<ushort> u = MemoryMarshal.Cast<char, ushort>(window);
        Masks m = default;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<ushort> cap = Vector256.Create((ushort)0x80);
            for (int k = 0; k < Window; k += 32)
            {
                Vector256<byte> v = Vector256.Narrow(Vector256.Min(Vector256.Create(u.Slice(k)), cap), Vector256.Min(Vector256.Create(u.Slice(k + 16)), cap));
                m.Upper |= Bits(InRange(v, 'A', 26), k);
                m.Lower |= Bits(InRange(v, 'a', 26), k);
                m.Digit |= Bits(InRange(v, '0', 10), k);
                m.Space |= Bits(Is(v, ' '), k);
                m.Newline |= Bits(Is(v, '\n'), k);
                m.Unknown |= Bits(Vector256.GreaterThanOrEqual(v, Vector256.Create((byte)0x7F)), k);
                Vector256<byte> period = Is(v, '.'), bang = Is(v, '!') | Is(v, '?'), apostrophe = Is(v, '\''), hyphen = Is(v, '-');
                Vector256<byte> sep = Is(v, ',') | Is(v, ':') | period;
                Vector256<byte> semi = Is(v, ';');
                Vector256<byte> open = Is(v, '(') | Is(v, '[') | Is(v, '{');
                Vector256<byte> close = Is(v, ')') | Is(v, ']') | Is(v, '}');
                Vector256<byte> quote = Is(v, '"') | apostrophe;
                Vector256<byte> repeat = period | bang | apostrophe | hyphen;
                Vector256<byte> symbol = Is(v, '$') | Is(v, '%') | Is(v, '&') | Is(v, '/') | Is(v, '+') | Is(v, '=') | Is(v, '*');
                Vector256<byte> space = Vector256.LessThanOrEqual(v, Vector256.Create((byte)' '));
                m.Ctl |= Bits(space, k);
                m.Single |= Bits(sep | semi | bang | quote | hyphen | open | close | symbol, k);
                m.Repeat |= Bits(repeat, k);
                m.Quote |= Bits(quote, k);
                m.OpenSide |= Bits(space | open | hyphen, k);
                m.CloseSide |= Bits(space | sep | semi | bang | close | hyphen, k);
                m.WordGlue |= Bits(hyphen | apostrophe | period | Is(v, ':') | Is(v, '&') | Is(v, '@') | Is(v, '_') | Is(v, '+') | Is(v, '%'), k);
                m.NumberSep |= Bits(sep, k);
                m.Hyphen |= Bits(hyphen, k);
            }

            return m;
        }

        Vector128<ushort> cap128 = Vector128.Create((ushort)0x80);
        for (int k = 0; k < Window; k += 16)
        {
            Vector128<byte> v = Vector128.Narrow(Vector128.Min(Vector128.Create(u.Slice(k)), cap128), Vector128.Min(Vector128.Create(u.Slice(k + 8)), cap128));
            m.Upper |= Bits(InRange(v, 'A', 26), k);
            m.Lower |= Bits(InRange(v, 'a', 26), k);
            m.Digit |= Bits(InRange(v, '0', 10), k);
            m.Space |= Bits(Is(v, ' '), k);
            m.Newline |= Bits(Is(v, '\n'), k);
            m.Unknown |= Bits(Vector128.GreaterThanOrEqual(v, Vector128.Create((byte)0x7F)), k);
            Vector128<byte> period = Is(v, '.'), bang = Is(v, '!') | Is(v, '?'), apostrophe = Is(v, '\''), hyphen = Is(v, '-');
            Vector128<byte> sep = Is(v, ',') | Is(v, ':') | period;
            Vector128<byte> semi = Is(v, ';');
            Vector128<byte> open = Is(v, '(') | Is(v, '[') | Is(v, '{');
            Vector128<byte> close = Is(v, ')') | Is(v, ']') | Is(v, '}');
            Vector128<byte> quote = Is(v, '"') | apostrophe;
            Vector128<byte> repeat = period | bang | apostrophe | hyphen;
            Vector128<byte> symbol = Is(v, '$') | Is(v, '%') | Is(v, '&') | Is(v, '/') | Is(v, '+') | Is(v, '=') | Is(v, '*');
            Vector128<byte> space = Vector128.LessThanOrEqual(v, Vector128.Create((byte)' '));
            m.Ctl |= Bits(space, k);
            m.Single |= Bits(sep | semi | bang | quote | hyphen | open | close | symbol, k);
            m.Repeat |= Bits(repeat, k);
            m.Quote |= Bits(quote, k);
            m.OpenSide |= Bits(space | open | hyphen, k);
            m.CloseSide |= Bits(space | sep | semi | bang | close | hyphen, k);
            m.WordGlue |= Bits(hyphen | apostrophe | period | Is(v, ':') | Is(v, '&') | Is(v, '@') | Is(v, '_') | Is(v, '+') | Is(v, '%'), k);
            m.NumberSep |= Bits(sep, k);
            m.Hyphen |= Bits(hyphen, k);
        }

        return m;
    }

    /// <summary>
    /// <see cref="Classify"/> with AVX-512 VBMI: one byte permute narrows the 64 characters (clamped to U+007F) to bytes,
    /// two more look up each byte's classes in two 128-entry tables, and each mask is one bit test of those.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Masks Classify512(ReadOnlySpan<ushort> u, out Vector512<byte> kinds)
    {
        Vector512<byte> v = Narrow(ref MemoryMarshal.GetReference(u), 0, EvenBytes);
        Vector512<byte> a = Lookup(ClassesA, v);
        Vector512<byte> b = Lookup(ClassesB, v);
        kinds = Lookup(KindOf, v);
        Masks m;
        m.Upper = Has(a, 1 << 0);
        m.Lower = Has(a, 1 << 1);
        m.Digit = Has(a, 1 << 2);
        m.Space = Has(a, 1 << 3);
        m.Newline = Has(a, 1 << 4);
        m.Ctl = Has(a, 1 << 5);
        m.Unknown = Has(a, 1 << 6);
        m.Single = Has(a, 1 << 7);
        m.Repeat = Has(b, 1 << 0);
        m.Quote = Has(b, 1 << 1);
        m.OpenSide = Has(b, 1 << 2);
        m.CloseSide = Has(b, 1 << 3);
        m.WordGlue = Has(b, 1 << 4);
        m.NumberSep = Has(b, 1 << 5);
        m.Hyphen = Has(b, 1 << 6);
        return m;
    }

    /// <summary>
    /// The 64 characters at <paramref name="offset"/> of <paramref name="chars"/> as bytes, each clamped to U+007F (which stands for everything above it),
    /// in the order <paramref name="order"/> gives (<see cref="EvenBytes"/>: as they stand).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> Narrow(ref ushort chars, int offset, ReadOnlySpan<byte> order)
    {
        Vector512<ushort> cap = Vector512.Create((ushort)0x7F);
        Vector512<byte> low = Vector512.Min(Vector512.LoadUnsafe(ref chars, (nuint)offset), cap).AsByte();
        Vector512<byte> high = Vector512.Min(Vector512.LoadUnsafe(ref chars, (nuint)(offset + 32)), cap).AsByte();
        return Avx512Vbmi.PermuteVar64x8x2(low, Vector512.Create(order), high);
    }

    /// <summary>Entry v of the 128-entry <paramref name="table"/> for each byte v of <paramref name="bytes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<byte> Lookup(ReadOnlySpan<byte> table, Vector512<byte> bytes) =>
        Avx512Vbmi.PermuteVar64x8x2(Vector512.Create(table), bytes, Vector512.Create(table.Slice(64)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Has(Vector512<byte> classes, byte bit) =>
        (~Vector512.Equals(classes & Vector512.Create(bit), Vector512<byte>.Zero)).ExtractMostSignificantBits();

    /// <summary>0, 2, 4 ... 126: the low byte of each of the 64 characters held in two vectors.</summary>
    private static ReadOnlySpan<byte> EvenBytes =>
    [
        0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62,
        64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88, 90, 92, 94, 96, 98, 100, 102, 104, 106, 108, 110, 112, 114, 116, 118, 120, 122, 124, 126,
    ];

    /// <summary>Classes of U+0000..U+007F for <see cref="Classify512"/>, bit by bit: Upper, Lower, Digit, Space, Newline, Ctl, Unknown (U+007F, which stands for everything above it), Single.</summary>
    private static ReadOnlySpan<byte> ClassesA =>
    [
        0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x30, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,
        0x28, 0x80, 0x80, 0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04, 0x80, 0x80, 0x00, 0x80, 0x00, 0x80,
        0x00, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x80, 0x00, 0x80, 0x00, 0x00,
        0x00, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x80, 0x00, 0x80, 0x00, 0x40,
    ];

    /// <summary>Classes of U+0000..U+007F for <see cref="Classify512"/>, bit by bit: Repeat, Quote, OpenSide, CloseSide, WordGlue, NumberSep, Hyphen.</summary>
    private static ReadOnlySpan<byte> ClassesB =>
    [
        0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C, 0x0C,
        0x0C, 0x09, 0x02, 0x00, 0x00, 0x10, 0x10, 0x13, 0x04, 0x08, 0x00, 0x10, 0x28, 0x5D, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x38, 0x08, 0x00, 0x00, 0x00, 0x09,
        0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x08, 0x00, 0x10,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x08, 0x00, 0x00,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> InRange(Vector256<byte> v, char first, byte count) =>
        Vector256.LessThan(v - Vector256.Create((byte)first), Vector256.Create(count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> InRange(Vector128<byte> v, char first, byte count) =>
        Vector128.LessThan(v - Vector128.Create((byte)first), Vector128.Create(count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Is(Vector256<byte> v, char c) => Vector256.Equals(v, Vector256.Create((byte)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Is(Vector128<byte> v, char c) => Vector128.Equals(v, Vector128.Create((byte)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector256<byte> v, int shift) => (ulong)v.ExtractMostSignificantBits() << shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector128<byte> v, int shift) => (ulong)v.ExtractMostSignificantBits() << shift;
}
