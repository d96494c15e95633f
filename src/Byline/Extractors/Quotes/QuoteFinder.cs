using System.Runtime.CompilerServices;
using System.Text;
using Byline.Text;

namespace Byline.Extractors.Quotes;

/// <summary>What kind of speaker a phrase names.</summary>
internal enum NpKind : byte
{
    /// <summary>A named person (<c>Ash Carter</c>).</summary>
    Person,
    /// <summary>A named organization or country (<c>Russia</c>, <c>The Syrian Observatory for Human Rights</c>).</summary>
    Org,
    /// <summary>A description (<c>a senior U.S. military official</c>, <c>the Turkish army</c>).</summary>
    Anonymous,
    /// <summary>A pronoun (<c>he</c>, <c>they</c>).</summary>
    Pronoun,
    /// <summary>A definite description that points back (<c>the official</c>, <c>the group</c>).</summary>
    Anaphor,
}

/// <summary>A speaker phrase: its tokens, where the name starts after any titles, and its kind.</summary>
internal struct Np
{
    public int First;
    public int End;
    public int NameFirst;
    public NpKind Kind;
    public string? AppositiveRole;

    /// <summary>Where the mention as written ends, past a bracket (<c>(R-Ga.)</c>) or an appositive; 0 when it ends at <see cref="End"/>.</summary>
    public int MentionEnd;

    public readonly bool Valid => End > First;

    public readonly int WrittenEnd => Math.Max(End, MentionEnd);
}

/// <summary>A top-level pair of quote marks in one paragraph (or a chain of paragraphs for a quote that spans them).</summary>
internal struct QSpan
{
    public int Open;
    public int Close;
    public int ContentStart;
    public int ContentEnd;
    public int LastOpen;
    public bool Direct;
}

/// <summary>A quote found but not yet attributed to a canonical speaker.</summary>
internal struct Candidate
{
    public QuoteKind Kind;
    public int Start;
    public int End;
    public int CueFirst;
    public int CueEnd;
    public Np Speaker;
    public bool HasSpeaker;
    public bool Continuation;
    public int Paragraph;

    /// <summary>For a quote broken by its attribution: where its parts start in <see cref="QuoteScratch.Parts"/>, and how many (0: one part).</summary>
    public int PartsFrom;
    public int PartCount;
}

/// <summary>The working collections of one <see cref="QuoteFinder"/> run, kept per thread so articles reuse them instead of growing new ones.</summary>
internal sealed class QuoteScratch
{
    /// <summary>Collections that grew past this many items are dropped rather than kept, so one huge article does not pin memory.</summary>
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static QuoteScratch? t_cached;

    public readonly List<QSpan> Spans = new();
    public readonly List<Candidate> Candidates = new();
    public readonly List<(int Start, int End)> Parts = new();
    public readonly Dictionary<string, (string Name, string? Role)> People = new(StringComparer.OrdinalIgnoreCase);
    public readonly List<(int Token, string Key)> PersonMentions = new();
    public readonly List<QuoteFinder.Known> Known = new();
    public readonly Dictionary<string, byte> Genders = new(StringComparer.Ordinal);

    /// <summary>Takes this thread's scratch (or a new one when it is in use or was dropped).</summary>
    public static QuoteScratch Rent()
    {
        QuoteScratch? s = t_cached;
        t_cached = null;
        return s ?? new QuoteScratch();
    }

    /// <summary>Clears the collections and keeps them for the thread's next article, unless they grew large.</summary>
    public static void Return(QuoteScratch s)
    {
        if (s.Spans.Count > MaxKept || s.Candidates.Count > MaxKept || s.Parts.Count > MaxKept || s.People.Count > MaxKept
            || s.PersonMentions.Count > MaxKept || s.Known.Count > MaxKept || s.Genders.Count > MaxKept)
        {
            return;
        }

        s.Spans.Clear();
        s.Candidates.Clear();
        s.Parts.Clear();
        s.People.Clear();
        s.PersonMentions.Clear();
        s.Known.Clear();
        s.Genders.Clear();
        t_cached = s;
    }
}

/// <summary>The per-call work of <see cref="QuotesExtractor"/>: a stack-only view over one document.</summary>
internal ref struct QuoteFinder
{
    public const byte DateMark = 1, DemonymMark = 2, PlaceMark = 3;
    private const int MaxNpTokens = 12;
    private const int MaxAppositive = 25;
    private const int MaxInterruption = 30;

    private readonly string _text;
    private readonly ReadOnlySpan<Token> _t;
    private readonly ReadOnlySpan<Sentence> _sentences;
    private readonly ReadOnlySpan<Paragraph> _paragraphs;
    private readonly ReadOnlySpan<byte> _marks;
    private readonly Span<int> _sentenceOf;
    private readonly Span<Lex> _lex;
    private readonly CancellationToken _cancel;
    private readonly int _datelineEnd;
    private readonly List<QSpan> _spans;
    private readonly List<Candidate> _candidates;
    private readonly List<(int Start, int End)> _parts;
    private int _directCount;
    private readonly Dictionary<string, (string Name, string? Role)> _people;
    private readonly Dictionary<string, byte> _genders; // a person's name -> Male, Female or both (namesakes), from honorifics
    private readonly List<(int Token, string Key)> _personMentions;
    private readonly List<Known> _known;

    public QuoteFinder(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<Paragraph> paragraphs,
        ReadOnlySpan<byte> marks, Span<int> sentenceOf, Span<Lex> lex, int datelineEnd, QuoteScratch scratch, CancellationToken cancel)
    {
        _spans = scratch.Spans;
        _candidates = scratch.Candidates;
        _parts = scratch.Parts;
        _people = scratch.People;
        _genders = scratch.Genders;
        _personMentions = scratch.PersonMentions;
        _known = scratch.Known;
        _datelineEnd = datelineEnd;
        _text = text;
        _t = tokens;
        _sentences = sentences;
        _paragraphs = paragraphs;
        _marks = marks;
        _sentenceOf = sentenceOf;
        _lex = lex;
        _cancel = cancel;
    }

    public List<Quote> Run()
    {
        LexPass();
        SentPass();

        RegisterPeople();
        for (int p = 0; p < _paragraphs.Length; p++)
        {
            PairQuotes(p);
        }

        _cancel.ThrowIfCancellationRequested();
        AttributeDirect();
        FindReported();
        _cancel.ThrowIfCancellationRequested();
        return Resolve();
    }

    /// <summary>One lookup per word gives every word list it belongs to (behind the shape filter); a word with a digit is in none.</summary>
    private void LexPass()
    {
        for (int i = 0; i < _t.Length; i++)
        {
            Token t = _t[i];
            _lex[i] = t.Kind == TokenKind.Word && (t.Flags & TokenFlags.HasDigit) == 0
                && QuoteLexicon.Masks.TryGetValue(_text.AsSpan(t.Start, t.Length), out Lex m) ? m : Lex.None;
        }
    }

    /// <summary>The sentence of each token.</summary>
    private void SentPass()
    {
        for (int s = 0; s < _sentences.Length; s++)
        {
            Sentence sen = _sentences[s];
            for (int i = sen.FirstToken; i < sen.EndToken; i++)
            {
                _sentenceOf[i] = s;
            }
        }
    }

    // ---- token helpers -------------------------------------------------------------------------

    private readonly ReadOnlySpan<char> W(int i) => _text.AsSpan(_t[i].Start, _t[i].Length);

    private readonly bool IsWord(int i) => i >= 0 && i < _t.Length && _t[i].Kind == TokenKind.Word;

    private readonly bool Is(int i, string word) => IsWord(i) && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private readonly bool IsPunct(int i, char c) => i >= 0 && i < _t.Length && _t[i].Kind == TokenKind.Punctuation && _text[_t[i].Start] == c;

    private readonly bool IsCap(int i) => IsWord(i) && (_t[i].Flags & TokenFlags.Capitalized) != 0;

    private readonly int SentStart(int i) => _sentences[_sentenceOf[i]].FirstToken;

    private readonly int SentEnd(int i) => _sentences[_sentenceOf[i]].EndToken;

    private readonly bool InLex(Lex lex, int i) => IsWord(i) && (_lex[i] & lex) != 0;

    private readonly bool IsCalendar(int i) =>
        _marks[i] == DateMark || InLex(Lex.CalendarWords, i) && (IsCap(i) || !(Is(i, "may") || Is(i, "march"))); // this may allow ...: a verb

    private readonly bool IsTerminal(int i) =>
        i >= 0 && i < _t.Length && _t[i].Kind == TokenKind.Punctuation && _text[_t[i].Start] is '.' or '!' or '?';

    /// <summary>A capitalized word or abbreviation that can be part of a name (<c>Jean-Yves</c>, <c>U.S.</c>, <c>al-Laith</c>, <c>McCain</c>).</summary>
    private readonly bool IsNameToken(int i)
    {
        // Most tokens are lower-case words without a hyphen: every reading below needs a capital or a hyphen.
        if (!IsWord(i) || (_t[i].Flags & (TokenFlags.Capitalized | TokenFlags.Hyphenated)) == 0)
        {
            return false;
        }

        if (IsCalendar(i))
        {
            // Theresa May, Brian June: a month that follows a capitalized name and no number is a surname
            return IsCap(i) && i > 0 && IsCap(i - 1) && !IsCalendar(i - 1) && (_t[i].Flags & TokenFlags.NewlineBefore) == 0
                && (_lex[i - 1] & (Lex.FunctionWords | Lex.Determiners | Lex.Titles)) == 0 && !(i + 1 < _t.Length && _t[i + 1].Kind == TokenKind.Number)
                && (W(i).Equals("May", StringComparison.Ordinal) || W(i).Equals("June", StringComparison.Ordinal) || W(i).Equals("April", StringComparison.Ordinal)
                    || W(i).Equals("August", StringComparison.Ordinal));
        }

        ReadOnlySpan<char> w = W(i);
        if ((_t[i].Flags & TokenFlags.Capitalized) != 0)
        {
            return (_lex[i] & (Lex.FunctionWords | Lex.Determiners)) == 0 && ((_t[i].Flags & TokenFlags.Apostrophe) == 0 || !IsContraction(w));
        }

        // al-Laith, el-Sisi, bin-Laden (hyphenated, as the check above left only those)
        int dash = -1;
        for (int k = 0; k < w.Length && k < 4; k++)
        {
            if (w[k] == '-')
            {
                dash = k;
                break;
            }
        }

        return dash is 2 or 3 && dash + 1 < w.Length && char.IsUpper(w[dash + 1]) && QuoteLexicon.NameParticles.Contains(w.Slice(0, dash));
    }

    private readonly bool IsParticle(int i) => IsWord(i) && !IsCap(i) && (_lex[i] & Lex.NameParticles) != 0;

    /// <summary>A lower-case noun that can name a speaker: listed, or shaped like an agent noun (<c>announcer</c>, <c>businessman</c>, <c>commissioner</c>).</summary>
    private readonly bool IsSpeakerNoun(int i)
    {
        if (!IsWord(i) || IsCap(i))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(i);
        if ((_lex[i] & Lex.SpeakerNouns) != 0)
        {
            return true;
        }

        if (w.Length < 5 || (_lex[i] & (Lex.NotModifiers | Lex.FunctionWords)) != 0 || (_t[i].Flags & TokenFlags.Apostrophe) != 0)
        {
            return false;
        }

        if (w[^1] == 's')
        {
            w = w.Slice(0, w.Length - 1);
        }

        return w.EndsWith("er", StringComparison.Ordinal) && !w.EndsWith("ever", StringComparison.Ordinal) && !w.EndsWith("ther", StringComparison.Ordinal)
                && !w.EndsWith("nder", StringComparison.Ordinal) && !w.EndsWith("ter", StringComparison.Ordinal) && !w.EndsWith("fer", StringComparison.Ordinal)
            || w.EndsWith("or", StringComparison.Ordinal) && !w.EndsWith("oor", StringComparison.Ordinal)
            || w.EndsWith("ist", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("man", StringComparison.Ordinal)
            || w.EndsWith("woman", StringComparison.Ordinal) || w.EndsWith("ant", StringComparison.Ordinal) && !w.EndsWith("cant", StringComparison.Ordinal);
    }

    /// <summary>It's, That's, He's, Let's, I'm, We've, They're, Don't: a contraction of a function word or a negation, not a name's possessive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsContraction(ReadOnlySpan<char> w)
    {
        int apostrophe = w.IndexOfAny('\'', '\u2019');
        if (apostrophe <= 0)
        {
            return false;
        }

        if (apostrophe == w.Length - 2 && (w[^1] | 0x20) == 't' && (w[apostrophe - 1] | 0x20) == 'n')
        {
            return true; // Don't, Isn't, Can't
        }

        if (apostrophe > 5)
        {
            return false; // Blair's, Government's: the function words that contract are short
        }

        ReadOnlySpan<char> stem = w[..apostrophe];
        return QuoteLexicon.FunctionWords.Contains(stem) || stem.Equals("he", StringComparison.OrdinalIgnoreCase)
            || stem.Equals("she", StringComparison.OrdinalIgnoreCase) || stem.Equals("they", StringComparison.OrdinalIgnoreCase)
            || stem.Equals("let", StringComparison.OrdinalIgnoreCase);
    }

    private readonly bool IsPronoun(int i) =>
        IsWord(i) && W(i) is var w && (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
            || w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("it", StringComparison.OrdinalIgnoreCase)
            || w.Equals("we", StringComparison.OrdinalIgnoreCase) || w.Equals("I", StringComparison.Ordinal));

    // ---- canonical names -----------------------------------------------------------------------

    /// <summary>One pass over the article: every multi-word person name (titles stripped) is filed under its last word.</summary>
    private void RegisterPeople()
    {
        int i = 0;
        while (i < _t.Length)
        {
            if (!IsNameToken(i) && !InLex(Lex.Titles, i))
            {
                i++;
                continue;
            }

            int start = i;
            int end = i;
            while (end < _t.Length && end - start < MaxNpTokens
                && (IsNameToken(end) || InLex(Lex.Titles, end) || (IsParticle(end) && IsNameToken(end + 1))))
            {
                if (end > start && (_t[end].Flags & TokenFlags.NewlineBefore) != 0)
                {
                    break;
                }

                end++;
            }

            if (end == start)
            {
                i++;
                continue;
            }

            Register(start, end);
            NoteGender(start, end);
            i = end;
        }
    }

    private const byte Male = 1, Female = 2;

    /// <summary>Mr Smith, Ms Jones, Sir John: files the gender an honorific gives the person the name's last word refers to.</summary>
    private void NoteGender(int start, int end)
    {
        byte g = 0;
        for (int j = start; j < end - 1 && g == 0; j++)
        {
            g = HonorificGender(j);
        }

        if (g == 0 || !IsNameToken(end - 1)
            || !_people.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(LastKey(end - 1), out (string Name, string? Role) person))
        {
            return;
        }

        _genders[person.Name] = _genders.TryGetValue(person.Name, out byte had) ? (byte)(had | g) : g; // both: Mr and Mrs Clinton
    }

    /// <summary>The gender the honorific at <paramref name="j"/> gives (<c>Mr</c>, <c>Sir</c>: Male; <c>Ms</c>, <c>Mrs</c>, <c>Dame</c>: Female), or 0.</summary>
    private readonly byte HonorificGender(int j) =>
        j < 0 || j >= _t.Length || (_lex[j] & (Lex.Honorifics | Lex.Titles)) == 0 ? (byte)0 // (one mask test turns most words away)
        : Is(j, "Mr") || Is(j, "Mr.") || Is(j, "Sir") || Is(j, "Lord") ? Male
        : Is(j, "Ms") || Is(j, "Ms.") || Is(j, "Mrs") || Is(j, "Mrs.") || Is(j, "Miss") || Is(j, "Dame") || Is(j, "Lady") || Is(j, "Baroness") ? Female
        : (byte)0;

    /// <summary>
    /// The person an honorific of <paramref name="gender"/> names within the 60 tokens before <paramref name="before"/>
    /// (<c>Ms Alexander</c>): the full name filed for the surname, else the surname; or null.
    /// </summary>
    private readonly string? NearestHonorific(int before, byte gender)
    {
        for (int j = before - 2; j >= 0 && j >= before - 60; j--)
        {
            if (HonorificGender(j) != gender || !IsNameToken(j + 1))
            {
                continue;
            }

            int last = j + 1;
            while (last + 1 < before && IsNameToken(last + 1))
            {
                last++;
            }

            // (Mrs Howard where Michael Howard is filed under Howard: the surname, not him)
            return _people.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(LastKey(last), out (string Name, string? Role) p)
                && _genders.TryGetValue(p.Name, out byte g) && g == gender
                ? p.Name
                : StripPossessive(Join(j + 1, last + 1));
        }

        return null;
    }

    /// <summary>Whether what the honorifics say of <paramref name="name"/> rules out pronoun gender <paramref name="pronoun"/> (0: any).</summary>
    private readonly bool WrongGender(string name, byte pronoun) =>
        pronoun != 0 && _genders.TryGetValue(name, out byte g) && g != (Male | Female) && g != pronoun;

    private void Register(int start, int end)
    {
        int nameFirst = NameStart(start, end);
        if (end - nameFirst < 2 || !IsPersonName(nameFirst, end))
        {
            return;
        }

        ReadOnlySpan<char> last = LastKey(end - 1);
        if (_people.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(last, out string? key, out (string Name, string? Role) known))
        {
            // (A capital that only opens the sentence may be an adjective: Angry Williams, Dogged Federer. Such a two-word name
            // stays with the person already filed.)
            if (!SamePerson(known.Name, nameFirst, end) && !(end - nameFirst == 2 && (_t[nameFirst].Flags & TokenFlags.SentenceStart) != 0))
            {
                RegisterNamesake(start, nameFirst, end);
                return;
            }

            _personMentions.Add((nameFirst, key));
            if (known.Role is null && nameFirst > start)
            {
                _people[key] = (known.Name, RoleText(start, nameFirst));
            }

            return;
        }

        key = last.ToString();
        _personMentions.Add((nameFirst, key));
        _people[key] = (StripPossessive(Join(nameFirst, end)), nameFirst > start ? RoleText(start, nameFirst) : null);
    }

    /// <summary>
    /// Bill Clinton after Hillary Clinton: another person with the same surname, filed under the full name; the bare surname
    /// keeps pointing to the one introduced first.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RegisterNamesake(int start, int nameFirst, int end)
    {
        string full = StripPossessive(Join(nameFirst, end));
        string? role = nameFirst > start ? RoleText(start, nameFirst) : null;
        if (!_people.TryGetValue(full, out (string Name, string? Role) other))
        {
            _people[full] = (full, role);
        }
        else if (other.Role is null && role is not null)
        {
            _people[full] = (other.Name, role);
        }

        _personMentions.Add((nameFirst, full));
    }

    /// <summary>
    /// Whether the name in tokens [<paramref name="first"/>, <paramref name="end"/>) can be the person filed as <paramref name="known"/>
    /// under the same surname: one name holds the other's first word (Hillary Clinton and Hillary Rodham Clinton, Matt Williams and
    /// Defiant Matt Williams), which Bill Clinton and Hillary Clinton do not.
    /// </summary>
    private readonly bool SamePerson(string known, int first, int end)
    {
        ReadOnlySpan<char> knownFirst = known.AsSpan(0, Math.Max(0, known.IndexOf(' ')));
        ReadOnlySpan<char> mentionFirst = W(first);
        if (knownFirst.IsEmpty)
        {
            return true;
        }

        for (int i = first; i < end - 1; i++)
        {
            if (W(i).Equals(knownFirst, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (Range r in known.AsSpan().Split(' '))
        {
            if (known.AsSpan()[r].Equals(mentionFirst, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens [first, end) look like a person's name rather than an organization, a place or a date.</summary>
    private readonly bool IsPersonName(int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (InLex(Lex.OrgWords, i) || _marks[i] is PlaceMark or DemonymMark || InLex(Lex.Demonyms, i) || IsCalendar(i)
                || (_t[i].Flags & (TokenFlags.AllCaps | TokenFlags.HasDigit)) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the name after any leading titles and honorifics (<c>Defense Secretary Ash Carter</c> → <c>Ash</c>).</summary>
    private readonly int NameStart(int first, int end)
    {
        int name = first;
        for (int i = first; i < end; i++)
        {
            // A title, an honorific or an owner before the name (Arsenal's Sol Campbell).
            if (InLex(Lex.Titles, i) || InLex(Lex.Honorifics, i) || (i < end - 1 && (_t[i].Flags & TokenFlags.Apostrophe) != 0 && IsPossessive(i)))
            {
                name = i + 1;
            }
            else if (i < end - 2 && IsPluralPossessiveMark(i + 1))
            {
                name = i + 2; // Ladbrokes' Warren Lush
            }
        }

        return name;
    }

    private readonly ReadOnlySpan<char> LastKey(int i)
    {
        ReadOnlySpan<char> w = Possessive.Strip(W(i));
        int dash = w.LastIndexOf('-');
        if (dash > 0 && dash + 1 < w.Length && QuoteLexicon.NameParticles.Contains(w.Slice(0, dash)))
        {
            w = w.Slice(dash + 1);
        }

        return w;
    }

    private readonly string RoleText(int first, int end)
    {
        int s = first;
        while (s < end && (InLex(Lex.Honorifics, s) || InLex(Lex.Determiners, s)))
        {
            s++;
        }

        return s < end ? Join(s, end) : string.Empty;
    }

    private readonly string Join(int first, int end) => JoinSpan(first, end).ToString();

    private readonly ReadOnlySpan<char> JoinSpan(int first, int end) => _text.AsSpan(_t[first].Start, _t[end - 1].End - _t[first].Start);

    // ---- quote marks ---------------------------------------------------------------------------

    private enum Family : byte { None, Double, Single, Guillemet }

    /// <summary>Pairs the quote marks of paragraph <paramref name="p"/>; unbalanced marks never leave it, except a quote that continues in the next paragraph.</summary>
    private void PairQuotes(int p)
    {
        Paragraph para = _paragraphs[p];
        Int32Buffer8 stackStore = default;
        Span<int> stack = stackStore;
        int depth = 0;
        for (int i = para.FirstToken; i < para.EndToken; i++)
        {
            if (_t[i].Kind != TokenKind.Quote)
            {
                continue;
            }

            char c = MarkChar(i);
            TokenFlags f = _t[i].Flags & (TokenFlags.OpeningQuote | TokenFlags.ClosingQuote);
            Family fam = FamilyOf(c);
            int match = -1;
            for (int k = depth - 1; k >= 0; k--)
            {
                if (FamilyOf(MarkChar(stack[k])) == fam)
                {
                    match = k;
                    break;
                }
            }

            bool close;
            bool open;
            switch (c)
            {
                case '\u201C': // “ opens, or closes „...“ and a glued “ after a word
                    close = match >= 0 && (_text[_t[stack[match]].Start] == '\u201E' || f == TokenFlags.ClosingQuote);
                    open = !close;
                    break;
                case '\u201D':
                    close = match >= 0;
                    open = !close && f == TokenFlags.OpeningQuote; // ”...” written with the closing mark twice
                    break;
                case '\u00BB' or '\u203A':
                    close = match >= 0;
                    open = false;
                    break;
                case '\u2019': // ’ closes an open single quote; otherwise it is an apostrophe
                    close = match >= 0 && f != TokenFlags.OpeningQuote && !PossessiveMark(i, para.EndToken);
                    open = false;
                    break;
                case '"':
                    close = match >= 0 && f != TokenFlags.OpeningQuote;
                    if (match >= 0 && f == TokenFlags.OpeningQuote && match == depth - 1)
                    {
                        close = true; // the same mark cannot nest: this one closes
                    }

                    open = !close && f != TokenFlags.ClosingQuote;
                    break;
                case '\'':
                    close = match >= 0 && f != TokenFlags.OpeningQuote && !PossessiveMark(i, para.EndToken);
                    open = !close && f == TokenFlags.OpeningQuote;
                    break;
                default: // „ ‚ ‘ ‛ ‟ « ‹ 「
                    close = false;
                    open = true;
                    break;
            }

            if (close)
            {
                int opener = stack[match];
                depth = match;
                if (depth == 0)
                {
                    AddSpan(opener, i);
                }
            }
            else if (open && depth < stack.Length)
            {
                stack[depth++] = i;
            }
        }

        if (depth == 0)
        {
            return;
        }

        // An unclosed quote: it continues when the next paragraph opens with a mark of the same family
        // (the style for quotes that run over several paragraphs); otherwise, when it opened the paragraph,
        // it runs to the paragraph's end; otherwise it is dropped. Either way the damage stays here.
        int first = stack[0];
        Family family = FamilyOf(MarkChar(first));
        if (family == Family.Single)
        {
            return;
        }

        if (p + 1 < _paragraphs.Length)
        {
            int next = _paragraphs[p + 1].FirstToken;
            if (_t[next].Kind == TokenKind.Quote && FamilyOf(MarkChar(next)) == family && (_t[next].Flags & TokenFlags.ClosingQuote) == 0)
            {
                _spans.Add(new QSpan
                {
                    Open = first,
                    Close = -1,
                    ContentStart = _t[first].End,
                    ContentEnd = _t[para.EndToken - 1].End,
                    LastOpen = first,
                });
                return;
            }
        }

        if (first == para.FirstToken || (first == para.FirstToken + 1 && _t[para.FirstToken].Kind == TokenKind.Dash))
        {
            int last = para.EndToken - 1;
            if (last > first)
            {
                _spans.Add(new QSpan { Open = first, Close = -2, ContentStart = _t[first].End, ContentEnd = _t[last].End, LastOpen = first });
            }
        }
    }

    /// <summary>A single mark glued to a plural (<c>the voters' choice</c>) while a later single mark can still close the quote.</summary>
    private readonly bool PossessiveMark(int i, int paraEnd)
    {
        if (i == 0 || i + 1 >= paraEnd || (_t[i].Flags & TokenFlags.SpaceBefore) != 0 || !IsWord(i - 1) || !IsWord(i + 1) || IsCap(i + 1))
        {
            return false;
        }

        ReadOnlySpan<char> prev = W(i - 1);
        if (prev.Length < 2 || prev[^1] != 's')
        {
            return false;
        }

        int limit = Math.Min(paraEnd, i + 60);
        for (int j = i + 1; j < limit; j++)
        {
            if (_t[j].Kind == TokenKind.Quote && FamilyOf(MarkChar(j)) == Family.Single && (_t[j].Flags & TokenFlags.ClosingQuote) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private void AddSpan(int open, int close)
    {
        var span = new QSpan { Open = open, Close = close, ContentStart = _t[open].End, ContentEnd = _t[close].Start, LastOpen = open };
        int last = _spans.Count - 1;
        if (last >= 0 && _spans[last].Close == -1)
        {
            // The end of a quote that ran over paragraphs: the chain becomes one quote.
            QSpan chain = _spans[last];
            if (_sentenceOf[chain.Open] < _sentenceOf[open] && FirstOfParagraph(open))
            {
                chain.Close = close;
                chain.ContentEnd = span.ContentEnd;
                chain.LastOpen = open;
                _spans[last] = chain;
                return;
            }
        }

        if (HasText(span.ContentStart, span.ContentEnd))
        {
            _spans.Add(span);
        }
    }

    /// <summary>Whether [start, end) holds anything but white space: marks around spaces alone quote nothing.</summary>
    private readonly bool HasText(int start, int end) => start < end && !_text.AsSpan(start, end - start).IsWhiteSpace();

    private readonly bool FirstOfParagraph(int i) => i == 0 || (_t[i].Flags & TokenFlags.NewlineBefore) != 0;

    /// <summary>The quote mark token <paramref name="i"/> stands for: two apostrophes (<c>''</c>) are a straight double quote.</summary>
    private readonly char MarkChar(int i) => _t[i].Length == 2 && _text[_t[i].Start] == '\'' ? '"' : _text[_t[i].Start];

    private static Family FamilyOf(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u300C' or '\u300D' => Family.Double,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' => Family.Single,
        '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => Family.Guillemet,
        _ => Family.None,
    };

    // ---- direct quotes -------------------------------------------------------------------------

    /// <summary>
    /// The agent of a passive label verb (<c>have been branded “...” by the Liberal Democrats</c>, <c>was described as “...” by
    /// scouts</c>): the phrase after <c>by</c> right after the closing mark; none when the verb is active.
    /// </summary>
    private readonly Np PassiveAgent(int verb, int close)
    {
        int aux = verb - 1;
        if (!(Is(aux, "been") || Is(aux, "was") || Is(aux, "were") || Is(aux, "is") || Is(aux, "are") || Is(aux, "being") || Is(aux, "be")))
        {
            return default;
        }

        int k = close + 1;
        if (IsPunct(k, ','))
        {
            k++;
        }

        return Is(k, "by") ? NpForward(k + 1, SentEndSafe(k)) : default;
    }

    /// <summary>Whether the token before a quote mark introduces a work's title: <c>titled</c>, <c>entitled</c>, or a work's noun with or without a comma (<c>his book, “...”</c>).</summary>
    private readonly bool NamesAWork(int p)
    {
        if (IsPunct(p, ','))
        {
            p--;
        }

        return IsWord(p) && !IsCap(p) && QuoteLexicon.WorkNouns.Contains(W(p));
    }

    private void AttributeDirect()
    {
        // A chain left open at the very end of the text was never closed: keep its last paragraph only.
        int interrupted = -1, interruptedClose = -1;
        for (int s = 0; s < _spans.Count; s++)
        {
            QSpan q = _spans[s];
            if (q.Close == -1)
            {
                continue;
            }

            int closeTok = q.Close >= 0 ? q.Close : -1;
            int afterClose = closeTok >= 0 ? closeTok + 1 : _t.Length;
            int words = CountWords(q.Open + 1, closeTok >= 0 ? closeTok : ParagraphEndOf(q.Open));
            var cand = new Candidate { Kind = QuoteKind.Direct, Start = q.ContentStart, End = q.ContentEnd, CueFirst = -1, Paragraph = ParagraphOf(q.LastOpen) };
            TrimContent(ref cand);
            if (cand.End <= cand.Start)
            {
                continue; // marks around nothing but spaces (“ ”) quote nothing
            }

            bool titleCase = closeTok >= 0 && TitleCase(q.Open + 1, closeTok);
            if (titleCase && (Is(q.Open - 1, "on") || Is(q.Open - 1, "of") || Is(q.Open - 1, "in") || IsPossessive(q.Open - 1) || NamesAWork(q.Open - 1)))
            {
                continue; // a title: an interview on CBS’s “Face the Nation,” ..., the spot, titled “Arrogant,” ..., his book, “Make Your Kid a Millionaire,”
            }

            bool found = closeTok >= 0 && TryAttributeAfter(closeTok, ref cand);
            if (!found && interrupted >= 0 && Interruption(interruptedClose, q.Open))
            {
                // “We will win,” she said. “Nobody doubts it.” — one utterance broken by its attribution: one quote whose span
                // runs from the first quoted word to the last and whose parts keep the exact offsets of each stretch of words.
                Candidate whole = _candidates[interrupted];
                if (whole.PartCount == 0)
                {
                    whole.PartsFrom = _parts.Count;
                    whole.PartCount = 1;
                    _parts.Add((whole.Start, whole.End));
                }

                _parts.Add((cand.Start, cand.End));
                whole.PartCount++;
                whole.End = cand.End;
                _candidates[interrupted] = whole;
                q.Direct = true;
                _spans[s] = q;
                interruptedClose = closeTok; // a third part may follow: “A,” she said, “B,” she added, “C.”
                continue;
            }

            if (!found && SpeakerLabel(q.Open + 1, closeTok >= 0 ? closeTok : ParagraphEndOf(q.Open)) is { Valid: true } label)
            {
                // A transcript: "PENCE: Well, look, ..." — the label names the speaker, the words after the colon are the quote.
                cand.Speaker = label;
                cand.HasSpeaker = true;
                cand.Start = _t[label.End + 1].Start;
                found = cand.Start < cand.End;
            }

            if (!found)
            {
                found = TryAttributeBefore(q.Open, closeTok, ref cand);
            }

            if (!found && closeTok >= 0 && LabelVerbBefore(q.Open) is var lv and >= 0)
            {
                // called it “total political crap”, a doctor had typed “homicidal ideation”, likened the rules to “burning the
                // Constitution”: words quoted as what someone called or wrote, anywhere in the sentence.
                Np subj = W(lv).EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? ParticipleSubject(lv) : SubjectBefore(lv);
                if (PassiveAgent(lv, closeTok) is { Valid: true } agent)
                {
                    subj = agent; // plans branded “deeply irresponsible” by the Liberal Democrats: the agent labelled them
                }

                cand.Speaker = subj;
                cand.HasSpeaker = subj.Valid;
                cand.CueFirst = lv;
                cand.CueEnd = lv + 1;
                found = true;
            }

            if (!found && IsPunct(q.Open - 1, ':') && ColonSpeaker(q.Open - 1, out int colonCue) is { Valid: true } introducer)
            {
                // Ann Ortiz released a statement: “...” / pollster Ann Ortiz: “...”: the sentence the colon ends names the speaker.
                cand.Speaker = introducer;
                cand.HasSpeaker = true;
                cand.CueFirst = colonCue;
                cand.CueEnd = colonCue + 1;
                found = true;
            }

            if (!found && words >= 3 && !titleCase && Standalone(q.Open, closeTok))
            {
                cand.Continuation = true;
                found = true;
            }

            if (!found)
            {
                continue; // a partial quote (scare quotes, a title): part of whatever sentence holds it
            }

            q.Direct = true;
            _spans[s] = q;
            interrupted = -1;
            if (closeTok >= 0 && (cand.CueFirst > closeTok || cand.Continuation))
            {
                interrupted = _candidates.Count;
                interruptedClose = closeTok;
            }

            _candidates.Add(cand);
            _ = afterClose;
        }
    }

    /// <summary>
    /// The verb that introduces quoted words as a label or a written text, just before opening mark <paramref name="open"/>
    /// (<c>called “...”</c>, <c>described as “...”</c>, <c>call them “...”</c>, <c>put it, “...”</c>, <c>used the phrase “...”</c>,
    /// <c>likened the rules to “...”</c>), or -1.
    /// </summary>
    private readonly int LabelVerbBefore(int open)
    {
        int p = open - 1;
        if (p < 0 || _sentenceOf[p] != _sentenceOf[open])
        {
            return -1;
        }

        if (Is(p, "as") || Is(p, "them") || Is(p, "him") || Is(p, "her") || Is(p, "it"))
        {
            p--;
        }
        else if (IsPunct(p, ',') && Is(p - 1, "it") && Is(p - 2, "put"))
        {
            p -= 2;
        }
        else if ((Is(p, "phrase") || Is(p, "word") || Is(p, "term") || Is(p, "slogan") || Is(p, "label")) && Is(p - 1, "the"))
        {
            p -= 2;
        }
        else if (Is(p, "to"))
        {
            // likened the rules to “...”: the verb is a few words back
            for (int v = p - 1; v >= Math.Max(0, p - 5) && IsWord(v); v--)
            {
                if (Is(v, "likened") || Is(v, "compared") || Is(v, "likens") || Is(v, "compares"))
                {
                    return v;
                }
            }

            return -1;
        }

        return p >= 0 && IsWord(p) && QuoteLexicon.LabelVerbs.Contains(W(p)) ? p : -1;
    }

    /// <summary>
    /// A transcript's speaker label at token <paramref name="first"/>: one to three all-capital words and a colon
    /// (<c>PENCE:</c>, <c>CHRIS WALLACE:</c>) with words after it before <paramref name="end"/>; not a place or a heading word.
    /// </summary>
    private readonly Np SpeakerLabel(int first, int end)
    {
        int colon = first;
        while (colon < end && colon - first < 3 && IsWord(colon) && (_t[colon].Flags & TokenFlags.AllCaps) != 0 && _marks[colon] != PlaceMark
            && _marks[colon] != DemonymMark && W(colon).Length > 1 && !QuoteLexicon.HeadingLabels.Contains(W(colon)))
        {
            colon++;
        }

        if (colon == first || !IsPunct(colon, ':') || colon + 1 >= end || !IsWord(colon + 1) && _t[colon + 1].Kind != TokenKind.Number)
        {
            return default;
        }

        return new Np { First = first, End = colon, NameFirst = first, Kind = NpKind.Person };
    }

    /// <summary>The parts of a quote broken by its attribution, and its words: the parts' text joined by single spaces.</summary>
    private readonly (string Text, QuotePart[] Parts) PartsOf(in Candidate c)
    {
        var parts = new QuotePart[c.PartCount];
        var text = new System.Text.StringBuilder(c.End - c.Start);
        for (int i = 0; i < parts.Length; i++)
        {
            (int start, int end) = _parts[c.PartsFrom + i];
            parts[i] = new QuotePart(start, end - start);
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(_text, start, end - start);
        }

        return (text.ToString(), parts);
    }

    /// <summary>
    /// Whether the tokens between a quote's closing mark <paramref name="close"/> and the next opening mark <paramref name="open"/>
    /// are only an attribution (<c>, she said.</c>, <c>, said Ann Ortiz, a lawyer, on Monday,</c>): one paragraph, one sentence, a short gap
    /// with exactly one speech verb, ending in a period, comma or colon. A quoted title in the gap (<c>said on “Meet the Press.”</c>) is allowed.
    /// </summary>
    private readonly bool Interruption(int close, int open)
    {
        if (close < 0 || open - close > MaxInterruption || open - close < 3 || FirstOfParagraph(open) || ParagraphOf(close) != ParagraphOf(open)
            || IsTerminal(close - 1) && !IsWord(close + 1))
        {
            return false;
        }

        int last = open - 1;
        if (_t[last].Kind == TokenKind.Quote && last - 1 > close)
        {
            last--; // said on “Meet the Press.” “...
        }

        if (!(IsPunct(last, '.') || IsPunct(last, ',') || IsPunct(last, ':') || IsWord(last) && _text[_t[last].End - 1] == '.'))
        {
            return false;
        }

        int verbs = 0, marks = 0, depth = 0;
        for (int i = close + 1; i < open; i++)
        {
            if (_t[i].Kind == TokenKind.Quote)
            {
                marks++;
                continue;
            }

            depth += _t[i].Kind == TokenKind.OpenBracket ? 1 : _t[i].Kind == TokenKind.CloseBracket && depth > 0 ? -1 : 0;
            if (IsTerminal(i) && i != last && depth == 0 && !(i + 1 < open && _t[i + 1].Kind == TokenKind.Quote))
            {
                return false; // another sentence; a period inside brackets is an abbreviation's: (D-N.C.)
            }

            if (InLex(Lex.SpeechVerbs, i) && !Is(i - 1, "in") && !Is(i - 1, "a") && !Is(i - 1, "the") && !Is(i - 1, "his") && !Is(i - 1, "her"))
            {
                verbs++;
            }
        }

        return verbs == 1 && marks is 0 or 2;
    }

    /// <summary>Whether tokens [first, end) read like a title or headline: at most seven words, each longer than three letters capitalized (<c>Face the Nation</c>, <c>All Bets Are Off</c>).</summary>
    private readonly bool TitleCase(int first, int end)
    {
        int words = 0;
        for (int i = first; i < end; i++)
        {
            if (_t[i].Kind == TokenKind.Number)
            {
                words++;
                continue;
            }

            if (!IsWord(i))
            {
                continue;
            }

            if (++words > 7 || (words == 1 || _t[i].Length > 3) && !IsCap(i))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>Whether the capitalized run from <paramref name="i"/> (at most three words) ends in an organization's word (<c>Economy Ministry</c>).</summary>
    private readonly bool OrgWordAhead(int i, int end)
    {
        for (int j = i; j < end && j < i + 3 && IsWord(j) && IsCap(j); j++)
        {
            if (InLex(Lex.OrgWords, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an organization's word and <c>of</c> or <c>for</c> open the name between <paramref name="from"/> and <paramref name="to"/> (<c>Department for Work</c>).</summary>
    private readonly bool OrgOfBefore(int from, int to)
    {
        for (int j = Math.Max(from, to - 4); j + 1 < to; j++)
        {
            if (InLex(Lex.OrgWords, j) && IsCap(j) && (Is(j + 1, "of") || Is(j + 1, "for")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The apostrophe of a plural owner before a name, a token of its own: <c>Ladbrokes' Warren Lush</c>.</summary>
    private readonly bool IsPluralPossessiveMark(int i) =>
        i > 0 && i + 1 < _t.Length && _t[i].Kind == TokenKind.Quote && MarkChar(i) is '\'' or '\u2019'
        && (_t[i].Flags & TokenFlags.SpaceBefore) == 0 && IsWord(i - 1) && IsCap(i - 1) && W(i - 1)[^1] == 's'
        && (_t[i + 1].Flags & TokenFlags.SpaceBefore) != 0 && IsNameToken(i + 1);

    private readonly bool IsPossessive(int i) => IsWord(i) && Possessive.Ends(W(i));

    private readonly int ParagraphEndOf(int i) => _paragraphs[ParagraphOf(i)].EndToken;

    private readonly int ParagraphOf(int i)
    {
        int lo = 0, hi = _paragraphs.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_paragraphs[mid].FirstToken <= i)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private readonly int CountWords(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to && i < _t.Length; i++)
        {
            if (_t[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Drops spaces just inside the marks.</summary>
    private readonly void TrimContent(ref Candidate c)
    {
        while (c.Start < c.End && char.IsWhiteSpace(_text[c.Start]))
        {
            c.Start++;
        }

        while (c.End > c.Start && char.IsWhiteSpace(_text[c.End - 1]))
        {
            c.End--;
        }
    }

    /// <summary>A quote that stands as its own sentence or paragraph: it opens the sentence and ends it.</summary>
    private readonly bool Standalone(int open, int close)
    {
        int before = open - 1;
        bool opens = open == 0 || FirstOfParagraph(open) || _sentences[_sentenceOf[open]].FirstToken == open
            || IsPunct(before, ':') || (before >= 0 && _t[before].Kind == TokenKind.Dash) || IsTerminal(before);
        if (!opens)
        {
            return false;
        }

        if (close < 0)
        {
            return true;
        }

        int after = close + 1;
        return after >= _t.Length || FirstOfParagraph(after) || IsTerminal(close - 1) || IsPunct(close - 1, ',') || IsTerminal(after)
            || _sentences[_sentenceOf[after]].FirstToken == after;
    }

    /// <summary><c>“...,” Carter said</c>, <c>“...,” said the official</c>, <c>“...,” he told reporters</c>.</summary>
    private readonly bool TryAttributeAfter(int close, ref Candidate cand)
    {
        int k = close + 1;
        if (k >= _t.Length || FirstOfParagraph(k))
        {
            return false;
        }

        // “...” a new sentence: "“We are ready.” She said the talks..." is not an attribution of the quote.
        bool endsSentence = IsPunct(close - 1, '.') || (close + 1 < _t.Length && _sentences[_sentenceOf[close + 1]].FirstToken == close + 1 && !IsPunct(close - 1, ',')
            && !IsPunct(close - 1, '?') && !IsPunct(close - 1, '!'));
        if (_t[k].Kind == TokenKind.Dash && (_t[k].Length > 1 || _text[_t[k].Start] != '-'))
        {
            // “...” ― Christina Lastra: a signed quote.
            Np signer = NpForward(k + 1, ParagraphEndOf(k));
            if (signer.Valid && signer.Kind is NpKind.Person or NpKind.Org && (signer.End >= _t.Length || FirstOfParagraph(signer.End) || IsTerminal(signer.End)
                || IsPunct(signer.End, ',') || _t[signer.End].Kind == TokenKind.Quote))
            {
                cand.Speaker = signer;
                cand.HasSpeaker = true;
                return true;
            }
        }

        if (endsSentence)
        {
            return false;
        }

        if (IsPunct(k, ',') || _t[k].Kind == TokenKind.Dash)
        {
            k++;
        }

        if (InLex(Lex.SpeechVerbs, k) || InLex(Lex.QuoteOnlyVerbs, k))
        {
            Np np = NpForward(k + 1, SentEndSafe(k));
            if (!np.Valid)
            {
                np = BareNounPhrase(k + 1, SentEndSafe(k), beforeVerb: false); // “...,” said the world indoor champion.
            }
            else if (np.Kind != NpKind.Person && Is(np.End, "and") && NpForward(np.End + 1, SentEndSafe(k)) is { Valid: true, Kind: NpKind.Person } named)
            {
                named.First = np.First; // said BIFA founder and director Elliot Grove: two roles, one person
                np = named;
            }

            if (np.Valid)
            {
                cand.Speaker = ExtendTrailingMention(WithAppositive(np, SentEndSafe(k)), SentEndSafe(k));
                cand.HasSpeaker = true;
                cand.CueFirst = k;
                cand.CueEnd = k + 1;
                return true;
            }

            return false;
        }

        Np subj = IsPronoun(k) ? PronounAt(k) : NpForward(k, SentEndSafe(k));
        if (!subj.Valid)
        {
            subj = BareNounPhrase(k, SentEndSafe(k), beforeVerb: true); // “...,” the judges wrote.
        }

        if (!subj.Valid)
        {
            return false;
        }

        int v = subj.End;
        int end = SentEndSafe(k);
        if (v < end && _t[v].Kind == TokenKind.OpenBracket)
        {
            // Rep. Gwen Moore (D-Wis.) said
            int b = ShortBracketClose(v, end);
            v = b >= 0 ? b + 1 : v;
            subj.MentionEnd = v;
        }
        else if (Is(v, "in") || Is(v, "of") || Is(v, "for") || Is(v, "at") || Is(v, "from") || Is(v, "with"))
        {
            // a narrator in the Clinton ad asks
            int b = v + 1;
            while (b < end && b < v + 7 && IsWord(b) && !InLex(Lex.SpeechVerbs, b))
            {
                b++;
            }

            if (b < end && InLex(Lex.SpeechVerbs, b))
            {
                v = b;
                subj.MentionEnd = b; // Mr. Morgan of the Sierra Club said: the mention keeps its modifier
            }
        }

        if (IsPunct(v, ','))
        {
            // “...,” Sergei Rudskoi, a Defense Ministry official, said.
            int comma = FindComma(v + 1, end);
            if (comma < 0)
            {
                return false;
            }

            subj.AppositiveRole ??= AppositiveRole(v + 1, comma);
            v = comma + 1;
            for (int more = 0; more < 2 && v < end && !InLex(Lex.SpeechVerbs, v) && !InLex(Lex.VerbAdverbs, v) && FindComma(v, end) is var next and > 0; more++)
            {
                v = next + 1; // “...,” Ann Ortiz, the county's lawyer, one of three on the case, said
            }

            subj.MentionEnd = v;
        }

        while (v < end && InLex(Lex.VerbAdverbs, v) && !InLex(Lex.SpeechVerbs, v))
        {
            v++;
        }

        if (v < end && (InLex(Lex.SpeechVerbs, v) || InLex(Lex.QuoteOnlyVerbs, v) || MannerOfSpeech(close, v, end)))
        {
            cand.Speaker = subj;
            cand.HasSpeaker = true;
            cand.CueFirst = v;
            cand.CueEnd = CueEnd(v);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Next to a quote, a plain noun phrase that no list names as a speaker (<c>said the world indoor champion</c>, <c>the judges
    /// wrote</c>): an optional determiner and one to four lower-case words, followed by a verb of saying when
    /// <paramref name="beforeVerb"/>, else by the sentence's end, a comma or only adjuncts.
    /// </summary>
    private readonly Np BareNounPhrase(int k, int end, bool beforeVerb)
    {
        int i = k;
        if (i < end && IsWord(i) && InLex(Lex.Determiners, i))
        {
            i++;
        }

        int first = i;
        while (i < end && i - first < 4 && IsWord(i) && !IsCap(i)
               && (_lex[i] & (Lex.FunctionWords | Lex.SpeechVerbs | Lex.QuoteOnlyVerbs | Lex.NotModifiers | Lex.Auxiliaries)) == 0
               && !W(i).EndsWith("ly", StringComparison.Ordinal))
        {
            i++;
        }

        if (i == first || (beforeVerb ? !(i < end && (InLex(Lex.SpeechVerbs, i) || InLex(Lex.QuoteOnlyVerbs, i))) : !(IsPunct(i, ',') || TrailingOnly(i, end))))
        {
            return default;
        }

        // the champion: a description pointing back to someone (a role or a head word met before), as Classify reads it
        return new Np { First = k, End = i, NameFirst = first, Kind = Is(k, "the") ? NpKind.Anaphor : NpKind.Anonymous };
    }

    /// <summary>
    /// <c>“Go home,” Ortiz barked.</c>: after a quote that ends in a comma, a question or an exclamation mark, a past-tense verb
    /// of any kind right after the speaker, closing the clause, reports how the words were said.
    /// </summary>
    private readonly bool MannerOfSpeech(int close, int v, int end)
    {
        if (!(IsPunct(close - 1, ',') || IsPunct(close - 1, '?') || IsPunct(close - 1, '!')) || !IsWord(v) || IsCap(v)
            || !W(v).EndsWith("ed", StringComparison.Ordinal) || W(v).Length < 5)
        {
            return false;
        }

        int after = v + 1;
        return after >= end || IsTerminal(after) || IsPunct(after, ',') || _t[after].Kind is TokenKind.Quote or TokenKind.Dash
            || Is(after, "as") || Is(after, "at") || Is(after, "in") || Is(after, "on") || Is(after, "to") || Is(after, "and")
            || InLex(Lex.VerbAdverbs, after) || IsAuxiliaryOrAdverb(after);
    }

    /// <summary>
    /// Who the sentence ending at colon <paramref name="colon"/> gives the floor to: a name just before it (<c>pollster Ann Ortiz:</c>),
    /// the subject of its speech verb (<c>as Ortiz observed, ...:</c>), or its subject (<c>Ortiz released a statement:</c>); or none.
    /// <paramref name="cue"/> is the speech verb found, or -1.
    /// </summary>
    private readonly Np ColonSpeaker(int colon, out int cue)
    {
        cue = -1;
        if (colon <= 0)
        {
            return default;
        }

        int ss = SentStart(colon);
        Np np = NpBackward(colon, ss);
        if (np.Valid && np.Kind is NpKind.Person or NpKind.Org)
        {
            return np;
        }

        for (int v = colon - 1; v >= ss && v >= colon - 40; v--)
        {
            if (_t[v].Kind == TokenKind.Quote)
            {
                break;
            }

            if (!IsWord(v) || IsCap(v) || (_lex[v] & Lex.SpeechVerbs) == 0)
            {
                continue;
            }

            Np subj = W(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? ParticipleOwner(v) : SubjectBefore(v);
            if (!subj.Valid && v + 1 < colon)
            {
                subj = NpForward(v + 1, colon);
            }

            if (subj.Valid)
            {
                cue = v;
                return subj;
            }

            break;
        }

        Np subject = SentenceSubject(_sentenceOf[colon], colon);
        return subject.Valid && subject.Kind is NpKind.Person or NpKind.Org or NpKind.Pronoun or NpKind.Anaphor ? subject : default;
    }

    private readonly int SentEndSafe(int i) => i < _t.Length ? SentEnd(i) : _t.Length;

    /// <summary><c>Carter said: “...”</c>, <c>according to the newspaper, “...”</c>, <c>he added, “...”</c>, <c>saying “Too many.”</c>.</summary>
    private readonly bool TryAttributeBefore(int open, int close, ref Candidate cand)
    {
        int k = open - 1;
        if (k < 0 || (FirstOfParagraph(open) && !IsPunct(k, ':')))
        {
            return false;
        }

        bool punct = IsPunct(k, ':') || IsPunct(k, ',');
        if (punct)
        {
            k--;
        }

        int lo = Math.Max(SentStart(Math.Max(k, 0)), k - 8);
        if (k < 0 || (_sentenceOf[k] != _sentenceOf[open] && !punct))
        {
            return false;
        }

        for (int v = k; v >= lo && v >= 0; v--)
        {
            if (_t[v].Kind == TokenKind.Quote || IsTerminal(v))
            {
                break;
            }

            if (Is(v, "according") && Is(v + 1, "to"))
            {
                Np np = NpForward(v + 2, open);
                if (np.Valid && punct)
                {
                    cand.Speaker = np;
                    cand.HasSpeaker = true;
                    cand.CueFirst = v;
                    cand.CueEnd = v + 2;
                    return true;
                }

                return false;
            }

            bool verb = InLex(Lex.SpeechVerbs, v) || InLex(Lex.QuoteOnlyVerbs, v);
            if (!verb)
            {
                continue;
            }

            // Without a colon or comma the quote must be the verb's whole object and end the sentence: saying “Too many.”
            if (!punct && (v != k || close < 0 || !(IsTerminal(close - 1) || IsTerminal(close + 1) || close + 1 >= _t.Length || FirstOfParagraph(close + 1))))
            {
                return false;
            }

            Np subj = W(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? ParticipleSubject(v) : SubjectBefore(v);
            if (!subj.Valid && v + 1 < open)
            {
                // “...,” said Robert Antonacci, “...” and: said the official:
                subj = NpForward(v + 1, k + 1);
            }

            cand.Speaker = subj;
            cand.HasSpeaker = subj.Valid;
            cand.CueFirst = v;
            cand.CueEnd = CueEnd(v);
            return true;
        }

        return false;
    }

    /// <summary>Who speaks in <c>Hillary Clinton asking, “...”</c> (the phrase just before) or <c>..., saying “...”</c> (the sentence's subject).</summary>
    private readonly Np ParticipleSubject(int v)
    {
        if (Is(v - 1, "is") || Is(v - 1, "are") || Is(v - 1, "was") || Is(v - 1, "were") || Is(v - 1, "been"))
        {
            return SubjectBefore(v); // Mr Blair is saying: “...”: the subject stands before the auxiliary
        }

        int ss = SentStart(v);
        if (v > ss && !IsPunct(v - 1, ','))
        {
            Np np = IsPronoun(v - 1) ? PronounAt(v - 1) : NpBackward(v, ss);
            if (np.Valid)
            {
                return np;
            }
        }

        return ParticipleOwner(v);
    }

    /// <summary>
    /// Who speaks in a participle clause after a comma (<c>..., adding</c>, <c>..., arguing</c>): the speaker of the attribution
    /// before it in the sentence (<c>“...,” Ortiz said, adding</c>, <c>said Ortiz, a lawyer, adding</c>), else the sentence's subject.
    /// </summary>
    private readonly Np ParticipleOwner(int v)
    {
        int ss = SentStart(v);
        for (int u = v - 2; u >= ss && u >= v - 40; u--)
        {
            if (!IsWord(u) || IsCap(u) || (_lex[u] & (Lex.SpeechVerbs | Lex.QuoteOnlyVerbs)) == 0 || W(u).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                || Is(u - 1, "who") || Is(u - 1, "which") || Is(u - 1, "that"))
            {
                continue; // (critics who say ..., saying: the relative clause's verb is not the attribution)
            }

            Np before = SubjectBefore(u);
            if (before.Valid)
            {
                return before;
            }

            Np after = NpForward(u + 1, v);
            if (after.Valid && after.Kind != NpKind.Pronoun)
            {
                return WithAppositive(after, v);
            }

            break;
        }

        return SentenceSubject(_sentenceOf[v], v);
    }

    private readonly int CueEnd(int v)
    {
        // told reporters, pointed out: keep the cue to the verb, plus a listener when it is a plain noun, or the particle.
        if ((InLex(Lex.ListenerVerbs, v) && Is(v + 1, "reporters")) || PointOut(v))
        {
            return v + 2;
        }

        return v + 1;
    }

    /// <summary><c>pointed out</c>, <c>pointing out</c>: the particle belongs to the verb, and the clause comes after it.</summary>
    private readonly bool PointOut(int v) =>
        Is(v + 1, "out") && (Is(v, "pointed") || Is(v, "pointing") || Is(v, "points") || Is(v, "point"));

    // ---- reported speech -----------------------------------------------------------------------

    private void FindReported()
    {
        // Only direct quotes exist yet: they are in text order, and their cues are not reported speech of their own.
        _directCount = _candidates.Count;
        foreach (Candidate c in _candidates)
        {
            if (c.CueFirst >= 0)
            {
                _lex[c.CueFirst] |= Lex.DirectCue;
            }
        }

        // Tokens inside a direct quote are the speaker's words, not the reporter's.
        int spanIdx = 0;
        (int Sentence, bool Title) titleCase = (-1, false);
        for (int i = 0; i < _t.Length; i++)
        {
            while (spanIdx < _spans.Count && _t[i].Start >= SpanEndOffset(_spans[spanIdx]))
            {
                spanIdx++;
            }

            if (spanIdx < _spans.Count && _spans[spanIdx].Direct && _t[i].Start >= _spans[spanIdx].ContentStart)
            {
                continue;
            }

            if (!IsWord(i))
            {
                continue;
            }

            if (Is(i, "according") && Is(i + 1, "to"))
            {
                TryAccordingTo(i);
                continue;
            }

            if ((_lex[i] & CueLexes) == 0 || IsCue(i))
            {
                continue; // (most words are no verb of any list below: one test turns them away)
            }

            if (IsCap(i) && (_t[i].Flags & TokenFlags.SentenceStart) == 0 && !TitleCaseSentence(_sentenceOf[i], ref titleCase))
            {
                continue; // Community Support Officers, the Tory Plans Unit: a capital inside a sentence makes a name's word, no verb
            }

            if (Is(i, "found") && (Is(i - 1, "if") || Is(i - 1, "unless") || Is(i - 1, "once") || Is(i - 1, "when")))
            {
                continue; // If found guilty, Mr Ebbers could face ...: a shortened clause of condition, no finding reported
            }

            if ((Is(i, "call") || Is(i, "calls") || Is(i, "called") || Is(i, "calling")) && NoSpeechCall(i))
            {
                continue;
            }

            int before = _candidates.Count;
            if (InLex(Lex.SpeechVerbs, i))
            {
                TryReportedVerb(i);
            }

            if (_candidates.Count == before && InLex(Lex.InfinitiveVerbs, i))
            {
                TryInfinitive(i);
            }

            if (_candidates.Count == before && InLex(Lex.ObjectVerbs, i))
            {
                TryObjectVerb(i);
            }

            if (_candidates.Count == before && (_lex[i] & Lex.PrepositionVerbs) != 0 && PrepositionCue(i) is var prep && prep > 0)
            {
                TryPrepositionObject(i, prep);
            }
        }
    }

    /// <summary>
    /// Whether a form of "call" at <paramref name="i"/> reports nothing said: a phrasal verb (<c>called off a demonstration</c>,
    /// <c>called up Bath prop Duncan Bell</c>), a noun (<c>free telephone calls to</c>, <c>joined calls for</c>), or a name given
    /// (<c>a tool called EdgeScape</c>, <c>spyware called adware</c>).
    /// </summary>
    private readonly bool NoSpeechCall(int i)
    {
        if (Is(i + 1, "off") || Is(i + 1, "up"))
        {
            return true;
        }

        int p = i - 1;
        bool lowerWordBefore = IsWord(p) && !IsCap(p) && !IsPronoun(p) && (_lex[p] & (Lex.FunctionWords | Lex.VerbAdverbs | Lex.Auxiliaries)) == 0
            && !IsAuxiliaryOrAdverb(p);
        if (Is(i, "calls") && lowerWordBefore && !(Is(i + 1, "for") || Is(i + 1, "on") || Is(i + 1, "upon") || Is(i + 1, "from") || Is(i + 1, "to"))
            && (!IsWord(i + 1) || (_lex[i + 1] & Lex.FunctionWords) != 0 && (_lex[i + 1] & Lex.Determiners) == 0 && !IsPronoun(i + 1) && !Is(i + 1, "it")))
        {
            return true; // free telephone calls if ..., voice calls at ...: the noun (the first lady calls it ..., calls for a ban: a verb)
        }

        if (Is(i, "called") && lowerWordBefore && !(Is(i + 1, "for") || Is(i + 1, "on") || Is(i + 1, "upon")))
        {
            // a tool called EdgeScape, one form of spyware called adware: named so (but the committee called the plan a disaster,
            // what officials called a hate crime)
            int q = p;
            while (q > 0 && IsWord(q - 1) && !IsCap(q - 1) && (_lex[q - 1] & (Lex.FunctionWords | Lex.Determiners)) == 0)
            {
                q--;
            }

            return Is(q - 1, "a") || Is(q - 1, "an") || Is(q - 1, "of");
        }

        return false;
    }

    /// <summary>
    /// Whether a one-word name read as a person's may be a firm's, which <c>it</c> can stand for (<c>Sony</c>, <c>T-Mobile</c>):
    /// no honorific showed a gender, and it is no common given name (<c>Michelle</c>) and no verb form opening a sentence.
    /// </summary>
    private readonly bool LooksLikeFirmName(string name) =>
        name.Length > 1 && name.IndexOf(' ') < 0 && !_genders.ContainsKey(name) && !Byline.Extractors.Places.PlaceLexicon.GivenNames.Contains(name)
        && !name.EndsWith("ed", StringComparison.Ordinal) && !name.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether a subject is a person or people: a name, <c>he</c>, <c>we</c>, <c>you</c>, <c>everyone</c>, <c>analysts</c>.</summary>
    private readonly bool PersonLike(Np subj)
    {
        if (!subj.Valid)
        {
            return false;
        }

        if (subj.Kind == NpKind.Person || subj.Kind == NpKind.Pronoun && !Is(subj.First, "it"))
        {
            return true;
        }

        int head = subj.End - 1;
        return IsSpeakerNoun(head) || IsPersonNoun(W(head)) || Is(head, "everyone") || Is(head, "anyone") || Is(head, "someone")
            || Is(head, "everybody") || Is(head, "people") || Is(head, "you");
    }

    /// <summary>Whether the word <c>as</c> stands between tokens <paramref name="from"/> and <paramref name="to"/> (at most twelve tokens on).</summary>
    private readonly bool AsWithin(int from, int to)
    {
        for (int k = from; k < to && k < from + 12; k++)
        {
            if (Is(k, "as"))
            {
                return true;
            }
        }

        return false;
    }

    private const Lex CueLexes = Lex.SpeechVerbs | Lex.InfinitiveVerbs | Lex.ObjectVerbs | Lex.PrepositionVerbs;

    /// <summary>
    /// Whether sentence <paramref name="s"/> is written in title case (a headline: no lower-case word of four letters or more),
    /// where a capitalized verb is still a verb (<c>Trump Says He Will Win</c>). The last answer is kept in <paramref name="memo"/>.
    /// </summary>
    private readonly bool TitleCaseSentence(int s, ref (int Sentence, bool Title) memo)
    {
        if (memo.Sentence == s)
        {
            return memo.Title;
        }

        bool title = true;
        Sentence sen = _sentences[s];
        for (int k = sen.FirstToken; k < sen.EndToken && title; k++)
        {
            title = !(IsWord(k) && _t[k].Length >= 4 && !IsCap(k));
        }

        memo = (s, title);
        return title;
    }

    /// <summary>The preposition after a verb that takes what is said as its object there (<c>called for</c>, <c>talked about</c>, <c>railed against</c>), or -1.</summary>
    private readonly int PrepositionCue(int v)
    {
        int p = v + 1;
        if (!IsWord(p))
        {
            return -1;
        }

        ReadOnlySpan<char> w = W(v);
        ReadOnlySpan<char> prep = W(p);
        bool ok = prep.Equals("for", StringComparison.OrdinalIgnoreCase)
                ? w is "called" or "calls" or "calling" or "call" or "argued" or "argues" or "arguing" or "advocated" or "advocates" or "pushed" or "pushing"
                : prep.Equals("about", StringComparison.OrdinalIgnoreCase)
                    ? w is "talking" or "talked" or "talks" or "talk" or "spoke" or "speaks" or "speaking" or "asked" or "asks" or "complained"
                        or "complains" or "complaining" or "warned" or "warns" or "joked" or "boasted" or "bragged"
                    : prep.Equals("to", StringComparison.OrdinalIgnoreCase)
                        ? w is "referring" or "referred" or "refers" or "pointed" or "pointing" or "points" or "alluded" or "alluding"
                        : prep.Equals("against", StringComparison.OrdinalIgnoreCase)
                            && w is "railed" or "rails" or "railing" or "argued" or "argues" or "arguing" or "warned" or "warns" or "campaigned" or "spoke";
        return ok ? p : -1;
    }

    /// <summary><c>Ortiz called for a new bridge</c>, <c>she talked about the budget</c>: the preposition's object is the content.</summary>
    private void TryPrepositionObject(int v, int prep)
    {
        int sentEnd = SentEnd(v);
        int k = prep + 1;
        if (k >= sentEnd || !(IsWord(k) || _t[k].Kind is TokenKind.Number or TokenKind.Quote or TokenKind.Currency) || Is(k, "it") || Is(k, "that") && IsPunct(k + 1, '.'))
        {
            return;
        }

        int end = ClauseEnd(k, sentEnd);
        if (CountWords(k, end) < 2)
        {
            return;
        }

        Np subj = StanceSubject(v, out bool ok);
        if (!ok || !subj.Valid && W(v).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return; // "calls for" as a noun phrase without its source
        }

        AddReported(k, end, v, subj);
    }

    /// <summary>Who stands behind verb <paramref name="v"/>: the phrase before it, or for a participle after a comma the sentence's subject.</summary>
    private readonly Np StanceSubject(int v, out bool ok)
    {
        ok = true;
        if (W(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            ok = IsPunct(v - 1, ',');
            return ok ? ParticipleOwner(v) : default;
        }

        return SubjectBefore(v);
    }

    /// <summary><c>Ortiz vowed to rebuild the bridge</c>, <c>the mayor is expected to sign it</c>, <c>she urged voters to stay home</c>: the infinitive is the content.</summary>
    private void TryInfinitive(int v)
    {
        int sentEnd = SentEnd(v);
        int k = v + 1;
        if (!Is(k, "to"))
        {
            // urged voters to, asked the council to, called on Congress to
            if (Is(k, "on") || Is(k, "upon"))
            {
                k++;
            }

            int limit = Math.Min(sentEnd, k + 6);
            int j = k;
            while (j < limit && IsWord(j) && !Is(j, "to") && !InLex(Lex.SpeechVerbs, j))
            {
                j++;
            }

            if (!Is(j, "to") || j == k || !(InLex(Lex.ListenerVerbs, v) || Is(v, "urged") || Is(v, "urges") || Is(v, "urging")
                || Is(v, "called") || Is(v, "calls") || Is(v, "calling") || Is(v, "encouraged") || Is(v, "encourages") || Is(v, "pushed") || Is(v, "pushing")))
            {
                return;
            }

            k = j;
        }

        if (!IsWord(k + 1) || InLex(Lex.Determiners, k + 1) || IsCap(k + 1))
        {
            return; // to the voters, to Washington: a place or a listener, not an infinitive
        }

        int end = ClauseEnd(k, sentEnd);
        if (CountWords(k, end) < 3)
        {
            return;
        }

        Np subj = StanceSubject(v, out bool ok);
        if (!ok || !subj.Valid && IsCap(v) && W(v).EndsWith("s", StringComparison.Ordinal))
        {
            return; // Plans to create a single agency have been dropped: a noun that opens the sentence, nobody's stance
        }

        AddReported(k, end, v, subj);
    }

    /// <summary>
    /// The film tells the story of a single mother: a verb of telling whose object is a story, and whose subject is no person (a
    /// person who tells the story of how ... reports it).
    /// </summary>
    private readonly bool TellsAStory(int v)
    {
        if (!(Is(v, "tells") || Is(v, "told") || Is(v, "tell") || Is(v, "telling"))
            || !(InLex(Lex.Determiners, v + 1) ? Is(v + 2, "story") || Is(v + 2, "tale") || Is(v + 2, "stories") : Is(v + 1, "stories") || Is(v + 1, "tales")))
        {
            return false;
        }

        Np subject = IsPronoun(v - 1) ? PronounAt(v - 1) : SubjectBefore(v);
        return !(subject.Valid && (subject.Kind == NpKind.Person || subject.Kind == NpKind.Pronoun && !Is(subject.First, "it")));
    }

    /// <summary><c>Ortiz praised the council for its speed</c>, <c>a new poll showed a tie</c>: the object and what follows in the clause is the content.</summary>
    private void TryObjectVerb(int v)
    {
        if (TellsAStory(v))
        {
            return;
        }

        int sentEnd = SentEnd(v);
        if (Is(v - 1, "to") || Is(v - 1, "be") || Is(v - 1, "been") || Is(v - 1, "being") || Is(v - 1, "is") || Is(v - 1, "was") || Is(v - 1, "were")
            || Is(v - 1, "are") || Is(v - 1, "the") || Is(v - 1, "a") || Is(v - 1, "his") || Is(v - 1, "her") || Is(v - 1, "their"))
        {
            return; // passive, infinitive or a noun: "was criticized", "the questions"
        }

        if (IsPunct(v - 1, ',') && (Is(v, "called") || Is(v, "named")))
        {
            return; // His group, called the Legacy Fund, ...: a name, not speech
        }

        if ((Is(v, "show") || Is(v, "shows")) && v > 0 && IsWord(v - 1) && QuoteLexicon.ShowCompounds.Contains(W(v - 1)))
        {
            return; // the former chat show host, a TV show: a noun
        }

        int k = SkipAdjuncts(v + 1, sentEnd);
        if (Is(k, "that") && !ThatIsSubject(k + 1))
        {
            k++;
        }

        if (k >= sentEnd || !(IsWord(k) || _t[k].Kind is TokenKind.Number or TokenKind.Quote or TokenKind.Currency))
        {
            return;
        }

        if (IsWord(k) && InLex(Lex.NotModifiers, k) && !InLex(Lex.Determiners, k) && !IsPronoun(k) && !Is(k, "him") && !Is(k, "them")
            && !Is(k, "what") && !Is(k, "how") && !Is(k, "why") && !Is(k, "no") && !Is(k, "more"))
        {
            return; // found in, showed up, discussed with
        }

        int end = ClauseEnd(k, sentEnd);
        if (CountWords(k, end) < 2)
        {
            return;
        }

        Np subj = StanceSubject(v, out bool ok);
        if (!ok || !subj.Valid && W(v).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            return; // "questions", "attacks" as nouns
        }

        AddReported(k, end, v, subj);
    }

    private readonly int SpanEndOffset(QSpan q) => q.ContentEnd;

    private readonly bool IsCue(int i) => (_lex[i] & Lex.DirectCue) != 0;

    /// <summary>The index of the first direct quote that ends after UTF-16 offset <paramref name="offset"/> (direct quotes are in text order and never overlap).</summary>
    private readonly int FirstDirectEndingAfter(int offset)
    {
        int lo = 0, hi = _directCount;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_candidates[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether token <paramref name="tok"/> is inside the words of a direct quote.</summary>
    private readonly bool InsideDirectQuote(int tok)
    {
        int offset = _t[tok].Start;
        int si = FirstSpanEndingAfter(offset);
        return si < _spans.Count && _spans[si].Direct && _spans[si].ContentStart <= offset;
    }

    /// <summary>The index of the first quote-mark span whose content ends after UTF-16 offset <paramref name="offset"/>.</summary>
    private readonly int FirstSpanEndingAfter(int offset)
    {
        int lo = 0, hi = _spans.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_spans[mid].ContentEnd <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private void TryReportedVerb(int v)
    {
        if (TellsAStory(v))
        {
            return;
        }

        if (InLex(Lex.Determiners, v - 1) && (Is(v - 1, "a") || Is(v - 1, "an") || Is(v - 1, "the") || Is(v - 1, "his") || Is(v - 1, "her")
            || Is(v - 1, "their") || Is(v - 1, "its") || Is(v - 1, "our")))
        {
            return; // an estimated 20,000, the reported plan, his declared income: an adjective, not a verb
        }

        ReadOnlySpan<char> w = W(v);
        bool participle = w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (!participle
            && (Is(v - 1, "of") || Is(v - 1, "in") || Is(v - 1, "with") || Is(v - 1, "for") || Is(v - 1, "from") || Is(v - 1, "among")
                || Is(v - 1, "into")))
        {
            return; // a combination of pledged delegates, £68m in reported donations, a case of see how he goes: no finite verb follows a preposition
        }

        if (IsPunct(v + 2, ',') && Is(v + 1, "that") && Is(v - 1, "having"))
        {
            return; // "Having said that, ...": a turn of phrase, no one reports anything
        }

        int sentEnd = SentEnd(v);
        bool progressive = participle && (Is(v - 1, "is") || Is(v - 1, "are") || Is(v - 1, "was") || Is(v - 1, "were") || Is(v - 1, "been"));
        // ..., saying; began by saying; after saying; and saying: the participle reports for the sentence's subject
        bool adverbial = participle && (Is(v - 1, "by") || Is(v - 1, "after") || Is(v - 1, "before") || Is(v - 1, "while")
            || Is(v - 1, "when") || Is(v - 1, "and"));
        // ..., saying / “...,” adding: a participle after a comma, also one inside the closing mark of a quote.
        bool afterComma = IsPunct(v - 1, ',') || (IsClosingQuote(v - 1) && IsPunct(v - 2, ','));
        // ... – saying ... and ..., falsely suggesting / ..., only saying ...: a dash, or an adverb after the comma, also sets a
        // participle apart.
        bool setApart = afterComma || (participle && v >= 1 && _t[v - 1].Kind == TokenKind.Dash)
            || (participle && IsPunct(v - 2, ',') && (IsMannerAdverb(v - 1) || Is(v - 1, "only")));
        // issued a statement on Friday saying ..., with reports suggesting ...: the document (or who issued it) reports
        int document = participle && !setApart && !progressive && !adverbial ? DocumentBefore(v) : -1;
        setApart |= document >= 0;
        if (participle && !setApart && !progressive && !adverbial)
        {
            return; // "saying" as a noun or inside a phrase
        }

        if (progressive)
        {
            participle = false; // the White House is saying that ...: its subject stands before the auxiliary
        }

        // 1. The verb introduces the clause that follows: X said (that) ...
        //    (After "told" the phrase is who was told, never an inverted speaker: X, who played Y, told ITV1 the show ...)
        bool tell = IsTellVerb(v);
        if (!participle && afterComma && !tell && NpForward(v + 1, sentEnd) is { Valid: true } inverted
            && (IsPunct(WithAppositive(inverted, sentEnd).WrittenEnd, ',') || ParentheticalTail(inverted.End, sentEnd) > 0
                || TrailingOnly(WithAppositive(inverted, sentEnd).End, sentEnd) || InvertedWithTail(v, inverted, sentEnd)))
        {
            // ..., said Ann Ortiz, ... and ..., said City Councillor Ann Ortiz.: an inverted attribution, not a verb before its
            // clause (a long name after the verb is no reported clause)
        }
        else if (ClauseAfter(v, sentEnd, out int cs, out int ce, out bool hadThat) && (hadThat || QuoteLexicon.BareClauseVerbs.Contains(w)))
        {
            Np subj = document >= 0 ? DocumentSpeaker(document, v) : participle ? ParticipleOwner(v) : SubjectBefore(v);
            if (subj.Valid && subj.Kind is NpKind.Anonymous or NpKind.Anaphor && (Is(v, "sees") || Is(v, "see") || Is(v, "saw"))
                && !IsSpeakerNoun(subj.End - 1) && !IsPersonNoun(W(subj.End - 1)))
            {
                return; // The deal sees Rosneft receive $6bn: a thing sees nothing; analysts see growth slowing
            }

            if (!hadThat && (Is(v, "see") || Is(v, "sees")) && !AsWithin(cs, ce) && (Is(v + 1, "off") || (Is(v - 1, "will") || Is(v - 1, "would")
                || Is(v - 1, "could") || Is(v - 1, "might") || Is(v - 1, "can") || Is(v - 1, "may")) && !PersonLike(subj)
                && !(Is(v - 2, "you") || Is(v - 2, "we") || Is(v - 2, "I") || Is(v - 2, "they") || Is(v - 2, "he") || Is(v - 2, "she") || Is(v - 2, "one"))))
            {
                return; // the show will see Massive Attack share a stage, if they can see off the holders: an event (but: we can see ...)
            }

            if (!hadThat && Is(v, "saw") && !(subj.Valid && subj.Kind is NpKind.Person or NpKind.Pronoun) && !AsWithin(cs, ce))
            {
                return; // General Motors saw its profits fall, the 1921 tour saw honours shared: an event, not a view (but: some saw the comment as a dig)
            }

            if (!subj.Valid && !participle && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !w.Equals("says", StringComparison.OrdinalIgnoreCase))
            {
                return; // "claims", "reports": a noun without its subject
            }

            if (!subj.Valid && (Is(v - 1, "to") || Is(v - 1, "be") || Is(v - 1, "is") || Is(v - 1, "was") || Is(v - 1, "were") || Is(v - 1, "are")))
            {
                return; // to say, is said to
            }

            AddReported(cs, ce, v, subj, CueEnd(v) - v);
            return;
        }

        // 1b. A relative clause whose gap is the reported clause's subject: what many analysts said was a sign of ..., the attacks,
        //     which the probe said were covered up: the words after the verb are what was said.
        if (!participle && !tell && InLex(Lex.Auxiliaries, v + 1) && v + 1 < sentEnd && SubjectBefore(v) is { Valid: true } gapSubject
            && gapSubject.First >= 1 && (Is(gapSubject.First - 1, "what") || Is(gapSubject.First - 1, "which")))
        {
            int gapEnd = ClauseEnd(v + 1, sentEnd);
            if (CountWords(v + 1, gapEnd) >= 3)
            {
                AddReported(v + 1, gapEnd, v, gapSubject, CueEnd(v) - v);
            }

            return;
        }

        // 2. The verb follows its clause: ..., U.S. officials say. / ..., said Rudskoi.
        //    Or stands inside it: The problem, she said, is the cost. (one content broken by its attribution)
        int ss = SentStart(v);
        int tail = -1;
        Np np;
        int comma;
        if (IsPunct(v - 1, ',') || (IsPunct(v - 2, ',') && InLex(Lex.VerbAdverbs, v - 1)))
        {
            if (tell)
            {
                return; // ..., told the BBC: the BBC listened
            }

            comma = IsPunct(v - 1, ',') ? v - 1 : v - 2;
            np = NpForward(v + 1, sentEnd);
            if (!np.Valid)
            {
                return;
            }

            tail = ParentheticalTail(np.End, sentEnd);
            np = tail < 0 ? WithAppositive(np, sentEnd) : np;
            if (tail < 0 && (tail = ParentheticalTail(np.WrittenEnd, sentEnd)) < 0 && !TrailingOnly(np.End, sentEnd) && !InvertedWithTail(v, np, sentEnd))
            {
                return;
            }

            if (tail < 0)
            {
                np = ExtendTrailingMention(np, sentEnd);
            }
        }
        else
        {
            int j = v - 1;
            while (j > ss && InLex(Lex.VerbAdverbs, j))
            {
                j--;
            }

            np = IsPronoun(j) ? PronounAt(j) : NpBackward(j + 1, ss);
            if (!np.Valid || !IsPunct(np.First - 1, ','))
            {
                return;
            }

            int after = AfterListener(v, sentEnd); // ..., he told reporters. / ..., Smith told the BBC on Monday.
            if ((tail = ParentheticalTail(SkipAdjuncts(after, sentEnd), sentEnd, subjectBefore: true)) < 0 && !TrailingOnly(after, sentEnd))
            {
                return;
            }

            comma = np.First - 1;
        }

        int start = ss;
        if (_t[start].Kind == TokenKind.Quote || IsWord(start) && IsPunct(start + 1, ',') && InLex(Lex.FunctionWords, start))
        {
            if (_t[start].Kind == TokenKind.Quote)
            {
                return; // “...,” he said: a direct quote handled elsewhere
            }

            start += 2; // Elsewhere, ... / However, ...
        }

        int end = comma - 1;
        if (tail > 0)
        {
            AddReported(start, tail, v, np);
            return;
        }

        // "..., however, the group said": a lone adverb between commas is not what was said.
        if (end > start + 1 && IsPunct(end - 1, ',') && IsWord(end) && InLex(Lex.FunctionWords, end))
        {
            end -= 2;
        }

        while (end > start && _t[end].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash)
        {
            end--;
        }

        if (end - start < 2 || _t[comma - 1].Kind == TokenKind.Quote)
        {
            return;
        }

        AddReported(start, end + 1, v, np);
    }

    /// <summary>
    /// Whether a document noun stands right before the participle at <paramref name="v"/>, maybe with its date or where it was put
    /// (<c>a statement saying</c>, <c>a letter on Friday warning</c>, <c>tweets early Friday claiming</c>, <c>a video online saying</c>).
    /// </summary>
    /// <returns>The document noun's index, or -1.</returns>
    private readonly int DocumentBefore(int v)
    {
        int j = v - 1;
        for (int skipped = 0; j > 0 && skipped < 4; skipped++)
        {
            if (!(IsCalendar(j) || _marks[j] == DateMark || Is(j, "on") || Is(j, "late") || Is(j, "early") || Is(j, "online")
                || Is(j, "released") || Is(j, "posted") || Is(j, "published") || Is(j, "sent") || Is(j, "issued")))
            {
                break;
            }

            j--;
        }

        if (j > 2 && !InLex(Lex.DocumentNouns, j))
        {
            // a letter to the council warning, an e-mail to staff saying: the addressee stands between
            int k = InLex(Lex.Determiners, j - 1) ? j - 1 : j;
            if (k > 1 && (Is(k - 1, "to") || Is(k - 1, "for")))
            {
                j = k - 2;
            }
        }

        return j > 0 && IsWord(j) && !IsCap(j) && InLex(Lex.DocumentNouns, j) ? j : -1;
    }

    /// <summary>
    /// Who reports through the document at <paramref name="document"/>: whoever issued it when a verb of issuing stands before it
    /// (<c>Police released a statement saying</c>: the sentence's subject), otherwise the document itself (<c>with reports
    /// saying</c>, <c>a message saying</c>).
    /// </summary>
    private readonly Np DocumentSpeaker(int document, int v)
    {
        int ss = SentStart(v);
        for (int k = document - 1; k >= ss && k >= document - 6; k--)
        {
            if (QuoteLexicon.IssueVerbs.Contains(W(k)))
            {
                return ParticipleOwner(v);
            }

            if (!IsWord(k) || IsCap(k) && !InLex(Lex.Determiners, k))
            {
                break;
            }
        }

        int first = document;
        while (first - 1 >= ss && first > document - 3 && IsWord(first - 1) && !IsCap(first - 1) && !Is(first - 1, "with")
               && (InLex(Lex.Determiners, first - 1) || (_lex[first - 1] & (Lex.FunctionWords | Lex.SpeechVerbs)) == 0 && !QuoteLexicon.IssueVerbs.Contains(W(first - 1))))
        {
            first--; // a press release, local reports
        }

        return new Np { First = first, End = document + 1, NameFirst = document, Kind = NpKind.Anonymous };
    }

    /// <summary>After a parenthetical attribution (<c>The problem, she said, is the cost.</c>): the end of the clause that goes on after its comma, or -1.</summary>
    private readonly int ParentheticalTail(int k, int sentEnd, bool subjectBefore = false)
    {
        // After "said Ortiz," a determiner or a name may open an appositive (said Ortiz, the lawyer, ...); after "Ortiz said," it can
        // only go on with the content (In office, Mr. Obama said, a majority of Americans believe ...).
        if (!IsPunct(k, ',') || k + 1 >= sentEnd || InLex(Lex.ClauseBreakers, k + 1) || InLex(Lex.SpeechVerbs, k + 1)
            || _t[k + 1].Kind == TokenKind.Quote || !subjectBefore && (InLex(Lex.Determiners, k + 1) || IsNameToken(k + 1)) || Is(k + 1, "who")
            || Is(k + 1, "which") || Is(k + 1, "whose") || Is(k + 1, "where") || _t[k + 1].Kind == TokenKind.Number)
        {
            return -1;
        }

        int end = ClauseEnd(k + 1, sentEnd);
        return CountWords(k + 1, end) >= 2 ? end : -1;
    }

    /// <summary>
    /// Whether an inverted speaker after a verb of saying at <paramref name="v"/> runs on to the sentence's end with a phrase of its own (<c>..., say researchers at the bank.</c>,
    /// <c>..., said a spokesman for the company.</c>, <c>..., says the boss of the organisation that cleared them.</c>). A phrase
    /// with an auxiliary or a speech verb in it is a clause instead (<c>..., said the head of the agency would resign.</c>), and one
    /// that starts with <c>to</c> is what the listener was asked or urged to do (<c>..., has urged the parliament to approve it.</c>).
    /// </summary>
    private readonly bool InvertedWithTail(int v, Np np, int sentEnd)
    {
        if (!QuoteLexicon.InvertingVerbs.Contains(W(v)))
        {
            return false; // claims an audience of a billion, reported a turnover of £8bn: an object, not a speaker
        }

        if (!np.Valid || np.Kind == NpKind.Pronoun || np.Kind is not (NpKind.Person or NpKind.Org) && !InLex(Lex.SpeakerNouns, np.End - 1)
            && !QuoteLexicon.PersonDescriptions.Contains(W(np.End - 1)))
        {
            return false;
        }

        Np whole = ExtendTrailingMention(np, sentEnd);
        if (whole.WrittenEnd <= np.WrittenEnd || Is(np.WrittenEnd, "to"))
        {
            return false;
        }

        for (int i = np.End; i < whole.WrittenEnd; i++)
        {
            if (InLex(Lex.Auxiliaries | Lex.SpeechVerbs, i))
            {
                return false;
            }
        }

        return TrailingOnly(whole.WrittenEnd, sentEnd);
    }

    /// <summary>Whether nothing but adjuncts (a date, <c>in a statement</c>) and the sentence end follow.</summary>
    private readonly bool TrailingOnly(int k, int sentEnd)
    {
        k = SkipAdjuncts(k, sentEnd);
        return k >= sentEnd || IsTerminal(k) || IsPunct(k, ',') || IsPunct(k, ';') || _t[k].Kind is TokenKind.Quote or TokenKind.CloseBracket;
    }

    private void TryAccordingTo(int a)
    {
        int sentEnd = SentEnd(a);
        Np np = NpForward(a + 2, sentEnd);
        if (!np.Valid)
        {
            return;
        }

        if (Is(np.First, "the") && np.End - np.First == 2 && InLex(Lex.DocumentNouns, np.First + 1))
        {
            return; // "according to the statement" repeats an attribution already made
        }

        int ss = SentStart(a);
        bool coordinated = false;
        if (IsPunct(np.End, ','))
        {
            // According to X, CONTENT.
            int cs = np.End + 1;
            coordinated = a > ss && (Is(cs, "and") || Is(cs, "but"));
            if (_t[cs < sentEnd ? cs : sentEnd - 1].Kind == TokenKind.Quote)
            {
                return;
            }

            int ce = ClauseEnd(cs, sentEnd);
            if (ce - cs >= 3 && (a == ss || IsPunct(a - 1, ',')) && !coordinated)
            {
                AddReported(cs, ce, a, np, 2);
                return;
            }
        }

        // CONTENT, according to X, and MORE: the attribution closes the clause before it; the next clause is the writer's.
        if (IsPunct(a - 1, ',') && (coordinated || TrailingOnly(np.End, sentEnd)))
        {
            // CONTENT, according to X.
            int end = a - 2;
            while (end > ss && _t[end].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                end--;
            }

            if (end - ss >= 2 && _t[ss].Kind != TokenKind.Quote)
            {
                AddReported(ss, end + 1, a, ExtendTrailingMention(np, sentEnd), 2);
            }
        }
    }

    private void AddReported(int firstTok, int endTok, int cue, Np speaker, int cueLength = 1)
    {
        if (_t[firstTok].Kind == TokenKind.Quote && (_t[firstTok].Flags & TokenFlags.ClosingQuote) != 0 && speaker.Valid)
        {
            // efforts under "constant attack" from abroad: the "verb" and its "subject" were one quoted phrase (but Thomas
            // "totally condemned" the deletion: the subject stands outside the marks)
            for (int open = cue - 1; open >= speaker.First - 1 && open >= 0; open--)
            {
                if (_t[open].Kind == TokenKind.Quote && (_t[open].Flags & TokenFlags.OpeningQuote) != 0)
                {
                    return;
                }
            }
        }

        int start = _t[firstTok].Start;
        int end = _t[endTok - 1].End;

        // A reported clause that overlaps a direct quote is that quote's attribution, not a second quote.
        int d = FirstDirectEndingAfter(start);
        if (d < _directCount && _candidates[d].Start < end)
        {
            return;
        }

        QuoteKind kind = QuoteKind.Indirect;
        for (int si = FirstSpanEndingAfter(start); si < _spans.Count && _spans[si].ContentStart < end; si++)
        {
            QSpan q = _spans[si];
            if (q.ContentStart >= start && q.ContentEnd <= end && CountWords(q.Open + 1, q.Close >= 0 ? q.Close : q.Open + 1) >= 3)
            {
                kind = QuoteKind.Mixed; // it would “overlap” stays indirect; a quoted phrase of words makes it mixed
                break;
            }
        }

        _candidates.Add(new Candidate
        {
            Kind = kind,
            Start = start,
            End = end,
            CueFirst = cue,
            CueEnd = cue + cueLength,
            Speaker = speaker,
            HasSpeaker = speaker.Valid,
            Paragraph = ParagraphOf(firstTok),
        });
    }

    /// <summary>The reported clause after speech verb <paramref name="v"/>: skips a listener (<c>told reporters</c>), adjuncts and <c>that</c>.</summary>
    private readonly bool ClauseAfter(int v, int sentEnd, out int start, out int end, out bool hadThat)
    {
        start = end = 0;
        hadThat = false;
        int k = v + 1;
        if (k >= sentEnd)
        {
            return false;
        }

        k = AfterListener(v, sentEnd);

        if (PointOut(v))
        {
            k++;
        }

        k = SkipAdjuncts(k, sentEnd);
        if (k >= sentEnd)
        {
            return false;
        }

        if (Is(k, "that") && !ThatIsSubject(k + 1))
        {
            hadThat = true;
            k++;

            // noted that Saturday would have been ...: a calendar word before an auxiliary is the clause's subject, not an adjunct
            if (!(k + 1 < sentEnd && IsCalendar(k) && (ThatIsSubject(k + 1) || InLex(Lex.VerbAdverbs, k + 1))))
            {
                k = SkipAdjuncts(k, sentEnd);
            }

            if (IsPunct(k, ','))
            {
                k++;
            }
        }

        // asked whether ..., wondered if ..., asked how ...: a reported question keeps its wh-word. (Not "Asked whether ..., he
        // said" nor "he was asked if ...": whoever asked is not named there.)
        if (!hadThat && (Is(k, "whether") || Is(k, "if") || Is(k, "how") || Is(k, "why")) && IsQuestionVerb(v) && AskerNamed(v))
        {
            hadThat = true;
        }

        // said that “...”: after "that" the clause may open with the speaker's own words (a mixed quote).
        if (k >= sentEnd || !(IsWord(k) || _t[k].Kind == TokenKind.Number
            || (hadThat && _t[k].Kind == TokenKind.Quote && (_t[k].Flags & TokenFlags.OpeningQuote) != 0)))
        {
            return false;
        }

        if (!hadThat && (InLex(Lex.NotModifiers, k) && !IsPronoun(k) && !(Is(k, "that") && ThatIsSubject(k + 1)) && !Is(k, "there") && !Is(k, "the") && !Is(k, "a")
            && !Is(k, "an") && !Is(k, "his") && !Is(k, "her") && !Is(k, "their") && !Is(k, "its") && !Is(k, "our") && !Is(k, "this")
            && !Is(k, "these") && !Is(k, "those") && !Is(k, "no") && !Is(k, "all") && !Is(k, "more") && !Is(k, "most") && !Is(k, "if")
            && !Is(k, "when") && !Is(k, "what") && !Is(k, "how") && !Is(k, "why") && !Is(k, "you") && !Is(k, "we") && !Is(k, "i")
            && !((Is(k, "about") || Is(k, "over") || Is(k, "under")) && _t[k + 1].Kind == TokenKind.Number)))
        {
            return false; // said to, said in, said so (but: said about 20 people have ...)
        }

        end = ClauseEnd(k, sentEnd);
        if (CountWords(k, end) < 3)
        {
            return false;
        }

        start = k;
        return true;
    }

    /// <summary>
    /// Whether the question verb at <paramref name="v"/> has its asker before it (<c>Reporters asked if ...</c>), unlike
    /// <c>Asked whether ..., he said</c>, <c>When asked if ...</c> and <c>He was also asked whether ...</c>.
    /// </summary>
    private readonly bool AskerNamed(int v)
    {
        int p = v - 1;
        while (p > SentStart(v) && InLex(Lex.VerbAdverbs, p))
        {
            p--;
        }

        return v > SentStart(v) && p >= SentStart(v) && IsWord(p) && !(Is(p, "was") || Is(p, "were") || Is(p, "been") || Is(p, "being")
            || Is(p, "be") || Is(p, "is") || Is(p, "are") || Is(p, "when") || Is(p, "while") || Is(p, "after") || Is(p, "before")
            || Is(p, "if") || Is(p, "once") || Is(p, "but") || Is(p, "and") || Is(p, "to"));
    }

    /// <summary>Listener verbs whose object is who was told (<c>told</c>, <c>informed</c>, <c>assured</c>, <c>reminded</c>; not <c>warned</c> or <c>asked</c>): never inverted with their speaker.</summary>
    private readonly bool IsTellVerb(int v) =>
        (_lex[v] & Lex.ListenerVerbs) != 0 && !Is(v, "warned") && !Is(v, "warns") && !Is(v, "asked") && !Is(v, "asks"); // (..., warned Smith: inverted)

    /// <summary>The token after a verb's listener (<c>told reporters</c>, <c>told the BBC</c>, <c>warned him</c>), or right after the verb.</summary>
    private readonly int AfterListener(int v, int sentEnd)
    {
        int k = v + 1;
        if (k >= sentEnd || !InLex(Lex.ListenerVerbs, v))
        {
            return k;
        }

        if (Is(k, "him") || Is(k, "her") || Is(k, "them") || Is(k, "us") || Is(k, "me") || Is(k, "reporters"))
        {
            return k + 1;
        }

        Np listener = NpForward(k, sentEnd);
        if (!listener.Valid)
        {
            return k;
        }

        // told AP news agency that ...: a listener's own nouns run on up to "that"
        int j = listener.End;
        while (j < sentEnd && j < listener.End + 3 && IsWord(j) && !IsCap(j) && !Is(j, "that")
               && (_lex[j] & (Lex.FunctionWords | Lex.SpeechVerbs | Lex.Auxiliaries | Lex.Determiners)) == 0)
        {
            j++;
        }

        return j > listener.End && Is(j, "that") ? j : listener.End;
    }

    private readonly bool IsQuestionVerb(int v) =>
        Is(v, "asked") || Is(v, "asks") || Is(v, "asking") || Is(v, "ask") || Is(v, "wondered") || Is(v, "wonders") || Is(v, "wondering")
        || Is(v, "questioned") || Is(v, "inquired") || Is(v, "enquired");

    private readonly bool ThatIsSubject(int k)
    {
        if (!IsWord(k))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(k);
        return w is "is" or "was" or "meant" or "means" or "would" or "will" or "could" or "has" or "had" or "did" or "does" or "might"
            or "should" or "can" or "may" or "shows" or "showed";
    }

    /// <summary>Skips what may stand between a speech verb and its clause: <c>Tuesday</c>, <c>in a statement</c>, <c>on Twitter</c>, <c>also</c>.</summary>
    private readonly int SkipAdjuncts(int k, int sentEnd)
    {
        for (int guard = 0; guard < 6 && k < sentEnd; guard++)
        {
            if (IsCalendar(k) || (_t[k].Kind == TokenKind.Number && _marks[k] == DateMark))
            {
                k++;
                continue;
            }

            if ((Is(k, "on") || Is(k, "last") || Is(k, "this") || Is(k, "late") || Is(k, "early")) && k + 1 < sentEnd && IsCalendar(k + 1))
            {
                k += 2;
                continue;
            }

            if (InLex(Lex.VerbAdverbs, k) && !Is(k, "told") && !Is(k, "that"))
            {
                k++;
                continue;
            }

            if (Is(k, "in") || Is(k, "on") || Is(k, "at") || Is(k, "during") || Is(k, "via") || Is(k, "over") || Is(k, "last") || Is(k, "this")
                || Is(k, "earlier") || Is(k, "with"))
            {
                int j = k + 1;
                int limit = Math.Min(sentEnd, k + 6);
                int found = -1;
                while (j < limit && (IsWord(j) || _t[j].Kind == TokenKind.Number) && !Is(j, "that"))
                {
                    if (InLex(Lex.AdjunctNouns, j) || (Is(k, "with") && IsCap(j)))
                    {
                        found = j;
                    }

                    j++;
                }

                if (found > 0)
                {
                    k = found + 1;
                    continue;
                }

                // Any short phrase of words between the verb and its "that": says in Ohio that ..., said at a rally in
                // Colorado Springs that ...
                if (j > k + 1 && j < limit && Is(j, "that"))
                {
                    k = j;
                    break;
                }
            }

            if (IsPunct(k, ',') && k + 1 < sentEnd && (IsCalendar(k + 1) || Is(k + 1, "in") || Is(k + 1, "however")))
            {
                int j = SkipAdjuncts(k + 1, Math.Min(sentEnd, k + 8));
                if (j > k + 1 && IsPunct(j, ','))
                {
                    k = j + 1;
                    continue;
                }
            }

            break;
        }

        return k;
    }

    /// <summary>Where a reported clause starting at <paramref name="k"/> ends (exclusive token index).</summary>
    private readonly int ClauseEnd(int k, int sentEnd)
    {
        int last = k;
        for (int i = k; i < sentEnd; i++)
        {
            Token t = _t[i];
            if (t.Kind == TokenKind.Punctuation)
            {
                char c = _text[t.Start];
                if (c is ';' || (c is '.' or '!' or '?' && i + 1 >= sentEnd))
                {
                    break;
                }

                if (c == ':' && i + 1 < sentEnd && _t[i + 1].Kind == TokenKind.Quote)
                {
                    break;
                }

                if (c == ',' && i + 1 < sentEnd)
                {
                    // ..., adding / ...,” adding: a comma inside the closing mark ends the clause the same way, mark included.
                    int next = i + 1;
                    bool closes = IsClosingQuote(next) && next + 1 < sentEnd;
                    if (closes)
                    {
                        next++;
                    }

                    // ..., falsely suggesting / ..., only saying: an adverb may stand before the breaker
                    int breaker = next + 1 < sentEnd && (IsMannerAdverb(next) || Is(next, "only")) && W(next + 1).EndsWith("ing", StringComparison.Ordinal)
                        ? next + 1 : next;
                    if ((InLex(Lex.ClauseBreakers, breaker) && !Is(breaker, "and")) || AttributionFollows(next, sentEnd))
                    {
                        if (closes)
                        {
                            last = i + 1;
                        }

                        break;
                    }
                }
            }

            if (i > k && (Is(i, "and") || Is(i, "but")) && (InLex(Lex.SpeechVerbs, i + 1) && !W(i + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                || (IsPronoun(i + 1) || IsNameToken(i + 1)) && AttributionFollows(i + 1, sentEnd) && (CountWords(k, i) >= 2 || !(IsPronoun(k) || IsNameToken(k)))))
            {
                // urged them to stay and said ... / ... — and he noted ...: a second attribution begins (but in "said he and Rubio
                // promised ..." the pair is the clause's subject)
                break;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.CloseBracket or TokenKind.Symbol or TokenKind.Currency)
            {
                last = i;
            }
            else if (i > k && IsClosingQuote(i))
            {
                last = i;
            }
        }

        return last + 1;
    }

    /// <summary>Whether <c>X said</c> or <c>said X</c> starts at <paramref name="k"/> (after a comma inside a clause).</summary>
    private readonly bool AttributionFollows(int k, int sentEnd)
    {
        if (InLex(Lex.SpeechVerbs, k))
        {
            return true;
        }

        Np np = IsPronoun(k) ? PronounAt(k) : NpForward(k, sentEnd);
        if (!np.Valid)
        {
            return false;
        }

        int v = np.End;
        while (v < sentEnd && InLex(Lex.VerbAdverbs, v))
        {
            v++;
        }

        return v < sentEnd && InLex(Lex.SpeechVerbs, v);
    }

    // ---- speaker phrases -----------------------------------------------------------------------

    private readonly Np PronounAt(int i) => new() { First = i, End = i + 1, NameFirst = i, Kind = NpKind.Pronoun };

    /// <summary>The subject of speech verb <paramref name="v"/>: the phrase just before it, past an appositive; or the sentence's subject.</summary>
    private readonly Np SubjectBefore(int v)
    {
        int ss = SentStart(v);
        int j = v - 1;
        while (j >= ss && (InLex(Lex.VerbAdverbs, j) || Is(j, "not") || Is(j, "did") || Is(j, "does") || IsCalendar(j) && !IsNameToken(j) || IsAuxiliaryOrAdverb(j)
            || (Is(j, "is") || Is(j, "are") || Is(j, "was") || Is(j, "were") || Is(j, "been")) && W(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || (_t[j].Kind == TokenKind.Number && _marks[j] == DateMark)
            || ((Is(j, "week") || Is(j, "month") || Is(j, "year") || Is(j, "night")) && (Is(j - 1, "this") || Is(j - 1, "last")))
            || ((Is(j, "this") || Is(j, "last")) && IsCalendar(j + 1))
            || ((Is(j, "on") || Is(j, "in") || Is(j, "late") || Is(j, "early")) && j + 1 < v && (IsCalendar(j + 1) || _marks[j + 1] == DateMark
                || (Is(j + 1, "late") || Is(j + 1, "early")) && IsCalendar(j + 2)))))
        {
            j--; // Sanders on Tuesday said
        }

        int dated = -1;
        if (j > ss && j + 1 < v && IsWord(j - 1) && !IsCap(j)
            && (Is(j, "released") || Is(j, "published") || Is(j, "conducted") || Is(j, "issued") || Is(j, "obtained") || Is(j, "posted") || Is(j, "commissioned")
                || Is(j, "filed") || Is(j, "taken") || Is(j, "voting") || Is(j, "out")))
        {
            // A poll released in late August found, voters going to the polls Tuesday say: the participle and its date belong to the subject
            dated = v - 1;
            while (dated > j && !(IsCalendar(dated) || _t[dated].Kind == TokenKind.Number && _marks[dated] == DateMark || Is(dated, "week")
                || Is(dated, "month") || Is(dated, "year") || Is(dated, "night")))
            {
                dated--;
            }

            j--;
        }

        if (j < ss)
        {
            return default;
        }

        if (Is(j, "and") || Is(j, "but") || Is(j, "or"))
        {
            return SentenceSubject(_sentenceOf[v], v);
        }

        if (Is(j, "to") && j - 1 >= ss && IsWord(j - 1) && !IsCap(j - 1) && (_lex[j - 1] & Lex.Determiners) == 0)
        {
            // Ortiz went on to say, Ortiz was prompted to say, Ortiz went so far as to say: the sentence's subject speaks
            Np subject = SentenceSubject(_sentenceOf[v], j);
            if (subject.Valid && subject.WrittenEnd < j && subject.End > j - 6)
            {
                return subject;
            }
        }

        if ((Is(j, "who") || Is(j, "which")) && j > ss)
        {
            // Ann Ortiz, who praised the council, ...; the fund, which warned that ...: the relative pronoun speaks for its antecedent
            int a = IsPunct(j - 1, ',') ? j - 1 : j;
            Np antecedent = a - 1 >= ss && IsPronoun(a - 1) ? default : NpBackward(a, ss);
            if (antecedent.Valid && (Is(j, "who") ? antecedent.Kind != NpKind.Org || antecedent.End - antecedent.NameFirst == 1 : antecedent.Kind != NpKind.Person))
            {
                return antecedent;
            }
        }

        if (IsPunct(j, ',') || _t[j].Kind == TokenKind.CloseBracket || _t[j].Kind == TokenKind.Dash && (_t[j].Flags & TokenFlags.SpaceBefore) != 0)
        {
            // X, a Y official, said — X, who ..., said — X (R-Texas) said — X -- a co-editor of ... -- said
            bool bracket = _t[j].Kind == TokenKind.CloseBracket;
            bool dash = _t[j].Kind == TokenKind.Dash;
            int p = j - 1;
            int lo = Math.Max(ss, j - MaxAppositive);
            while (p >= lo && !(bracket ? _t[p].Kind == TokenKind.OpenBracket : dash ? _t[p].Kind == TokenKind.Dash : IsPunct(p, ',')))
            {
                if (_t[p].Kind == TokenKind.Quote || (IsTerminal(p) && !bracket))
                {
                    return default;
                }

                p--;
            }

            if (p < lo)
            {
                return default;
            }

            Np before = IsPronoun(p - 1) ? PronounAt(p - 1) : NpBackward(p, ss);
            if (!bracket && !(before.Valid && ValidSubjectStart(before.First, ss)))
            {
                // Rep. Ann Ortiz (D-Texas), the head of the panel, said — Ann Ortiz, 56, who chairs the panel, said: the name stands
                // before a bracket or a further appositive.
                Np earlier = NameBeforeAppositives(p, Math.Max(ss, j - 2 * MaxAppositive), ss);
                if (earlier.Valid)
                {
                    earlier.MentionEnd = j + 1;
                    return earlier;
                }
            }

            if (bracket && before.Valid && before.Kind is NpKind.Person or NpKind.Org && !ValidSubjectStart(before.First, ss))
            {
                before.MentionEnd = j + 1; // ... at the party convention Sen. Ann Ortiz (D-Texas) said: the bracket is her party, not a speaker
                return before;
            }

            Np inner = NpForward(p + 1, j);
            bool innerWhole = inner.Valid && inner.End == j && inner.Kind is NpKind.Person or NpKind.Org && !bracket;
            if (before.Valid && ValidSubjectStart(before.First, ss))
            {
                if (before.Kind is NpKind.Anonymous or NpKind.Anaphor && innerWhole)
                {
                    return inner; // His French counterpart, Defense Minister Jean-Yves Le Drian, said
                }

                if (!bracket)
                {
                    before.AppositiveRole = AppositiveRole(p + 1, j);
                }

                before.MentionEnd = j + 1;
                return before;
            }

            if (innerWhole)
            {
                return inner;
            }

            // insiders in the next two states — Nevada and Ohio — said: the whole phrase before the appositive
            Np whole = p - 1 >= ss ? WholeSubject(p - 1, ss) : default;
            if (whole.Valid && whole.Kind != NpKind.Pronoun)
            {
                whole.MentionEnd = j + 1;
            }

            return whole;
        }

        // he, she, they, we, I are subjects wherever they stand (standing next to Mr Blair he added); "it" may be an object
        Np np = IsPronoun(j) ? PronounAt(j) : NpBackward(j + 1, ss);
        if (np.Valid && (ValidSubjectStart(np.First, ss) || (np.Kind == NpKind.Pronoun && !Is(j, "it"))))
        {
            if (dated > j)
            {
                np.MentionEnd = dated + 1;
            }

            return np;
        }

        if (np.Valid && np.Kind != NpKind.Pronoun && j > ss && IsCap(j) && IsCap(j - 1)
            && _people.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(LastKey(j)))
        {
            // the editorial board of the Washington Post Trump said: no comma after the adjunct, but the last word names a person met before
            return Classify(j, j + 1);
        }

        if (CommonNounPhrase(j, ss) is var det and >= 0)
        {
            return Classify(det, j + 1); // the fund warned, the ruling said: any noun with a determiner can be a source
        }

        // The official who briefed reporters with Carter said: the phrase before the verb is an object; the subject opens the sentence.
        for (int r = j; r > ss; r--)
        {
            if (Is(r, "who") || Is(r, "which"))
            {
                Np subject = SentenceSubject(_sentenceOf[v], r);
                if (subject.Valid && subject.End == r)
                {
                    return subject;
                }

                break;
            }
        }

        return WholeSubject(j, ss);
    }

    /// <summary>Whether tokens <paramref name="from"/> to <paramref name="end"/> are lower-case content words: no function word, verb of speech or adverb.</summary>
    private readonly bool PlainNouns(int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (!IsWord(i) || IsCap(i) || (_lex[i] & (Lex.FunctionWords | Lex.Determiners | Lex.SpeechVerbs)) != 0 || IsAuxiliaryOrAdverb(i) || IsFiniteVerb(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A subject with its modifiers, from where its clause opens to <paramref name="last"/> (<c>Experts on North Korea said</c>,
    /// <c>A study that appeared in the journal found</c>, <c>Those close to him say</c>), or none when no clause start is near.
    /// </summary>
    private readonly Np WholeSubject(int last, int ss)
    {
        ss = Math.Max(ss, _datelineEnd);
        if (last < ss || Is(last, "is") || Is(last, "was") || Is(last, "are") || Is(last, "were") || Is(last, "be") || Is(last, "been")
            || Is(last, "being") || InLex(Lex.SpeechVerbs, last))
        {
            return default; // The council is expected to: a passive has no speaker before it
        }

        // Donald Trump needs to, Clinton says the governor: a verb phrase, not a subject; its first phrase is still the likely speaker
        bool clause = IsWord(last) && (_lex[last] & Lex.FunctionWords) != 0 && !Is(last, "him") && !Is(last, "her") && !Is(last, "them")
            && !Is(last, "it") && !Is(last, "us") && !Is(last, "you") && !Is(last, "there") && !Is(last, "here");

        int lo = Math.Max(ss, last - 20);
        int c = -1;
        int r = last;
        bool verb = false; // a finite verb seen since the last relative pronoun: the phrase is a clause, not a subject
        while (r >= lo)
        {
            Token t = _t[r];
            if (t.Kind == TokenKind.CloseBracket)
            {
                int b = r - 1;
                while (b >= lo && _t[b].Kind != TokenKind.OpenBracket)
                {
                    b--;
                }

                if (b < lo)
                {
                    return default;
                }

                r = b - 1;
                continue;
            }

            if (t.Kind is TokenKind.Quote or TokenKind.Dash or TokenKind.OpenBracket || IsTerminal(r) || IsPunct(r, ',') || IsPunct(r, ';') || IsPunct(r, ':'))
            {
                c = r + 1;
                break;
            }

            if (IsWord(r) && (_lex[r] & Lex.FunctionWords) != 0 && IsClauseOpener(r))
            {
                // that, which, who after a noun open a relative clause inside the subject: A study that appeared in ... found
                if ((Is(r, "that") || Is(r, "who") || Is(r, "which") || Is(r, "whose")) && r - 1 >= lo && IsWord(r - 1) && (_lex[r - 1] & (Lex.FunctionWords | Lex.SpeechVerbs)) == 0
                    && !IsFiniteVerb(r - 1))
                {
                    verb = false;
                    r--;
                    continue;
                }

                c = r + 1;
                break;
            }

            verb |= IsFiniteVerb(r);
            r--;
        }

        clause |= verb;

        if (c < 0)
        {
            if (r >= ss)
            {
                return default; // the window ran out before the clause opened
            }

            c = ss;
        }

        if (c < last && (Is(c, "and") || Is(c, "or")))
        {
            c++; // ..., and engineers who inspected it said
        }

        if (c < last && (Is(c, "even") || Is(c, "only") || Is(c, "including") || Is(c, "especially")) && !IsQuantity(c + 1))
        {
            c++; // Even the organizer of the rally said
        }

        // 52 percent of voters, About three-quarters, At least half of voters: a counted share
        bool counted = _t[c].Kind == TokenKind.Number && _marks[c] != DateMark || IsQuantity(c) && !IsCalendar(c)
            || (Is(c, "about") || Is(c, "nearly") || Is(c, "almost") || Is(c, "roughly") || Is(c, "only") || Is(c, "over") || Is(c, "under"))
                && (IsQuantity(c + 1) || Is(c + 1, "one") && Is(c + 2, "in")) && c + 1 <= last
            || Is(c, "at") && (Is(c + 1, "least") || Is(c + 1, "most")) && IsQuantity(c + 2) && c + 2 <= last;
        if (c > last || !counted && (!IsWord(c) || IsPronoun(c) || (_lex[c] & (Lex.FunctionWords | Lex.SpeechVerbs)) != 0 && !InLex(Lex.Determiners, c) || IsCalendar(c)))
        {
            return default;
        }

        Np np = NpForward(c, last + 1);
        if (clause)
        {
            // ... has won a state and Cruz suggested, Those are topics Clinton wants: the phrase just before the verb speaks
            // (but: Clinton is hoping voters ..., Rubio said the United States ...: a phrase right after a verb is its object)
            Np local = NpBackward(last + 1, c);
            int b = local.First - 1;
            bool afterVerb = local.Valid && b >= c && IsWord(b) && !Is(b, "and") && !Is(b, "but")
                && (IsFiniteVerb(b) || Is(b, "to") || (_lex[b] & (Lex.SpeechVerbs | Lex.ObjectVerbs | Lex.InfinitiveVerbs | Lex.FunctionWords)) != 0
                    || W(b).EndsWith("ing", StringComparison.Ordinal) || W(b).EndsWith("ed", StringComparison.Ordinal));
            if (local.Valid && !(afterVerb && np.Valid && np.First == c))
            {
                return local;
            }

            return np.Valid && np.First == c ? np : default;
        }

        if (np.Valid && np.First == c && !(counted && np.End <= last && np.Kind == NpKind.Person))
        {
            if (np.Kind == NpKind.Person && np.End - np.First == 1 && InLex(Lex.SpeakerNouns, c))
            {
                np.Kind = NpKind.Anonymous; // Others, Critics: a capitalized common noun opening the sentence
            }
            else if (np.Kind == NpKind.Person && np.End - np.First == 1 && c == SentStart(c) && np.End <= last && last - c <= 2 && (_t[c].Flags & TokenFlags.Apostrophe) == 0 && PlainNouns(np.End, last + 1)
                && !_people.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(LastKey(c)))
            {
                // Public records show, New filings show: a capital that only opens the sentence, before the phrase's common noun
                return new Np { First = c, End = last + 1, NameFirst = c, Kind = NpKind.Anonymous };
            }

            np.MentionEnd = last + 1;
            return np;
        }

        // Many of his supporters, One of the doctors, Those close to him, majorities in all five states: a quantified or pointed group.
        if (counted || InLex(Lex.Determiners, c) || IsCap(c) && !InLex(Lex.Demonyms, c)
            || IsWord(c) && !IsCap(c) && W(c).EndsWith("s", StringComparison.Ordinal) && (_lex[c] & (Lex.FunctionWords | Lex.NotModifiers)) == 0)
        {
            return new Np { First = c, End = last + 1, NameFirst = c, Kind = NpKind.Anonymous };
        }

        return default;
    }

    /// <summary>An auxiliary or a listed verb not in a participle form (<c>is</c>, <c>has</c>, <c>found</c>, <c>includes</c>): the sign of a clause.</summary>
    private readonly bool IsObjectPronoun(int i) => Is(i, "them") || Is(i, "us") || Is(i, "those") || Is(i, "these") || Is(i, "you");

    private readonly bool IsFiniteVerb(int i)
    {
        if (!IsWord(i) || IsCap(i))
        {
            return false;
        }

        if ((_lex[i] & Lex.Auxiliaries) != 0)
        {
            return true;
        }

        ReadOnlySpan<char> w = W(i);
        return w is "said" or "says" or "told" or "tells" or "found" or "finds" or "shows" or "showed" or "needs" or "wants" or "went" or "goes"
            or "saw" or "sees" or "heard" or "hears" or "watched" or "watches";
    }

    /// <summary>Words that open a clause, so a subject starts after them (<c>where experts say</c>, <c>because officials said</c>).</summary>
    private readonly bool IsClauseOpener(int i) => (_lex[i] & Lex.ClauseOpeners) != 0;

    /// <summary>
    /// The name before a bracket or a chain of appositives ending at comma <paramref name="comma"/>
    /// (<c>Ann Ortiz (D-Texas), ...</c>, <c>Ann Ortiz, 56, who ...</c>), read back no further than <paramref name="lo"/>; or none.
    /// </summary>
    private readonly Np NameBeforeAppositives(int comma, int lo, int ss)
    {
        int p = comma;
        for (int seg = 0; seg < 3; seg++)
        {
            if (p - 1 >= lo && _t[p - 1].Kind == TokenKind.CloseBracket)
            {
                int b = p - 2;
                while (b >= lo && b > p - 12 && _t[b].Kind != TokenKind.OpenBracket)
                {
                    b--;
                }

                if (b < lo || _t[b].Kind != TokenKind.OpenBracket)
                {
                    return default;
                }

                Np np = NpBackward(b, ss);
                if (np.Valid && ValidSubjectStart(np.First, ss) && np.Kind is NpKind.Person or NpKind.Org)
                {
                    return np;
                }
            }

            int q = p - 1;
            while (q >= lo && !IsPunct(q, ','))
            {
                if (_t[q].Kind == TokenKind.Quote || IsTerminal(q))
                {
                    return default;
                }

                q--;
            }

            if (q < lo)
            {
                return default;
            }

            Np before = NpBackward(q, ss);
            if (before.Valid && ValidSubjectStart(before.First, ss) && before.Kind is NpKind.Person or NpKind.Org)
            {
                return before;
            }

            p = q;
        }

        return default;
    }

    /// <summary>
    /// The determiner of a plain noun phrase ending at <paramref name="head"/> (<c>the fund</c>, <c>its latest report</c>): a
    /// determiner, at most two lower-case modifiers and a lower-case noun, at a valid subject start; or -1.
    /// </summary>
    private readonly int CommonNounPhrase(int head, int ss)
    {
        if (!IsWord(head) || IsCap(head) || (_lex[head] & (Lex.NotModifiers | Lex.FunctionWords | Lex.Determiners | Lex.SpeechVerbs)) != 0
            || W(head).EndsWith("ly", StringComparison.Ordinal) || W(head).Length < 3)
        {
            return -1;
        }

        if (W(head)[^1] == 's' && head > ss && (Is(head - 1, "which") || Is(head - 1, "that") || Is(head - 1, "as") || Is(head - 1, "what")))
        {
            return head; // which advocates say, as critics argue: a bare plural can speak
        }

        for (int d = head - 1; d >= ss && d >= head - 3; d--)
        {
            if (InLex(Lex.Determiners, d) && !Is(d, "that"))
            {
                return ValidSubjectStart(d, ss) ? d : -1;
            }

            if (!IsWord(d) || (_lex[d] & (Lex.NotModifiers | Lex.FunctionWords)) != 0 || (_t[d].Flags & TokenFlags.Apostrophe) != 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A subject phrase must open the sentence or follow a comma, a conjunction, a dash or a quote.</summary>
    private readonly bool ValidSubjectStart(int first, int ss)
    {
        if (first == ss)
        {
            return true;
        }

        int b = first - 1;
        Token t = _t[b];
        if (t.Kind is TokenKind.Dash or TokenKind.Quote or TokenKind.OpenBracket || IsPunct(b, ',') || IsPunct(b, ':') || IsPunct(b, ';'))
        {
            return true;
        }

        return InLex(Lex.AdjunctNouns, b) || Is(b, "and") || Is(b, "but") || Is(b, "that") || Is(b, "which") || Is(b, "who") || Is(b, "whom") || Is(b, "what") || Is(b, "so") || Is(b, "as") || Is(b, "while") || Is(b, "when")
            || Is(b, "because") || Is(b, "although") || Is(b, "though") || Is(b, "where") || Is(b, "if") || Is(b, "since") || Is(b, "after")
            || Is(b, "before") || Is(b, "yet") || Is(b, "meanwhile") || Is(b, "however") || Is(b, "also") || Is(b, "now") || Is(b, "then")
            || Is(b, "even") || Is(b, "only") || Is(b, "including") || Is(b, "especially") || Is(b, "particularly") || Is(b, "how") || Is(b, "why")
            || Is(b, "whether") || Is(b, "until") || Is(b, "unless") || Is(b, "once")
            || IsCalendar(b) || (t.Kind == TokenKind.Number && _marks[b] == DateMark);
    }

    /// <summary>The subject of sentence <paramref name="s"/>, past leading adverbials (<c>On the Aleppo front, meanwhile,</c>).</summary>
    private readonly Np SentenceSubject(int s, int limit)
    {
        Sentence sen = _sentences[s];
        int k = Math.Max(sen.FirstToken, _datelineEnd);
        int end = Math.Min(sen.EndToken, limit);
        for (int guard = 0; guard < 4 && k < end; guard++)
        {
            if (_t[k].Kind == TokenKind.Quote && (_t[k].Flags & TokenFlags.OpeningQuote) != 0)
            {
                // “Promise me,” Blige sings before asking her, “...”: the subject follows the opening quote, not inside it
                int close = k + 1;
                while (close < end && !(_t[close].Kind == TokenKind.Quote && (_t[close].Flags & TokenFlags.ClosingQuote) != 0))
                {
                    close++;
                }

                if (close + 1 < end && (IsPunct(close - 1, ',') || IsPunct(close + 1, ',')))
                {
                    k = IsPunct(close + 1, ',') ? close + 2 : close + 1;
                    continue;
                }
            }

            if (_t[k].Kind is TokenKind.Quote or TokenKind.Dash)
            {
                k++;
                continue;
            }

            if (IsWord(k) && (_t[k].Flags & TokenFlags.AllCaps) != 0 && k + 1 < end && _t[k + 1].Kind == TokenKind.Dash)
            {
                k += 2; // WASHINGTON — ...: a dateline the document did not mark
                continue;
            }

            // Speaking on Sunday, ...; Chastened by the polls, ...: a participle opening the sentence is an adverbial
            bool participle = IsCap(k) && W(k).Length > 4 && (W(k).EndsWith("ing", StringComparison.Ordinal) || W(k).EndsWith("ed", StringComparison.Ordinal))
                && !_people.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(W(k));
            bool adverb = InLex(Lex.VerbAdverbs, k) && IsNameToken(k + 1); // Earlier Tory leader Michael Howard sent ...: an adverb, then the subject
            if (!InLex(Lex.FunctionWords, k) && !IsCalendar(k) && !participle && !adverb)
            {
                break;
            }

            if (IsPunct(k + 1, ','))
            {
                k += 2;
                continue;
            }

            if (Is(k, "but") || Is(k, "and") || Is(k, "so") || Is(k, "yet") || Is(k, "also") || Is(k, "meanwhile") || Is(k, "still") || adverb)
            {
                k++;
                continue;
            }

            int c = k + 1;
            int lo = Math.Min(end, k + 24);
            while (c < lo && !IsPunct(c, ','))
            {
                c++;
            }

            if (c >= lo)
            {
                return default;
            }

            k = c + 1;
        }

        if (k >= end)
        {
            return default;
        }

        Np np = IsPronoun(k) ? PronounAt(k) : NpForward(k, end);
        if (np.Valid && np.End < end && _t[np.End].Kind == TokenKind.OpenBracket)
        {
            // Sen. Ann Ortiz (D-Texas) said ..., arguing: the bracket belongs to the mention
            int b = ShortBracketClose(np.End, end);
            if (b >= 0)
            {
                np.MentionEnd = b + 1;
            }
        }

        if (np.Valid && IsPunct(np.WrittenEnd, ','))
        {
            int comma = FindComma(np.WrittenEnd + 1, end);
            if (comma > 0)
            {
                Np inner = NpForward(np.WrittenEnd + 1, comma);
                if (np.Kind is NpKind.Anonymous or NpKind.Anaphor && inner.Valid && inner.End == comma && inner.Kind is NpKind.Person or NpKind.Org)
                {
                    return inner;
                }

                np.AppositiveRole = AppositiveRole(np.WrittenEnd + 1, comma);
                if (LooksAppositive(np.WrittenEnd + 1, comma))
                {
                    np.MentionEnd = comma + 1; // Ann Ortiz, the head of the panel, ...: the mention runs to the appositive's comma
                }
            }
        }

        return np;
    }

    /// <summary>Whether [first, end) reads as an appositive (<c>the head of the panel</c>, <c>56</c>, <c>who chairs it</c>, <c>President of X</c>), not a clause.</summary>
    private readonly bool LooksAppositive(int first, int end)
    {
        if (first >= end)
        {
            return false;
        }

        bool opener = _t[first].Kind == TokenKind.Number || InLex(Lex.Determiners, first) || Is(first, "who") || Is(first, "which") || Is(first, "whose")
            || IsWord(first) && (_lex[first] & Lex.FunctionWords) == 0;
        if (!opener)
        {
            return false;
        }

        for (int i = first + 1; i < end; i++)
        {
            if (IsFiniteVerb(i) && !Is(first, "who") && !Is(first, "which") && !Is(first, "whose"))
            {
                return false;
            }
        }

        return true;
    }

    private readonly int FindComma(int from, int end)
    {
        int limit = Math.Min(end, from + MaxAppositive);
        for (int i = from; i < limit; i++)
        {
            if (IsPunct(i, ','))
            {
                return i;
            }

            if (_t[i].Kind == TokenKind.Quote || IsTerminal(i))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary><c>a Defense Ministry official</c> → <c>Defense Ministry official</c>; other appositives give no role.</summary>
    private readonly string? AppositiveRole(int first, int end)
    {
        if (end - first < 2 || !(Is(first, "a") || Is(first, "an") || Is(first, "the")))
        {
            return null;
        }

        int stop = first + 1;
        while (stop < end && (IsWord(stop) || _t[stop].Kind == TokenKind.Number) && !Is(stop, "who") && !Is(stop, "which"))
        {
            stop++;
        }

        return stop > first + 1 ? Join(first + 1, stop) : null;
    }

    /// <summary>
    /// An attribution that ends its sentence (<c>said Ann Ortiz, a lawyer for the city, who ...</c>, <c>said Ann Ortiz of the
    /// Gazette.</c>): the mention runs on to the sentence's end, short of a trailing participle (<c>, adding ...</c>) or a date.
    /// </summary>
    private readonly Np ExtendTrailingMention(Np np, int sentEnd)
    {
        if (!np.Valid || np.Kind == NpKind.Pronoun)
        {
            return np;
        }

        int k = np.End;
        if (k < sentEnd && _t[k].Kind == TokenKind.OpenBracket)
        {
            int b = ShortBracketClose(k, sentEnd);
            if (b < 0)
            {
                return np;
            }

            k = b + 1; // said Rep. Ann Ortiz (D-Texas), ...
        }

        if (k >= sentEnd)
        {
            return np;
        }

        bool comma = IsPunct(k, ',');
        if (!comma && !(Is(k, "of") || Is(k, "for") || Is(k, "at") || Is(k, "from") || Is(k, "in") || Is(k, "with") || Is(k, "who")
            || Is(k, "on") || Is(k, "to") && !Is(k + 1, "reporters")
            || _t[k].Kind == TokenKind.OpenBracket) || !comma && SkipAdjuncts(k, sentEnd) > k)
        {
            return np; // said Ortiz on Tuesday, said Ortiz in a statement: an adjunct of the verb
        }

        int last = -1;
        int limit = Math.Min(sentEnd, k + 40);
        int i = k;
        bool title = false;
        for (; i < limit; i++)
        {
            Token t = _t[i];
            if (t.Kind == TokenKind.Quote && (title || !IsPunct(i - 1, ',') && !IsPunct(i - 1, ':') && IsWord(i - 1) && IsWord(i + 1) && _text[_t[i - 1].End - 1] != '.'))
            {
                title = !title; // a co-author of “The Long Bridge,” who ...: a quoted title inside the mention
                continue;
            }

            if (t.Kind is TokenKind.Quote or TokenKind.Dash || !title && (IsPunct(i, ';') || IsPunct(i, ':')))
            {
                break;
            }

            if (IsPunct(i, ',') && i + 1 < sentEnd && (IsWord(i + 1) && !IsCap(i + 1) && W(i + 1).EndsWith("ing", StringComparison.Ordinal)
                || Is(i + 1, "and") || Is(i + 1, "but") || Is(i + 1, "according") || IsCalendar(i + 1) || InLex(Lex.SpeechVerbs, i + 1)))
            {
                break;
            }

            if (t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.CloseBracket)
            {
                last = i;
            }
        }

        if (i >= limit && limit < sentEnd)
        {
            return np; // too long to be one mention
        }

        if (last >= k && last + 1 > np.WrittenEnd)
        {
            np.MentionEnd = last + 1;
        }

        return np;
    }

    /// <summary>The closing bracket, at most ten tokens on, of the bracket opened at <paramref name="open"/>, before <paramref name="end"/>; -1 if there is none.</summary>
    private readonly int ShortBracketClose(int open, int end)
    {
        for (int b = open + 1; b < end && b <= open + 10; b++)
        {
            if (_t[b].Kind == TokenKind.CloseBracket)
            {
                return b;
            }
        }

        return -1;
    }

    private readonly Np WithAppositive(Np np, int end)
    {
        if (!np.Valid)
        {
            return np;
        }

        int at = np.End;
        if (at < end && _t[at].Kind == TokenKind.OpenBracket)
        {
            int b = ShortBracketClose(at, end);
            if (b < 0)
            {
                return np;
            }

            np.MentionEnd = b + 1;
            at = b + 1; // Rep. Ann Ortiz (D-Texas), the head of the panel, said
        }

        // said the report, and an estimated ... / said Ortiz, adding ...: a clause goes on after the comma, not an appositive
        if (IsPunct(at, ',') && !(at + 1 < end && InLex(Lex.ClauseBreakers, at + 1)))
        {
            int comma = FindComma(at + 1, end);
            if (comma > 0)
            {
                np.AppositiveRole = AppositiveRole(at + 1, comma);
                np.MentionEnd = comma;
            }
            else
            {
                int last = at + 1;
                int limit = Math.Min(end, at + MaxAppositive);
                while (last < limit && !IsTerminal(last) && _t[last].Kind != TokenKind.Quote)
                {
                    last++;
                }

                if (last < limit && last > at + 1)
                {
                    np.AppositiveRole = AppositiveRole(at + 1, last);
                    np.MentionEnd = last; // said Joseph, who has four children.
                }
            }
        }

        return np;
    }

    /// <summary>A speaker phrase starting at <paramref name="k"/>: <c>the Turkish army</c>, <c>Sergei Rudskoi</c>, <c>The Syrian Observatory for Human Rights</c>.</summary>
    private readonly Np NpForward(int k, int end)
    {
        end = Math.Min(end, Math.Min(_t.Length, k + MaxNpTokens));
        if (k >= end)
        {
            return default;
        }

        if (IsPronoun(k))
        {
            return PronounAt(k);
        }

        int i = k;
        if (InLex(Lex.Determiners, i) && !Is(i, "that") && !Is(i, "this"))
        {
            i++;
        }

        int lastHead = -1;
        int lowerRun = 0;
        while (i < end)
        {
            if ((_t[i].Flags & TokenFlags.NewlineBefore) != 0 && i > k)
            {
                break;
            }

            if (IsNameToken(i) && (!(InLex(Lex.Demonyms, i) && !IsNameToken(i + 1) && !InLex(Lex.SpeakerNouns, i + 1)) || InLex(Lex.Honorifics, i - 1)))
            {
                lastHead = i;
                lowerRun = 0;
                i++;
                continue;
            }

            if (InLex(Lex.Demonyms, i) || _marks[i] == DemonymMark)
            {
                lowerRun++;
                i++;
                continue;
            }

            if (IsParticle(i) && IsNameToken(i + 1))
            {
                i++;
                continue;
            }

            if (lastHead == i - 1 && IsPluralPossessiveMark(i))
            {
                i++; // Ladbrokes' Warren Lush: the owner's mark, then the name
                continue;
            }

            if (Is(i, "and") && lastHead == i - 1 && IsCap(i - 1) && (OrgWordAhead(i + 1, end) || IsNameToken(i + 1) && OrgOfBefore(k, i)))
            {
                // the Finance and Economy Ministry, the Food and Drug Administration, the Department for Work and Pensions: one
                // organization's name
                i++;
                continue;
            }

            if ((Is(i, "of") || Is(i, "for") || Is(i, "on")) && lastHead >= 0 && IsNameToken(i + 1) && i + 1 < end
                && !(Is(i, "for") && i - k >= 2 && IsCap(k) && IsCap(i - 1) && IsNameToken(k) && IsPersonName(k, i)))
            {
                i++; // Bank of England, Minister for Europe (but: Cameron Easley for Morning Consult is a person and an affiliation)
                continue;
            }

            if (IsSpeakerNoun(i))
            {
                lastHead = i;
                lowerRun = 0;
                i++;
                continue;
            }

            if (IsWord(i) && !IsCap(i) && lowerRun < 3 && lastHead < 0 && !InLex(Lex.NotModifiers, i) && !InLex(Lex.SpeechVerbs, i)
                && !InLex(Lex.FunctionWords, i) && !W(i).EndsWith("ly", StringComparison.Ordinal) && !W(i).EndsWith("ed", StringComparison.Ordinal))
            {
                lowerRun++;
                i++;
                continue;
            }

            break;
        }

        if (lastHead < 0)
        {
            return default;
        }

        // a longtime GOP data expert, Nuclear proliferation experts: lower-case modifiers after a capitalized one, then the head noun
        if (i < end && i == lastHead + 1)
        {
            for (int j = i; j < end && j - i < 3 && IsWord(j) && !IsCap(j) && (_t[j].Flags & (TokenFlags.NewlineBefore | TokenFlags.Apostrophe)) == 0
                && (_lex[j] & (Lex.FunctionWords | Lex.SpeechVerbs | Lex.Determiners | Lex.ObjectVerbs | Lex.InfinitiveVerbs | Lex.VerbAdverbs)) == 0; j++)
            {
                if (IsSpeakerNoun(j))
                {
                    lastHead = j;
                    i = j + 1;
                }
                else if (W(j).EndsWith("s", StringComparison.Ordinal))
                {
                    break; // a narrator reminds viewers: a verb, not a modifier
                }
            }
        }

        // county road engineer Ann Ortiz, party boss Ann Ortiz: a description, then the person it introduces
        int named = -1;
        if (i < end && i == lastHead + 1)
        {
            int j = i;
            while (j < end && j - i < 3 && IsWord(j) && !IsCap(j)
                && (_lex[j] & (Lex.FunctionWords | Lex.SpeechVerbs | Lex.Determiners | Lex.ObjectVerbs | Lex.InfinitiveVerbs | Lex.PrepositionVerbs
                    | Lex.VerbAdverbs | Lex.NotModifiers | Lex.QuoteOnlyVerbs)) == 0
                && !W(j).EndsWith("ed", StringComparison.Ordinal) && !W(j).EndsWith("ly", StringComparison.Ordinal)
                && (_t[j].Flags & (TokenFlags.NewlineBefore | TokenFlags.Apostrophe)) == 0)
            {
                j++;
            }

            // (but before an honorific the word is a verb: Michael Howard sent Mr Bush)
            int n = j;
            while (n < end && IsNameToken(n) && (_t[n].Flags & TokenFlags.NewlineBefore) == 0)
            {
                n++;
            }

            if (n - j >= 2 && IsPersonName(j, n) && !InLex(Lex.Titles, n - 1) && !(j > i && InLex(Lex.Honorifics, j)))
            {
                named = NameStart(j, n);
                lastHead = n - 1;
            }
        }

        Np np = Classify(k, lastHead + 1);
        if (named >= 0 && np.Valid)
        {
            np.NameFirst = named;
            np.Kind = NpKind.Person;
        }

        return np;
    }

    /// <summary>
    /// Whether the number at <paramref name="i"/> ends a name (<c>Number 10</c>, <c>Radio 1</c>, <c>Channel 4</c>): up to four
    /// digits written after a capitalized name word, and no date.
    /// </summary>
    private readonly bool NumberedName(int i, int lo)
    {
        Token t = _t[i];
        if (t.Kind != TokenKind.Number || t.Length > 4 || i - 1 < lo || (t.Flags & TokenFlags.SpaceBefore) == 0 || _marks[i] == DateMark
            || !IsCap(i - 1) || !IsNameToken(i - 1) || IsCalendar(i - 1))
        {
            return false;
        }

        return !W(i).ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>A speaker phrase ending just before <paramref name="end"/>, read backwards no further than <paramref name="lo"/>.</summary>
    private readonly Np NpBackward(int end, int lo)
    {
        int head = end - 1;
        if (head < lo || head < 0)
        {
            return default;
        }

        bool headOk = IsNameToken(head) && (!InLex(Lex.Demonyms, head) && _marks[head] != DemonymMark || W(head).Length > 3 && W(head)[^1] == 's'
                || head - 1 >= lo && InLex(Lex.Determiners, head - 1) && !Is(head - 1, "the"))
            || IsSpeakerNoun(head) || _t[head].Kind == TokenKind.Number && Is(head - 1, "in") && IsQuantity(head - 2)
            || NumberedName(head, lo);
        if (!headOk)
        {
            return default;
        }

        int first = head;
        int lower = 0;
        int i = head - 1;
        int minI = Math.Max(lo, end - MaxNpTokens);
        while (i >= minI)
        {
            if ((_t[i + 1].Flags & TokenFlags.NewlineBefore) != 0)
            {
                break;
            }

            if (InLex(Lex.Determiners, i) && !Is(i, "that") && !Is(i, "this") && (!Is(i, "one") || i == SentStart(i)))
            {
                // many other polls, all the candidates: quantifiers stack
                first = i;
                while (first - 1 >= minI && InLex(Lex.Determiners, first - 1) && !Is(first - 1, "that") && !Is(first - 1, "this"))
                {
                    first--;
                }

                break;
            }

            if (IsQuantity(i) && (IsQuantityHead(i + 1) || Is(i + 1, "in")) || Is(i, "in") && IsQuantity(i - 1) && IsQuantityHead(i + 1))
            {
                first = i; // Thirty percent, 4 in 10
                i--;
                continue;
            }

            if (IsNameToken(i) || InLex(Lex.Demonyms, i) || (IsParticle(i) && IsNameToken(i + 1)))
            {
                first = i;
                lower = 0;
                i--;
                continue;
            }

            if ((Is(i, "of") || Is(i, "for") || Is(i, "on") || Is(i, "at") || Is(i, "in")) && IsNameToken(i + 1) && (IsNameToken(i - 1) || IsSpeakerNoun(i - 1))
                && (IsNameToken(i - 1) || !Is(i, "on") && !Is(i, "in") || IsPlural(W(i - 1))))
            {
                i--;
                continue;
            }

            if (InLex(Lex.AdjunctNouns, i) && IsNameToken(first) && !InLex(Lex.Titles, i))
            {
                break; // In a statement Google said: the adjunct's noun does not modify the name
            }

            if (IsWord(i) && !IsCap(i) && (_t[i].Flags & TokenFlags.Apostrophe) == 0 && lower < 3 && !InLex(Lex.NotModifiers, i)
                && !InLex(Lex.SpeechVerbs, i) && !InLex(Lex.FunctionWords, i) && !W(i).EndsWith("ly", StringComparison.Ordinal)
                && !W(i).EndsWith("ed", StringComparison.Ordinal))
            {
                first = i;
                lower++;
                i--;
                continue;
            }

            break;
        }

        // Lower-case words at the left edge with no determiner before them are more likely a verb phrase.
        while (first < head && IsWord(first) && !IsCap(first) && !InLex(Lex.SpeakerNouns, first) && !InLex(Lex.Determiners, first)
            && !IsParticle(first) && !(first - 1 >= lo && InLex(Lex.Determiners, first - 1)) && !Is(first - 1, "and"))
        {
            first++;
        }

        // About 4 in 10, nearly two-thirds: an approximate count
        if (first - 1 >= lo && IsQuantity(first) && (Is(first - 1, "about") || Is(first - 1, "nearly") || Is(first - 1, "almost") || Is(first - 1, "roughly")))
        {
            first--;
        }

        // Federal and state officials, RT and its defenders: one coordinated speaker.
        int and = first - 1;
        if (and - 1 >= lo && and - 1 >= end - MaxNpTokens && (Is(and, "and") || IsPunct(and, '&')) && (_t[first].Flags & TokenFlags.NewlineBefore) == 0)
        {
            int p = and - 1;
            int left = p;
            while (left - 1 >= lo && left - 1 >= end - MaxNpTokens && (IsNameToken(left - 1) || InLex(Lex.Determiners, left - 1)))
            {
                left--;
            }

            if (IsNameToken(p) || IsSpeakerNoun(p) || InLex(Lex.Demonyms, p))
            {
                first = left;
            }
            else if (first < head && left == p && IsWord(p) && !InLex(Lex.FunctionWords, p) && !InLex(Lex.SpeechVerbs, p) && !InLex(Lex.Determiners, p)
                && (p == lo || !IsWord(p - 1) || InLex(Lex.Determiners, p - 1) || InLex(Lex.FunctionWords, p - 1)))
            {
                first = p; // Federal and state officials, local and national leaders: two modifiers of one head
            }
        }

        return Classify(first, head + 1);
    }

    /// <summary>A modal, a negated auxiliary or a manner adverb between a subject and its verb (<c>wouldn't say</c>, <c>strongly suggested</c>).</summary>
    private readonly bool IsAuxiliaryOrAdverb(int i)
    {
        if (!IsWord(i) || IsCap(i))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(i);
        return IsMannerAdverb(i)
            || w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)
            || w is "would" or "could" or "should" or "might" or "may" or "will" or "can" or "must" or "do" or "did" or "does" or "not" or "never";
    }

    /// <summary>A lower-case adverb in -ly (<c>strongly</c>, <c>falsely</c>; not <c>family</c>, <c>only</c>).</summary>
    private readonly bool IsMannerAdverb(int i)
    {
        if (!IsWord(i) || IsCap(i))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(i);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ily", StringComparison.Ordinal) && (_lex[i] & Lex.SpeakerNouns) == 0;
    }

    /// <summary>A quote mark that closes a quotation.</summary>
    private readonly bool IsClosingQuote(int i) =>
        i >= 0 && i < _t.Length && _t[i].Kind == TokenKind.Quote && (_t[i].Flags & TokenFlags.ClosingQuote) != 0;

    /// <summary>A number or a number word that can count a group of speakers (<c>Thirty</c>, <c>58</c>, <c>two-thirds</c>).</summary>
    private readonly bool IsQuantity(int i) =>
        i >= 0 && i < _t.Length && (_t[i].Kind == TokenKind.Number || IsWord(i) && (_lex[i] & Lex.QuantityWords) != 0);

    /// <summary>A word that heads a counted share of people: <c>percent</c>, <c>10</c> in <c>4 in 10</c>.</summary>
    private readonly bool IsQuantityHead(int i) =>
        i >= 0 && i < _t.Length && (Is(i, "percent") || Is(i, "%") || _t[i].Kind == TokenKind.Number || IsWord(i) && (_lex[i] & Lex.QuantityWords) != 0);

    /// <summary>Decides the kind of phrase [first, end) and where its name starts after any titles.</summary>
    private readonly Np Classify(int first, int end)
    {
        var np = new Np { First = first, End = end };
        int body = first;
        while (body < end && InLex(Lex.Determiners, body))
        {
            body++;
        }

        if (body >= end)
        {
            return default;
        }

        int head = end - 1;
        // Mr French, Ms English: after an honorific the word is a surname
        bool demonym = (InLex(Lex.Demonyms, head) || _marks[head] == DemonymMark) && !InLex(Lex.Honorifics, head - 1);
        if (demonym && IsWord(head) && !IsPunct(head + 1, '-') && (W(head).Length > 3 && W(head)[^1] == 's' || body > first && body == head))
        {
            // "Mexicans", "many Americans": a people, speaking as a group; "one Republican", "a Syrian": a person
            return new Np { First = first, End = end, NameFirst = body, Kind = NpKind.Anonymous };
        }

        if (IsCalendar(head) && !IsNameToken(head) || demonym)
        {
            return default; // "Syrian", "Tuesday" never speak
        }

        int nameFirst = NameStart(body, end);
        np.NameFirst = nameFirst;
        if (IsWord(head) && !IsCap(head))
        {
            bool definite = Is(first, "the") && end - body == 1;
            np.Kind = definite ? NpKind.Anaphor : NpKind.Anonymous;
            np.NameFirst = body;
            return np;
        }

        if (nameFirst >= end)
        {
            // A title alone ("the President") is not a name: it points back to someone titled so.
            np.Kind = Is(first, "the") || body == first ? NpKind.Anaphor : NpKind.Anonymous;
            np.NameFirst = body;
            return np;
        }

        bool org = _marks[nameFirst] == PlaceMark || _t[head].Kind == TokenKind.Number; // Radio 1, Number 10: a station, an office
        for (int i = nameFirst; i < end && !org; i++)
        {
            org = InLex(Lex.OrgWords, i) || (_t[i].Flags & TokenFlags.AllCaps) != 0 || Is(i, "of") || Is(i, "for")
                || _marks[i] == PlaceMark;
        }

        np.Kind = org ? NpKind.Org : NpKind.Person;
        if (org)
        {
            np.NameFirst = body;
        }

        return np;
    }

    // ---- resolution ----------------------------------------------------------------------------

    internal readonly struct Known
    {
        public Known(Speaker speaker, NpKind kind, string head, bool plural)
        {
            Speaker = speaker;
            Kind = kind;
            Head = head;
            Plural = plural;
        }

        public Speaker Speaker { get; }

        public NpKind Kind { get; }

        public string Head { get; }

        public bool Plural { get; }
    }

    private readonly List<Quote> Resolve()
    {
        _candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var quotes = new List<Quote>(_candidates.Count);
        List<Known> known = _known;
        Speaker? lastDirect = null;
        int lastDirectPara = -10;
        int lastEnd = -1;
        foreach (Candidate c in _candidates)
        {
            if (c.Start < lastEnd && c.Kind != QuoteKind.Direct)
            {
                continue; // two reported readings of one clause: keep the first
            }

            Speaker? speaker = null;
            if (c.HasSpeaker)
            {
                speaker = ResolveSpeaker(c.Speaker, known);
            }
            else if (c.Continuation && lastDirect is not null && c.Paragraph - lastDirectPara <= 1)
            {
                speaker = lastDirect; // a quote that goes on from the previous one
            }

            Cue? cue = c.CueFirst >= 0 && c.CueEnd > c.CueFirst ? new Cue(Join(c.CueFirst, c.CueEnd), _t[c.CueFirst].Start, _t[c.CueEnd - 1].End - _t[c.CueFirst].Start) : null;
            if (c.PartCount == 0)
            {
                quotes.Add(new Quote(c.Kind, _text, c.Start, c.End - c.Start, speaker, cue, wordsOfArticle: true));
            }
            else
            {
                (string words, QuotePart[] parts) = PartsOf(c);
                quotes.Add(new Quote(c.Kind, words, c.Start, c.End - c.Start, parts, speaker, cue));
            }

            lastEnd = Math.Max(lastEnd, c.End);
            if (c.Kind == QuoteKind.Direct)
            {
                lastDirect = speaker;
                lastDirectPara = c.Paragraph;
            }
            else if (speaker is not null)
            {
                lastDirect = speaker;
                lastDirectPara = c.Paragraph;
            }
        }

        return quotes;
    }

    private readonly Speaker? ResolveSpeaker(Np np, List<Known> known)
    {
        int start = _t[np.First].Start;
        int length = _t[np.WrittenEnd - 1].End - start;
        string text = np.Kind == NpKind.Pronoun && np.WrittenEnd - np.First == 1 ? PronounText(np.First) : Join(np.First, np.WrittenEnd);
        string head = np.Kind == NpKind.Pronoun ? string.Empty : W(np.End - 1).ToString(); // pronouns never read their head
        switch (np.Kind)
        {
            case NpKind.Pronoun:
            {
                ReadOnlySpan<char> p = W(np.First);
                bool person = p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase)
                    || p.Equals("I", StringComparison.Ordinal);
                bool it = p.Equals("it", StringComparison.OrdinalIgnoreCase);
                bool first = p.Equals("I", StringComparison.Ordinal) || p.Equals("we", StringComparison.OrdinalIgnoreCase);
                byte gender = p.Equals("he", StringComparison.OrdinalIgnoreCase) ? Male : p.Equals("she", StringComparison.OrdinalIgnoreCase) ? Female : (byte)0;
                if (first && TurnLabel(np.First) is { Valid: true } label && ResolveSpeaker(label, known) is { } turn)
                {
                    return new Speaker(turn.Name, text, start, length, turn.Role); // PENCE: ... I think ...: the transcript's speaker
                }

                if (!first && !it && BindsToSubject(np.First, person) is { Valid: true } subject && ResolveSpeaker(subject, known) is { } bound
                    && !WrongGender(bound.Name, gender))
                {
                    return new Speaker(bound.Name, text, start, length, bound.Role); // Ortiz told reporters that she ...: the sentence's subject
                }

                // They said ...: a group that opened the sentence before (Analysts were surprised. They said ...) before any speaker.
                if (!person && !first && !it && PreviousSubject(np.First, it: false) is { Valid: true } group && ResolveSpeaker(group, known) is { } grouped)
                {
                    return new Speaker(grouped.Name, text, start, length, grouped.Role);
                }

                bool genderSkipped = false;
                for (int i = known.Count - 1; i >= 0 && i >= known.Count - 8; i--)
                {
                    Known k = known[i];
                    bool ok = person ? (k.Kind == NpKind.Person || (k.Kind == NpKind.Anonymous && !k.Plural && IsPersonNoun(k.Head)))
                        : it ? (k.Kind is NpKind.Org || (k.Kind == NpKind.Anonymous && !k.Plural && !IsPersonNoun(k.Head))
                            || k.Kind == NpKind.Person && LooksLikeFirmName(k.Speaker.Name)) // Sony said ... it said
                        : (k.Plural || k.Kind == NpKind.Org);
                    if (ok && WrongGender(k.Speaker.Name, gender) && !genderSkipped)
                    {
                        // she said after Mr Hadi spoke: the woman named with an honorific just before, if any (observes Ms Alexander)
                        genderSkipped = true;
                        if (NearestHonorific(np.First, gender) is { } titled)
                        {
                            return new Speaker(titled, text, start, length, null);
                        }

                        continue;
                    }

                    // (after that, only someone an honorific shows to be of the pronoun's gender: a wrong name is worse than none)
                    if (ok && !WrongGender(k.Speaker.Name, gender) && (!genderSkipped || _genders.TryGetValue(k.Speaker.Name, out byte g) && g == gender))
                    {
                        return new Speaker(k.Speaker.Name, text, start, length, k.Speaker.Role);
                    }
                }

                // It said ...: with no speaker of that kind yet, the organization that opened one of the two sentences before (The AMF
                // has filed complaints ... It believes ...).
                if (it && PreviousSubject(np.First, it: true) is { Valid: true } opener && ResolveSpeaker(opener, known) is { } named)
                {
                    return new Speaker(named.Name, text, start, length, named.Role);
                }

                // No speaker yet: the person the article last introduced by full name.
                if (person && !genderSkipped && LastPersonBefore(np.First, null, gender) is { } introduced)
                {
                    return new Speaker(introduced.Name, text, start, length, introduced.Role);
                }

                return null;
            }

            case NpKind.Anaphor:
            {
                for (int i = known.Count - 1; i >= 0 && i >= known.Count - 12; i--)
                {
                    Known k = known[i];
                    bool group = head.Equals("group", StringComparison.OrdinalIgnoreCase) || head.Equals("organization", StringComparison.OrdinalIgnoreCase)
                        || head.Equals("organisation", StringComparison.OrdinalIgnoreCase);
                    if (k.Head.Equals(head, StringComparison.OrdinalIgnoreCase)
                        || (k.Speaker.Role is { } r && r.Contains(head, StringComparison.OrdinalIgnoreCase))
                        || (group && k.Kind == NpKind.Org))
                    {
                        return new Speaker(k.Speaker.Name, text, start, length, k.Speaker.Role);
                    }
                }

                if (LastPersonBefore(np.First, head) is { } titled)
                {
                    var sp = new Speaker(titled.Name, text, start, length, titled.Role);
                    known.Add(new Known(sp, NpKind.Person, head, false));
                    return sp;
                }

                // the defender, the two-time champion, the 28-year-old: a description of a person (no office: "the chancellor" is whoever
                // holds it, found above or not at all), nothing titled so: the person who spoke last, within the last few speakers
                if (QuoteLexicon.PersonDescriptions.Contains(head) || head.EndsWith("-year-old", StringComparison.Ordinal))
                {
                    for (int i = known.Count - 1; i >= 0 && i >= known.Count - 3; i--)
                    {
                        if (known[i].Kind == NpKind.Person)
                        {
                            var described = new Speaker(known[i].Speaker.Name, text, start, length, known[i].Speaker.Role);
                            known.Add(new Known(described, NpKind.Person, head, false));
                            return described;
                        }
                    }
                }

                var own = new Speaker(Join(np.NameFirst, np.End), text, start, length, null);
                known.Add(new Known(own, NpKind.Anonymous, head, IsPlural(head)));
                return own;
            }

            case NpKind.Person:
            {
                string name;
                string? role = np.NameFirst > np.First ? RoleText(np.First, np.NameFirst) : null;
                if (role is { Length: 0 })
                {
                    role = null;
                }

                var people = _people.GetAlternateLookup<ReadOnlySpan<char>>();
                if (np.End - np.NameFirst >= 2 && people.TryGetValue(Possessive.Strip(JoinSpan(np.NameFirst, np.End)), out (string Name, string? Role) own))
                {
                    name = own.Name; // Bill Clinton, filed apart from Hillary Clinton
                    role ??= own.Role;
                }
                else if (people.TryGetValue(LastKey(np.End - 1), out (string Name, string? Role) full))
                {
                    name = full.Name;
                    role ??= full.Role;
                }
                else
                {
                    name = StripPossessive(Join(np.NameFirst, np.End));
                }

                role ??= np.AppositiveRole;
                var sp = new Speaker(name, text, start, length, role);
                known.Add(new Known(sp, NpKind.Person, head, false));
                return sp;
            }

            default:
            {
                // A number of large MCI shareholders, a majority of voters: the speakers are the people after "of".
                string name = np.Kind == NpKind.Anonymous && np.WrittenEnd > np.End + 1 && Is(np.End, "of") && IsWord(np.End - 1)
                    && QuoteLexicon.PartitiveHeads.Contains(W(np.End - 1)) && IsWord(np.WrittenEnd - 1) && !IsObjectPronoun(np.WrittenEnd - 1)
                    ? Join(np.End + 1, np.WrittenEnd) : Join(np.NameFirst, np.End); // (Half of them: Half)
                var sp = new Speaker(name, text, start, length, np.Kind == NpKind.Anonymous ? null : np.AppositiveRole);
                if (np.Kind == NpKind.Org && np.End - np.NameFirst == 1 && _people.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(LastKey(np.End - 1), out var full))
                {
                    sp = new Speaker(full.Name, text, start, length, full.Role);
                    known.Add(new Known(sp, NpKind.Person, head, false));
                    return sp;
                }

                known.Add(new Known(sp, np.Kind, head, np.Kind == NpKind.Anonymous && IsPlural(head)));
                return sp;
            }
        }
    }

    /// <summary>The speaker label that opens the transcript turn (<c>ORTIZ: ...</c>) holding token <paramref name="i"/>, or none.</summary>
    private readonly Np TurnLabel(int i)
    {
        Paragraph para = _paragraphs[ParagraphOf(i)];
        int first = para.FirstToken;
        if (first < para.EndToken && _t[first].Kind == TokenKind.Quote)
        {
            first++;
        }

        return first < i ? SpeakerLabel(first, para.EndToken) : default;
    }

    /// <summary>
    /// For a pronoun inside its sentence (<c>Ortiz told reporters that she ...</c>): the sentence's subject when it is a named or
    /// described speaker of the pronoun's number (a person for <c>he</c>/<c>she</c>, a group for <c>they</c>); otherwise none.
    /// </summary>
    private readonly Np BindsToSubject(int pronoun, bool person)
    {
        int s = _sentenceOf[pronoun];
        if (pronoun <= _sentences[s].FirstToken + 1)
        {
            return default;
        }

        Np subject = SentenceSubject(s, pronoun);
        if (!subject.Valid || subject.Kind == NpKind.Pronoun || subject.WrittenEnd > pronoun || InsideDirectQuote(subject.First)
            || (IsPunct(pronoun - 1, ',') && !VerbBetween(subject.WrittenEnd, pronoun)))
        {
            // (“Look, we will not win,” he said: the quote's first word is no subject; The rules could change, she told the BBC:
            // after a comma, with no verb of saying before it, the pronoun speaks the clause before it and is not its subject)
            return default;
        }

        ReadOnlySpan<char> head = W(subject.End - 1);
        bool ok = person
            ? subject.Kind == NpKind.Person || subject.Kind is NpKind.Anonymous or NpKind.Anaphor && !IsPlural(head) && IsPersonNoun(head)
            : subject.Kind == NpKind.Org || subject.Kind is NpKind.Anonymous or NpKind.Anaphor && IsPlural(head);
        return ok ? subject : default;
    }

    /// <summary>
    /// The subject of one of the two sentences before the pronoun at <paramref name="pronoun"/>, within its paragraph or the one
    /// before, when it can be what <c>it</c> (an organization or a thing, singular) or <c>they</c> (a group, plural) stands for.
    /// </summary>
    private readonly Np PreviousSubject(int pronoun, bool it)
    {
        int s0 = _sentenceOf[pronoun];
        for (int s = s0 - 1; s >= 0 && s >= s0 - 2; s--)
        {
            if (ParagraphOf(_sentences[s].FirstToken) < ParagraphOf(pronoun) - 1)
            {
                break;
            }

            Np subject = SentenceSubject(s, _sentences[s].EndToken);
            if (!subject.Valid || subject.Kind == NpKind.Pronoun || InsideDirectQuote(subject.First))
            {
                continue;
            }

            ReadOnlySpan<char> head = W(subject.End - 1);
            bool listed = (_lex[subject.End - 1] & Lex.SpeakerNouns) != 0;
            bool ok = it
                // The TUC ..., The AMF has filed ..., The government said ... It ...: a short proper name, or a listed organization noun
                ? subject.Kind == NpKind.Org && IsCap(subject.End - 1) && subject.End - subject.NameFirst <= 2 && !IsPlural(head)
                    && _marks[subject.End - 1] != PlaceMark // (a country is rarely who speaks as "it")
                  || subject.Kind is NpKind.Anonymous or NpKind.Anaphor && QuoteLexicon.ItAntecedents.Contains(head)
                // Analysts were surprised. They said ...: a group of people
                : subject.Kind is NpKind.Anonymous or NpKind.Anaphor or NpKind.Person && IsPlural(head) && subject.End - subject.NameFirst <= 3
                  && (listed || IsPersonNoun(head));
            if (ok && !it)
            {
                subject.Kind = NpKind.Anonymous; // a group, never a person that he or she could stand for later
            }
            if (ok)
            {
                return subject;
            }
        }

        return default;
    }

    /// <summary>Whether a verb of saying (or a cue) stands in [<paramref name="from"/>, <paramref name="to"/>): <c>Ortiz told reporters that she</c>.</summary>
    private readonly bool VerbBetween(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if ((_lex[i] & (Lex.SpeechVerbs | Lex.BareClauseVerbs | Lex.QuoteOnlyVerbs | Lex.InfinitiveVerbs | Lex.ObjectVerbs | Lex.DirectCue)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last person introduced by full name before token <paramref name="before"/> (within a few paragraphs), whose role holds
    /// <paramref name="title"/> when given, and whom no honorific gives another gender than <paramref name="gender"/> (0: any).
    /// </summary>
    private readonly (string Name, string? Role)? LastPersonBefore(int before, string? title, byte gender = 0)
    {
        int minToken = before - 400;

        // RegisterPeople files mentions in token order: find the last one before the quote by bisection, so that a
        // long article does not walk past every later mention for each early quote.
        int lo = 0, hi = _personMentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_personMentions[mid].Token < before)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo - 1; i >= 0; i--)
        {
            (int tok, string key) = _personMentions[i];
            if (tok < minToken)
            {
                break;
            }

            (string Name, string? Role) p = _people[key];
            if ((title is null || (p.Role is { } r && r.Contains(title, StringComparison.OrdinalIgnoreCase))) && !WrongGender(p.Name, gender))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The pronoun at <paramref name="i"/> as written, without allocating for the common spellings.</summary>
    private readonly string PronounText(int i) => W(i) switch
    {
        "he" => "he", "He" => "He", "she" => "she", "She" => "She", "they" => "they", "They" => "They",
        "it" => "it", "It" => "It", "we" => "we", "We" => "We", "I" => "I",
        var w => w.ToString(),
    };

    private static string StripPossessive(string s) => Possessive.Strip(s).Length < s.Length ? s.Substring(0, s.Length - 2) : s;


    private static bool IsPlural(ReadOnlySpan<char> head) =>
        head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) || head is "people" or "police" or "staff" or "men" or "women";

    private static bool IsPersonNoun(ReadOnlySpan<char> head) =>
        head is "official" or "spokesman" or "spokeswoman" or "spokesperson" or "source" or "aide" or "adviser" or "advisor" or "analyst"
            or "expert" or "diplomat" or "minister" or "secretary" or "president" or "senator" or "lawmaker" or "leader" or "candidate"
            or "nominee" or "voter" or "supporter" or "critic" or "reporter" or "correspondent" or "economist" or "strategist" or "manager"
            or "chairman" or "chairwoman" or "director" or "commander" or "officer" or "prosecutor" or "judge" or "lawyer" or "attorney"
            or "doctor" or "scientist" or "executive" or "founder" or "member" or "delegate" or "governor" or "mayor" or "man" or "woman"
            or "someone" or "witness" or "resident" or "activist" or "congressman" or "congresswoman" or "ambassador" or "envoy" or "chief";
}
