using System.Globalization;
using System.Text;

namespace Byline.Cli.Html;

/// <summary>
/// Appends escaped text to a <see cref="StringBuilder"/> so that the page is both valid HTML and well-formed XML:
/// <c>&amp; &lt; &gt;</c> (and <c>"</c> in attributes) become entities, and characters XML forbids (C0 controls,
/// lone surrogates, U+FFFE/U+FFFF) become U+FFFD one for one, so that offsets into the text stay valid.
/// Carriage returns are written as <c>&amp;#13;</c> so that parsers keep them.
/// </summary>
internal static class HtmlWriter
{
    /// <summary>Appends <paramref name="s"/> as element content.</summary>
    public static StringBuilder Text(this StringBuilder sb, ReadOnlySpan<char> s) => Escape(sb, s, attribute: false);

    /// <summary>Appends <paramref name="s"/> as the value of a double-quoted attribute (newlines as <c>&amp;#10;</c>).</summary>
    public static StringBuilder Attr(this StringBuilder sb, ReadOnlySpan<char> s) => Escape(sb, s, attribute: true);

    /// <summary>Appends a number with invariant formatting, rounded to <paramref name="decimals"/> places.</summary>
    public static StringBuilder Num(this StringBuilder sb, double value, int decimals = 1)
    {
        double r = Math.Round(value, decimals);
        return sb.Append((r == 0 ? 0 : r).ToString(CultureInfo.InvariantCulture));
    }

    private static StringBuilder Escape(StringBuilder sb, ReadOnlySpan<char> s, bool attribute)
    {
        int run = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                '\n' when attribute => "&#10;",
                '\r' => "&#13;",
                '\t' or '\n' => null,
                < ' ' or '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsHighSurrogate(c) => i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? Skip(ref i) : "\uFFFD",
                _ when char.IsLowSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            if (replacement.Length == 0)
            {
                continue; // a valid surrogate pair: both halves stay in the run
            }

            sb.Append(s[run..i]).Append(replacement);
            run = i + 1;
        }

        return sb.Append(s[run..]);
    }

    private static string Skip(ref int i)
    {
        i++;
        return "";
    }
}
