using System.Globalization;
using Byline.Text;

namespace Byline.Extractors.Dates;

/// <summary>
/// One pass of the dates extractor over one document. Each token is checked against the trigger table;
/// only triggers start a parse, which looks at a few tokens either side and never across a sentence start.
/// </summary>
internal ref struct DateScanner
{
    private const int FutureWindow = 16;

    private readonly string _text;
    private readonly ReadOnlySpan<Token> _t;
    private readonly int _n;
    private readonly DateOnly? _pub;
    private readonly DatesExtractorOptions _options;
    private readonly ExtractionContext _context;

    // 0 unknown, 1 the article talks about quarters, 2 it does not.
    private int _quarterContext;

    // The tokens before _floor belong to an earlier expression.
    private int _floor;

    // The reference time for anchored expressions ("the following year", "the previous Friday"): the last
    // date reported, as TimeML resolves narrative, at the granularity it had (0 or null when none).
    private int _refYear;
    private int _refMonth; // year * 12 + month - 1
    private DateOnly? _refDay;

    // The current match.
    private int _first;
    private int _end;
    private TemporalType _type;
    private string _value;
    private string? _mod;

    public DateScanner(string text, ReadOnlySpan<Token> tokens, DateOnly? pub, DatesExtractorOptions options, ExtractionContext context)
    {
        _text = text;
        _t = tokens;
        _n = tokens.Length;
        _pub = pub;
        _options = options;
        _context = context;
        _floor = 0;
        _first = _end = 0;
        _type = TemporalType.Date;
        _value = string.Empty;
        _mod = null;
    }

    public void Run()
    {
        ReadOnlySpan<Token> tokens = _t;
        ReadOnlySpan<char> text = _text;
        CancellationToken cancel = _context.CancellationToken;
        for (int i = 0; i < tokens.Length; i++)
        {
            if ((i & 1023) == 0)
            {
                cancel.ThrowIfCancellationRequested();
            }

            ref readonly Token tok = ref tokens[i];
            bool found;
            if (tok.Kind == TokenKind.Word)
            {
                bool hyphenated = (tok.Flags & TokenFlags.Hyphenated) != 0;
                if (!hyphenated)
                {
                    // The hot path: most words are rejected here by length and the lexicon's bit filter, without a call.
                    if ((uint)(tok.Length - 3) > 11)
                    {
                        continue; // no trigger is that short or that long
                    }

                    if (!DateLexicon.MayBeTrigger(CoreOf(text.Slice(tok.Start, tok.Length))))
                    {
                        continue; // no trigger, as the lexicon's bit filter says without hashing
                    }
                }

                Lex lx = LexAt(i);
                found = lx.Kind switch
                {
                    LexKind.None => (tok.Flags & TokenFlags.Hyphenated) != 0 && TryHyphenated(i),
                    LexKind.Month => TryMonth(i, lx),
                    LexKind.Weekday => TryWeekday(i, lx),
                    LexKind.Unit => TryUnit(i, lx),
                    LexKind.Season => TrySeason(i, lx),
                    LexKind.PartOfDay => TryPartOfDay(i, lx),
                    LexKind.Deictic => TryDeictic(i, lx),
                    LexKind.SetAdverb => TrySetAdverb(i, lx),
                    LexKind.Holiday => TryHoliday(i, lx),
                    LexKind.Number => TrySpelledYear(i, lx),
                    LexKind.Decade => TrySpelledDecade(i, lx),
                    _ => false,
                };
            }
            else if (tok.Kind == TokenKind.Number)
            {
                found = (tok.Flags & TokenFlags.Hyphenated) != 0 ? TryHyphenated(i) : TryNumber(i);
            }
            else
            {
                continue;
            }

            if (found && Emit())
            {
                i = _end - 1;
                _floor = _end;
            }
        }
    }

    private bool Emit()
    {
        if (_end <= _first || _first < _floor)
        {
            return false;
        }

        switch (_type)
        {
            case TemporalType.Duration when !_options.IncludeDurations:
            case TemporalType.Set when !_options.IncludeSets:
                return false;
        }

        if (!_options.IncludeReferences && _value.EndsWith("_REF", StringComparison.Ordinal))
        {
            return false;
        }

        int start = _t[_first].Start;
        int end = _t[_end - 1].End;
        ReadOnlySpan<char> last = Word(_end - 1);
        if (last.Length > 2 && (last[^1] is 's' or 'S') && Tokenizer.IsApostrophe(last[^2]))
        {
            end -= 2; // Friday's: the possessive is not part of the expression
        }
        else if (last.Length > 2 && last[^1] == '.' && _t[_end - 1].Kind == TokenKind.Word
                 && (IsMeridiem(_end - 1) || DateLexicon.TimeZoneLookup.Contains(Core(_end - 1))) && (_end >= _n || SentenceStart(_end)))
        {
            end -= 1; // "at 10 p.m." or "by 0800 EST." ending a sentence: the period ends the sentence
        }

        _context.Add(new TemporalExpression(_text.Substring(start, end - start), start, end - start, _type, _value, _mod));
        if (_type is TemporalType.Date or TemporalType.Time)
        {
            Remember(_value);
        }

        return true;
    }

    /// <summary>Makes a reported value with a known year the reference time of the expressions after it.</summary>
    private void Remember(string v)
    {
        if (v.Length < 4 || !char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[1]) || !char.IsAsciiDigit(v[2]) || !char.IsAsciiDigit(v[3]))
        {
            return;
        }

        int y = ((v[0] - '0') * 1000) + ((v[1] - '0') * 100) + ((v[2] - '0') * 10) + (v[3] - '0');
        if (y is < 1000 or > 8999 || (v.Length > 4 && v[4] != '-'))
        {
            return; // a decade or century ("199"), or something else
        }

        _refYear = y;
        _refMonth = 0;
        _refDay = null;
        if (v.Length >= 7 && char.IsAsciiDigit(v[5]) && char.IsAsciiDigit(v[6]))
        {
            int m = ((v[5] - '0') * 10) + (v[6] - '0');
            if (m is < 1 or > 12)
            {
                return;
            }

            _refMonth = (y * 12) + m - 1;
            if (v.Length >= 10 && v[7] == '-' && char.IsAsciiDigit(v[8]) && char.IsAsciiDigit(v[9]))
            {
                int d = ((v[8] - '0') * 10) + (v[9] - '0');
                if (d >= 1 && d <= DateTime.DaysInMonth(y, m))
                {
                    _refDay = new DateOnly(y, m, d);
                }
            }
        }
    }

    private bool Set(int first, int end, TemporalType type, string value, string? mod = null)
    {
        _first = first;
        _end = end;
        _type = type;
        _value = value;
        _mod = mod;
        return true;
    }

    // ---- token helpers ----------------------------------------------------------------------

    /// <summary>The interned lower-case form of a modifier word, without allocating.</summary>
    private static string Canonical(ReadOnlySpan<char> w) => DateLexicon.ModifierLookup.TryGetValue(w, out string? c) ? c : string.Empty;

    private readonly ReadOnlySpan<char> Word(int i) => _text.AsSpan(_t[i].Start, _t[i].Length);

    /// <summary>The token without a trailing period or possessive <c>'s</c>.</summary>
    private readonly ReadOnlySpan<char> Core(int i) => CoreOf(Word(i));

    /// <summary>A word without a trailing period or possessive <c>'s</c>.</summary>
    private static ReadOnlySpan<char> CoreOf(ReadOnlySpan<char> w)
    {
        if (w.Length > 1 && w[^1] == '.')
        {
            w = w[..^1];
        }

        if (w.Length > 2 && w[^1] is 's' or 'S' && Tokenizer.IsApostrophe(w[^2]))
        {
            w = w[..^2];
        }
        else if (w.Length > 2 && Tokenizer.IsApostrophe(w[^1]) && w[^2] is 's')
        {
            w = w[..^1];
        }

        return w;
    }

    private readonly Lex LexAt(int i)
    {
        if (i < 0 || i >= _n || _t[i].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return default;
        }

        ReadOnlySpan<char> w = Core(i);
        if (w.Length > 12)
        {
            return default;
        }

        return DateLexicon.TryGet(w, out Lex lx) ? lx : default;
    }

    /// <summary>Whether token <paramref name="j"/> exists, lies before <paramref name="next"/> in the same sentence, and may be taken into an expression.</summary>
    private readonly bool Left(int j, int next) => j >= _floor && j >= 0 && next < _n && (_t[next].Flags & TokenFlags.SentenceStart) == 0;

    /// <summary>Whether token <paramref name="j"/> exists and continues the sentence of the token before it.</summary>
    private readonly bool Right(int j) => j < _n && j > 0 && (_t[j].Flags & TokenFlags.SentenceStart) == 0;

    private readonly bool Is(int i, string w) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Word && Core(i).Equals(w, StringComparison.OrdinalIgnoreCase);

    private readonly bool IsL(int j, int next, string w) => Left(j, next) && Is(j, w);

    private readonly bool IsR(int j, string w) => Right(j) && Is(j, w);

    private readonly bool IsChar(int i, char c) => i >= 0 && i < _n && _t[i].Length == 1 && _text[_t[i].Start] == c;

    private readonly bool Glued(int i) => i < _n && (_t[i].Flags & TokenFlags.SpaceBefore) == 0;

    private readonly bool Capitalized(int i) => (_t[i].Flags & TokenFlags.Capitalized) != 0;

    private readonly bool SentenceStart(int i) => (_t[i].Flags & TokenFlags.SentenceStart) != 0;

    private static int Digits(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 9)
        {
            return -1;
        }

        int v = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            v = (v * 10) + (c - '0');
        }

        return v;
    }

    /// <summary>The value of a plain integer token (<c>90</c>), or -1.</summary>
    private readonly int IntAt(int i) => i >= 0 && i < _n && _t[i].Kind == TokenKind.Number ? Digits(Word(i)) : -1;

    /// <summary>A day of the month: <c>25</c> or <c>25th</c>; -1 otherwise.</summary>
    private readonly int DayAt(int i)
    {
        if (i < 0 || i >= _n || _t[i].Kind != TokenKind.Number)
        {
            return -1;
        }

        ReadOnlySpan<char> w = Word(i);
        if (w.Length > 2 && (w.EndsWith("st", StringComparison.OrdinalIgnoreCase) || w.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || w.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            w = w[..^2];
        }

        if (w.Length > 2)
        {
            return -1;
        }

        int d = Digits(w);
        return d is >= 1 and <= 31 ? d : -1;
    }

    /// <summary>A four-digit year token (<c>2016</c>), or -1.</summary>
    private readonly int YearAt(int i)
    {
        if (i < 0 || i >= _n || _t[i].Kind != TokenKind.Number || _t[i].Length != 4)
        {
            return -1;
        }

        int y = Digits(Word(i));
        return y is >= 1000 and <= 2199 ? y : -1;
    }

    /// <summary>A number word or integer usable as a count of units; <see cref="DateLexicon.Vague"/> for <c>several</c>.</summary>
    private readonly bool TryCountLeft(int j, int next, out int value, out int first)
    {
        value = 0;
        first = j;
        if (!Left(j, next))
        {
            return false;
        }

        Token tok = _t[j];
        if (tok.Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> w = Word(j);
            int v = Digits(w);
            if (v < 0)
            {
                // 1.5 years, 2,000 years.
                if (w.IndexOf(':') >= 0 || w.IndexOf('/') >= 0)
                {
                    return false;
                }

                int comma = w.IndexOf(',');
                if (comma >= 0 && Digits(w.Slice(comma + 1)) >= 0 && Digits(w[..comma]) > 0)
                {
                    v = (Digits(w[..comma]) * 1000) + Digits(w.Slice(comma + 1));
                }
                else
                {
                    return false;
                }
            }

            // "2 1/2 years"
            value = v;
            return true;
        }

        if (tok.Kind != TokenKind.Word)
        {
            return false;
        }

        if ((tok.Flags & TokenFlags.Hyphenated) != 0)
        {
            // twenty-four
            ReadOnlySpan<char> w = Word(j);
            int dash = w.IndexOf('-');
            if (dash > 0 && DateLexicon.Lookup.TryGetValue(w[..dash], out Lex a) && a.Kind == LexKind.Number && a.Value >= 20
                && DateLexicon.Lookup.TryGetValue(w[(dash + 1)..], out Lex b) && b.Kind == LexKind.Number && b.Value is > 0 and < 10)
            {
                value = a.Value + b.Value;
                return true;
            }

            return false;
        }

        Lex lx = LexAt(j);
        if (lx.Kind != LexKind.Number)
        {
            return false;
        }

        value = lx.Value;
        if (Is(j, "few") || Is(j, "couple") || Is(j, "dozen"))
        {
            // a few, a couple of; the "of" sits between count and unit and is handled by the caller.
            if (IsL(j - 1, j, "a"))
            {
                first = j - 1;
            }
        }
        else if (Is(j, "hundred") && Left(j - 1, j) && LexAt(j - 1).Kind == LexKind.Number && !Is(j - 1, "a"))
        {
            value = LexAt(j - 1).Value * 100;
            first = j - 1;
        }
        else if (lx.Value < 10 && lx.Value > 0 && Left(j - 1, j) && LexAt(j - 1) is { Kind: LexKind.Number, Value: >= 20 and < 100 } tens)
        {
            value = tens.Value + lx.Value;
            first = j - 1;
        }

        return true;
    }

    // ---- tense -------------------------------------------------------------------------------

    /// <summary>Whether the clause before token <paramref name="first"/> is in the future tense (<c>will</c>, <c>scheduled to</c>...).</summary>
    private readonly bool FutureCue(int first)
    {
        if (IsL(first - 1, first, "as") && (IsL(first - 2, first - 1, "early") || IsL(first - 2, first - 1, "soon")))
        {
            return true;
        }

        if (first < _n && SentenceStart(first))
        {
            return false; // nothing of this sentence lies before it
        }

        int stop = Math.Max(0, first - FutureWindow);
        for (int j = first - 1; j >= stop; j--)
        {
            Token tok = _t[j];
            if (tok.Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> w = Word(j);
                if (DateLexicon.FutureCueLookup.Contains(w))
                {
                    // "had been scheduled to expire Friday": a plan made in the past, for a day now past
                    if (Is(j - 1, "had") || Is(j - 1, "been") || Is(j - 2, "had"))
                    {
                        return false;
                    }

                    if (w.Equals("next", StringComparison.OrdinalIgnoreCase) && IsR(j + 1, "to"))
                    {
                        if (SentenceStart(j))
                        {
                            break;
                        }

                        continue; // "next to the embassy": a place, not a time
                    }

                    return !(w.Equals("set", StringComparison.OrdinalIgnoreCase) && !IsR(j + 1, "to"));
                }

                if (w.Length > 3 && (w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }

                if (w.Equals("said", StringComparison.OrdinalIgnoreCase) || w.Equals("was", StringComparison.OrdinalIgnoreCase)
                    || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("had", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                // "would be traveling Thursday", "did not plan to remove him on Thursday"
                if ((w.Equals("would", StringComparison.OrdinalIgnoreCase) && (IsR(j + 1, "be") || IsR(j + 1, "leave") || IsR(j + 1, "arrive") || IsR(j + 1, "meet") || IsR(j + 1, "travel") || IsR(j + 1, "return")))
                    || (w.Equals("plan", StringComparison.OrdinalIgnoreCase) && IsR(j + 1, "to")))
                {
                    return true;
                }
            }

            if ((tok.Flags & TokenFlags.SentenceStart) != 0)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the expression at <paramref name="at"/> (a weekday, or a clock time and its weekday) is a deadline
    /// (<c>until Tuesday</c>, <c>postponed until 9 a.m. Tuesday</c>): one still ahead unless the clause says <c>was</c>.
    /// </summary>
    private readonly bool Deadline(int at)
    {
        int j = at - 1;
        if (j >= 0 && _t[j].Kind == TokenKind.Word && DateLexicon.TimeZoneLookup.Contains(Word(j)))
        {
            j--; // 9 a.m. EST Tuesday
        }

        if (j >= 0 && _t[j].Kind == TokenKind.Word && IsMeridiem(j))
        {
            j -= 2; // 9 a.m. Tuesday
        }
        else if (j >= 0 && _t[j].Kind == TokenKind.Number)
        {
            j--;
        }

        if (!(Left(j, j + 1) && (Is(j, "until") || Is(j, "till"))))
        {
            return false;
        }

        int lo = Math.Max(0, j - 8);
        for (int k = j - 1; k >= lo && Left(k, k + 1); k--)
        {
            if (Is(k, "was") || Is(k, "were") || Is(k, "had") || Is(k, "stayed") || Is(k, "remained") || Is(k, "lasted"))
            {
                return false;
            }
        }

        // "Until Thursday, they had described him as a witness"
        int hi = Math.Min(_n, at + 8);
        for (int k = at + 1; k < hi && !SentenceStart(k); k++)
        {
            if (Is(k, "was") || Is(k, "were") || Is(k, "had"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the clause around token <paramref name="at"/> is plainly in the past tense (<c>was</c>, <c>since</c>, a verb in <c>-ed</c>).</summary>
    private readonly bool PastCue(int at)
    {
        int lo = Math.Max(0, at - 12);
        for (int j = at - 1; j >= lo; j--)
        {
            if (IsPastWord(j))
            {
                return true;
            }

            if (SentenceStart(j))
            {
                break;
            }
        }

        // "In January, the company brought in a new chief": the verb after a fronted date
        int hi = Math.Min(_n, at + 8);
        for (int j = at + 1; j < hi && !SentenceStart(j); j++)
        {
            if (_t[j].Kind == TokenKind.Word && (DateLexicon.FutureCueLookup.Contains(Word(j)) || Is(j, "would") || Is(j, "is") || Is(j, "are")))
            {
                break;
            }

            if (IsPastWord(j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case plural noun such as <c>flights</c> or <c>hours</c> (before a rate: <c>four flights a week</c>).</summary>
    private readonly bool IsPluralNoun(int j)
    {
        if (_t[j].Kind == TokenKind.Number)
        {
            return true;
        }

        if (_t[j].Kind != TokenKind.Word || Capitalized(j))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(j);
        return (w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i')
            || w.Equals("million", StringComparison.OrdinalIgnoreCase) || w.Equals("billion", StringComparison.OrdinalIgnoreCase)
            || w.Equals("people", StringComparison.OrdinalIgnoreCase);
    }

    private readonly bool IsPastWord(int j)
    {
        if (_t[j].Kind != TokenKind.Word || Capitalized(j))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(j);
        if (w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
            || w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("did", StringComparison.OrdinalIgnoreCase)
            || w.Equals("since", StringComparison.OrdinalIgnoreCase) || w.Equals("ago", StringComparison.OrdinalIgnoreCase)
            || w.Equals("bought", StringComparison.OrdinalIgnoreCase) || w.Equals("began", StringComparison.OrdinalIgnoreCase)
            || DateLexicon.PastVerbLookup.Contains(w))
        {
            return true;
        }

        return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !DateLexicon.FutureCueLookup.Contains(w)
            && !w.EndsWith("ceed", StringComparison.Ordinal) && !w.Equals("need", StringComparison.Ordinal) && !w.Equals("speed", StringComparison.Ordinal)
            && !w.Equals("indeed", StringComparison.Ordinal) && !w.Equals("hundred", StringComparison.Ordinal);
    }

    /// <summary>Whether the article reports quarterly results (it mentions a quarter); computed once per document.</summary>
    private bool QuarterContext(int i)
    {
        _ = i;
        if (_quarterContext == 0)
        {
            _quarterContext = 2;
            for (int j = 0; j < _n; j++)
            {
                // "quarter" starts the word or follows a hyphen (third-quarter): test only such words
                if (_t[j].Kind == TokenKind.Word && _t[j].Length >= 7 && (((_text[_t[j].Start] | 0x20) == 'q') || (_t[j].Flags & TokenFlags.Hyphenated) != 0)
                    && Word(j).Contains("quarter", StringComparison.OrdinalIgnoreCase))
                {
                    _quarterContext = 1;
                    break;
                }
            }
        }

        return _quarterContext == 1;
    }

    // ---- value formatting --------------------------------------------------------------------

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Y(int y) => y.ToString("D4", CultureInfo.InvariantCulture);

    private static string YM(int y, int m) => Y(y) + "-" + m.ToString("D2", CultureInfo.InvariantCulture);

    private static string Week(DateOnly d)
    {
        DateTime dt = d.ToDateTime(TimeOnly.MinValue);
        return Y(ISOWeek.GetYear(dt)) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("D2", CultureInfo.InvariantCulture);
    }

    private static int Iso(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    private static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    private readonly string DayValue(int offsetDays) => _pub is { } p ? D(p.AddDays(offsetDays)) : "XXXX-XX-XX";

    private readonly string YearValue(int offset) => _pub is { } p ? Y(p.Year + offset) : "XXXX";

    private readonly string MonthValue(int offset) => _pub is { } p ? YM(p.AddMonths(offset).Year, p.AddMonths(offset).Month) : "XXXX-XX";

    private readonly string WeekValue(int offset) => _pub is { } p ? Week(p.AddDays(7 * offset)) : "XXXX-WXX";

    private readonly string QuarterValue(int offset)
    {
        if (_pub is not { } p)
        {
            return "XXXX-QX";
        }

        int q = (p.Year * 4) + QuarterOf(p.Month) - 1 + offset;
        return Y(q / 4) + "-Q" + ((q % 4) + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The weekday <paramref name="wd"/> (ISO 1-7) relative to publication: 0 nearest not after, -1 strictly before, +1 strictly after.</summary>
    private readonly string WeekdayValue(int wd, int dir)
    {
        if (_pub is not { } p)
        {
            return "XXXX-WXX-" + wd.ToString(CultureInfo.InvariantCulture);
        }

        int pw = Iso(p.DayOfWeek);
        int back = (pw - wd + 7) % 7;
        int ahead = (wd - pw + 7) % 7;
        return dir switch
        {
            < 0 => D(p.AddDays(back == 0 ? -7 : -back)),
            > 0 => D(p.AddDays(ahead == 0 ? 7 : ahead)),
            _ => D(p.AddDays(-back)),
        };
    }

    /// <summary>The year of a month (and day) written without one: near publication, in the direction the words say.</summary>
    private readonly int ResolveYear(int month, int day, int dir, int at)
    {
        if (_pub is not { } p)
        {
            return -1;
        }

        if (dir < 0)
        {
            return month < p.Month - 1 || (day > 0 && month < p.Month) ? p.Year : p.Year - 1; // "last February" said in March is the year before
        }

        if (dir > 0)
        {
            return month > p.Month ? p.Year : p.Year + 1;
        }

        if (dir == 2)
        {
            return p.Year;
        }

        int diff = (month - p.Month) * 31 + (day > 0 ? day - p.Day : 0);
        bool future = FutureCue(at);
        if (diff > 150 && !future)
        {
            return p.Year - 1;
        }

        if (diff < -240 && (future || !PastCue(at)))
        {
            return p.Year + 1; // "in January" in a November article, unless the clause is in the past
        }

        // a plan ("effective June 1" in October) for a date already past this year is next year's
        if (diff < -31 && future && !PastCue(at))
        {
            return p.Year + 1;
        }

        return p.Year;
    }

    private static string MonthDay(int y, int m, int d) =>
        (y < 0 ? "XXXX" : Y(y)) + "-" + m.ToString("D2", CultureInfo.InvariantCulture) + (d > 0 ? "-" + d.ToString("D2", CultureInfo.InvariantCulture) : string.Empty);

    private static string UnitCode(TimeUnit u, int n, out bool time)
    {
        time = u is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour;
        return u switch
        {
            TimeUnit.Second => "S",
            TimeUnit.Minute => "M",
            TimeUnit.Hour => "H",
            TimeUnit.Day => "D",
            TimeUnit.Week => "W",
            TimeUnit.Weekend => "WE",
            TimeUnit.Month => "M",
            TimeUnit.Quarter => "Q",
            TimeUnit.Half => "H",
            TimeUnit.Year => "Y",
            TimeUnit.Decade => "Y",
            _ => n == 1 ? "C" : "Y",
        };
    }

    private static string Duration(int n, TimeUnit u)
    {
        string code = UnitCode(u, n, out bool time);
        string prefix = time ? "PT" : "P";
        if (n == DateLexicon.Vague)
        {
            return prefix + "X" + (u == TimeUnit.Decade ? "E" : u == TimeUnit.Century ? "C" : code);
        }

        if (u == TimeUnit.Half)
        {
            return "P" + (n * 6).ToString(CultureInfo.InvariantCulture) + "M";
        }

        int k = u == TimeUnit.Decade ? n * 10 : u == TimeUnit.Century && n != 1 ? n * 100 : n;
        return prefix + k.ToString(CultureInfo.InvariantCulture) + code;
    }

    /// <summary>The value of a date <paramref name="n"/> units before (negative) or after publication, at the unit's granularity.</summary>
    private string? Shift(int n, TimeUnit u, int at)
    {
        if (n is > 5000 or < -5000)
        {
            return null; // "999999 days ago": beyond any calendar we format
        }

        switch (u)
        {
            case TimeUnit.Day:
                return DayValue(n);
            case TimeUnit.Week:
                return WeekValue(n);
            case TimeUnit.Month:
                return MonthValue(n);
            case TimeUnit.Quarter:
                return QuarterValue(n);
            case TimeUnit.Year:
                if (Math.Abs(n) == 1 && QuarterContext(at))
                {
                    return QuarterValue((4 * n) - 1);
                }

                return YearValue(n);
            case TimeUnit.Decade:
                return YearValue(10 * n);
            default:
                return null;
        }
    }

    // ---- left modifiers ----------------------------------------------------------------------

    /// <summary>Takes <c>early</c>, <c>late</c>, <c>mid</c>, <c>earlier</c>, <c>later</c> and <c>the end of</c>-style prefixes before <paramref name="first"/>.</summary>
    private readonly int EdgeModifiers(int first, ref string? mod, bool takeEarlier = true)
    {
        if (Left(first - 1, first))
        {
            ReadOnlySpan<char> w = Word(first - 1);
            if (w.Equals("early", StringComparison.OrdinalIgnoreCase))
            {
                mod = "START";
                return first - 1;
            }

            if (w.Equals("late", StringComparison.OrdinalIgnoreCase))
            {
                mod = "END";
                return first - 1;
            }

            if (w.Equals("mid", StringComparison.OrdinalIgnoreCase))
            {
                mod = "MID";
                return first - 1;
            }

            // TimeBank keeps "earlier" in "earlier this year" but leaves it out of "earlier this week" and "earlier Friday".
            if (takeEarlier && (w.Equals("earlier", StringComparison.OrdinalIgnoreCase) || w.Equals("later", StringComparison.OrdinalIgnoreCase)))
            {
                return first - 1;
            }
        }

        if (IsL(first - 1, first, "of") && Left(first - 3, first - 2) && Is(first - 3, "the"))
        {
            int k = first - 2;
            if (Is(k, "end"))
            {
                mod = "END";
                return first - 3;
            }

            if (Is(k, "beginning") || Is(k, "start"))
            {
                mod = "START";
                return first - 3;
            }

            if (Is(k, "middle"))
            {
                mod = "MID";
                return first - 3;
            }
        }

        return first;
    }

    // ---- numbers -----------------------------------------------------------------------------

    private bool TryNumber(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        if (w.IndexOf(':') > 0 || (Right(i + 1) && IsMeridiem(i + 1)))
        {
            return TryClock(i);
        }

        if (w.Length == 4 && Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && DateLexicon.TimeZoneLookup.Contains(Core(i + 1))
            && !IsL(i - 1, i, "in") && !IsL(i - 1, i, "since") && TryClock(i))
        {
            return true; // 1030 GMT, 0800 EST: a clock time, not a year
        }

        if (w.Length == 4 && (Is(i + 1, "to") || Is(i + 1, "until") || Is(i + 1, "and")) && Right(i + 2) && _t[i + 2].Kind == TokenKind.Number
            && Word(i + 2).Length == 4 && Right(i + 3) && _t[i + 3].Kind == TokenKind.Word && DateLexicon.TimeZoneLookup.Contains(Core(i + 3))
            && !IsL(i - 1, i, "in") && !IsL(i - 1, i, "since") && TryClock(i, zoneAfter: i + 3))
        {
            return true; // from 1130 to 1215 GMT: the zone after the second time is the first one's too
        }

        // "April 24 and 25": a second day of the month just named
        if (_refDay is { } prev && _floor == i - 1 && i >= 2 && (Is(i - 1, "and") || Is(i - 1, "or")) && DayAt(i - 2) == prev.Day
            && DayAt(i) is int d2 && d2 > prev.Day && d2 <= DateTime.DaysInMonth(prev.Year, prev.Month)
            && !(Right(i + 1) && (IsPluralNoun(i + 1) || LexAt(i + 1).Kind != LexKind.None || IsChar(i + 1, '%') || IsChar(i + 1, '-'))))
        {
            return Set(i, i + 1, TemporalType.Date, D(new DateOnly(prev.Year, prev.Month, d2)));
        }

        // 2016-10-25
        int y = YearAt(i);
        if (y > 0 && i + 4 < _n && IsChar(i + 1, '-') && Glued(i + 1) && Glued(i + 2) && IsChar(i + 3, '-') && Glued(i + 3) && Glued(i + 4))
        {
            int m = IntAt(i + 2), d = IntAt(i + 4);
            if (m is >= 1 and <= 12 && d is >= 1 and <= 31 && _t[i + 2].Length == 2 && _t[i + 4].Length == 2)
            {
                return Set(i, i + 5, TemporalType.Date, MonthDay(y, m, d));
            }
        }

        // 10/25/2016, 25/10/2016
        if (w.Length <= 2 && i + 4 < _n && IsChar(i + 1, '/') && Glued(i + 1) && Glued(i + 2) && IsChar(i + 3, '/') && Glued(i + 3) && Glued(i + 4))
        {
            int a = IntAt(i), b = IntAt(i + 2), c = IntAt(i + 4);
            int yy = _t[i + 4].Length == 4 ? c : _t[i + 4].Length == 2 && c >= 0 ? (c < 50 ? 2000 + c : 1900 + c) : -1;
            if (yy > 0 && a >= 1 && b >= 1)
            {
                if (a <= 12 && b <= 31)
                {
                    return Set(i, i + 5, TemporalType.Date, MonthDay(yy, a, b));
                }

                if (b <= 12 && a <= 31)
                {
                    return Set(i, i + 5, TemporalType.Date, MonthDay(yy, b, a));
                }
            }

            return false;
        }

        // 25 October 2016
        int day = DayAt(i);
        if (day > 0 && Right(i + 1) && LexAt(i + 1) is { Kind: LexKind.Month } month && Capitalized(i + 1))
        {
            int end = i + 2;
            int yr = -1;
            if (Right(i + 2) && YearAt(i + 2) > 0)
            {
                yr = YearAt(i + 2);
                end = i + 3;
            }

            if (yr < 0)
            {
                yr = ResolveYear(month.Value, day, 0, i);
            }

            int first = i;
            if (IsL(i - 1, i, "the"))
            {
                first = i - 1;
            }

            return Set(first, end, TemporalType.Date, MonthDay(yr, month.Value, day));
        }

        // 1990s, '90s
        if (w.Length is 5 or 3 && (w[^1] is 's') && Digits(w[..^1]) >= 0)
        {
            return TryDecade(i, w);
        }

        if (y > 0)
        {
            return TryYear(i, y);
        }

        return false;
    }

    private bool TryDecade(int i, ReadOnlySpan<char> w)
    {
        int v = Digits(w[..^1]);
        string value;
        if (w.Length == 5)
        {
            if (v < 1000 || v > 2190 || v % 10 != 0)
            {
                return false;
            }

            value = v % 100 == 0 && v != 2000 ? Y(v)[..2] : Y(v)[..3];
        }
        else
        {
            if (v % 10 != 0 || !(i > 0 && _t[i - 1].Kind == TokenKind.Quote && Glued(i)))
            {
                return false;
            }

            value = (v < 30 ? "20" : "19") + v.ToString("D2", CultureInfo.InvariantCulture)[..1];
        }

        int first = i;
        if (i > 0 && _t[i - 1].Kind == TokenKind.Quote && Glued(i))
        {
            first = i - 1;
        }

        string? mod = null;
        first = EdgeModifiers(first, ref mod);
        if (IsL(first - 1, first, "the"))
        {
            first--;
        }

        return Set(first, i + 1, TemporalType.Date, value, mod);
    }

    private bool TryYear(int i, int y)
    {
        // Counts, money, percentages, scores, phone numbers, versions.
        if (i > 0 && (_t[i - 1].Kind == TokenKind.Currency || (Glued(i) && (IsChar(i - 1, '-') || IsChar(i - 1, '/') || IsChar(i - 1, '.')))))
        {
            return false;
        }

        if (i + 1 < _n && Glued(i + 1) && (IsChar(i + 1, '-') || IsChar(i + 1, '/') || IsChar(i + 1, '%') || IsChar(i + 1, '.')) && i + 2 < _n && Glued(i + 2) && _t[i + 2].Kind == TokenKind.Number
            && !(IsChar(i + 1, '-') && _t[i + 2].Length == 2))
        {
            return false;
        }

        if (Right(i + 1) && (IsChar(i + 1, '%') || Is(i + 1, "percent") || Is(i + 1, "per")))
        {
            return false;
        }

        Lex next = LexAt(i + 1);
        if (Right(i + 1) && next.Kind == LexKind.Unit && next.Value != (int)TimeUnit.Quarter && next.Value != (int)TimeUnit.Half
            && !(next.Value == (int)TimeUnit.Second && (IsR(i + 2, "quarter") || IsR(i + 2, "half"))))
        {
            return false;
        }

        bool prep = Left(i - 1, i) && _t[i - 1].Kind == TokenKind.Word && DateLexicon.DatePrepositionLookup.Contains(Core(i - 1));
        if (!prep && Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && !Capitalized(i + 1) && y % 50 == 0)
        {
            ReadOnlySpan<char> nw = Word(i + 1);
            bool plural = nw.Length > 3 && nw[^1] == 's' && !Tokenizer.IsApostrophe(nw[^2]);
            if (plural || (!IsL(i - 1, i, "the") && LexAt(i + 1).Kind == LexKind.None && !Is(i + 1, "and") && !Is(i + 1, "or") && !Is(i + 1, "to")))
            {
                return false; // 2000 people
            }
        }

        if (!prep && Left(i - 1, i) && _t[i - 1].Kind == TokenKind.Word && Capitalized(i - 1) && !SentenceStart(i - 1) && LexAt(i - 1).Kind == LexKind.None)
        {
            return false; // Windows 2000
        }

        if ((y < 1600 || y > 2100) && !prep)
        {
            return false;
        }

        int first = i, end = i + 1;
        string? mod = null;

        // The 1997 third quarter, 1997 first-half.
        if (Right(i + 1) && TryQuarterAfterYear(i + 1, y, out int qEnd, out string? qValue))
        {
            first = IsL(i - 1, i, "the") ? i - 1 : i;
            return Set(first, qEnd, TemporalType.Date, qValue!);
        }

        // the 1989 period (a reporting quarter)
        if ((IsR(i + 1, "period") || IsR(i + 1, "quarter")) && IsL(i - 1, i, "the") && QuarterContext(i) && _pub is { } pp)
        {
            int rq = QuarterOf(pp.Month) - 1;
            return Set(i - 1, i + 2, TemporalType.Date, Y(y) + "-Q" + (rq == 0 ? 4 : rq).ToString(CultureInfo.InvariantCulture));
        }

        if (IsL(i - 1, i, "fiscal") || IsL(i - 1, i, "calendar"))
        {
            first = i - 1;
            if (IsL(first - 1, first, "year"))
            {
                first--;
            }
        }
        else if (IsL(i - 1, i, "year") && (IsL(i - 2, i - 1, "fiscal") || IsL(i - 2, i - 1, "calendar")))
        {
            first = i - 2;
        }

        first = EdgeModifiers(first, ref mod);

        // the first half of 1997
        if (IsL(first - 1, first, "of") && IsL(first - 2, first - 1, "half") && Left(first - 3, first - 2))
        {
            int h = HalfOrdinal(first - 3);
            if (h > 0)
            {
                int f = IsL(first - 4, first - 3, "the") ? first - 4 : first - 3;
                return Set(f, end, TemporalType.Date, Y(y) + "-H" + h.ToString(CultureInfo.InvariantCulture));
            }
        }

        return Set(first, end, TemporalType.Date, Y(y), mod);
    }

    private readonly int HalfOrdinal(int j)
    {
        if (Is(j, "first") || Is(j, "1st"))
        {
            return 1;
        }

        return Is(j, "second") || Is(j, "2nd") || Is(j, "last") ? 2 : 0;
    }

    private readonly int QuarterOrdinal(int j)
    {
        if (j < 0 || j >= _n)
        {
            return 0;
        }

        ReadOnlySpan<char> w = Core(j);
        return w switch
        {
            _ when w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("1st", StringComparison.OrdinalIgnoreCase) => 1,
            _ when w.Equals("second", StringComparison.OrdinalIgnoreCase) || w.Equals("2nd", StringComparison.OrdinalIgnoreCase) => 2,
            _ when w.Equals("third", StringComparison.OrdinalIgnoreCase) || w.Equals("3rd", StringComparison.OrdinalIgnoreCase) => 3,
            _ when w.Equals("fourth", StringComparison.OrdinalIgnoreCase) || w.Equals("4th", StringComparison.OrdinalIgnoreCase) => 4,
            _ => 0,
        };
    }

    /// <summary>After a year: <c>third quarter</c>, <c>third-quarter</c>, <c>first half</c>.</summary>
    private readonly bool TryQuarterAfterYear(int j, int y, out int end, out string? value)
    {
        end = j;
        value = null;
        if (Is(j, "fiscal") && Right(j + 1))
        {
            j++;
        }

        int q = QuarterOrdinal(j);
        if (q > 0 && IsR(j + 1, "quarter"))
        {
            end = j + 2;
            value = Y(y) + "-Q" + q.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        if (q is 1 or 2 && IsR(j + 1, "half"))
        {
            end = j + 2;
            value = Y(y) + "-H" + q.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        if (_t[j].Kind == TokenKind.Word && (_t[j].Flags & TokenFlags.Hyphenated) != 0)
        {
            ReadOnlySpan<char> w = Word(j);
            int dash = w.IndexOf('-');
            if (dash > 0 && w[(dash + 1)..].Equals("quarter", StringComparison.OrdinalIgnoreCase) && QuarterOrdinal(j) == 0)
            {
                int qq = OrdinalWord(w[..dash]);
                if (qq > 0)
                {
                    end = j + 1;
                    value = Y(y) + "-Q" + qq.ToString(CultureInfo.InvariantCulture);
                    return true;
                }
            }
        }

        return false;
    }

    private static int OrdinalWord(ReadOnlySpan<char> w) =>
        w.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1
        : w.Equals("second", StringComparison.OrdinalIgnoreCase) ? 2
        : w.Equals("third", StringComparison.OrdinalIgnoreCase) ? 3
        : w.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 4 : 0;

    private readonly bool IsMeridiem(int j)
    {
        if (j >= _n || _t[j].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(j);
        return w.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
            || w.Equals("am", StringComparison.Ordinal) || w.Equals("pm", StringComparison.Ordinal)
            || w.Equals("AM", StringComparison.Ordinal) || w.Equals("PM", StringComparison.Ordinal)
            || w.Equals("a.m", StringComparison.OrdinalIgnoreCase) || w.Equals("p.m", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>8:30 a.m., 9 p.m. EST Tuesday, 14:00 GMT, 1030 GMT.</summary>
    /// <param name="i">The number's token.</param>
    /// <param name="zoneAfter">The time zone's token when it follows a second time (<c>1130 to 1215 GMT</c>), else -1.</param>
    private bool TryClock(int i, int zoneAfter = -1)
    {
        ReadOnlySpan<char> w = Word(i);
        int colon = w.IndexOf(':');
        int h, m = 0;
        if (colon > 0)
        {
            h = Digits(w[..colon]);
            ReadOnlySpan<char> rest = w[(colon + 1)..];
            if (rest.Length != 2 || rest.IndexOf(':') >= 0)
            {
                return false;
            }

            m = Digits(rest);
        }
        else if (w.Length == 4)
        {
            h = Digits(w[..2]); // 1030 GMT: hours and minutes without a colon (the caller has seen the zone)
            m = Digits(w[2..]);
        }
        else
        {
            h = Digits(w);
        }

        if (h < 0 || h > 24 || m < 0 || m > 59)
        {
            return false;
        }

        int end = i + 1;
        bool meridiem = false;
        if (Right(end) && IsMeridiem(end))
        {
            meridiem = true;
            bool pm = Word(end)[0] is 'p' or 'P';
            if (h > 12 || h == 0)
            {
                return false;
            }

            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
            end++;
        }

        bool zone = false;
        if (Right(end) && _t[end].Kind == TokenKind.Word && DateLexicon.TimeZoneLookup.Contains(Core(end)))
        {
            zone = true;
            end++;
        }

        if (!meridiem && !zone && zoneAfter < 0)
        {
            // A bare 14:30 needs a preposition: "at 14:30".
            if (colon < 0 || !(IsL(i - 1, i, "at") || IsL(i - 1, i, "by") || IsL(i - 1, i, "until") || IsL(i - 1, i, "before") || IsL(i - 1, i, "after")))
            {
                return false;
            }
        }

        // a bare "at 10 p.m." belongs to the day last mentioned (TimeML's reference time), else to publication
        string fallback = _refDay is { } rd ? D(rd) : _pub is { } p ? D(p) : "XXXX-XX-XX";
        string date;
        if (zoneAfter >= 0)
        {
            int after = zoneAfter + 1; // from 1130 to 1215 GMT on Wednesday: the range's day, after its second time
            date = DayOfTime(ref after, fallback);
        }
        else
        {
            date = DayOfTime(ref end, fallback);
        }

        int first = i;
        if (IsL(i - 1, i, "around") || IsL(i - 1, i, "about"))
        {
            first = i - 1;
        }

        string time = "T" + h.ToString("D2", CultureInfo.InvariantCulture) + ":" + m.ToString("D2", CultureInfo.InvariantCulture);
        return Set(first, end, TemporalType.Time, date + time);
    }

    /// <summary>
    /// The day a time of day belongs to: a day right after it, which joins the expression (<c>10 p.m. Tuesday</c>, moving
    /// <paramref name="end"/>), or a day after <c>on</c>, which keeps its own expression (<c>3 p.m. on Tuesday</c>);
    /// otherwise <paramref name="fallback"/>.
    /// </summary>
    private readonly string DayOfTime(ref int end, string fallback)
    {
        int dayEnd = DayAfter(end, out string? joined);
        if (dayEnd > end)
        {
            end = dayEnd;
            return joined!;
        }

        return Right(end) && Is(end, "on") && DayAfter(end + 1, out string? on) > end + 1 ? on! : fallback;
    }

    /// <summary>A day reference right after a time: <c>Tuesday</c>, <c>today</c>, <c>yesterday</c>, <c>Oct. 25</c>.</summary>
    private readonly int DayAfter(int j, out string? value)
    {
        value = null;
        if (Right(j) && IsChar(j, ','))
        {
            j++;
        }

        if (!Right(j))
        {
            return -1;
        }

        Lex lx = LexAt(j);
        if (lx.Kind == LexKind.Weekday && !lx.Plural && Capitalized(j))
        {
            int end = j + 1;
            if (Right(end) && IsChar(end, ',') && Right(end + 1) && LexAt(end + 1).Kind == LexKind.Month && DayAt(end + 2) > 0)
            {
                int mm = LexAt(end + 1).Value, dd = DayAt(end + 2);
                value = MonthDay(ResolveYear(mm, dd, 0, j), mm, dd);
                return end + 3;
            }

            value = WeekdayValue(lx.Value, FutureCue(j) || Deadline(j) ? 1 : 0);
            return end;
        }

        if (lx.Kind == LexKind.Deictic && (Deixis)lx.Value is Deixis.Today or Deixis.Yesterday or Deixis.Tomorrow)
        {
            value = DayValue((Deixis)lx.Value switch { Deixis.Yesterday => -1, Deixis.Tomorrow => 1, _ => 0 });
            return j + 1;
        }

        if (lx.Kind == LexKind.Month && Capitalized(j) && DayAt(j + 1) > 0 && Right(j + 1))
        {
            int mm = lx.Value, dd = DayAt(j + 1);
            int yr = Right(j + 2) && IsChar(j + 2, ',') && YearAt(j + 3) > 0 ? YearAt(j + 3) : -1;
            value = MonthDay(yr > 0 ? yr : ResolveYear(mm, dd, 0, j), mm, dd);
            return yr > 0 ? j + 4 : j + 2;
        }

        return -1;
    }

    // ---- months ------------------------------------------------------------------------------

    private bool TryMonth(int i, Lex lx)
    {
        if (!Capitalized(i))
        {
            return false;
        }

        bool hasPeriod = Word(i)[^1] == '.';
        int day = Right(i + 1) ? DayAt(i + 1) : -1;
        if (day > 0 && Right(i + 2) && (_t[i + 2].Kind == TokenKind.Number || IsChar(i + 2, '%') || Is(i + 2, "percent")))
        {
            day = -1; // May 5.5, May 3 percent
        }

        // In January 25 people died: the number counts the people. (The August 7 bombings, the March 3 talks: a date before an
        // event, with a determiner before the month; on March 3 votes were cast: "on" takes a day.)
        if (day > 0 && Right(i + 2) && _t[i + 1].Kind == TokenKind.Number && _t[i + 2].Kind == TokenKind.Word && LexAt(i + 2).Kind == LexKind.None
            && (IsPluralNoun(i + 2) || Is(i + 2, "people") || Is(i + 2, "men") || Is(i + 2, "women") || Is(i + 2, "children"))
            && !(i > 0 && (Is(i - 1, "on") || Is(i - 1, "the") || Is(i - 1, "a") || Is(i - 1, "an") || Is(i - 1, "this") || Is(i - 1, "last") || Is(i - 1, "next")
                || Word(i - 1).EndsWith("'s", StringComparison.Ordinal) || Word(i - 1).EndsWith("\u2019s", StringComparison.Ordinal))))
        {
            day = -1;
        }

        int yearNext = Right(i + 1) ? YearAt(i + 1) : -1;
        int spelled = day < 0 && yearNext < 0 && i + 1 < _n && Right(i + 1) ? SpelledYear(i + 1, LexAt(i + 1)) : -1;
        bool prep = Left(i - 1, i) && _t[i - 1].Kind == TokenKind.Word && DateLexicon.DatePrepositionLookup.Contains(Core(i - 1));
        if (lx.Abbrev && !hasPeriod && day < 0 && yearNext < 0)
        {
            return false;
        }

        ReadOnlySpan<char> core = Core(i);
        bool ambiguous = core.Equals("May", StringComparison.OrdinalIgnoreCase) || core.Equals("March", StringComparison.OrdinalIgnoreCase)
            || core.Equals("Jan", StringComparison.OrdinalIgnoreCase);
        if (day < 0 && yearNext < 0 && spelled < 0)
        {
            if (ambiguous && !prep)
            {
                return false;
            }

            // April Ross, August Wilson: a month followed by a capitalized name.
            if (Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && Capitalized(i + 1) && LexAt(i + 1).Kind == LexKind.None && !prep)
            {
                return false;
            }

            if (SentenceStart(i) && ambiguous)
            {
                return false;
            }
        }

        int end = i + 1;
        int yr = -1;
        if (day < 0 && yearNext < 0 && (IsL(i - 1, i, "every") || IsL(i - 1, i, "each")))
        {
            return Set(i - 1, end, TemporalType.Set, "XXXX-" + lx.Value.ToString("D2", CultureInfo.InvariantCulture));
        }

        if (day > 0)
        {
            end = i + 2;
            if (Right(end) && IsChar(end, ',') && YearAt(end + 1) > 0 && Right(end + 1))
            {
                yr = YearAt(end + 1);
                end += 2;
            }
            else if (Right(end) && YearAt(end) > 0)
            {
                yr = YearAt(end);
                end++;
            }
        }
        else if (yearNext > 0)
        {
            yr = yearNext;
            end = i + 2;
        }
        else if (spelled > 0)
        {
            yr = spelled;
            end = i + 3;
        }
        else if (IsR(i + 1, "of") && Right(i + 2) && YearAt(i + 2) > 0)
        {
            yr = YearAt(i + 2);
            end = i + 3;
        }
        else if (Right(i + 1) && IsChar(i + 1, ',') && Right(i + 2) && YearAt(i + 2) > 0)
        {
            yr = YearAt(i + 2);
            end = i + 3;
        }

        int first = i;
        string? mod = null;
        int dir = 0;
        if (day > 0)
        {
            // Monday, Oct. 25
            if (Left(i - 1, i) && IsChar(i - 1, ',') && Left(i - 2, i - 1) && LexAt(i - 2) is { Kind: LexKind.Weekday, Plural: false })
            {
                first = i - 2;
            }
            else if (Left(i - 1, i) && LexAt(i - 1) is { Kind: LexKind.Weekday, Plural: false })
            {
                first = i - 1;
            }
        }
        else
        {
            if (IsL(i - 1, i, "last"))
            {
                dir = -1;
                first = i - 1;
            }
            else if (IsL(i - 1, i, "next"))
            {
                dir = 1;
                first = i - 1;
            }
            else if (IsL(i - 1, i, "this"))
            {
                dir = 2;
                first = i - 1;
            }
        }

        first = EdgeModifiers(first, ref mod);
        if (first == i && IsL(i - 1, i, "around"))
        {
            first = i - 1;
        }

        // "June last year", "January this year"
        if (yr < 0 && day < 0 && Right(end) && (Is(end, "last") || Is(end, "this") || Is(end, "next")) && IsR(end + 1, "year") && _pub is { } p)
        {
            yr = p.Year + (Is(end, "last") ? -1 : Is(end, "next") ? 1 : 0);
            end += 2;
        }

        if (yr < 0)
        {
            yr = ResolveYear(lx.Value, day, dir, first);
        }

        return Set(first, end, TemporalType.Date, MonthDay(yr, lx.Value, day), mod);
    }

    // ---- weekdays ----------------------------------------------------------------------------

    private bool TryWeekday(int i, Lex lx)
    {
        if (lx.Abbrev && !(Word(i)[^1] == '.' && Capitalized(i)))
        {
            return false;
        }

        // Sunday Times, Monday Night Football
        if (Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && Capitalized(i + 1) && LexAt(i + 1).Kind == LexKind.None && Word(i)[^1] != '.'
            && Core(i).Length == Word(i).Length)
        {
            return false;
        }

        int first = i, end = i + 1;
        if (lx.Plural)
        {
            if (!Capitalized(i))
            {
                return false;
            }

            string v = "XXXX-WXX-" + lx.Value.ToString(CultureInfo.InvariantCulture);
            if (Right(end) && LexAt(end) is { Kind: LexKind.PartOfDay, Value: <= 4 } pod)
            {
                v += PartCode(pod.Value);
                end++;
            }

            return Set(first, end, TemporalType.Set, v);
        }

        // "on Monday and Tuesday nights": a weekday with a plural part of the day recurs
        int plural = PluralPart(end), setEnd = end + 1;
        if (plural == 0 && IsR(end, "and") && Right(end + 1) && LexAt(end + 1) is { Kind: LexKind.Weekday, Plural: false, Abbrev: false })
        {
            plural = PluralPart(end + 2);
            setEnd = end;
        }

        if (plural != 0)
        {
            return Set(i, setEnd, TemporalType.Set, "XXXX-WXX-" + lx.Value.ToString(CultureInfo.InvariantCulture) + PartCode(plural));
        }

        if (IsL(i - 1, i, "every") || IsL(i - 1, i, "each"))
        {
            string v = "XXXX-WXX-" + lx.Value.ToString(CultureInfo.InvariantCulture);
            if (Right(end) && LexAt(end) is { Kind: LexKind.PartOfDay, Value: <= 4 } pod)
            {
                v += PartCode(pod.Value);
                end++;
            }

            return Set(i - 1, end, TemporalType.Set, v);
        }

        // Tuesday, Oct. 25, 2016
        int k = end;
        if (Right(k) && IsChar(k, ','))
        {
            k++;
        }

        if (Right(k) && LexAt(k).Kind == LexKind.Month && Capitalized(k) && DayAt(k + 1) > 0 && Right(k + 1))
        {
            // TryMonth includes the weekday.
            return TryMonth(k, LexAt(k)) && _first <= i && Set(Math.Min(_first, i), _end, _type, _value, _mod);
        }

        int dir = 0;
        string? mod = null;
        if ((IsL(i - 1, i, "previous") || IsL(i - 1, i, "following")) && IsL(i - 2, i - 1, "the") && _refDay is { } rd)
        {
            // "the previous Friday", "the following Monday": anchored on the date last mentioned
            int back = (Iso(rd.DayOfWeek) - lx.Value + 7) % 7;
            int ahead = (lx.Value - Iso(rd.DayOfWeek) + 7) % 7;
            DateOnly a = Is(i - 1, "previous") ? rd.AddDays(back == 0 ? -7 : -back) : rd.AddDays(ahead == 0 ? 7 : ahead);
            return Set(i - 2, end, TemporalType.Date, D(a));
        }

        if (IsL(i - 1, i, "last") || IsL(i - 1, i, "previous"))
        {
            dir = -1;
            first = i - 1;
            if (IsL(i - 2, i - 1, "the"))
            {
                first = i - 2;
            }
        }
        else if (IsL(i - 1, i, "next") || IsL(i - 1, i, "coming") || IsL(i - 1, i, "following"))
        {
            dir = 1;
            first = i - 1;
            if (IsL(i - 2, i - 1, "this") || IsL(i - 2, i - 1, "the"))
            {
                first = i - 2;
            }
        }
        else if (IsL(i - 1, i, "this"))
        {
            first = i - 1;
            dir = FutureCue(first) ? 1 : 0;
        }
        else
        {
            first = EdgeModifiers(i, ref mod, takeEarlier: false);
            dir = FutureCue(first) || Deadline(first) || FrontedFuture(first, end) ? 1 : 0;
        }

        if (first == i || (first == i - 1 && mod is not null))
        {
            int pre = first;
            if (IsL(pre - 1, pre, "early") || IsL(pre - 1, pre, "late"))
            {
                mod ??= Is(pre - 1, "early") ? "START" : "END";
                first = pre - 1;
            }
        }

        string value = WeekdayValue(lx.Value, dir);
        TemporalType type = TemporalType.Date;
        if (Right(end) && LexAt(end) is { Kind: LexKind.PartOfDay } part && !Capitalized(end))
        {
            end++;
            type = TemporalType.Time;
            value += PartValue(part.Value);
        }

        return Set(first, end, type, value, mod);
    }

    /// <summary>The part of the day of a plural such as <c>nights</c> at <paramref name="j"/> (1 morning to 4 night), or 0.</summary>
    private readonly int PluralPart(int j)
    {
        if (!Right(j) || _t[j].Kind != TokenKind.Word || Capitalized(j))
        {
            return 0;
        }

        return Is(j, "mornings") ? 1 : Is(j, "afternoons") ? 2 : Is(j, "evenings") ? 3 : Is(j, "nights") ? 4 : 0;
    }

    /// <summary>
    /// Whether a time that opens its sentence (<c>On Tuesday, the league plans to...</c>) governs a clause in the
    /// future: the verb after it, not the sentence before, gives the tense.
    /// </summary>
    private readonly bool FrontedFuture(int first, int end)
    {
        int start = IsL(first - 1, first, "on") ? first - 1 : first;
        if (!SentenceStart(start) || !IsChar(end, ','))
        {
            return false;
        }

        int hi = Math.Min(_n, end + 14);
        for (int j = end + 1; j < hi && !SentenceStart(j); j++)
        {
            if (_t[j].Kind != TokenKind.Word)
            {
                continue;
            }

            if (Is(j, "said") || Is(j, "says") || IsPastWord(j))
            {
                return false;
            }

            if (Is(j, "will") || ((Is(j, "plans") || Is(j, "plan") || Is(j, "expects") || Is(j, "scheduled") || Is(j, "is") || Is(j, "are")) && IsR(j + 1, "to")))
            {
                return true;
            }
        }

        return false;
    }

    private static string PartCode(int part) => part switch
    {
        1 => "TMO",
        2 => "TAF",
        3 => "TEV",
        _ => "TNI",
    };

    private static string PartValue(int part) => part switch
    {
        1 => "TMO",
        2 => "TAF",
        3 => "TEV",
        4 => "TNI",
        5 or 7 => "T12:00",
        _ => "T24:00",
    };

    // ---- parts of the day, deictic words, sets, holidays, seasons ------------------------------

    private bool TryPartOfDay(int i, Lex lx)
    {
        int part = lx.Value;
        if (part >= 5)
        {
            // noon, midnight, midday (+ a day)
            if (Capitalized(i) && !SentenceStart(i))
            {
                return false;
            }

            int end = i + 1;
            string date = DayOfTime(ref end, _pub is { } p ? D(p) : "XXXX-XX-XX");
            return Set(i, end, TemporalType.Time, date + PartValue(part));
        }

        if (IsL(i - 1, i, "this"))
        {
            int first = i - 1;
            string? mod = null;
            first = EdgeModifiers(first, ref mod);
            return Set(first, i + 1, TemporalType.Time, DayValue(0) + PartValue(part), mod);
        }

        if (part == 4 && IsL(i - 1, i, "last"))
        {
            return Set(i - 1, i + 1, TemporalType.Time, DayValue(-1) + "TNI");
        }

        return false;
    }

    private bool TryDeictic(int i, Lex lx)
    {
        var d = (Deixis)lx.Value;
        if (Capitalized(i) && !SentenceStart(i) && (_t[i].Flags & TokenFlags.AllCaps) == 0 && d is not (Deixis.Today or Deixis.Yesterday or Deixis.Tomorrow or Deixis.Tonight)
            && !(i > 0 && (_t[i - 1].Kind is TokenKind.Punctuation or TokenKind.Quote || Word(i - 1)[^1] == '.')))
        {
            return false; // Future Shock, Past Tense
        }

        string? mod = null;
        int first = i, end = i + 1;
        switch (d)
        {
            case Deixis.Now:
                if (IsL(i - 1, i, "right") || IsL(i - 1, i, "just"))
                {
                    first = i - 1;
                }

                if (Right(i + 1) && (IsChar(i + 1, '-') && Glued(i + 1)))
                {
                    return false;
                }

                return Set(first, end, TemporalType.Date, "PRESENT_REF");
            case Deixis.Currently:
            case Deixis.Nowadays:
                return Set(first, end, TemporalType.Date, "PRESENT_REF");
            case Deixis.Today:
            case Deixis.Yesterday:
            case Deixis.Tomorrow:
            {
                if (Capitalized(i) && !SentenceStart(i) && !(i > 0 && _t[i - 1].Kind is not (TokenKind.Word or TokenKind.Number)))
                {
                    return false; // USA Today (but ``Today, as quotes open in wire copy, is the day)
                }

                if (Word(i).Length > Core(i).Length && Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && DateLexicon.EraNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(i + 1)))
                {
                    return false; // today's world
                }

                int off = d == Deixis.Yesterday ? -1 : d == Deixis.Tomorrow ? 1 : 0;
                first = EdgeModifiers(i, ref mod, takeEarlier: d != Deixis.Today);
                string value = DayValue(off);
                TemporalType type = TemporalType.Date;
                if (Right(end) && LexAt(end) is { Kind: LexKind.PartOfDay } part && !Capitalized(end))
                {
                    value += PartValue(part.Value);
                    type = TemporalType.Time;
                    end++;
                }

                return Set(first, end, type, value, mod);
            }

            case Deixis.Tonight:
                return Set(first, end, TemporalType.Time, DayValue(0) + "TNI");
            case Deixis.Overnight:
                return Set(first, end, TemporalType.Time, DayValue(0) + "TNI");
            case Deixis.Recently:
                if (IsL(i - 1, i, "more") || IsL(i - 1, i, "most") || IsL(i - 1, i, "until"))
                {
                    first = Is(i - 1, "until") ? i : i - 1;
                }

                return Set(first, end, TemporalType.Date, "PAST_REF");
            case Deixis.Previously:
                return Set(first, end, TemporalType.Date, "PAST_REF");
            case Deixis.Soon:
                if (IsL(i - 1, i, "as"))
                {
                    if (IsR(i + 1, "as") && IsR(i + 2, "possible"))
                    {
                        return Set(i - 1, i + 3, TemporalType.Date, "FUTURE_REF");
                    }

                    return false;
                }

                if (IsR(i + 1, "after") || IsR(i + 1, "thereafter"))
                {
                    return false;
                }

                // "was soon released", "soon became": a past narrative, not the future
                if ((Left(i - 1, i) && IsPastWord(i - 1)) || (Right(i + 1) && (IsPastWord(i + 1) || Is(i + 1, "became"))))
                {
                    return false;
                }

                return Set(first, end, TemporalType.Date, "FUTURE_REF");
            case Deixis.Future:
            case Deixis.Past:
            {
                // the (near|distant|foreseeable) future, in the past
                int j = i - 1;
                if (Left(j, i) && (Is(j, "near") || Is(j, "distant") || Is(j, "immediate") || Is(j, "recent")))
                {
                    j--;
                }

                if (!(Left(j, j + 1) && Is(j, "the")) || IsL(j, j + 1, "foreseeable"))
                {
                    return false;
                }

                if (Right(i + 1) && (Is(i + 1, "of") || LexAt(i + 1).Kind is LexKind.Number or LexKind.Unit || _t[i + 1].Kind == TokenKind.Number))
                {
                    return false;
                }

                if (Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && !Capitalized(i + 1) && d == Deixis.Future && IsPluralNoun(i + 1))
                {
                    return false; // the future earnings
                }

                first = j;
                if (IsL(j - 1, j, "in") && (IsL(j - 2, j - 1, "sometime") || IsL(j - 2, j - 1, "time")))
                {
                    first = Is(j - 2, "time") && IsL(j - 3, j - 2, "some") ? j - 3 : j - 2;
                }

                return Set(first, end, TemporalType.Date, d == Deixis.Future ? "FUTURE_REF" : "PAST_REF");
            }

            case Deixis.Term:
                if ((IsL(i - 1, i, "near") || IsL(i - 1, i, "short") || IsL(i - 1, i, "long")) && IsL(i - 2, i - 1, "the"))
                {
                    return Set(i - 2, end, TemporalType.Date, "FUTURE_REF");
                }

                return false;
            case Deixis.While:
                // "for a while": a vague duration; "while" the conjunction is not a time
                return IsL(i - 1, i, "a") && IsL(i - 2, i - 1, "for") && Set(i - 1, end, TemporalType.Duration, "PXX");
            case Deixis.Period:
                if (IsL(i - 1, i, "latest") && IsL(i - 2, i - 1, "the") && QuarterContext(i))
                {
                    return Set(i - 2, end, TemporalType.Date, QuarterValue(-1));
                }

                return false;
            case Deixis.Current:
                // "the current quarter" is read at the unit; a bare "current" is the present.
                if (Right(i + 1) && (LexAt(i + 1).Kind is LexKind.Unit or LexKind.Season || (Is(i + 1, "fiscal") && LexAt(i + 2).Kind == LexKind.Unit)))
                {
                    return false;
                }

                if (Right(i + 1) && (_t[i + 1].Kind != TokenKind.Word || LexAt(i + 1).Kind != LexKind.None))
                {
                    return false;
                }

                return Set(first, end, TemporalType.Date, "PRESENT_REF");
            case Deixis.Recent:
                if (Right(i + 1) && _t[i + 1].Kind == TokenKind.Word)
                {
                    return false; // "recent" before a noun is usually not annotated; "recent years" is read at the unit
                }

                if (Right(i + 1) && (Is(i + 1, "weeks") || Is(i + 1, "months")))
                {
                    return false;
                }

                return Set(first, end, TemporalType.Date, "PAST_REF");
        }

        return false;
    }

    /// <summary>Years spoken in words: <c>nineteen ninety-six</c>.</summary>
    private bool TrySpelledYear(int i, Lex lx)
    {
        int y = SpelledYear(i, lx);
        if (y < 0)
        {
            return false;
        }

        int first = i;
        string? mod = null;
        first = EdgeModifiers(first, ref mod);
        return Set(first, i + 2, TemporalType.Date, Y(y), mod);
    }

    /// <summary>
    /// A decade spelled out after <c>the</c> (<c>the nineties</c>, <c>the early sixties</c>): the latest such decade that
    /// began by publication. Without <c>the</c> (<c>in his sixties</c>) it is an age.
    /// </summary>
    private bool TrySpelledDecade(int i, Lex lx)
    {
        int j = i - 1;
        string? mod = null;
        if (IsL(j, i, "early") || IsL(j, i, "mid") || IsL(j, i, "late"))
        {
            mod = Is(j, "early") ? "START" : Is(j, "late") ? "END" : "MID";
            j--;
        }

        if (!IsL(j, j + 1, "the") || (IsR(i + 1, "-") && Glued(i + 1)))
        {
            return false;
        }

        string value;
        if (_pub is { } p)
        {
            int century = p.Year / 100 * 100;
            int start = century + lx.Value <= p.Year ? century + lx.Value : century - 100 + lx.Value;
            value = Y(start)[..3];
        }
        else
        {
            value = "XX" + (lx.Value / 10).ToString(CultureInfo.InvariantCulture);
        }

        return Set(j, i + 1, TemporalType.Date, value, mod);
    }

    /// <summary>The year spelled by tokens <paramref name="i"/> and <paramref name="i"/>+1 (<c>nineteen ninety-six</c>), or -1.</summary>
    private readonly int SpelledYear(int i, Lex lx)
    {
        if (lx.Kind != LexKind.Number || lx.Value is not (19 or 18) || !Right(i + 1) || _t[i + 1].Kind != TokenKind.Word)
        {
            return -1;
        }

        ReadOnlySpan<char> w = Word(i + 1);
        int v;
        int dash = w.IndexOf('-');
        if (dash > 0 && DateLexicon.Lookup.TryGetValue(w[..dash], out Lex t) && t.Kind == LexKind.Number && t.Value is >= 20 and < 100 && !t.Abbrev
            && DateLexicon.Lookup.TryGetValue(w[(dash + 1)..], out Lex o) && o.Kind == LexKind.Number && o.Value is > 0 and < 10 && !o.Abbrev)
        {
            v = t.Value + o.Value;
        }
        else if (LexAt(i + 1) is { Kind: LexKind.Number, Abbrev: false, Value: >= 10 and < 100 } tens)
        {
            v = tens.Value;
        }
        else
        {
            return -1;
        }

        return (lx.Value * 100) + v;
    }

    private bool TrySetAdverb(int i, Lex lx)
    {
        if (Capitalized(i) && !SentenceStart(i))
        {
            return false; // Daily Mail
        }

        var u = (TimeUnit)lx.Value;
        if (Right(i + 1) && (IsChar(i + 1, '-') && Glued(i + 1)))
        {
            return false;
        }

        if (u == TimeUnit.Quarter && Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && !Capitalized(i + 1))
        {
            return false; // a quarterly dividend
        }

        if (IsL(i - 1, i, "average"))
        {
            return false; // average daily volume: a rate, not a recurrence
        }

        string value = u == TimeUnit.Quarter ? "P3M" : Duration(1, u);
        return Set(i, i + 1, TemporalType.Set, value);
    }

    private bool TryHoliday(int i, Lex lx)
    {
        if (!Capitalized(i))
        {
            return false;
        }

        int end = i + 1;
        int md = lx.Value;
        if (md == 1225 && IsR(i + 1, "Eve"))
        {
            md = 1224;
            end++;
        }
        else if (IsR(i + 1, "Day"))
        {
            end++;
        }
        else if (Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && Capitalized(i + 1) && LexAt(i + 1).Kind == LexKind.None)
        {
            return false; // Christmas Island
        }

        int yr = Right(end) && YearAt(end) > 0 ? YearAt(end) : -1;
        if (yr > 0)
        {
            end++;
        }

        int first = i;
        int dir = 0;
        if (IsL(i - 1, i, "last"))
        {
            dir = -1;
            first = i - 1;
        }
        else if (IsL(i - 1, i, "next"))
        {
            dir = 1;
            first = i - 1;
        }
        else if (IsL(i - 1, i, "this"))
        {
            first = i - 1;
        }

        if (_pub is not { } p && yr < 0)
        {
            return Set(first, end, TemporalType.Date, md >= 100 ? MonthDay(-1, md / 100, md % 100) : "XXXX-XX-XX");
        }

        int year = yr > 0 ? yr : _pub!.Value.Year;
        DateOnly date = HolidayDate(md, year);
        if (yr < 0)
        {
            DateOnly pub = _pub!.Value;
            if (dir < 0 && date >= pub)
            {
                date = HolidayDate(md, year - 1);
            }
            else if (dir > 0 && date <= pub)
            {
                date = HolidayDate(md, year + 1);
            }
            else if (dir == 0 && date.DayNumber - pub.DayNumber > 150)
            {
                date = HolidayDate(md, year - 1);
            }
        }

        return Set(first, end, TemporalType.Date, D(date));
    }

    private static DateOnly HolidayDate(int md, int year)
    {
        switch (md)
        {
            case 1:
            {
                // The fourth Thursday of November.
                var d = new DateOnly(year, 11, 1);
                int toThu = ((int)DayOfWeek.Thursday - (int)d.DayOfWeek + 7) % 7;
                return d.AddDays(toThu + 21);
            }

            case 2:
            {
                // Anonymous Gregorian computus.
                int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
                int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
                int m = (a + (11 * h) + (22 * l)) / 451;
                int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
                return new DateOnly(year, month, day);
            }

            default:
                return new DateOnly(year, md / 100, md % 100);
        }
    }

    private bool TrySeason(int i, Lex lx)
    {
        string code = lx.Value switch { 1 => "SP", 2 => "SU", 3 => "FA", _ => "WI" };
        int end = i + 1;
        int yr = -1;
        if (Right(i + 1) && YearAt(i + 1) > 0)
        {
            yr = YearAt(i + 1);
            end = i + 2;
        }
        else if (IsR(i + 1, "of") && Right(i + 2) && YearAt(i + 2) > 0)
        {
            yr = YearAt(i + 2);
            end = i + 3;
        }
        else if (IsR(i + 1, "of") && i + 2 < _n && Right(i + 2) && SpelledYear(i + 2, LexAt(i + 2)) is int sy and > 0)
        {
            yr = sy;
            end = i + 4;
        }

        int first = i;
        string? mod = null;
        int dir = 0;
        bool determiner = false;
        if (IsL(i - 1, i, "last") || IsL(i - 1, i, "past"))
        {
            dir = -1;
            first = i - 1;
            determiner = true;
            if (IsL(i - 2, i - 1, "this"))
            {
                first = i - 2;
            }
        }
        else if (IsL(i - 1, i, "next") || IsL(i - 1, i, "coming"))
        {
            dir = 1;
            first = i - 1;
            determiner = true;
        }
        else if (IsL(i - 1, i, "this"))
        {
            first = i - 1;
            determiner = true;
        }

        int before = first;
        first = EdgeModifiers(first, ref mod);
        if (IsL(first - 1, first, "the") && yr < 0 && lx.Value != 3)
        {
            first--;
            determiner = true;
        }
        else if (IsL(first - 1, first, "the") && yr > 0)
        {
            first--;
        }

        if (yr < 0 && !determiner && !(before != first && lx.Value != 3))
        {
            return false;
        }

        if (yr < 0)
        {
            if (_pub is { } p)
            {
                // Seasons counted in a row; January and February belong to the winter that began the year before.
                int current = p.Month switch
                {
                    <= 2 => ((p.Year - 1) * 4) + 3,
                    <= 5 => p.Year * 4,
                    <= 8 => (p.Year * 4) + 1,
                    <= 11 => (p.Year * 4) + 2,
                    _ => (p.Year * 4) + 3,
                };
                int target = ((current / 4) * 4) + lx.Value - 1;
                if (dir < 0)
                {
                    target -= target >= current ? 4 : 0;
                }
                else if (dir > 0)
                {
                    target += target <= current ? 4 : 0;
                }
                else if (target - current > 2)
                {
                    target -= 4;
                }
                else if (current - target > 2)
                {
                    target += 4;
                }

                yr = target / 4;
            }
        }

        return Set(first, end, TemporalType.Date, (yr < 0 ? "XXXX" : Y(yr)) + "-" + code, mod);
    }

    // ---- units -------------------------------------------------------------------------------

    private bool TryUnit(int i, Lex lx)
    {
        var u = (TimeUnit)lx.Value;
        if (!Capitalized(i) || SentenceStart(i) || (_t[i].Flags & TokenFlags.AllCaps) != 0)
        {
            // fine
        }
        else
        {
            return false; // Second Avenue, Year of the Dragon
        }

        if (u is TimeUnit.Quarter or TimeUnit.Half)
        {
            bool counted = Left(i - 1, i) && (_t[i - 1].Kind == TokenKind.Number || (LexAt(i - 1).Kind == LexKind.Number && !Is(i - 1, "a") && !Is(i - 1, "an")));
            if (!counted && !(lx.Plural && (IsL(i - 1, i, "recent") || IsL(i - 1, i, "coming"))))
            {
                return TryQuarter(i, u, lx.Plural);
            }

            if (u == TimeUnit.Half)
            {
                return false;
            }

            bool vague = LexAt(i - 1) is { Kind: LexKind.Number, Value: DateLexicon.Vague };
            if ((IsR(i + 1, "of") && !vague) || IsR(i + 1, "billion") || IsR(i + 1, "million") || IsR(i + 1, "trillion") || IsR(i + 1, "thousand") || IsR(i + 1, "hundred"))
            {
                return false; // a fraction: three quarters of voters, three quarters billion dollars
            }
        }

        if (u == TimeUnit.Second && !lx.Plural && !(Left(i - 1, i) && (_t[i - 1].Kind == TokenKind.Number || (LexAt(i - 1).Kind == LexKind.Number && !Is(i - 1, "a")))))
        {
            return false; // the second, a second time
        }

        int end = i + 1;

        // the year two thousand (and one)
        if (u == TimeUnit.Year && !lx.Plural && IsR(end, "two") && IsR(end + 1, "thousand"))
        {
            int y = 2000, e = end + 2;
            int u1 = IsR(e, "and") ? e + 1 : e;
            if (Right(u1) && LexAt(u1) is { Kind: LexKind.Number, Abbrev: false, Value: > 0 and < 100 } units && _t[u1].Kind == TokenKind.Word)
            {
                y += units.Value;
                e = u1 + 1;
            }

            return Set(IsL(i - 1, i, "the") ? i - 1 : i, e, TemporalType.Date, Y(y));
        }

        // year end, year's end, by year-end
        if (u == TimeUnit.Year && !lx.Plural && IsR(end, "end") && !IsL(i - 1, i, "the") && !IsL(i - 1, i, "a") && LexAt(i - 1).Kind != LexKind.Number)
        {
            int f = IsL(i - 1, i, "around") ? i - 1 : i;
            return Set(f, end + 1, TemporalType.Date, YearValue(0));
        }

        // the 20th century
        if (u == TimeUnit.Century && !lx.Plural && Left(i - 1, i) && _t[i - 1].Kind == TokenKind.Number && DayAt(i - 1) > 1 && Word(i - 1).Length > 2 && !char.IsAsciiDigit(Word(i - 1)[^1]))
        {
            int f = IsL(i - 2, i - 1, "the") ? i - 2 : i - 1;
            return Set(f, end, TemporalType.Date, (DayAt(i - 1) - 1).ToString("D2", CultureInfo.InvariantCulture));
        }

        // Left: [mod] [the] [past|next|first|...] [count] [filler] unit
        int j = i - 1;
        if (Left(j, i) && (Is(j, "more") || Is(j, "additional") || Is(j, "full") || Is(j, "straight") || Is(j, "consecutive")
            || Is(j, "trading") || Is(j, "business") || Is(j, "calendar") || Is(j, "fiscal") || Is(j, "long") || Is(j, "extra")))
        {
            if (!(Is(j, "long") && IsL(j - 1, j, "so")))
            {
                j--;
            }
        }

        if (IsL(j, j + 1, "of") && (Is(j - 1, "couple") || Is(j - 1, "dozen")))
        {
            j--;
        }

        // 2 1/2 years, 5 1/2 hours
        if (IntAt(j) == 2 && IsChar(j - 1, '/') && IntAt(j - 2) == 1 && Glued(j - 1) && Glued(j) && Left(j - 3, j - 2) && IntAt(j - 3) is int whole and >= 0 and < 1000)
        {
            string? half = u switch
            {
                TimeUnit.Year => "P" + whole.ToString(CultureInfo.InvariantCulture) + "Y6M",
                TimeUnit.Day => "P" + whole.ToString(CultureInfo.InvariantCulture) + "DT12H",
                TimeUnit.Hour => "PT" + whole.ToString(CultureInfo.InvariantCulture) + "H30M",
                TimeUnit.Minute => "PT" + whole.ToString(CultureInfo.InvariantCulture) + "M30S",
                _ => null,
            };
            if (half is not null && !IsR(end, "ago") && !IsR(end, "old"))
            {
                return Set(j - 3, end, TemporalType.Duration, half);
            }
        }

        int count = 0;
        bool hasCount = TryCountLeft(j, j + 1, out count, out int countFirst);
        if (hasCount && Is(j, "a") && IsL(j - 1, j, "such"))
        {
            return false;
        }

        int first = hasCount ? countFirst : j + 1;
        string? mod = null;
        string? det = null;

        // Determiners and modifiers before the count (or the unit).
        int k = first - 1;
        if (Left(k, k + 1) && _t[k].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> w = Core(k);
            if (DateLexicon.CountDeterminers.Contains(w))
            {
                det = Canonical(w);
                first = k;
                k--;
                if (det is "past" && IsL(k, k + 1, "this"))
                {
                    det = "last";
                    first = k;
                    k--;
                }
            }
        }

        bool the = false;
        if (IsL(k, k + 1, "the"))
        {
            the = true;
            first = k;
            k--;
        }

        // more than, at least, nearly...
        if (Left(k, k + 1) && _t[k].Kind == TokenKind.Word)
        {
            if ((Is(k, "than") && Left(k - 1, k) && (Is(k - 1, "more") || Is(k - 1, "less") || Is(k - 1, "fewer"))))
            {
                mod = Is(k - 1, "more") ? "MORE_THAN" : "LESS_THAN";
                first = k - 1;
                if (IsL(k - 2, k - 1, "no"))
                {
                    mod = Is(k - 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
                    first = k - 2;
                }
            }
            else if (Is(k, "least") && IsL(k - 1, k, "at"))
            {
                mod = "EQUAL_OR_MORE";
                first = k - 1;
            }
            else if (Is(k, "most") && IsL(k - 1, k, "at"))
            {
                mod = "EQUAL_OR_LESS";
                first = k - 1;
            }
            else if (Is(k, "to") && IsL(k - 1, k, "up"))
            {
                mod = "EQUAL_OR_LESS";
                first = k - 1;
            }
            else if (Is(k, "nearly") || Is(k, "almost"))
            {
                mod = "LESS_THAN";
                first = k;
            }
            else if (Is(k, "about") || Is(k, "around") || Is(k, "approximately") || Is(k, "roughly") || Is(k, "some"))
            {
                mod = "APPROX";
                first = k;
            }
            else if ((Is(k, "over") || Is(k, "within") || Is(k, "under")) && hasCount && !the)
            {
                // TimeBank leaves "within" and "under" out of the span, and "over" unless it precedes "a"/"an".
                mod = Is(k, "over") ? "MORE_THAN" : "LESS_THAN";
                if (Is(k, "over") && (Is(countFirst, "a") || Is(countFirst, "an")))
                {
                    first = k;
                }
            }
        }

        // Right side.
        bool ago = false, later = false;
        if (IsR(end, "or") && IsR(end + 1, "so") && IsR(end + 2, "ago"))
        {
            ago = true;
            end += 3; // a week or so ago
        }
        else if (Right(end) && (Is(end, "ago") || Is(end, "earlier") || Is(end, "before") || Is(end, "back")))
        {
            ago = !Is(end, "before") || !Right(end + 1) || !(_t[end + 1].Kind == TokenKind.Word);
            if (ago)
            {
                end++;
            }
        }
        else if (Right(end) && Is(end, "hence"))
        {
            later = true;
            end++;
        }
        else if (IsR(end, "from") && IsR(end + 1, "now"))
        {
            later = true;
            end += 2;
        }

        if (!ago && !later && mod == "APPROX" && first < _t.Length && (Is(first, "about") || Is(first, "around") || Is(first, "roughly") || Is(first, "approximately")))
        {
            first++; // "about five hours": the span starts at the count
        }

        if (!ago && !later && Right(end) && (Is(end, "old") || IsChar(end, '-') && Glued(end) && IsR(end + 1, "old")))
        {
            if (u == TimeUnit.Year)
            {
                return false; // 50 years old
            }
        }

        if (hasCount && count != 0)
        {
            if (ago || later)
            {
                string? v = count == DateLexicon.Vague ? (later ? "FUTURE_REF" : "PAST_REF") : Shift(later ? count : -count, u, i);
                if (v is null)
                {
                    return false;
                }

                if (u == TimeUnit.Day && count == 1 && !ago)
                {
                    return false;
                }

                return Set(first, end, TemporalType.Date, v, mod);
            }

            if (det is "every" or "each")
            {
                return Set(first, end, TemporalType.Set, Duration(count, u));
            }

            if (Is(countFirst, "a") || Is(countFirst, "an"))
            {
                // "$5 billion a year": a rate.
                if (first == countFirst && Left(countFirst - 1, countFirst) && (_t[countFirst - 1].Kind == TokenKind.Number || Is(countFirst - 1, "times")
                    || Is(countFirst - 1, "twice") || Is(countFirst - 1, "once") || IsPluralNoun(countFirst - 1)))
                {
                    return false; // a rate: "$5 billion a year"
                }
            }

            // a minute and a half, two years and a half
            if (count is > 0 and < 1000 && IsR(end, "and") && (IsR(end + 1, "a") || IsR(end + 1, "one")) && IsR(end + 2, "half"))
            {
                string n = count.ToString(CultureInfo.InvariantCulture);
                string? half = u switch
                {
                    TimeUnit.Year => "P" + n + "Y6M",
                    TimeUnit.Day => "P" + n + "DT12H",
                    TimeUnit.Hour => "PT" + n + "H30M",
                    TimeUnit.Minute => "PT" + n + "M30S",
                    _ => null,
                };
                if (half is not null)
                {
                    return Set(first, end + 3, TemporalType.Duration, half, mod);
                }
            }

            // weeks or months
            end = OrUnit(end);
            return Set(first, end, TemporalType.Duration, Duration(count, u), mod);
        }

        // No count.
        if (det is "every" or "each")
        {
            if (lx.Plural)
            {
                return false;
            }

            return Set(first, end, TemporalType.Set, Duration(1, u));
        }

        if (lx.Plural)
        {
            if (det is "recent" && u == TimeUnit.Year)
            {
                return Set(first, end, TemporalType.Date, "PAST_REF");
            }

            if (det is "these" && u == TimeUnit.Day)
            {
                return Set(first, end, TemporalType.Date, "PRESENT_REF");
            }

            if (det is "those" or "same" or "another" or "first" or "final" || u is TimeUnit.Second or TimeUnit.Weekend)
            {
                return false;
            }

            if (the && det is null)
            {
                if (IsR(end, "ahead"))
                {
                    return Set(first, end + 1, TemporalType.Duration, Duration(DateLexicon.Vague, u));
                }

                return false;
            }

            if (ago)
            {
                return Set(first, end, TemporalType.Date, "PAST_REF");
            }

            if (IsR(end, "apart") || (IsL(first - 1, first, "of") && Left(first - 2, first - 1) && (Is(first - 2, "hundreds") || Is(first - 2, "thousands") || Is(first - 2, "dozens"))))
            {
                return false; // minutes apart; hundreds of years
            }

            end = OrUnit(end);
            return Set(first, end, TemporalType.Duration, Duration(DateLexicon.Vague, u), mod);
        }

        // that year, later that year, earlier that day, that same day: the date last mentioned (TimeML's anaphora)
        if (!the && (det is "that" || (det is "same" && IsL(first - 1, first, "that"))))
        {
            int f = det is "same" ? first - 1 : first;
            bool edge = IsL(f - 1, f, "earlier") || IsL(f - 1, f, "later");
            if (u == TimeUnit.Year && _refYear > 0)
            {
                return Set(edge ? f - 1 : f, end, TemporalType.Date, Y(_refYear));
            }

            if (u == TimeUnit.Day && _refDay is { } that && (edge || det is "same"))
            {
                return Set(edge ? f - 1 : f, end, TemporalType.Date, D(that));
            }

            return false;
        }

        // Singular without count: last year, this week, the past week, the year.
        int off;
        switch (det)
        {
            case "last" when !the:
            case "previous":
            case "prior":
                off = -1;
                break;
            case "next" when !the:
            case "coming":
            case "following":
            case "upcoming":
                off = 1;
                break;
            case "this":
            case "current":
            case "latest" when u != TimeUnit.Year:
                off = 0;
                break;
            case "last" when the && u is TimeUnit.Decade or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year:
            case "past" when the && u == TimeUnit.Year:
                off = -1;
                break;
            case "past" when the:
            case "last" when the:
                return Set(first, end, TemporalType.Duration, Duration(1, u), mod);
            case "next" when the:
                return Set(first, end, TemporalType.Duration, Duration(1, u), mod);
            case null when the && u == TimeUnit.Year && (IsR(end, "ended") || IsR(end, "ending")):
                return Set(first, end, TemporalType.Duration, "P1Y"); // the year ended June 30: a fiscal year
            case null when the && u is TimeUnit.Year or TimeUnit.Week or TimeUnit.Weekend:
                off = 0;
                break;
            case "early" when u is TimeUnit.Year or TimeUnit.Week or TimeUnit.Month:
                return false;
            default:
                return false;
        }

        // the following year, the previous month, the following day: anchored on the date last mentioned
        bool anchored = the && det is "following" or "previous" or "prior";
        if (anchored && u == TimeUnit.Day && _refDay is { } rday && !IsR(end, "of"))
        {
            return Set(first, end, TemporalType.Date, D(rday.AddDays(off)));
        }

        if (u is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day)
        {
            return false;
        }

        if (anchored && u == TimeUnit.Year && _refYear > 0)
        {
            return Set(first, end, TemporalType.Date, Y(_refYear + off));
        }

        if (anchored && u == TimeUnit.Month && _refMonth > 0)
        {
            int rm = _refMonth + off;
            return Set(first, end, TemporalType.Date, YM(rm / 12, (rm % 12) + 1));
        }

        if (u == TimeUnit.Century && det is "this" or "current")
        {
            return Set(first, end, TemporalType.Duration, "P100Y");
        }

        // early next year, late last week, earlier this month, the end of this year
        int before = first;
        first = EdgeModifiers(first, ref mod, takeEarlier: u is not (TimeUnit.Week or TimeUnit.Weekend));
        if (first == before && IsL(first - 1, first, "in") && IsL(first - 2, first - 1, "earlier"))
        {
            first -= 2;
        }

        string value = u switch
        {
            TimeUnit.Year => YearValue(off),
            TimeUnit.Month => MonthValue(off),
            TimeUnit.Week => WeekValue(off),
            TimeUnit.Weekend => WeekValue(off == 0 && det is null && _pub is { } pw && Iso(pw.DayOfWeek) <= 5 && !FutureCue(first) ? -1 : off) + "-WE",
            TimeUnit.Decade => _pub is { } p ? Y(p.Year + (10 * off))[..3] : "XXX",
            TimeUnit.Century => _pub is { } p2 ? Y(p2.Year + (100 * off))[..2] : "XX",
            _ => string.Empty,
        };
        if (value.Length == 0)
        {
            return false;
        }

        // this year's third quarter
        if (u == TimeUnit.Year && Right(end) && Word(end - 1).EndsWith("s", StringComparison.Ordinal) && (_t[end - 1].Flags & TokenFlags.Apostrophe) != 0)
        {
            int q = QuarterOrdinal(end);
            if (q > 0 && IsR(end + 1, "quarter"))
            {
                return Set(first, end + 2, TemporalType.Date, value + "-Q" + q.ToString(CultureInfo.InvariantCulture));
            }
        }

        // last year's quarter, the corresponding period last year: in an earnings report, the reported quarter a year before
        if (u == TimeUnit.Year && det is "last" && !the && mod is null && QuarterContext(i))
        {
            if ((_t[end - 1].Flags & TokenFlags.Apostrophe) != 0 && (IsR(end, "quarter") || IsR(end, "period")))
            {
                return Set(first, end + 1, TemporalType.Date, QuarterValue(-5));
            }

            if ((IsL(first - 1, first, "period") || IsL(first - 1, first, "quarter"))
                && (IsL(first - 2, first - 1, "corresponding") || IsL(first - 2, first - 1, "same") || IsL(first - 2, first - 1, "comparable"))
                && IsL(first - 3, first - 2, "the"))
            {
                return Set(first - 3, end, TemporalType.Date, QuarterValue(-5));
            }
        }

        if (IsR(end, "or") && IsR(end + 1, "so"))
        {
            end += 2;
        }

        return Set(first, end, TemporalType.Date, value, mod);
    }

    /// <summary>Extends <c>weeks</c> to <c>weeks or months</c>.</summary>
    private readonly int OrUnit(int end)
    {
        if (Right(end) && (Is(end, "or") || Is(end, "to")) && Right(end + 1) && LexAt(end + 1) is { Kind: LexKind.Unit } && Right(end + 1))
        {
            return end + 2;
        }

        if (IsR(end, "or") && IsR(end + 1, "so"))
        {
            return end + 2;
        }

        return end;
    }

    /// <summary>the third quarter, the quarter, the first half of 1997, the year-earlier quarter.</summary>
    private bool TryQuarter(int i, TimeUnit u, bool plural)
    {
        if (u == TimeUnit.Quarter && !plural && (IsL(i - 1, i, "every") || IsL(i - 1, i, "each")))
        {
            return Set(i - 1, i + 1, TemporalType.Set, "P1Q"); // interest paid every quarter
        }

        int end = i + 1;
        int first = i;
        int q = 0;
        int year = -1;
        int j = i - 1;
        int relative = int.MinValue; // quarter offset from publication
        if (Left(j, i))
        {
            q = u == TimeUnit.Half ? HalfOrdinal(j) : QuarterOrdinal(j);
            if (q > 0)
            {
                first = j;
                j--;
            }
        }

        if (IsL(j, j + 1, "fiscal") || IsL(j, j + 1, "calendar"))
        {
            first = j;
            j--;
        }

        if (q > 0 && Left(j, j + 1) && (_t[j].Kind == TokenKind.Word && Capitalized(j) == false || _t[j].Kind == TokenKind.Number))
        {
            int yy = YearAt(j);
            if (yy > 0)
            {
                year = yy;
                first = j;
                j--;
            }
        }

        if (Left(j, j + 1) && _t[j].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> w = Word(j);
            if (DateLexicon.QuarterDeterminers.Contains(w))
            {
                string lw = Canonical(w);

                relative = lw switch
                {
                    "current" or "this" => 0,
                    "next" => 1,
                    "year-earlier" or "year-ago" => -5,
                    "previous" or "prior" => q > 0 ? int.MinValue : -2,
                    _ => -1,
                };
                first = j;
                j--;
                if (lw is "year-earlier" or "year-ago" && IsL(j, j + 1, "comparable"))
                {
                    first = j;
                    j--;
                }
            }
            else if ((w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)) && Left(j - 1, j) && q > 0)
            {
                // this year's, last year's, next year's
                ReadOnlySpan<char> c = Core(j);
                if (c.Equals("year", StringComparison.OrdinalIgnoreCase) && _pub is { } p)
                {
                    int off = Is(j - 1, "last") ? -1 : Is(j - 1, "next") ? 1 : Is(j - 1, "this") ? 0 : int.MinValue;
                    if (off != int.MinValue)
                    {
                        year = p.Year + off;
                        first = j - 1;
                        j -= 2;
                    }
                }
            }
        }

        bool the = false;
        if (IsL(j, j + 1, "the") || IsL(j, j + 1, "a") && q > 0)
        {
            the = Is(j, "the");
            first = j;
            j--;
        }

        if (q == 0 && relative == int.MinValue && !the)
        {
            return false;
        }

        if (plural)
        {
            if (q > 0 && !the)
            {
                return Set(first, end, TemporalType.Set, "XXXX-Q" + q.ToString(CultureInfo.InvariantCulture));
            }

            return false;
        }

        if (IsR(end, "of"))
        {
            if (Right(end + 1) && YearAt(end + 1) > 0)
            {
                year = YearAt(end + 1);
                end += 2;
            }
            else if (q == 0 && !Right(end + 1))
            {
                return false;
            }
            else if (q == 0)
            {
                return false; // a quarter of the
            }
        }

        if (IsR(end, "a") && IsR(end + 1, "year") && IsR(end + 2, "ago"))
        {
            relative = -5;
            end += 3;
        }

        string value;
        if (u == TimeUnit.Half)
        {
            if (q == 0)
            {
                return false;
            }

            if (year < 0 && _pub is { } p)
            {
                int ph = p.Month <= 6 ? 1 : 2;
                year = q > ph ? p.Year - 1 : p.Year;
            }

            value = (year < 0 ? "XXXX" : Y(year)) + "-H" + q.ToString(CultureInfo.InvariantCulture);
            return Set(first, end, TemporalType.Date, value);
        }

        if (q > 0)
        {
            if (year < 0 && _pub is { } p)
            {
                int pq = QuarterOf(p.Month);
                year = q > pq ? p.Year - 1 : p.Year;
                if (relative == -5)
                {
                    year--;
                }
                else if (relative == 1)
                {
                    year = q > pq ? p.Year : p.Year + 1;
                }
            }

            value = (year < 0 ? "XXXX" : Y(year)) + "-Q" + q.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            value = QuarterValue(relative == int.MinValue ? -1 : relative);
        }

        return Set(first, end, TemporalType.Date, value);
    }

    // ---- hyphenated words ----------------------------------------------------------------------

    /// <summary>third-quarter, mid-1990s, mid-November, two-year, 2-month-old, year-earlier.</summary>
    private bool TryHyphenated(int i)
    {
        ReadOnlySpan<char> w = Word(i);
        if (w.Length > 40)
        {
            return false;
        }

        int d1 = w.IndexOf('-');
        if (d1 <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> a = w[..d1];
        ReadOnlySpan<char> rest = w[(d1 + 1)..];
        int d2 = rest.IndexOf('-');
        ReadOnlySpan<char> b = d2 < 0 ? rest : rest[..d2];
        ReadOnlySpan<char> c = d2 < 0 ? ReadOnlySpan<char>.Empty : rest[(d2 + 1)..];
        if (c.IndexOf('-') >= 0)
        {
            return false;
        }

        if (b.Length > 1 && b[^1] == '.')
        {
            b = b[..^1];
        }

        DateLexicon.TryGet(a, out Lex la);
        DateLexicon.TryGet(b, out Lex lb);

        // mid-1990s, mid-2016, mid-November, late-November
        bool edge = a.Equals("mid", StringComparison.OrdinalIgnoreCase) || a.Equals("early", StringComparison.OrdinalIgnoreCase)
            || a.Equals("late", StringComparison.OrdinalIgnoreCase);
        if (edge && c.IsEmpty)
        {
            string mod = a.Equals("mid", StringComparison.OrdinalIgnoreCase) ? "MID" : a.Equals("early", StringComparison.OrdinalIgnoreCase) ? "START" : "END";
            int first = IsL(i - 1, i, "the") ? i - 1 : i;
            if (lb.Kind == LexKind.Month)
            {
                return Set(i, i + 1, TemporalType.Date, MonthDay(ResolveYear(lb.Value, 0, 0, i), lb.Value, 0), mod);
            }

            if (b.Length == 4 && Digits(b) is >= 1000 and <= 2199)
            {
                return Set(i, i + 1, TemporalType.Date, b.ToString(), mod);
            }

            if (b.Length == 5 && b[^1] == 's' && Digits(b[..^1]) is int dec and >= 1000 and <= 2190 && dec % 10 == 0)
            {
                return Set(first, i + 1, TemporalType.Date, b[..3].ToString(), mod);
            }

            return false;
        }

        // third-quarter, first-half
        if (c.IsEmpty && lb.Kind == LexKind.Unit && (TimeUnit)lb.Value is TimeUnit.Quarter or TimeUnit.Half && !lb.Plural)
        {
            int q = OrdinalWord(a);
            if (q == 0 || ((TimeUnit)lb.Value == TimeUnit.Half && q > 2))
            {
                return false;
            }

            int first = i, year = -1;
            int j = i - 1;
            if (IsL(j, j + 1, "fiscal"))
            {
                first = j;
                j--;
            }

            if (Left(j, j + 1) && YearAt(j) > 0)
            {
                year = YearAt(j);
                first = j;
                j--;
            }

            if (IsL(j, j + 1, "the") && first < i)
            {
                first = j;
            }

            bool half = (TimeUnit)lb.Value == TimeUnit.Half;
            if (year < 0 && _pub is { } p)
            {
                int pq = half ? (p.Month <= 6 ? 1 : 2) : QuarterOf(p.Month);
                year = q > pq ? p.Year - 1 : p.Year;
            }

            return Set(first, i + 1, TemporalType.Date, (year < 0 ? "XXXX" : Y(year)) + (half ? "-H" : "-Q") + q.ToString(CultureInfo.InvariantCulture));
        }

        if (c.IsEmpty && a.Equals("year", StringComparison.OrdinalIgnoreCase) && b.Equals("end", StringComparison.OrdinalIgnoreCase))
        {
            // "by year-end", "since year-end": the closing day of the year
            string y = YearValue(IsL(i - 1, i, "since") ? -1 : 0);
            return Set(i, i + 1, TemporalType.Date, _pub is null ? y : y + "-12-31");
        }

        // year-earlier, year-ago (+ quarter / period)
        if (c.IsEmpty && a.Equals("year", StringComparison.OrdinalIgnoreCase) && (b.Equals("earlier", StringComparison.OrdinalIgnoreCase) || b.Equals("ago", StringComparison.OrdinalIgnoreCase)))
        {
            int first = i, end = i + 1;
            bool noun = IsR(end, "quarter") || IsR(end, "period") || (QuarterOrdinal(end) > 0 && IsR(end + 1, "quarter"));
            if (IsL(i - 1, i, "comparable") && noun)
            {
                first = i - 1;
            }

            if (IsL(first - 1, first, "the") && noun)
            {
                first--;
            }

            bool quarterly = QuarterContext(i);
            if (IsR(end, "quarter") || IsR(end, "period"))
            {
                end++;
                quarterly |= Is(end - 1, "quarter");
            }
            else if (QuarterOrdinal(end) > 0 && IsR(end + 1, "quarter"))
            {
                // the year-earlier third quarter
                int q = QuarterOrdinal(end);
                int y = _pub is { } p ? (q > QuarterOf(p.Month) ? p.Year - 2 : p.Year - 1) : -1;
                return Set(first, end + 2, TemporalType.Date, (y < 0 ? "XXXX" : Y(y)) + "-Q" + q.ToString(CultureInfo.InvariantCulture));
            }
            else if (LexAt(end).Kind == LexKind.Number && Right(end) && LexAt(end + 1) is { Kind: LexKind.Unit, Plural: true })
            {
                return false;
            }

            return Set(first, end, TemporalType.Date, quarterly ? QuarterValue(-5) : YearValue(-1));
        }

        // two-year, 10-year, 2-month-old, day-long, decades-long
        TimeUnit unit;
        int n;
        if (lb.Kind == LexKind.Unit && !lb.Plural)
        {
            unit = (TimeUnit)lb.Value;
            if (la.Kind == LexKind.Number && !la.Abbrev)
            {
                n = la.Value;
            }
            else if (Digits(a) is int dn and > 0)
            {
                n = dn;
            }
            else if (a.Equals("half", StringComparison.OrdinalIgnoreCase))
            {
                if (unit != TimeUnit.Hour)
                {
                    return false;
                }

                return Set(i, i + 1, TemporalType.Duration, "PT30M");
            }
            else
            {
                return false;
            }

            if (!c.IsEmpty && !c.Equals("old", StringComparison.OrdinalIgnoreCase) && !c.Equals("long", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        else if (la.Kind == LexKind.Unit && (b.Equals("long", StringComparison.OrdinalIgnoreCase) || b.Equals("old", StringComparison.OrdinalIgnoreCase)) && c.IsEmpty)
        {
            unit = (TimeUnit)la.Value;
            n = la.Plural ? DateLexicon.Vague : 1;
        }
        else
        {
            return false;
        }

        if (unit is TimeUnit.Weekend or TimeUnit.Quarter or TimeUnit.Half)
        {
            return false;
        }

        if (unit == TimeUnit.Year && c.Equals("old", StringComparison.OrdinalIgnoreCase))
        {
            return false; // the 50-year-old
        }

        if (Right(i + 1) && (Is(i + 1, "old") || IsR(i + 1, "olds")) && unit == TimeUnit.Year)
        {
            return false;
        }

        if (c.Equals("old", StringComparison.OrdinalIgnoreCase) && Right(i + 1) && _t[i + 1].Kind == TokenKind.Word && DateLexicon.PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Core(i + 1)))
        {
            return false; // their 6-month-old son: an age
        }

        // "a three-year contract": the adjective alone is the expression.
        return Set(i, i + 1, TemporalType.Duration, Duration(n, unit));
    }
}
