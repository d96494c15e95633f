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

public class AsciiFoldedTableTests
{
    private static readonly string[] Keys = ["said", "The", "P.S.", "km²", "told", "according"];

    [Theory]
    [InlineData("said", 0)]
    [InlineData("SAID", 0)]
    [InlineData("the", 1)]
    [InlineData("p.s.", 2)]
    [InlineData("Told", 4)]
    [InlineData("ACCORDING", 5)]
    [InlineData("sai", -1)]
    [InlineData("saids", -1)]
    [InlineData("s@id", -1)]      // '@' is 'A' - 1 and '[' is 'Z' + 1: only letters fold
    [InlineData("[he", -1)]
    [InlineData("", -1)]
    [InlineData("km²", AsciiFoldedTable.NotAscii)]   // non-ASCII words are left to the exact frozen lookup
    [InlineData("ſaid", AsciiFoldedTable.NotAscii)]
    public void Finds_ascii_keys_ignoring_case(string word, int expected)
    {
        var table = new AsciiFoldedTable(Keys, out bool complete);
        Assert.False(complete); // "km²" is not ASCII, so an ASCII miss is not final
        Assert.Equal(expected, table.Find(word));
    }

    [Fact]
    public void A_table_of_ascii_keys_is_complete_and_survives_collisions()
    {
        // 500 keys in a 1,024-slot table: probing must walk past occupied slots.
        string[] keys = Enumerable.Range(0, 500).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var table = new AsciiFoldedTable(keys, out bool complete);
        Assert.True(complete);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i, table.Find(keys[i].ToUpperInvariant()));
        }

        Assert.Equal(-1, table.Find("w500"));
    }

    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("ſaid")]    // long s: OrdinalIgnoreCase may equate it with s; the map must agree with the frozen set
    [InlineData("ıt")]      // dotless i
    [InlineData("km²")]
    [InlineData("KM²")]
    [InlineData("then")]
    [InlineData("Kelvin")]
    [InlineData("STOP")]    // an ASCII word and the non-ASCII key "ſtop": the ASCII table's miss is not final
    [InlineData("stop")]
    public void Maps_and_sets_answer_exactly_as_the_frozen_collections(string word)
    {
        FrozenDictionary<string, int> dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["said"] = 1, ["km²"] = 2, ["it"] = 3, ["ſtop"] = 4,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        FrozenSet<string> set = dict.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        bool expected = dict.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int expectedValue);
        Assert.Equal(expected, new ShapedMap<int>(dict).TryGetValue(word, out int value));
        Assert.Equal(expectedValue, value);
        Assert.Equal(expected, new ShapedSet(set).Contains(word));
    }

    [Fact]
    public void A_case_sensitive_map_stays_case_sensitive()
    {
        FrozenDictionary<string, int> units = new Dictionary<string, int>(StringComparer.Ordinal) { ["m"] = 1, ["M"] = 2 }
            .ToFrozenDictionary(StringComparer.Ordinal);
        var map = new ShapedMap<int>(units);
        Assert.True(map.TryGetValue("M", out int value));
        Assert.Equal(2, value);
        Assert.True(map.TryGetValue("m", out value));
        Assert.Equal(1, value);
    }
}
