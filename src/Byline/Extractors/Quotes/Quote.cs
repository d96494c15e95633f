namespace Byline.Extractors.Quotes;

/// <summary>How a quote reports speech.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's own words inside quote marks.</summary>
    Direct,
    /// <summary>Reported speech without quote marks (<c>X said that ...</c>).</summary>
    Indirect,
    /// <summary>Reported speech with quoted fragments.</summary>
    Mixed,
}

/// <summary>Who a quote is attributed to.</summary>
/// <param name="Name">The canonical name: the fullest form the article uses (<c>Ash Carter</c> for <c>Carter</c> or <c>He</c>).</param>
/// <param name="Text">The mention next to the quote, as written (<c>Carter</c>, <c>He</c>, <c>the official</c>).</param>
/// <param name="Start">UTF-16 index of the mention.</param>
/// <param name="Length">Length of the mention.</param>
/// <param name="Role">The speaker's title or role (<c>Defense Secretary</c>), or <see langword="null"/>.</param>
public sealed record Speaker(string Name, string Text, int Start, int Length, string? Role);

/// <summary>The word that introduces speech (<c>said</c>, <c>told reporters</c>, <c>according to</c>).</summary>
/// <param name="Text">The cue as written.</param>
/// <param name="Start">UTF-16 index of the cue.</param>
/// <param name="Length">Length of the cue.</param>
public readonly record struct Cue(string Text, int Start, int Length);

/// <summary>One stretch of quoted words in the article.</summary>
/// <param name="Start">UTF-16 index of the first quoted character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public readonly record struct QuotePart(int Start, int Length);

/// <summary>
/// Something a speaker said, with its span in the article. A quotation broken by its own attribution
/// (<c>“We will rebuild,” she said. “It opens in May.”</c>) is one quote: its span runs from the first quoted
/// word to the last, <see cref="Parts"/> gives each stretch of quoted words, and <see cref="Text"/> joins them.
/// </summary>
public sealed class Quote
{
    // The quoted words, or null until first read when they are a stretch of _article (most callers never read them all,
    // and a news article's quotes are a good part of its text).
    private string? _text;
    private readonly string? _article;

    /// <summary>Creates a quote in one piece.</summary>
    /// <param name="kind">Direct, indirect or mixed.</param>
    /// <param name="text">The quoted words: for direct quotes, without the quote marks.</param>
    /// <param name="start">UTF-16 index of <paramref name="text"/> in the article.</param>
    /// <param name="length">Length of <paramref name="text"/>.</param>
    /// <param name="speaker">Who said it, or <see langword="null"/> when it cannot be told.</param>
    /// <param name="cue">The speech cue, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public Quote(QuoteKind kind, string text, int start, int length, Speaker? speaker, Cue? cue)
        : this(kind, text, start, length, [new QuotePart(start, length)], speaker, cue)
    {
    }

    /// <summary>Creates a quote made of several stretches of quoted words (a quotation broken by its attribution).</summary>
    /// <param name="kind">Direct, indirect or mixed.</param>
    /// <param name="text">The quoted words of all parts, joined by single spaces.</param>
    /// <param name="start">UTF-16 index of the first part.</param>
    /// <param name="length">From <paramref name="start"/> to the end of the last part.</param>
    /// <param name="parts">The stretches of quoted words, in text order, all inside the span.</param>
    /// <param name="speaker">Who said it, or <see langword="null"/> when it cannot be told.</param>
    /// <param name="cue">The speech cue, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="parts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="parts"/> is empty, out of order, or not inside the span.</exception>
    public Quote(QuoteKind kind, string text, int start, int length, IReadOnlyList<QuotePart> parts, Speaker? speaker, Cue? cue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (parts.Count == 0)
        {
            throw new ArgumentException("A quote has at least one part.", nameof(parts));
        }

        int previousEnd = start;
        for (int i = 0; i < parts.Count; i++)
        {
            QuotePart part = parts[i];
            if (part.Start < previousEnd || part.Length < 0 || part.Start + part.Length > start + length)
            {
                throw new ArgumentException("Parts must be in text order, without overlap, inside the quote's span.", nameof(parts));
            }

            previousEnd = part.Start + part.Length;
        }

        Kind = kind;
        _text = text;
        Start = start;
        Length = length;
        Parts = parts;
        Speaker = speaker;
        Cue = cue;
    }

    /// <summary>Creates a quote in one piece whose words are <paramref name="article"/>'s own, copied out when first read.</summary>
    /// <remarks><paramref name="wordsOfArticle"/> only tells this constructor from the public one; the caller checked the span.</remarks>
    internal Quote(QuoteKind kind, string article, int start, int length, Speaker? speaker, Cue? cue, bool wordsOfArticle)
    {
        System.Diagnostics.Debug.Assert(wordsOfArticle && start >= 0 && length >= 0 && start + length <= article.Length);
        Kind = kind;
        _article = article;
        Start = start;
        Length = length;
        Parts = [new QuotePart(start, length)];
        Speaker = speaker;
        Cue = cue;
    }

    /// <summary>Direct, indirect or mixed.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The quoted words (for a quote in several parts, the parts joined by single spaces).</summary>
    public string Text => _text ??= _article!.Substring(Start, Length);

    /// <summary>UTF-16 index of the first quoted character in the article.</summary>
    public int Start { get; }

    /// <summary>Length of the quote's span in UTF-16 code units, from <see cref="Start"/> to the end of its last part.</summary>
    public int Length { get; }

    /// <summary>The stretches of quoted words: one for most quotes, several when the attribution breaks the quotation.</summary>
    public IReadOnlyList<QuotePart> Parts { get; }

    /// <summary>Who said it, or <see langword="null"/>.</summary>
    public Speaker? Speaker { get; }

    /// <summary>The speech cue, or <see langword="null"/>.</summary>
    public Cue? Cue { get; }
}
