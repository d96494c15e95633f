using System.Runtime.InteropServices;

namespace Byline.Text;

/// <summary>What a <see cref="Token"/> is, as decided by the <see cref="Tokenizer"/>.</summary>
public enum TokenKind : byte
{
    /// <summary>A word in any script, including hyphenated and apostrophe words (<c>Al-Gharz</c>, <c>don't</c>) and abbreviations (<c>U.S.</c>).</summary>
    Word,
    /// <summary>A number, possibly with separators, decimals, a unit suffix or a hyphenated tail (<c>1,280</c>, <c>4.5bn</c>, <c>10-km</c>, <c>8:30</c>).</summary>
    Number,
    /// <summary>Sentence punctuation: <c>. , ; : ! ?</c> and similar marks.</summary>
    Punctuation,
    /// <summary>A quotation mark; <see cref="TokenFlags.OpeningQuote"/> and <see cref="TokenFlags.ClosingQuote"/> hint at its direction.</summary>
    Quote,
    /// <summary>A dash or hyphen standing alone (<c>-</c>, <c>–</c>, <c>—</c>, <c>--</c>).</summary>
    Dash,
    /// <summary>An ellipsis (<c>...</c> or <c>…</c>).</summary>
    Ellipsis,
    /// <summary>An opening bracket: <c>( [ {</c>.</summary>
    OpenBracket,
    /// <summary>A closing bracket: <c>) ] }</c>.</summary>
    CloseBracket,
    /// <summary>A web address starting with a scheme or <c>www.</c>.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle such as <c>@Reuters</c>.</summary>
    Handle,
    /// <summary>A hashtag such as <c>#Mosul</c>.</summary>
    Hashtag,
    /// <summary>A currency symbol such as <c>$</c>, <c>€</c> or <c>£</c>.</summary>
    Currency,
    /// <summary>Any other symbol (<c>% / &amp; + = °</c>), emoji sequences included.</summary>
    Symbol,
}

/// <summary>Facts about a <see cref="Token"/> that extractors test often.</summary>
[Flags]
public enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 1 << 0,
    /// <summary>The token has at least two letters and none of them is lower case.</summary>
    AllCaps = 1 << 1,
    /// <summary>The token contains a decimal digit.</summary>
    HasDigit = 1 << 2,
    /// <summary>The token opens a sentence (set by segmentation in a <see cref="TextDocument"/>).</summary>
    SentenceStart = 1 << 3,
    /// <summary>A quote mark that likely opens a quotation.</summary>
    OpeningQuote = 1 << 4,
    /// <summary>A quote mark that likely closes a quotation.</summary>
    ClosingQuote = 1 << 5,
    /// <summary>The token ends with an abbreviation period (<c>U.S.</c>, <c>Gen.</c>, <c>Jan.</c>).</summary>
    Abbreviation = 1 << 6,
    /// <summary>The token contains an inner hyphen (<c>Turkish-backed</c>, <c>10-km</c>).</summary>
    Hyphenated = 1 << 7,
    /// <summary>The token contains an inner apostrophe (<c>don't</c>, <c>Daesh’s</c>).</summary>
    Apostrophe = 1 << 8,
    /// <summary>Whitespace precedes the token (or the token starts the text).</summary>
    SpaceBefore = 1 << 9,
    /// <summary>A line break lies between the previous token and this one.</summary>
    NewlineBefore = 1 << 10,
    /// <summary>An empty line lies between the previous token and this one.</summary>
    BlankLineBefore = 1 << 11,
    /// <summary>Whitespace or the end of the text follows the token.</summary>
    SpaceAfter = 1 << 12,
}

/// <summary>
/// One token: a span of the text with its kind and flags. A 12-byte value; it holds no reference to the text.
/// </summary>
/// <remarks>
/// The tokenizer's vector path writes tokens as raw bytes (start, length, kind, one unused byte, flags), so the
/// fields keep this order and layout; its tests compare every token with the rule engine's.
/// </remarks>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly record struct Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="start">UTF-16 index of the first character.</param>
    /// <param name="length">Number of UTF-16 code units.</param>
    /// <param name="kind">The token's kind.</param>
    /// <param name="flags">The token's flags.</param>
    public Token(int start, int length, TokenKind kind, TokenFlags flags)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Flags = flags;
    }

    /// <summary>UTF-16 index of the token's first character in the text.</summary>
    public int Start { get; }

    /// <summary>Length of the token in UTF-16 code units; always at least 1.</summary>
    public int Length { get; }

    /// <summary>The index just past the token's last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's kind.</summary>
    public TokenKind Kind { get; }

    /// <summary>The token's flags.</summary>
    public TokenFlags Flags { get; }

    /// <summary>Whether every flag in <paramref name="flags"/> is set.</summary>
    /// <param name="flags">The flags to test.</param>
    /// <returns><see langword="true"/> when all are set.</returns>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;

    /// <summary>Returns a copy of this token with more flags set.</summary>
    /// <param name="flags">Flags to add.</param>
    /// <returns>The new token.</returns>
    public Token With(TokenFlags flags) => new(Start, Length, Kind, Flags | flags);

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    /// <param name="text">The text the token was read from.</param>
    /// <returns>The slice of <paramref name="text"/> the token covers.</returns>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
