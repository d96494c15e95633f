using System.Buffers;
using System.Collections.Frozen;

namespace Byline.Text;

/// <summary>Splits a token array into sentences and paragraphs, and marks sentence-start tokens. Linear in the token count.</summary>
internal struct Segmenter
{
    private readonly string _text;
    private readonly Token[] _tokens;
    private readonly int _count;

    public Sentence[] Sentences;
    public int SentenceCount;
    public Paragraph[] Paragraphs;
    public int ParagraphCount;

    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "Yet", "In", "On", "At",
        "As", "After", "Before", "For", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "My",
        "When", "While", "If", "Although", "However", "Meanwhile", "Still", "Some", "Many", "Most", "One", "No", "Not",
        "Officials", "What", "Why", "How", "Who", "Where", "Earlier", "Later", "Last", "Now", "Then", "Also", "Both");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarterLookup =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    public Segmenter(string text, Token[] tokens, int count)
    {
        _text = text;
        _tokens = tokens;
        _count = count;
        Sentences = ArrayPool<Sentence>.Shared.Rent(Math.Max(4, count / 8));
        Paragraphs = ArrayPool<Paragraph>.Shared.Rent(Math.Max(2, count / 32));
        SentenceCount = 0;
        ParagraphCount = 0;
    }

    public void Run()
    {
        Token[] t = _tokens;
        int n = _count;
        int sentStart = 0;
        int paraStart = 0;
        int paraFirstSentence = 0;
        int i = 0;
        while (i < n)
        {
            TokenFlags flags = t[i].Flags;
            TokenKind kind = t[i].Kind;

            // Most tokens neither start a line nor can end a sentence: skip them without a call.
            if ((flags & (TokenFlags.NewlineBefore | TokenFlags.Abbreviation)) == 0 && kind is not (TokenKind.Punctuation or TokenKind.Ellipsis))
            {
                i++;
                continue;
            }

            if (i > sentStart && (flags & TokenFlags.NewlineBefore) != 0)
            {
                AddSentence(sentStart, i);
                sentStart = i;
            }

            if (i > paraStart && (flags & TokenFlags.NewlineBefore) != 0)
            {
                AddParagraph(paraStart, i, paraFirstSentence);
                paraStart = i;
                paraFirstSentence = SentenceCount;
            }

            int end = SentenceEndAfter(i);
            if (end > i)
            {
                AddSentence(sentStart, end);
                sentStart = end;
                i = end;
                continue;
            }

            i++;
        }

        if (sentStart < n)
        {
            AddSentence(sentStart, n);
        }

        if (paraStart < n)
        {
            AddParagraph(paraStart, n, paraFirstSentence);
        }
    }

    /// <summary>When token <paramref name="i"/> ends a sentence, returns the index after the sentence (closing marks absorbed); else <paramref name="i"/>.</summary>
    private readonly int SentenceEndAfter(int i)
    {
        Token[] t = _tokens;
        Token tok = t[i];
        bool terminal;
        switch (tok.Kind)
        {
            case TokenKind.Punctuation:
            {
                char c = _text[tok.Start];
                terminal = c is '.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F';
                break;
            }

            case TokenKind.Ellipsis:
                terminal = i + 1 < _count && (t[i + 1].Flags & TokenFlags.Capitalized) != 0 && (t[i + 1].Flags & TokenFlags.SpaceBefore) != 0;
                break;
            case TokenKind.Word when (tok.Flags & TokenFlags.Abbreviation) != 0:
                terminal = AbbreviationEndsSentence(i);
                break;
            default:
                return i;
        }

        if (!terminal)
        {
            return i;
        }

        int j = i + 1;
        while (j < _count && (t[j].Flags & TokenFlags.NewlineBefore) == 0)
        {
            Token k = t[j];
            bool closer = k.Kind == TokenKind.CloseBracket
                || (k.Kind == TokenKind.Quote && ((k.Flags & TokenFlags.ClosingQuote) != 0 || ((k.Flags & TokenFlags.OpeningQuote) == 0 && (k.Flags & TokenFlags.SpaceBefore) == 0)));
            if (!closer || ((k.Flags & TokenFlags.SpaceBefore) != 0 && k.Kind != TokenKind.Quote))
            {
                break;
            }

            j++;
        }

        if (j < _count && (t[j].Flags & TokenFlags.NewlineBefore) == 0)
        {
            Token next = t[j];
            // "... Why?” he asked" and "approx. ten" go on; so does a comma or a number glued to the period.
            if (next.Kind == TokenKind.Word && (next.Flags & TokenFlags.Capitalized) == 0 && char.IsLower(_text[next.Start]))
            {
                return i;
            }

            if (next.Kind is TokenKind.Punctuation && _text[next.Start] is ',' or ';' or ':')
            {
                return i;
            }

            if (next.Kind == TokenKind.Number && (next.Flags & TokenFlags.SpaceBefore) == 0)
            {
                return i;
            }
        }

        return j;
    }

    private readonly bool AbbreviationEndsSentence(int i)
    {
        if (i + 1 >= _count)
        {
            return true;
        }

        Token next = _tokens[i + 1];
        if ((next.Flags & TokenFlags.NewlineBefore) != 0)
        {
            return true;
        }

        Token tok = _tokens[i];
        ReadOnlySpan<char> word = _text.AsSpan(tok.Start, tok.Length - 1);
        if (word.Length == 1 || Tokenizer.TitleAbbreviationLookup.Contains(word))
        {
            return false;
        }

        if (next.Kind == TokenKind.Quote && (next.Flags & TokenFlags.ClosingQuote) != 0)
        {
            return true;
        }

        return next.Kind == TokenKind.Word
            && SentenceStarterLookup.Contains(_text.AsSpan(next.Start, next.Length));
    }

    private void AddSentence(int first, int end)
    {
        if (SentenceCount == Sentences.Length)
        {
            Grow(ref Sentences);
        }

        int start = _tokens[first].Start;
        Sentences[SentenceCount++] = new Sentence(start, _tokens[end - 1].End - start, first, end - first);
        _tokens[first] = _tokens[first].With(TokenFlags.SentenceStart);
    }

    private void AddParagraph(int first, int end, int firstSentence)
    {
        if (ParagraphCount == Paragraphs.Length)
        {
            Grow(ref Paragraphs);
        }

        int start = _tokens[first].Start;
        Paragraphs[ParagraphCount++] = new Paragraph(start, _tokens[end - 1].End - start, first, end - first, firstSentence, SentenceCount - firstSentence);
    }

    private static void Grow<T>(ref T[] array)
    {
        T[] bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan().CopyTo(bigger);
        ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }
}
