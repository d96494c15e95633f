namespace Byline.Extractors.Places;

/// <summary>
/// Folds a name to its lookup key: lower case (accents kept: <c>Köln</c> → <c>köln</c>), a few letters spelled out
/// (<c>ß</c> → <c>ss</c>, <c>ø</c> → <c>o</c>, <c>ł</c> → <c>l</c>), combining marks dropped, typographic apostrophes
/// and hyphens made plain, whitespace runs collapsed to one space. Allocation-free, and independent of the process's
/// globalization mode.
/// </summary>
internal static class NameFolder
{
    /// <summary>The longest key, in characters; longer names are not indexed.</summary>
    public const int MaxKeyLength = 64;

    // Single-character foldings for U+0000..U+024F; '\0' means "drop" (combining marks are handled apart).
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        // Simple lower-casing plus the explicit foldings below. Accented letters such as 'ö' stay as they are: the
        // gazetteer build adds the ASCII spelling of every name as an alias, so "Koln" and "Köln" both find Köln.
        // The table must not depend on the process's globalization mode (ICU or invariant): the embedded gazetteer's
        // keys were folded at build time by build/gazetteer/build_gazetteer.py, which mirrors this table.
        var table = new char[0x260];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        table[0xA0] = ' ';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ð'] = 'd';
        table['Ð'] = 'd';
        table['ı'] = 'i';
        table['ħ'] = 'h';
        table['Ħ'] = 'h';
        table['ŧ'] = 't';
        table['Ŧ'] = 't';
        table['ə'] = 'a';
        table['Ə'] = 'a';
        table['ǝ'] = 'a';
        table['´'] = '\'';
        table['`'] = '\'';
        return table;
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The name as written.</param>
    /// <param name="destination">Where to write the key.</param>
    /// <returns>The key length, or -1 when it does not fit.</returns>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char c in source)
        {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (c >= 0x300 && c <= 0x36F)
            {
                continue; // combining mark
            }

            if (pendingSpace)
            {
                if (n >= destination.Length)
                {
                    return -1;
                }

                destination[n++] = ' ';
                pendingSpace = false;
            }

            if (c < Table.Length)
            {
                char f = Table[c];
                switch (c)
                {
                    case 'ß':
                        if (n + 2 > destination.Length)
                        {
                            return -1;
                        }

                        destination[n++] = 's';
                        destination[n++] = 's';
                        continue;
                    case 'æ' or 'Æ' or 'œ' or 'Œ':
                        if (n + 2 > destination.Length)
                        {
                            return -1;
                        }

                        destination[n++] = c is 'æ' or 'Æ' ? 'a' : 'o';
                        destination[n++] = 'e';
                        continue;
                    case 'þ' or 'Þ':
                        if (n + 2 > destination.Length)
                        {
                            return -1;
                        }

                        destination[n++] = 't';
                        destination[n++] = 'h';
                        continue;
                }

                if (n >= destination.Length)
                {
                    return -1;
                }

                destination[n++] = f;
                continue;
            }

            char g = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u2032' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
                '\u1E0C' or '\u1E0D' => 'd',
                '\u1E24' or '\u1E25' => 'h',
                '\u1E62' or '\u1E63' => 's',
                '\u1E6C' or '\u1E6D' => 't',
                '\u1E92' or '\u1E93' => 'z',
                _ => char.ToLowerInvariant(c),
            };
            if (n >= destination.Length)
            {
                return -1;
            }

            destination[n++] = g;
        }

        return n;
    }

    /// <summary>Folds a name to a new string (for building tables and tests).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The key, or <see langword="null"/> when the name is empty or too long.</returns>
    public static string? FoldToString(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        int n = Fold(name, buffer);
        return n <= 0 ? null : new string(buffer[..n]);
    }
}
