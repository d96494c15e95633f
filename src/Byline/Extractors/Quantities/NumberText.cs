using System.Globalization;
using Byline.Text;

namespace Byline.Extractors.Quantities;

/// <summary>Reads numbers written with digits inside one token: separators, decimals, exponents.</summary>
internal static class NumberText
{
    private const int MaxDigits = 40;

    /// <summary>
    /// Reads the digits, group separators and decimal mark at the start of <paramref name="s"/>.
    /// <c>1,280</c>, <c>12,34,567.89</c> (Indian grouping), <c>1.111,11</c> and <c>5,00</c> (decimal comma) are numbers;
    /// <c>10.3.1</c> (a version), <c>8:30</c> (a time) and <c>1,2,3</c> are not.
    /// </summary>
    /// <param name="s">Text starting with an ASCII digit.</param>
    /// <param name="value">The value read.</param>
    /// <param name="length">How many characters the number takes.</param>
    /// <param name="separators">Whether a group separator or decimal mark was read.</param>
    /// <returns>Whether <paramref name="s"/> starts with a well-formed number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out double value, out int length, out bool separators)
    {
        value = 0;
        length = 0;
        separators = false;
        int n = s.Length;
        int i = 0;
        int commas = 0, dots = 0, lastComma = -1, lastDot = -1;
        while (i < n)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
            }
            else if ((c is ',' or '.') && i + 1 < n && char.IsAsciiDigit(s[i + 1]))
            {
                if (c == ',')
                {
                    commas++;
                    lastComma = i;
                }
                else
                {
                    dots++;
                    lastDot = i;
                }

                i++;
            }
            else if (c == ':' && i + 1 < n && char.IsAsciiDigit(s[i + 1]))
            {
                return false; // a time or a ratio
            }
            else
            {
                break;
            }
        }

        length = i;
        if (i == 0 || i > MaxDigits)
        {
            return false;
        }

        ReadOnlySpan<char> run = s.Slice(0, i);
        separators = commas + dots > 0;
        if (!separators && i <= 15)
        {
            // Plain digits: exact as an integer below 2^53, no parser needed (most numbers in news).
            long whole = 0;
            foreach (char c in run)
            {
                whole = (whole * 10) + (c - '0');
            }

            value = whole;
            return true;
        }

        char decimalMark;
        char group;
        if (commas > 0 && dots > 0)
        {
            decimalMark = lastDot > lastComma ? '.' : ',';
            group = decimalMark == '.' ? ',' : '.';
            if ((decimalMark == '.' ? dots : commas) != 1)
            {
                return false;
            }
        }
        else if (commas > 0)
        {
            if (commas == 1 && run.Length - lastComma - 1 != 3)
            {
                decimalMark = ',';
                group = '\0';
            }
            else
            {
                decimalMark = '\0';
                group = ',';
            }
        }
        else if (dots > 1)
        {
            decimalMark = '\0';
            group = '.';
        }
        else
        {
            decimalMark = dots == 1 ? '.' : '\0';
            group = '\0';
        }

        if (group != '\0' && !GroupsOk(run, group, decimalMark))
        {
            return false;
        }

        CharBuffer64 store = default;
        Span<char> buf = store[..(MaxDigits + 1)];
        int b = 0;
        foreach (char c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                buf[b++] = c;
            }
            else if (c == decimalMark)
            {
                buf[b++] = '.';
            }
        }

        return double.TryParse(buf.Slice(0, b), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Groups after the first hold three digits (the last) or two or three (Indian lakh grouping); the first one to three.</summary>
    private static bool GroupsOk(ReadOnlySpan<char> run, char group, char decimalMark)
    {
        int end = decimalMark == '\0' ? run.Length : run.IndexOf(decimalMark);
        ReadOnlySpan<char> integer = run.Slice(0, end);
        int first = integer.IndexOf(group);
        if (first is < 1 or > 3)
        {
            return false;
        }

        int start = first + 1;
        while (true)
        {
            int next = integer.Slice(start).IndexOf(group);
            int len = next < 0 ? integer.Length - start : next;
            if (next < 0)
            {
                return len == 3;
            }

            if (len is not (2 or 3) || (group == '.' && len != 3))
            {
                return false;
            }

            start += next + 1;
        }
    }

    /// <summary>The value of a vulgar fraction character (<c>½</c>), or 0.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Its value, or 0 when it is not one.</returns>
    public static double VulgarFraction(char c) => c switch
    {
        '\u00BD' => 0.5,
        '\u00BC' => 0.25,
        '\u00BE' => 0.75,
        '\u2153' => 1 / 3.0,
        '\u2154' => 2 / 3.0,
        '\u2155' => 0.2,
        '\u2156' => 0.4,
        '\u2157' => 0.6,
        '\u2158' => 0.8,
        '\u2159' => 1 / 6.0,
        '\u215A' => 5 / 6.0,
        '\u215B' => 0.125,
        '\u215C' => 0.375,
        '\u215D' => 0.625,
        '\u215E' => 0.875,
        '\u2150' => 1 / 7.0,
        '\u2151' => 1 / 9.0,
        '\u2152' => 0.1,
        _ => 0,
    };
}
