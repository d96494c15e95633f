namespace Byline.Text;

/// <summary>The owner's <c>'s</c> or <c>’s</c> at the end of a word (<c>Arsenal's</c>, <c>County’s</c>), shared by the extractors.</summary>
internal static class Possessive
{
    /// <summary>Whether <paramref name="word"/> ends in an owner's <c>'s</c> or <c>’s</c> after at least one character.</summary>
    public static bool Ends(ReadOnlySpan<char> word) => word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019';

    /// <summary><paramref name="word"/> without an owner's <c>'s</c> or <c>’s</c>.</summary>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> word) => Ends(word) ? word[..^2] : word;
}
