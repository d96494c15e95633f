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

/// <summary>Something a speaker said, with its span in the article.</summary>
public sealed class Quote
{
    /// <summary>Creates a quote.</summary>
    /// <param name="kind">Direct, indirect or mixed.</param>
    /// <param name="text">The quoted words: for direct quotes, without the quote marks.</param>
    /// <param name="start">UTF-16 index of <paramref name="text"/> in the article.</param>
    /// <param name="length">Length of <paramref name="text"/>.</param>
    /// <param name="speaker">Who said it, or <see langword="null"/> when it cannot be told.</param>
    /// <param name="cue">The speech cue, or <see langword="null"/>.</param>
    public Quote(QuoteKind kind, string text, int start, int length, Speaker? speaker, Cue? cue)
    {
        Kind = kind;
        Text = text;
        Start = start;
        Length = length;
        Speaker = speaker;
        Cue = cue;
    }

    /// <summary>Direct, indirect or mixed.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The quoted words.</summary>
    public string Text { get; }

    /// <summary>UTF-16 index of <see cref="Text"/> in the article.</summary>
    public int Start { get; }

    /// <summary>Length of <see cref="Text"/> in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Who said it, or <see langword="null"/>.</summary>
    public Speaker? Speaker { get; }

    /// <summary>The speech cue, or <see langword="null"/>.</summary>
    public Cue? Cue { get; }
}
