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
/// </remarks>
internal static class BoundaryScanner
{
    private const int Window = 64;

    /// <summary>Character classes of one window, bit i for the character at window offset i.</summary>
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
        bool packed = Vector512.IsHardwareAccelerated && Avx512Vbmi.IsSupported && Gfni.V512.IsSupported && Bmi2.X64.IsSupported;
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
        bool runsOff = (word >> 63) != 0; // the last run may continue past the window

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
                m.Upper & wordStarts,
                RunStarts(allCapsAtEnd, wordEnds, wordStarts),
                RunStarts(hasDigitAtEnd, wordEnds, wordStarts),
                opening,
                closing,
                RunStarts(hasHyphenAtEnd, wordEnds, wordStarts),
                RunStarts(hasApostropheAtEnd, wordEnds, wordStarts),
                spaceBefore,
                newlineBefore,
                blankLineBefore,
                RunStarts(m.Ctl, tokenEnds, tokenStarts));
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

        ReadOnlySpan<char> chars = text.Slice(start, Window);
        int r = 0; // the current token boundary, relative to start
        while (true)
        {
            ulong live = ulong.MaxValue << r;

            // The first problem at or after r: the fast tokens before it can all be emitted.
            int stop = BitOperations.TrailingZeroCount((other | badSingles) & live);

            // A bad end makes its run a problem: find the start of that run. (A bad end at r belongs to the
            // run that the rule engine has just read, hence live << 1.)
            ulong pendingBadEnds = badEnds & (live << 1);
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
                int room = destination.Length - count;
                if (BitOperations.PopCount(todo) > room)
                {
                    todo = FirstBits(todo, room);
                }

                // Tokens do not overlap and none is empty, so the ends after r pair off with the starts in order.
                ref Token first = ref MemoryMarshal.GetReference(destination.Slice(count));
                r = packed
                    ? EmitPacked(ref first, ref entries[0], todo, tokenEnds & (live << 1), start)
                    : Emit(ref first, ref MemoryMarshal.GetReference(chars), ref sparse[0], todo, tokenEnds & (live << 1), spaceBefore, m.Ctl, start);
                count += BitOperations.PopCount(todo);
            }

            if (count >= destination.Length)
            {
                break;
            }

            if ((stop >= Window && (tokenStarts & live) != 0) || (reload && r > 0))
            {
                break; // the window is used up; the next one starts at the last token's end
            }

            // A problem (or nothing but whitespace up to the window's end): the rule engine reads on from here.
        Rules:
            int p = start + r;
            if (!TokenEnumerator.ReadOne(text, ref p, out Token t))
            {
                next = p;
                return count;
            }

            destination[count++] = t;
            r = p - start;
            if (r >= Window || count >= destination.Length)
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

        next = start + r;
        return count;
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
    private static void SpreadFlags(
        Span<uint> entries, Vector512<byte> kinds, ulong capitalized, ulong allCaps, ulong hasDigit, ulong opening, ulong closing,
        ulong hyphenated, ulong apostrophe, ulong spaceBefore, ulong newlineBefore, ulong blankLineBefore, ulong spaceAfter)
    {
        // Mask f goes to bit f of its byte: TokenFlags' low byte, then its high byte.
        Vector512<byte> low = Transpose(Vector512.Create(capitalized, allCaps, hasDigit, 0, opening, closing, 0, hyphenated));
        Vector512<byte> high = Transpose(Vector512.Create(apostrophe, spaceBefore, newlineBefore, blankLineBefore, spaceAfter, 0, 0, 0));

        // Flags as 16 bits per offset (low byte i, then high byte i), and kinds widened to 16 bits; then each entry is the
        // kind's 16 bits followed by the flags' 16 bits.
        Vector512<ushort> flags0 = Avx512Vbmi.PermuteVar64x8x2(low, Vector512.Create(InterleaveFirst), high).AsUInt16();
        Vector512<ushort> flags1 = Avx512Vbmi.PermuteVar64x8x2(low, Vector512.Create(InterleaveFirst) + Vector512.Create((byte)32), high).AsUInt16();
        Vector512<ushort> kinds0 = Avx512BW.ConvertToVector512UInt16(kinds.GetLower());
        Vector512<ushort> kinds1 = Avx512BW.ConvertToVector512UInt16(kinds.GetUpper());
        Vector512<ushort> pairFirst = Vector512.Create(PairFirst);
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
        Vector512<ushort> cap = Vector512.Create((ushort)0x7F);
        Vector512<byte> low = Vector512.Min(Vector512.Create(u), cap).AsByte();
        Vector512<byte> high = Vector512.Min(Vector512.Create(u.Slice(32)), cap).AsByte();
        Vector512<byte> v = Avx512Vbmi.PermuteVar64x8x2(low, Vector512.Create(EvenBytes), high);
        Vector512<byte> a = Avx512Vbmi.PermuteVar64x8x2(Vector512.Create(ClassesA), v, Vector512.Create(ClassesA.Slice(64)));
        Vector512<byte> b = Avx512Vbmi.PermuteVar64x8x2(Vector512.Create(ClassesB), v, Vector512.Create(ClassesB.Slice(64)));
        kinds = Avx512Vbmi.PermuteVar64x8x2(Vector512.Create(KindOf), v, Vector512.Create(KindOf.Slice(64)));
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
