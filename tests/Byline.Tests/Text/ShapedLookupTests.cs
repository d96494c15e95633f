using System.Collections.Frozen;
using Byline.Text;

namespace Byline.Tests.Text;

public class ShapedLookupTests
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = 1, ["the"] = 2, ["P.S."] = 3, ["km²"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("said", 1)]
    [InlineData("SAID", 1)]
    [InlineData("The", 2)]
    [InlineData("p.s.", 3)] // an edge that is no letter goes to the dictionary
    [InlineData("KM²", 4)]
    public void Keys_are_found_in_any_case(string word, int expected)
    {
        var map = new ShapedMap<int>(Words);
        Assert.True(map.TryGetValue(word, out int value));
        Assert.Equal(expected, value);
        Assert.True(map.ContainsKey(word));
    }

    [Theory]
    [InlineData("sad")]   // s...d, but no key of length 3
    [InlineData("then")]  // t...n: no key has that shape
    [InlineData("thee")]  // t...e of length 4: none
    [InlineData("")]
    [InlineData("said.")]
    public void Other_words_are_not_found(string word)
    {
        var map = new ShapedMap<int>(Words);
        Assert.False(map.TryGetValue(word, out int value));
        Assert.Equal(0, value);
        Assert.False(map.ContainsKey(word));
    }

    [Theory]
    [InlineData("sad", false)]
    [InlineData("then", false)]
    [InlineData("sand", true)]  // same shape as "said": the filter lets it through, the set says no
    [InlineData("ça", true)]    // a non-ASCII edge always goes to the set
    public void The_filter_turns_away_only_shapes_no_key_has(string word, bool mayContain)
    {
        var shapes = new WordShapes(Words.Keys);
        Assert.Equal(mayContain, shapes.MayContain(word));
    }
}
