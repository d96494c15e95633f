using System.Buffers;

namespace Byline.Text;

/// <summary>
/// A text read once: its tokens, sentences, paragraphs and dateline. The analyzer builds one per article
/// and shares it with every extractor.
/// </summary>
/// <remarks>
/// The arrays behind <see cref="Tokens"/>, <see cref="Sentences"/> and <see cref="Paragraphs"/> are rented
/// from a pool and returned by <see cref="Dispose"/>: do not keep the spans after the document is disposed.
/// A document is safe to read from several threads at once; it is never modified after creation.
/// </remarks>
public sealed class TextDocument : IDisposable
{
    private Token[]? _tokens;
    private Sentence[]? _sentences;
    private Paragraph[]? _paragraphs;
    private readonly int _tokenCount;
    private readonly int _sentenceCount;
    private readonly int _paragraphCount;

    private TextDocument(string text, Token[] tokens, int tokenCount, Sentence[] sentences, int sentenceCount,
        Paragraph[] paragraphs, int paragraphCount, Dateline? dateline)
    {
        Text = text;
        _tokens = tokens;
        _tokenCount = tokenCount;
        _sentences = sentences;
        _sentenceCount = sentenceCount;
        _paragraphs = paragraphs;
        _paragraphCount = paragraphCount;
        Dateline = dateline;
    }

    /// <summary>The text the document was built from.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order.</summary>
    /// <exception cref="ObjectDisposedException">The document was disposed.</exception>
    public ReadOnlySpan<Token> Tokens => new(Live(_tokens), 0, _tokenCount);

    /// <summary>The sentences, in text order; a sentence never crosses a paragraph break.</summary>
    /// <exception cref="ObjectDisposedException">The document was disposed.</exception>
    public ReadOnlySpan<Sentence> Sentences => new(Live(_sentences), 0, _sentenceCount);

    /// <summary>The paragraphs, in text order; each line of text is a paragraph.</summary>
    /// <exception cref="ObjectDisposedException">The document was disposed.</exception>
    public ReadOnlySpan<Paragraph> Paragraphs => new(Live(_paragraphs), 0, _paragraphCount);

    /// <summary>The leading dateline, when the text starts with one.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Tokenizes and segments <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document; dispose it to return its buffers to the pool.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static TextDocument Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Token[] tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 5));
        int count = 0;
        int next = 0;
        while (true)
        {
            count += Tokenizer.Tokenize(text, tokens.AsSpan(count), next, out next);
            if (next >= text.Length)
            {
                break;
            }

            Token[] bigger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
            tokens.AsSpan(0, count).CopyTo(bigger);
            ArrayPool<Token>.Shared.Return(tokens);
            tokens = bigger;
        }

        var segmenter = new Segmenter(text, tokens, count);
        segmenter.Run();
        Dateline? dateline = DatelineDetector.Detect(text, tokens.AsSpan(0, count));
        return new TextDocument(text, tokens, count, segmenter.Sentences, segmenter.SentenceCount,
            segmenter.Paragraphs, segmenter.ParagraphCount, dateline);
    }

    /// <summary>The characters of a token.</summary>
    /// <param name="token">A token of this document.</param>
    /// <returns>The token's slice of <see cref="Text"/>.</returns>
    public ReadOnlySpan<char> GetText(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>The characters of the token at <paramref name="index"/>.</summary>
    /// <param name="index">A token index.</param>
    /// <returns>The token's slice of <see cref="Text"/>.</returns>
    public ReadOnlySpan<char> GetText(int index) => GetText(Tokens[index]);

    /// <summary>The index of the sentence that holds token <paramref name="tokenIndex"/>.</summary>
    /// <param name="tokenIndex">A token index.</param>
    /// <returns>The sentence index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenIndex"/> is not a token index.</exception>
    public int GetSentenceIndex(int tokenIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tokenIndex, _tokenCount);
        ReadOnlySpan<Sentence> s = Sentences;
        int lo = 0, hi = s.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (s[mid].FirstToken <= tokenIndex)
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

    /// <summary>The index of the paragraph that holds token <paramref name="tokenIndex"/>.</summary>
    /// <param name="tokenIndex">A token index.</param>
    /// <returns>The paragraph index.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenIndex"/> is not a token index.</exception>
    public int GetParagraphIndex(int tokenIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tokenIndex, _tokenCount);
        ReadOnlySpan<Paragraph> p = Paragraphs;
        int lo = 0, hi = p.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (p[mid].FirstToken <= tokenIndex)
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

    /// <summary>The index of the first token that ends after <paramref name="offset"/>, or the token count when none does.</summary>
    /// <param name="offset">A UTF-16 index into the text.</param>
    /// <returns>A token index.</returns>
    public int FindToken(int offset)
    {
        ReadOnlySpan<Token> t = Tokens;
        int lo = 0, hi = t.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (t[mid].End <= offset)
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

    /// <summary>Returns the document's buffers to the pool. Spans obtained earlier must not be used afterwards.</summary>
    public void Dispose()
    {
        Token[]? t = Interlocked.Exchange(ref _tokens, null);
        if (t is not null)
        {
            ArrayPool<Token>.Shared.Return(t);
        }

        Sentence[]? s = Interlocked.Exchange(ref _sentences, null);
        if (s is not null)
        {
            ArrayPool<Sentence>.Shared.Return(s);
        }

        Paragraph[]? p = Interlocked.Exchange(ref _paragraphs, null);
        if (p is not null)
        {
            ArrayPool<Paragraph>.Shared.Return(p);
        }
    }

    private static T[] Live<T>(T[]? array) => array ?? throw new ObjectDisposedException(nameof(TextDocument));
}
