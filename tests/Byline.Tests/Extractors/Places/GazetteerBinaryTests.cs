using System.Globalization;
using Byline.Extractors.Places;

namespace Byline.Tests.Extractors.Places;

/// <summary>
/// The embedded gazetteer is compiled by build/gazetteer/build_gazetteer.py, which folds names in Python. These tests
/// check that the compiled data agrees with what the C# side computes at run time.
/// </summary>
public class GazetteerBinaryTests
{
    [Fact]
    public void NameFolder_folds_every_character_of_the_embedded_names_as_the_build_script_did()
    {
        // Each item: the UTF-16 unit in hex, what the build folded it to (hex units, "-" for nothing), and its
        // category flags (1 = lower-case letter, 2 = letter) as the build saw them for acronym detection.
        string table = Gazetteer.Default.FoldCheck;
        Assert.NotEmpty(table);
        var mismatches = new List<string>();
        Span<char> buffer = stackalloc char[4];
        foreach (string item in table.Split('\t'))
        {
            string[] parts = item.Split(' ');
            char c = (char)int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            string expected = parts[1] == "-" ? string.Empty : Unhex(parts[1]);
            int n = NameFolder.Fold([c], buffer);
            string actual = n <= 0 ? string.Empty : new string(buffer[..n]);
            int flags = int.Parse(parts[2], CultureInfo.InvariantCulture);
            int actualFlags = (char.IsLower(c) ? 1 : 0) | (char.IsLetter(c) ? 2 : 0);
            if (actual != expected || flags != actualFlags)
            {
                mismatches.Add($"U+{parts[0]}: build {parts[1]}/{flags}, NameFolder {Hex(actual)}/{actualFlags}");
            }
        }

        Assert.Empty(mismatches);
        Assert.True(table.Split('\t').Length > 300);
    }

    [Fact]
    public void Every_key_is_already_folded_and_every_place_is_found_by_its_main_name()
    {
        Gazetteer g = Gazetteer.Default;
        Span<char> buffer = stackalloc char[NameFolder.MaxKeyLength];
        for (int k = 0; k < g.KeyCount; k++)
        {
            ReadOnlySpan<char> key = g.KeyAt(k);
            int n = NameFolder.Fold(key, buffer);
            Assert.True(buffer[..n].SequenceEqual(key), "key not folded: " + key.ToString());
            Assert.Equal(k, g.FindKey(key));
            Assert.False(g.Senses(k).IsEmpty && (g.KeyFlags(k) & Gazetteer.FlagCommonWord) == 0, "key without senses: " + key.ToString());
        }

        for (int e = 0; e < g.Count; e++)
        {
            int n = NameFolder.Fold(g.NameOf(e), buffer);
            if (n <= 0)
            {
                continue;
            }

            int k = g.FindKey(buffer[..n]);
            Assert.True(k >= 0 && g.Senses(k).Contains(e), "not found by its name: " + g.NameOf(e));
        }
    }

    [Theory]
    [InlineData(172955L, "Ar Raqqah", "SY", "04", "P.PPLA", 35.95283, 39.00788, 531952L)]
    [InlineData(2886242L, "Köln", "DE", "07", "P.PPLA2", 50.93333, 6.95, 963395L)]
    [InlineData(174115L, "Akhtarīn", "SY", "09", "P.PPLA3", 36.51072, 37.33571, 0L)]
    public void Looks_places_up_by_geoname_id(long id, string name, string cc, string admin1, string feature, double lat, double lon, long population)
    {
        Assert.True(Gazetteer.Default.TryGetByGeonameId(id, out GazetteerEntry e));
        Assert.Equal((name, cc, admin1, feature), (e.Name, e.CountryCode, e.Admin1, e.FeatureClass + "." + e.FeatureCode));
        Assert.Equal((lat, lon, population), (Math.Round(e.Latitude, 5), Math.Round(e.Longitude, 5), e.Population));
        Assert.False(Gazetteer.Default.TryGetByGeonameId(999_999_999L, out _));
    }

    /// <summary>
    /// With BYLINE_GAZETTEER_TSV set to the TSV form of the same build (<c>build_gazetteer.py --tsv-out</c>), checks
    /// that loading the TSV with <see cref="Gazetteer.Load(string, Gazetteer?)"/> gives exactly the embedded data.
    /// </summary>
    [Fact]
    public void The_embedded_binary_equals_loading_its_tsv_form()
    {
        string? path = Environment.GetEnvironmentVariable("BYLINE_GAZETTEER_TSV");
        Assert.SkipWhen(string.IsNullOrEmpty(path), "BYLINE_GAZETTEER_TSV is not set");
        Gazetteer b = Gazetteer.Default;
        Gazetteer t = Gazetteer.Load(path!);
        Assert.Equal(t.Count, b.Count);
        for (int i = 0; i < t.Count; i++)
        {
            Assert.Equal(t.GetEntry(i), b.GetEntry(i));
            Assert.Equal(t.CountryOf(i), b.CountryOf(i));
            string? a1 = t.Admin1Of(i), cc = t.CountryCodeOf(i);
            if (a1 is not null && cc is not null)
            {
                Assert.Equal(t.Admin1Entry(cc, a1), b.Admin1Entry(cc, a1));
            }
        }

        Assert.Equal(t.CountryCount, b.CountryCount);
        for (int c = 0; c < t.CountryCount; c++)
        {
            Assert.Equal(t.CountryCodeAt(c), b.CountryCodeAt(c));
            Assert.Equal(t.CountryEntry(c), b.CountryEntry(c));
        }

        Assert.Equal(t.KeyCount, b.KeyCount);
        for (int k = 0; k < t.KeyCount; k++)
        {
            Assert.Equal(t.KeyAt(k).ToString(), b.KeyAt(k).ToString());
            Assert.Equal(t.KeyFlags(k), b.KeyFlags(k));
            Assert.Equal(t.Senses(k).ToArray(), b.Senses(k).ToArray());
        }
    }

    private static string Unhex(string hex)
    {
        var chars = new char[hex.Length / 4];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)int.Parse(hex.AsSpan(i * 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        return new string(chars);
    }

    private static string Hex(string s)
    {
        var parts = new List<string>();
        foreach (char c in s)
        {
            parts.Add(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "-" : string.Concat(parts);
    }
}
