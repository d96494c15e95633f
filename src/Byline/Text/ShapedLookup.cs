using System.Collections.Frozen;

namespace Byline.Text;

/// <summary>
/// For each first letter, last letter and length of the keys of a word list (ASCII letters, either case), one bit: a word
/// whose shape has no bit cannot be a key, and is turned away without hashing. Most words of a text are turned away.
/// </summary>
internal sealed class WordShapes
{
    private readonly ulong[] _shapes = new ulong[26 * 26];
    private readonly bool _long;

    public WordShapes(IEnumerable<string> keys)
    {
        foreach (string key in keys)
        {
            if (key.Length == 0)
            {
                continue;
            }

            if (!TryLetter(key[0], out int first) || !TryLetter(key[^1], out int last))
            {
                // An edge that is no letter (%, °C, km²) matches only a word with the same edge, which the filter lets through.
                continue;
            }

            if (key.Length > 63)
            {
                _long = true;
                continue;
            }

            _shapes[(first * 26) + last] |= 1UL << key.Length;
        }
    }

    /// <summary>Whether <paramref name="word"/> may be a key (no false negatives).</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return true;
        }

        char f = word[0];
        char l = word[^1];
        if (!char.IsAsciiLetter(f) || !char.IsAsciiLetter(l))
        {
            return true;
        }

        if (word.Length > 63)
        {
            return _long;
        }

        return (_shapes[((((f | 0x20) - 'a') * 26) + (l | 0x20)) - 'a'] >> word.Length & 1) != 0;
    }

    /// <summary>The ASCII letter a key's edge character matches case-insensitively (<c>ſ</c> matches <c>s</c>), as 0-25.</summary>
    private static bool TryLetter(char c, out int letter)
    {
        char upper = char.ToUpperInvariant(c);
        if (char.IsAsciiLetter(c) || char.IsAsciiLetter(upper))
        {
            letter = ((char.IsAsciiLetter(c) ? c : upper) | 0x20) - 'a';
            return true;
        }

        letter = 0;
        return false;
    }
}

/// <summary>A frozen set looked up by span behind a <see cref="WordShapes"/> filter.</summary>
internal readonly struct ShapedSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public ShapedSet(FrozenSet<string> set)
    {
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(set);
    }

    public bool Contains(ReadOnlySpan<char> word) => _shapes.MayContain(word) && _lookup.Contains(word);
}

/// <summary>A frozen dictionary looked up by span behind a <see cref="WordShapes"/> filter.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal readonly struct ShapedMap<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    public ShapedMap(FrozenDictionary<string, T> map)
    {
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(map.Keys);
    }

    public T this[ReadOnlySpan<char> word] => _lookup[word];

    public bool ContainsKey(ReadOnlySpan<char> word) => _shapes.MayContain(word) && _lookup.ContainsKey(word);

    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (!_shapes.MayContain(word))
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(word, out value!);
    }
}
